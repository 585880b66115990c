// SPDX-License-Identifier: MIT
#include "redaction_decision_dialog.h"

#include "format.h"
#include "report_format.h"

#include "model/core/error.h"
#include "model/register/board.h"

#include <wx/panel.h>
#include <wx/radiobut.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

namespace gui {

RedactionDecisionDialog::RedactionDecisionDialog(wxWindow* parent, model::Board& board, const std::string& ref,
                                                 const model::RedactionProblem& problem)
    : CommandDialog(parent, _("Resolve a redaction problem")), m_board(board), m_ref(ref), m_where(problem.where) {
    auto* form = NewForm();
    m_text = NewText(_("the word or words as the report found them"));
    m_text->SetValue(ProblemWord(problem.reason));
    AddRow(form, _("&Text:"), m_text);

    auto* scope = new wxPanel(this);
    m_here = new wxRadioButton(scope, wxID_ANY, wxString::Format(_("Only in %s"), U8(problem.where)),
                               wxDefaultPosition, wxDefaultSize, wxRB_GROUP);
    m_everywhere = new wxRadioButton(scope, wxID_ANY, _("Everywhere in this review"));
    auto* scope_sizer = new wxBoxSizer(wxVERTICAL);
    scope_sizer->Add(m_here);
    scope_sizer->Add(m_everywhere, wxSizerFlags().Border(wxTOP, FromDIP(4)));
    scope->SetSizer(scope_sizer);
    // Everywhere by default: the same word usually means the same thing throughout a review. (Also,
    // the report renderer names places differently from the redaction check — "chronology 12" vs
    // "chronology entry 12 event" — so a one-place decision may not reach a rendered report yet.)
    m_everywhere->SetValue(true);
    AddRow(form, _("Applies:"), scope);

    auto* choice = new wxPanel(this);
    m_keep = new wxRadioButton(choice, wxID_ANY, _("&Safe to publish as it is (not a name here)"),
                               wxDefaultPosition, wxDefaultSize, wxRB_GROUP);
    m_replace = new wxRadioButton(choice, wxID_ANY, _("Re&place it with:"));
    m_replacement = new wxTextCtrl(choice, wxID_ANY);
    m_replacement->SetHint(_("e.g. Father, GP 1"));
    m_replacement->Enable(false);
    auto* replace_row = new wxBoxSizer(wxHORIZONTAL);
    replace_row->Add(m_replace, wxSizerFlags().CentreVertical().Border(wxRIGHT, FromDIP(6)));
    replace_row->Add(m_replacement, wxSizerFlags(1).CentreVertical());
    auto* choice_sizer = new wxBoxSizer(wxVERTICAL);
    choice_sizer->Add(m_keep);
    choice_sizer->Add(replace_row, wxSizerFlags().Expand().Border(wxTOP, FromDIP(4)));
    choice->SetSizer(choice_sizer);
    AddRow(form, _("Decision:"), choice);
    auto toggle = [this](wxCommandEvent&) { m_replacement->Enable(m_replace->GetValue()); };
    m_keep->Bind(wxEVT_RADIOBUTTON, toggle);
    m_replace->Bind(wxEVT_RADIOBUTTON, toggle);

    m_reason = NewMultiline(3, _("Kept in the audit trail and shown with the publication log"));
    AddRow(form, _("&Reason:"), m_reason, true);

    Finish(wxString::Format(_("In %s:\n\u201c%s\u201d\n\n%s"), U8(problem.where), U8(problem.excerpt),
                            U8(problem.reason)),
           form, _("&Record decision"));
    m_reason->SetFocus();
}

void RedactionDecisionDialog::Apply() {
    model::RedactionDecision decision;
    decision.text = Required(m_text, _("the text the decision is about"));
    decision.where = m_here->GetValue() ? m_where : std::string();
    if (m_replace->GetValue()) decision.replacement = Required(m_replacement, _("what to replace the text with"));
    decision.reason = Required(m_reason, _("why this decision is right"));
    m_board.publications().decide_redaction(m_ref, decision);
}

}  // namespace gui
