// SPDX-License-Identifier: MIT
#include "add_agency_dialog.h"

#include "format.h"

#include "model/register/board.h"

#include <wx/sizer.h>
#include <wx/textctrl.h>

namespace gui {

AddAgencyDialog::AddAgencyDialog(wxWindow* parent, model::Board& board, const std::string& ref,
                                 const std::vector<std::string>& known)
    : CommandDialog(parent, _("Add agency involved")), m_board(board), m_ref(ref) {
    m_name = NewText(_("e.g. Housing, Probation, Early help"));
    auto* form = NewForm();
    AddRow(form, _("&Agency"), m_name);
    wxString intro = wxString::Format(_("Agencies known to be involved in %s are listed in the gaps report until "
                                        "they submit a chronology."),
                                      U8(ref));
    if (!known.empty()) {
        wxString names;
        for (const auto& a : known) names << (names.empty() ? "" : ", ") << U8(a);
        intro += "\n\n" + wxString::Format(_("Known already: %s."), names);
    }
    Finish(intro, form, _("&Add"));
    m_name->SetFocus();
}

void AddAgencyDialog::Apply() { m_board.chronology().add_agency(m_ref, Required(m_name, _("the agency's name"))); }

}  // namespace gui
