// SPDX-License-Identifier: MIT
#include "add_hold_dialog.h"

#include "format.h"

#include "model/register/board.h"

#include <wx/checkbox.h>
#include <wx/choice.h>
#include <wx/datectrl.h>
#include <wx/sizer.h>
#include <wx/textctrl.h>

namespace gui {

AddHoldDialog::AddHoldDialog(wxWindow* parent, model::Board& board, const std::string& ref, model::Date from)
    : CommandDialog(parent, _("Add hold")), m_board(board), m_ref(ref) {
    auto* form = NewForm();

    m_proceeding = new wxChoice(this, wxID_ANY);
    for (const auto& id : model::proceeding_types()) m_proceeding->Append(ProceedingLabel(id));
    m_proceeding->SetSelection(0);
    AddRow(form, _("&Proceeding:"), m_proceeding);

    m_from = NewDate(from);
    AddRow(form, _("&From:"), m_from);

    AddRow(form, _("Until:"), NewOptionalDate(_("&Ends on"), std::nullopt, from, &m_has_end, &m_to));

    m_reason = NewMultiline(5, _("Why the review cannot proceed; the exceptional reason is kept on record."));
    AddRow(form, _("&Reason:"), m_reason, true);

    Finish(wxString::Format(_("%s: pausable clocks stop while the hold lasts. Leave \"Ends on\" unticked if the "
                              "end is not known yet; end the hold later with Review > End hold."),
                            U8(ref)),
           form, _("&Add hold"));
    m_reason->SetFocus();
}

void AddHoldDialog::Apply() {
    model::NewHold hold;
    hold.proceeding = model::proceeding_types().at(static_cast<size_t>(std::max(0, m_proceeding->GetSelection())));
    hold.reason = Required(m_reason, _("the reason for the hold"));
    hold.from = DateOf(m_from);
    hold.to = OptionalDateOf(m_has_end, m_to);
    m_board.add_hold(m_ref, hold);
}

}  // namespace gui
