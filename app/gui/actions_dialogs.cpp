// SPDX-License-Identifier: MIT
#include "actions_dialogs.h"

#include "format.h"
#include "learning_format.h"

#include "model/core/error.h"
#include "model/register/board.h"

#include <wx/choice.h>
#include <wx/combobox.h>
#include <wx/datectrl.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

namespace gui {
namespace {

wxString RecommendationItem(const model::Recommendation& rec) {
    wxString text = U8(rec.text);
    if (text.length() > 80) text = text.Left(78) + L"\u2026";
    return RecNumber(rec.number) + " (" + U8(rec.addressee) + ")" + kDash + text;
}

/// What a step asks for, so the reviewer knows before the model refuses.
wxString StepHint(model::ActionStatus next) {
    switch (next) {
        case model::ActionStatus::Ratified: return _("Ratified by every agency in the plan (e.g. minutes of the board meeting).");
        case model::ActionStatus::Implemented: return _("Put into practice: what was done (new procedure issued, training delivered).");
        case model::ActionStatus::EffectivenessReviewed:
            return _("Needs evidence of impact recorded first (re-audit, outcome measure or practitioner feedback): "
                     "use Record evidence of impact.");
        case model::ActionStatus::Closed: return _("Closing needs evidence: say what shows the action is complete.");
        case model::ActionStatus::Agreed: break;
    }
    return wxString();
}

}  // namespace

AddActionDialog::AddActionDialog(wxWindow* parent, model::Board& board, const std::string& ref,
                                 std::vector<model::Recommendation> recommendations, std::int64_t selected,
                                 const std::vector<std::string>& agencies, model::Date today)
    : CommandDialog(parent, wxString::Format(_("Add action to %s"), U8(ref))),
      m_board(board),
      m_recommendations(std::move(recommendations)) {
    auto* form = NewForm();
    m_recommendation = new wxChoice(this, wxID_ANY);
    int select = 0;
    for (size_t i = 0; i < m_recommendations.size(); ++i) {
        m_recommendation->Append(RecommendationItem(m_recommendations[i]));
        if (m_recommendations[i].id == selected) select = static_cast<int>(i);
    }
    m_recommendation->SetSelection(select);
    AddRow(form, _("&Recommendation:"), m_recommendation);
    wxArrayString names;
    for (const std::string& agency : agencies) names.Add(U8(agency));
    m_agency = new wxComboBox(this, wxID_ANY, wxString(), wxDefaultPosition, wxDefaultSize, names);
    if (!m_recommendations.empty()) m_agency->SetValue(U8(m_recommendations[static_cast<size_t>(select)].addressee));
    AddRow(form, _("A&gency:"), m_agency);
    m_owner = NewText(_("The person or post accountable, e.g. Head of Safeguarding"));
    AddRow(form, _("&Owner:"), m_owner);
    m_text = NewMultiline(3, _("What will be done"));
    AddRow(form, _("&Action:"), m_text, true);
    m_agreed = NewDate(today);
    AddRow(form, _("A&greed on:"), m_agreed);
    m_due = NewDate(today.add_months(3));
    AddRow(form, _("&Due by:"), m_due);
    m_recommendation->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) {
        const int i = m_recommendation->GetSelection();
        if (i >= 0 && m_agency->GetValue().empty())
            m_agency->SetValue(U8(m_recommendations[static_cast<size_t>(i)].addressee));
    });
    Finish(_("An action is one agency's commitment against a recommendation, with an owner and a due date. It "
             "starts as agreed; move it on as it is ratified, implemented and reviewed for effect."),
           form, _("&Add action"));
    m_owner->SetFocus();
}

void AddActionDialog::Apply() {
    const int i = m_recommendation->GetSelection();
    if (i < 0 || static_cast<size_t>(i) >= m_recommendations.size())
        throw model::bad_input(S8(_("Choose the recommendation the action answers.")));
    model::NewAction action;
    action.agency = S8(wxString(m_agency->GetValue()).Strip(wxString::both));
    action.owner = TextOf(m_owner);
    action.text = TextOf(m_text);
    action.agreed = DateOf(m_agreed);
    action.due = DateOf(m_due);
    m_board.learning().add_action(m_recommendations[static_cast<size_t>(i)].id, action);
}

MoveActionDialog::MoveActionDialog(wxWindow* parent, model::Board& board, const model::Action& action, model::Date today)
    : CommandDialog(parent, wxString::Format(_("Move action %lld on"), static_cast<long long>(action.id))),
      m_board(board),
      m_id(action.id) {
    m_next = NextStatus(action.status).value_or(model::ActionStatus::Closed);
    auto* form = NewForm();
    auto* next = new wxStaticText(this, wxID_ANY, ActionStatusLabel(m_next));
    next->SetFont(GetFont().Bold());
    AddRow(form, _("Next step:"), next);
    const model::Date last = action.history.empty() ? today : action.history.back().date;
    m_date = NewDate(std::max(today, last));
    AddRow(form, _("&On:"), m_date);
    m_evidence = NewMultiline(3, StepHint(m_next));
    AddRow(form, _("&Evidence:"), m_evidence, true);
    wxString intro = wxString::Format(_("%s (%s, owner %s): %s\nNow %s since %s."), U8(action.review) + " " +
                                      RecNumber(action.recommendation_number), U8(action.agency), U8(action.owner),
                                      U8(action.text), ActionStatusLabel(action.status).Lower(), LongDate(last));
    intro += "\n\n" + StepHint(m_next);
    Finish(intro, form, wxString::Format(_("&Mark %s"), ActionStatusLabel(m_next).Lower()));
    m_evidence->SetFocus();
}

void MoveActionDialog::Apply() { m_board.learning().set_action_status(m_id, m_next, DateOf(m_date), TextOf(m_evidence)); }

}  // namespace gui
