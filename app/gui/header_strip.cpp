// SPDX-License-Identifier: MIT
#include "header_strip.h"

#include "date_selection.h"

#include "format.h"

#include <wx/button.h>
#include <wx/datectrl.h>
#include <wx/dateevt.h>
#include <wx/settings.h>
#include <wx/sizer.h>
#include <wx/srchctrl.h>
#include <wx/stattext.h>

namespace gui {

HeaderStrip::HeaderStrip(wxWindow* parent, std::function<void(model::Date)> on_as_of,
                         std::function<void(const wxString&)> on_search)
    : wxPanel(parent), m_on_as_of(std::move(on_as_of)), m_on_search(std::move(on_search)) {
    auto* label = new wxStaticText(this, wxID_ANY, _("&As of:"));
    label->SetFont(GetFont().Bold());
    m_as_of = new wxDatePickerCtrl(this, wxID_ANY, wxDateTime::Today(), wxDefaultPosition, wxDefaultSize,
                                   wxDP_DROPDOWN | wxDP_SHOWCENTURY);
    m_as_of->SetToolTip(_("Every clock and alert is computed as of this date. Pick a later date to look ahead."));
    m_as_of->Bind(wxEVT_DATE_CHANGED, [this](wxDateEvent& event) {
        if (event.GetDate().IsValid()) AsOfChanged(FromWx(event.GetDate()));
    });
    auto* today = new wxButton(this, wxID_ANY, _("&Today"), wxDefaultPosition, wxDefaultSize, wxBU_EXACTFIT);
    today->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
        SetAsOf(model::Date::today());
        AsOfChanged(model::Date::today());
    });
    m_hint = new wxStaticText(this, wxID_ANY, wxString());
    m_hint->SetForegroundColour(wxSystemSettings::GetColour(wxSYS_COLOUR_GRAYTEXT));

    m_search = new wxSearchCtrl(this, wxID_ANY, wxString(), wxDefaultPosition, wxSize(GetCharWidth() * 34, -1));
    m_search->SetDescriptiveText(_("Search reviews (ref, title, child, stage)"));
    m_search->ShowCancelButton(true);
    m_search->Bind(wxEVT_TEXT, [this](wxCommandEvent&) { m_on_search(m_search->GetValue()); });
    m_search->Bind(wxEVT_SEARCHCTRL_CANCEL_BTN, [this](wxCommandEvent&) {
        m_search->Clear();
        m_on_search(wxString());
    });

    const int gap = FromDIP(8);
    auto* sizer = new wxBoxSizer(wxHORIZONTAL);
    sizer->Add(label, wxSizerFlags().CentreVertical().Border(wxLEFT | wxRIGHT, gap));
    sizer->Add(m_as_of, wxSizerFlags().CentreVertical().Border(wxRIGHT, gap));
    sizer->Add(today, wxSizerFlags().CentreVertical().Border(wxRIGHT, gap));
    sizer->Add(m_hint, wxSizerFlags().CentreVertical());
    sizer->AddStretchSpacer();
    sizer->Add(m_search, wxSizerFlags().CentreVertical().Border(wxRIGHT, gap));
    auto* outer = new wxBoxSizer(wxVERTICAL);
    outer->Add(sizer, wxSizerFlags().Expand().Border(wxTOP | wxBOTTOM, gap));
    SetSizer(outer);
}

void HeaderStrip::SetAsOf(model::Date date) {
    m_as_of->SetValue(ToWx(date));
    const model::Date today = model::Date::today();
    wxString hint = WeekdayDate(date);
    if (date == today)
        hint += " " + _("(today)");
    else
        hint += kDash + (date > today ? _("looking ahead: clocks as they will stand on that date")
                                      : _("looking back: clocks as they stood on that date"));
    m_hint->SetLabel(hint);
    Layout();
}

void HeaderStrip::SetSearchText(const wxString& text) { m_search->SetValue(text); }

void HeaderStrip::FocusSearch() {
    m_search->SetFocus();
    CallAfter([this] { ClearDateSelection(m_as_of); });
}

void HeaderStrip::AsOfChanged(model::Date date) {
    SetAsOf(date);
    m_on_as_of(date);
}

}  // namespace gui
