// SPDX-License-Identifier: MIT
#include "terms_dialog.h"

#include "format.h"

#include "model/register/board.h"

#include <wx/checkbox.h>
#include <wx/datectrl.h>
#include <wx/sizer.h>
#include <wx/textctrl.h>
#include <wx/tokenzr.h>

namespace gui {

TermsDialog::TermsDialog(wxWindow* parent, model::Board& board, const model::Review& review, model::Date agreed)
    : CommandDialog(parent, _("Terms of reference")), m_board(board), m_ref(review.ref) {
    const model::TermsOfReference* current = review.current_terms();
    auto* form = NewForm();

    AddRow(form, _("Scope from:"),
           NewOptionalDate(_("&From"), current ? current->scope_from : std::nullopt, review.aware.add_months(-12),
                           &m_has_from, &m_from));
    AddRow(form, _("Scope to:"),
           NewOptionalDate(_("&To"), current ? current->scope_to : std::nullopt, review.aware, &m_has_to, &m_to));

    m_questions = NewMultiline(6, _("One question per line."));
    if (current) {
        wxString text;
        for (const auto& q : current->key_questions) text << U8(q) << '\n';
        m_questions->SetValue(text.Trim());
    }
    AddRow(form, _("&Key questions\n(one per line):"), m_questions, true);

    m_methodology = NewMultiline(3);
    if (current) m_methodology->SetValue(U8(current->methodology));
    AddRow(form, _("&Methodology:"), m_methodology, true);

    m_agreed = NewDate(agreed);
    AddRow(form, _("&Agreed on:"), m_agreed);

    const wxString intro = current
        ? wxString::Format(_("%s: this records version %d. Version %d stays on record unchanged."), U8(review.ref),
                           current->version + 1, current->version)
        : wxString::Format(_("%s: this records the first version of the terms of reference."), U8(review.ref));
    Finish(intro, form, _("&Record version"));
    m_questions->SetFocus();
}

void TermsDialog::Apply() {
    model::NewTerms terms;
    terms.scope_from = OptionalDateOf(m_has_from, m_from);
    terms.scope_to = OptionalDateOf(m_has_to, m_to);
    wxStringTokenizer lines(m_questions->GetValue(), "\n");
    while (lines.HasMoreTokens()) {
        const wxString line = lines.GetNextToken().Strip(wxString::both);
        if (!line.empty()) terms.key_questions.push_back(S8(line));
    }
    if (terms.key_questions.empty()) Required(m_questions, _("at least one key question"));
    terms.methodology = TextOf(m_methodology);
    terms.agreed = DateOf(m_agreed);
    m_version = m_board.set_terms(m_ref, terms);
}

}  // namespace gui
