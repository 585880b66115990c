// SPDX-License-Identifier: MIT
// The chronology as swim lanes: one horizontal lane per agency, each entry a mark at its date (a
// tick, or a dot when zoomed in; a short bar over the span of a month- or year-only date; hollow
// when the date is uncertain), silences shaded, and a year/month/day axis. Zoom with Ctrl+wheel or
// + and -, pan with the wheel, a drag or the arrow keys; Home fits everything. Click a mark to
// select its entry.
//
// Marks are binned per pixel column per lane before drawing, so a paint costs one pass over the
// marks plus at most (lanes x width) shapes: 50,000 entries draw as fast as 500.
#pragma once
#include "chronology_format.h"
#include "timeline_axis.h"

#include <wx/panel.h>

#include <cstdint>
#include <functional>
#include <vector>

namespace gui {

struct TimelineLane {
    wxString name;
    AgencyColours colours;
};

struct TimelineMark {
    int lane = 0;
    double from = 0;  ///< day serial, plus the time of day as a fraction when known
    double to = 0;    ///< end of a partial date's span (exclusive); equal to `from` otherwise
    bool partial = false;
    bool uncertain = false;
    bool important = false;  ///< marked key or high significance: flagged above the lane
};

struct TimelineSilence {
    double from = 0;  ///< day after the last entry before the silence
    double to = 0;    ///< day of the first entry after it
    int days = 0;
};

class SwimlaneTimeline : public wxPanel {
public:
    explicit SwimlaneTimeline(wxWindow* parent);

    /// Replaces everything shown and fits the view to it, unless `keep_view` (a reload of the same data).
    void SetData(std::vector<TimelineLane> lanes, std::vector<TimelineMark> marks, bool keep_view = false);
    void SetSilences(std::vector<TimelineSilence> silences);
    /// Agencies with no lane because nothing of theirs is listed: named under the lanes.
    void SetQuiet(std::vector<wxString> agencies);
    /// Marks not flagged are drawn faint (e.g. entries that do not match a search); empty: none faint.
    void SetHighlighted(std::vector<char> flags);
    /// Flags or unflags one mark as important (after an annotation).
    void SetImportant(int mark, bool important);
    /// Selects a mark (-1: none), panning to it when it is out of view.
    void SetSelected(int mark);
    void SetOnSelect(std::function<void(int mark)> callback) { m_on_select = std::move(callback); }
    /// Tooltip text for a mark.
    void SetDescribe(std::function<wxString(int mark)> callback) { m_describe = std::move(callback); }
    /// Called whenever the visible span changes (for a scrollbar).
    void SetOnViewChanged(std::function<void()> callback) { m_on_view = std::move(callback); }

    void ZoomBy(double factor);
    void ZoomAround(double factor, int plot_x);
    void Fit();
    /// Shows [from, to) (day serials), with a little margin.
    void ShowSpan(double from, double to);
    /// The data's span and the visible span, in days, for a scrollbar.
    void Extent(double* data_from, double* data_to, double* view_from, double* view_to) const;
    void ScrollTo(double view_from);

protected:
    wxSize DoGetBestClientSize() const override;
    bool AcceptsFocus() const override { return true; }

private:
    struct Layout {
        int label_width, axis_height, lane_height, pad, footer;
        wxRect plot;
    };
    Layout Measure() const;
    void OnPaint(wxPaintEvent& event);
    void PaintLanes(wxDC& dc, const Layout& layout);
    void PaintLegend(wxDC& dc, const Layout& layout);
    void PaintSilences(wxDC& dc, const Layout& layout);
    void PaintMarks(wxDC& dc, const Layout& layout);
    void PaintFlags(wxDC& dc, const Layout& layout);
    void PaintSelection(wxDC& dc, const Layout& layout);
    void OnMouse(wxMouseEvent& event);
    void OnKey(wxKeyEvent& event);
    /// The mark under a point, or -1.
    int HitTest(wxPoint point) const;
    void SetView(double left, double scale);
    void Changed();

    std::vector<TimelineLane> m_lanes;
    std::vector<TimelineMark> m_marks;
    std::vector<std::vector<int>> m_by_lane;  // mark indices per lane, by date
    std::vector<TimelineSilence> m_silences;
    wxString m_quiet;  // "Nothing listed from: …", or empty
    std::vector<char> m_highlighted;
    double m_data_from = 0, m_data_to = 0;
    TimeScale m_time;
    bool m_fitted = false;
    int m_plot_width = 0;  // the width the view was last set for
    int m_selected = -1;
    int m_hover = -1;
    // dragging
    bool m_pressed = false, m_dragging = false;
    int m_press_x = 0;
    double m_press_left = 0;
    std::function<void(int)> m_on_select;
    std::function<wxString(int)> m_describe;
    std::function<void()> m_on_view;
    // per-paint bins, kept to avoid reallocating
    std::vector<std::uint32_t> m_bins;
};

}  // namespace gui
