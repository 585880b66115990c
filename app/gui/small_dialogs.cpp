// SPDX-License-Identifier: MIT
#include "small_dialogs.h"

#include "format.h"

#include "model/register/board.h"

#include <wx/button.h>
#include <wx/calctrl.h>
#include <wx/combobox.h>
#include <wx/datectrl.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

namespace gui {

EndHoldDialog::EndHoldDialog(wxWindow* parent, model::Board& board, const std::string& ref, const model::Hold& hold,
                             model::Date date)
    : CommandDialog(parent, _("End hold")), m_board(board), m_ref(ref) {
    auto* form = NewForm();
    m_date = NewDate(std::max(date, hold.from));
    AddRow(form, _("&Ended on:"), m_date);
    Finish(wxString::Format(_("%s has been on hold since %s for %s.\nReason: %s"), U8(ref), LongDate(hold.from),
                            ProceedingLabel(hold.proceeding).Lower(), U8(hold.reason)),
           form, _("&End hold"));
}

void EndHoldDialog::Apply() { m_board.end_hold(m_ref, DateOf(m_date)); }

PersonDialog::PersonDialog(wxWindow* parent, model::Board& board, const std::string& ref)
    : CommandDialog(parent, _("Add person")), m_board(board), m_ref(ref) {
    auto* form = NewForm();
    m_name = NewText();
    AddRow(form, _("&Name:"), m_name);
    m_pseudonym = NewText(_("e.g. Child A, Mother, Practitioner 3"));
    AddRow(form, _("&Pseudonym:"), m_pseudonym);
    const wxString roles[] = {"child", "parent", "family-member", "carer", "practitioner", "other"};
    m_role = new wxComboBox(this, wxID_ANY, "family-member", wxDefaultPosition, wxDefaultSize, WXSIZEOF(roles), roles);
    AddRow(form, _("&Role:"), m_role);
    Finish(wxString::Format(_("Add someone to the people register of %s. Published outputs show only the "
                              "pseudonym, never the name."),
                            U8(ref)),
           form, _("&Add person"));
    m_name->SetFocus();
}

void PersonDialog::Apply() {
    model::NewPerson person;
    person.name = Required(m_name, _("the person's name"));
    person.pseudonym = Required(m_pseudonym, _("a pseudonym"));
    person.role = S8(wxString(m_role->GetValue()).Strip(wxString::both));
    m_board.add_person(m_ref, person);
}

AsOfDialog::AsOfDialog(wxWindow* parent, model::Date as_of)
    : wxDialog(parent, wxID_ANY, _("Choose \"as of\" date")) {
    m_calendar = new wxCalendarCtrl(this, wxID_ANY, ToWx(as_of), wxDefaultPosition, wxDefaultSize,
                                    wxCAL_MONDAY_FIRST | wxCAL_SHOW_SURROUNDING_WEEKS);
    m_calendar->Bind(wxEVT_CALENDAR_DOUBLECLICKED, [this](wxCalendarEvent&) { EndModal(wxID_OK); });
    auto* today = new wxButton(this, wxID_ANY, _("&Today"));
    today->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { m_calendar->SetDate(wxDateTime::Today()); });

    const int gap = FromDIP(12);
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    auto* intro = new wxStaticText(this, wxID_ANY, _("Every clock and alert is computed as of this date."));
    sizer->Add(intro, wxSizerFlags().Border(wxLEFT | wxRIGHT | wxTOP, gap));
    sizer->Add(m_calendar, wxSizerFlags().Centre().Border(wxALL, gap));
    sizer->Add(today, wxSizerFlags().Centre());
    sizer->Add(CreateStdDialogButtonSizer(wxOK | wxCANCEL), wxSizerFlags().Expand().Border(wxALL, gap));
    SetSizerAndFit(sizer);
    CentreOnParent();
}

model::Date AsOfDialog::Date() const { return FromWx(m_calendar->GetDate()); }

}  // namespace gui

