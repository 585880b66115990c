// SPDX-License-Identifier: MIT
#include "appointment_dialog.h"

#include "format.h"

#include "model/register/board.h"

#include <wx/checkbox.h>
#include <wx/choice.h>
#include <wx/datectrl.h>
#include <wx/sizer.h>
#include <wx/textctrl.h>

namespace gui {

AppointmentDialog::AppointmentDialog(wxWindow* parent, model::Board& board, const std::string& ref,
                                     model::Date appointed)
    : CommandDialog(parent, _("Appoint")), m_board(board), m_ref(ref) {
    auto* form = NewForm();
    m_name = NewText();
    AddRow(form, _("&Name:"), m_name);

    m_role = new wxChoice(this, wxID_ANY);
    for (const auto& role : model::appointment_roles()) m_role->Append(Humanise(role));
    m_role->SetSelection(0);
    AddRow(form, _("&Role:"), m_role);

    m_organisation = NewText(_("e.g. Independent, Children's Social Care"));
    AddRow(form, _("&Organisation:"), m_organisation);

    m_independent = new wxCheckBox(this, wxID_ANY, _("&Independent of the agencies under review"));
    m_independent->SetValue(true);
    AddRow(form, wxString(), m_independent);

    m_declaration = NewMultiline(3, _("Conflicts of interest declared; write \"none\" if none were declared."));
    m_declaration->SetValue("none");
    AddRow(form, _("&Declaration:"), m_declaration, true);

    m_appointed = NewDate(appointed);
    AddRow(form, _("A&ppointed on:"), m_appointed);

    Finish(wxString::Format(_("Appoint someone to %s and record their declaration of interests."), U8(ref)), form,
           _("&Appoint"));
    m_name->SetFocus();
}

void AppointmentDialog::Apply() {
    model::NewAppointment appointment;
    appointment.name = Required(m_name, _("the name of the person appointed"));
    appointment.role = model::appointment_roles().at(static_cast<size_t>(std::max(0, m_role->GetSelection())));
    appointment.organisation = TextOf(m_organisation);
    appointment.independent = m_independent->GetValue();
    appointment.declaration = Required(m_declaration, _("the declaration of interests (\"none\" is a declaration)"));
    appointment.appointed = DateOf(m_appointed);
    m_board.add_appointment(m_ref, appointment);
}

}  // namespace gui
