// SPDX-License-Identifier: MIT
// A review's pathway drawn as a line of stages: done stages filled with their completion date, the
// current stage highlighted, optional and skipped stages marked, holds drawn as bands behind the
// stages they spanned. Long pathways wrap onto more rows; sizes follow the window font, so the
// drawing stays readable at large font sizes.
#pragma once
#include "model/core/date.h"

#include <wx/panel.h>

#include <functional>
#include <vector>

namespace gui {

struct TimelineStage {
    enum class State { Done, Current, Skipped, Todo };
    wxString name;
    wxString description;
    State state = State::Todo;
    bool optional = false;
    model::Date date;  ///< completion date, for Done
};

/// A hold spanning stages `first`..`last` (indices into the stages).
struct TimelineHold {
    int first = 0;
    int last = 0;
    wxString label;
    bool active = false;  ///< covers the as-of date
};

class StageTimeline : public wxPanel {
public:
    explicit StageTimeline(wxWindow* parent);

    void SetStages(std::vector<TimelineStage> stages, std::vector<TimelineHold> holds);
    /// Called (after the event) when the drawing needs a different height, e.g. on wrapping.
    void SetOnHeightChanged(std::function<void()> callback) { m_on_height = std::move(callback); }

protected:
    wxSize DoGetBestClientSize() const override;

private:
    struct Node {
        wxPoint centre;
        std::vector<wxString> lines;  // the wrapped stage name
        wxString caption;             // date, "current stage", "optional", "skipped"
        int row = 0;
    };
    struct Metrics {
        int margin, radius, line_height, hold_line, cell, per_row;
    };

    Metrics Measure(int width) const;
    std::vector<Node> LayOut(int width, int* height) const;
    /// LayOut for the current width, kept until the width or the stages change.
    const std::vector<Node>& Nodes();
    std::vector<wxString> Wrap(const wxString& text, const wxFont& font, int width) const;
    wxString Caption(const TimelineStage& stage) const;
    /// Stage names: a little smaller than the window font, so long pathways take fewer rows.
    wxFont NameFont() const;
    void OnPaint(wxPaintEvent& event);
    void OnSize(wxSizeEvent& event);
    void UpdateHeight();

    std::vector<TimelineStage> m_stages;
    std::vector<TimelineHold> m_holds;
    int m_height = 0;
    std::vector<Node> m_nodes;
    int m_nodes_width = -1;
    std::function<void()> m_on_height;
};

}  // namespace gui
