// SPDX-License-Identifier: MIT
// The swimlane timeline with a summary of what is shown above it, and below it a scrollbar showing
// where the view sits, zoom out, zoom in and fit buttons and the silence threshold.
#pragma once
#include "swimlane_timeline.h"

#include <wx/panel.h>

#include <functional>

class wxScrollBar;
class wxChoice;
class wxStaticText;

namespace gui {
class WrappedText;
}

namespace gui {

class TimelinePane : public wxPanel {
public:
    explicit TimelinePane(wxWindow* parent);

    SwimlaneTimeline* Timeline() const { return m_timeline; }
    /// The line that says what is shown ("12,408 entries from 9 agencies; …"); `problem` shows it in red.
    void SetSummary(const wxString& text, bool problem);
    /// Silences longer than this many days are shaded.
    int SilenceDays() const;
    /// Called when the user changes the silence threshold.
    void SetOnSilenceDays(std::function<void(int)> callback) { m_on_days = std::move(callback); }

private:
    void SyncScrollBar();

    SwimlaneTimeline* m_timeline = nullptr;
    wxScrollBar* m_scroll = nullptr;
    wxChoice* m_days = nullptr;
    WrappedText* m_summary = nullptr;
    std::function<void(int)> m_on_days;
    double m_scroll_origin = 0;  // day at scroll position 0
    double m_scroll_unit = 1;    // days per scroll position
};

}  // namespace gui
