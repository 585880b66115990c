// SPDX-License-Identifier: MIT
#include "summary_tile.h"

#include "format.h"

#include <wx/dcclient.h>
#include <wx/sizer.h>

namespace gui {

SummaryTile::SummaryTile(wxWindow* parent, model::ClockStatus status,
                         std::function<void(model::ClockStatus)> on_click)
    : wxPanel(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxTAB_TRAVERSAL | wxWANTS_CHARS),
      m_status(status),
      m_on_click(std::move(on_click)) {
    const StatusColours colours = ColoursFor(status);
    SetBackgroundColour(colours.background);

    m_number = new wxStaticText(this, wxID_ANY, "0");
    m_number->SetFont(GetFont().Scaled(2.6f).Bold());
    m_number->SetForegroundColour(colours.text);
    m_label = new wxStaticText(this, wxID_ANY, StatusLabel(status));
    m_label->SetFont(GetFont().Scaled(1.15f));
    m_label->SetForegroundColour(colours.text);

    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(m_number, wxSizerFlags().Border(wxLEFT | wxRIGHT | wxTOP, FromDIP(14)));
    sizer->Add(m_label, wxSizerFlags().Border(wxLEFT | wxRIGHT | wxBOTTOM, FromDIP(14)));
    SetSizer(sizer);
    SetToolTip(_("Show only these clocks; click again to show all"));

    for (wxWindow* w : {static_cast<wxWindow*>(this), static_cast<wxWindow*>(m_number),
                        static_cast<wxWindow*>(m_label)}) {
        w->Bind(wxEVT_LEFT_UP, [this](wxMouseEvent&) { Click(); });
        w->SetCursor(wxCursor(wxCURSOR_HAND));
    }
    Bind(wxEVT_CHAR_HOOK, [this](wxKeyEvent& event) {
        if (event.GetKeyCode() == WXK_SPACE || event.GetKeyCode() == WXK_RETURN) Click();
        else event.Skip();
    });
    Bind(wxEVT_SET_FOCUS, [this](wxFocusEvent& e) { Refresh(); e.Skip(); });
    Bind(wxEVT_KILL_FOCUS, [this](wxFocusEvent& e) { Refresh(); e.Skip(); });
    Bind(wxEVT_PAINT, [this](wxPaintEvent&) {
        wxPaintDC dc(this);
        if (!m_selected && !HasFocus()) return;
        const wxColour edge = ColoursFor(m_status).text;
        dc.SetPen(wxPen(edge, FromDIP(m_selected ? 3 : 1), m_selected ? wxPENSTYLE_SOLID : wxPENSTYLE_DOT));
        dc.SetBrush(*wxTRANSPARENT_BRUSH);
        const wxSize size = GetClientSize();
        const int inset = FromDIP(2);
        dc.DrawRectangle(inset, inset, size.x - 2 * inset, size.y - 2 * inset);
    });
}

void SummaryTile::SetCount(int count) {
    m_number->SetLabel(wxString::Format("%d", count));
    Layout();
}

void SummaryTile::SetSelected(bool selected) {
    m_selected = selected;
    Refresh();
}

void SummaryTile::Click() {
    SetFocus();
    m_on_click(m_status);
}

}  // namespace gui
