// SPDX-License-Identifier: MIT
#include "timeline_pane.h"

#include "wrapped_text.h"

#include <wx/button.h>
#include <wx/scrolbar.h>
#include <wx/settings.h>
#include <wx/sizer.h>
#include <wx/choice.h>
#include <wx/stattext.h>

#include <algorithm>
#include <cmath>

namespace gui {
namespace {
const int kSilenceDays[] = {7, 14, 28, 42, 56, 91, 182, 365};
}

TimelinePane::TimelinePane(wxWindow* parent) : wxPanel(parent) {
    m_summary = new WrappedText(this);
    m_summary->SetFont(GetFont().Bold());
    auto button = [this](const wxString& label, const wxString& tip) {
        auto* b = new wxButton(this, wxID_ANY, label, wxDefaultPosition, wxDefaultSize, wxBU_EXACTFIT);
        b->SetToolTip(tip);
        return b;
    };
    auto* out = button(_("Zoom &out"), _("Show a longer span (also - or Ctrl+wheel on the timeline)"));
    auto* in = button(_("Zoom &in"), _("Show a shorter span in more detail (also + or Ctrl+wheel on the timeline)"));
    auto* fit = button(_("&Fit"), _("Show all the entries listed (also Home on the timeline)"));
    auto* days_label = new wxStaticText(this, wxID_ANY, _("Silences &over"));
    m_days = new wxChoice(this, wxID_ANY);
    for (int days : kSilenceDays) m_days->Append(wxString::Format(wxPLURAL("%d day", "%d days", days), days));
    m_days->SetSelection(2);
    m_days->SetToolTip(_("Shade the spans when no agency listed recorded anything for longer than this"));

    m_timeline = new SwimlaneTimeline(this);
    m_timeline->SetToolTip(_("Taller marks: more entries on that day. Red flags: entries marked key or high "
                             "significance. Drag, scroll or use the arrow keys to pan; Ctrl+wheel, + and - to zoom, "
                             "Home to fit; click a mark to show its entry."));
    m_scroll = new wxScrollBar(this, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxSB_HORIZONTAL);

    out->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { m_timeline->ZoomBy(1 / 1.5); });
    in->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { m_timeline->ZoomBy(1.5); });
    fit->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { m_timeline->Fit(); });
    m_days->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) {
        if (m_on_days) m_on_days(SilenceDays());
    });
    m_timeline->SetOnViewChanged([this] { SyncScrollBar(); });
    for (auto type : {wxEVT_SCROLL_CHANGED, wxEVT_SCROLL_THUMBTRACK, wxEVT_SCROLL_LINEUP, wxEVT_SCROLL_LINEDOWN,
                      wxEVT_SCROLL_PAGEUP, wxEVT_SCROLL_PAGEDOWN})
        m_scroll->Bind(type, [this](wxScrollEvent& e) {
            m_timeline->ScrollTo(m_scroll_origin + e.GetPosition() * m_scroll_unit);
        });
    Bind(wxEVT_SIZE, [this](wxSizeEvent& event) {
        event.Skip();
        const int width = GetClientSize().x - 2 * FromDIP(6);
        if (width > 0) m_summary->WrapTo(width);
    });

    // The summary above; below, the scrollbar with the zoom and silence controls beside it.
    const int gap = FromDIP(6);
    auto* controls = new wxBoxSizer(wxHORIZONTAL);
    controls->Add(m_scroll, wxSizerFlags(1).CentreVertical().Border(wxRIGHT, gap));
    for (wxWindow* w : std::initializer_list<wxWindow*>{out, in, fit})
        controls->Add(w, wxSizerFlags().CentreVertical().Border(wxRIGHT, gap / 2));
    controls->Add(days_label, wxSizerFlags().CentreVertical().Border(wxLEFT | wxRIGHT, gap));
    controls->Add(m_days, wxSizerFlags().CentreVertical());
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(m_summary, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT | wxBOTTOM, gap));
    sizer->Add(m_timeline, wxSizerFlags(1).Expand());
    sizer->Add(controls, wxSizerFlags().Expand().Border(wxTOP | wxBOTTOM, gap / 2));
    SetSizer(sizer);
}

void TimelinePane::SetSummary(const wxString& text, bool problem) {
    m_summary->SetForegroundColour(problem ? wxColour(0x8E, 0x1B, 0x16)
                                           : wxSystemSettings::GetColour(wxSYS_COLOUR_WINDOWTEXT));
    m_summary->SetText(text);
    Layout();
}

int TimelinePane::SilenceDays() const {
    const int at = m_days->GetSelection();
    return kSilenceDays[at < 0 ? 2 : at];
}

void TimelinePane::SyncScrollBar() {
    double data_from, data_to, view_from, view_to;
    m_timeline->Extent(&data_from, &data_to, &view_from, &view_to);
    const double shown = view_to - view_from;
    const double from = std::min(data_from - shown * 0.05, view_from);
    const double to = std::max(data_to + shown * 0.05, view_to);
    // Positions in small steps of the visible span, so the thumb is its true size.
    m_scroll_unit = std::max(shown / 50.0, 1e-3);
    m_scroll_origin = from;
    const int range = static_cast<int>(std::ceil((to - from) / m_scroll_unit));
    const int position = static_cast<int>(std::lround((view_from - from) / m_scroll_unit));
    m_scroll->SetScrollbar(position, 50, std::max(range, 50), 40);
}

}  // namespace gui
