// SPDX-License-Identifier: MIT
#include "learning_dialogs.h"

#include "format.h"
#include "learning_format.h"

#include "model/core/error.h"
#include "model/register/board.h"

#include <wx/choice.h>
#include <wx/combobox.h>
#include <wx/datectrl.h>
#include <wx/sizer.h>
#include <wx/spinctrl.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

namespace gui {

ResponseDialog::ResponseDialog(wxWindow* parent, model::Board& board, const model::Recommendation& recommendation,
                               model::Date as_of)
    : CommandDialog(parent, wxString::Format(_("Board response to %s recommendation %d"), U8(recommendation.review),
                                             recommendation.number)),
      m_board(board), m_recommendation(recommendation.id) {
    auto* form = NewForm();
    wxString text = U8(recommendation.text);
    if (text.length() > 160) text = text.Left(158) + L"\u2026";
    auto* shown = new wxStaticText(this, wxID_ANY, text);
    shown->Wrap(FromDIP(440));
    AddRow(form, _("Recommendation:"), shown);
    m_decision = new wxChoice(this, wxID_ANY);
    for (model::ResponseDecision decision : AllDecisions()) m_decision->Append(DecisionLabel(decision));
    const auto& previous = recommendation.response;
    int selected = 0;
    for (size_t i = 0; previous && i < AllDecisions().size(); ++i)
        if (AllDecisions()[i] == previous->decision) selected = static_cast<int>(i);
    m_decision->SetSelection(selected);
    AddRow(form, _("&Decision:"), m_decision);
    m_text = NewMultiline(4, _("What the board will do; for \"not accepted\", the reason"));
    if (previous) m_text->SetValue(U8(previous->text));
    AddRow(form, _("&Response:"), m_text, true);
    m_date = NewDate(previous ? previous->date : as_of);
    AddRow(form, _("D&ate:"), m_date);
    Finish(previous ? _("Saving replaces the response recorded before; the audit trail keeps the old one.")
                    : _("The board's response appears in the board-response report under the recommendation."),
           form, _("&Record response"));
    m_text->SetFocus();
}

void ResponseDialog::Apply() {
    const int i = m_decision->GetSelection();
    if (i < 0) throw model::bad_input(S8(_("Choose the board's decision.")));
    m_board.learning().respond(m_recommendation, AllDecisions()[static_cast<size_t>(i)], TextOf(m_text), DateOf(m_date));
}

ChallengeDialog::ChallengeDialog(wxWindow* parent, model::Board& board, const std::string& ref,
                                 const std::vector<std::string>& agencies, model::Date today)
    : CommandDialog(parent, wxString::Format(_("Challenge an agency (%s)"), U8(ref))), m_board(board), m_ref(ref) {
    auto* form = NewForm();
    wxArrayString names;
    for (const std::string& agency : agencies) names.Add(U8(agency));
    m_agency = new wxComboBox(this, wxID_ANY, wxString(), wxDefaultPosition, wxDefaultSize, names);
    AddRow(form, _("A&gency:"), m_agency);
    m_raised = NewDate(today);
    AddRow(form, _("&Raised on:"), m_raised);
    m_issue = NewMultiline(3, _("What the agency did not do"));
    AddRow(form, _("&Issue:"), m_issue, true);
    m_board_action = NewMultiline(2, _("Letter from the chair, escalation meeting, ..."));
    AddRow(form, _("What the &board did:"), m_board_action, true);
    Finish(_("The challenge and escalation log records what the board did when an agency did not act, and how it "
             "ended."),
           form, _("&Log challenge"));
    m_agency->SetFocus();
}

void ChallengeDialog::Apply() {
    model::NewChallenge challenge;
    challenge.agency = S8(wxString(m_agency->GetValue()).Strip(wxString::both));
    challenge.raised = DateOf(m_raised);
    challenge.issue = TextOf(m_issue);
    challenge.board_action = TextOf(m_board_action);
    m_board.learning().add_challenge(m_ref, challenge);
}

CloseChallengeDialog::CloseChallengeDialog(wxWindow* parent, model::Board& board, std::vector<model::Challenge> open,
                                           model::Date today)
    : CommandDialog(parent, _("Close challenge")), m_board(board), m_open(std::move(open)) {
    auto* form = NewForm();
    m_challenge = new wxChoice(this, wxID_ANY);
    for (const model::Challenge& c : m_open) {
        wxString issue = U8(c.issue);
        if (issue.length() > 70) issue = issue.Left(68) + L"\u2026";
        m_challenge->Append(U8(c.review) + ", " + U8(c.agency) + ", " + LongDate(c.raised) + kDash + issue);
    }
    m_challenge->SetSelection(0);
    AddRow(form, _("&Challenge:"), m_challenge);
    m_closed = NewDate(today);
    AddRow(form, _("C&losed on:"), m_closed);
    m_outcome = NewMultiline(3, _("How it ended"));
    AddRow(form, _("&Outcome:"), m_outcome, true);
    Finish(wxString(), form, _("&Close challenge"));
    m_outcome->SetFocus();
}

void CloseChallengeDialog::Apply() {
    const int i = m_challenge->GetSelection();
    if (i < 0) throw model::bad_input(S8(_("Choose the challenge to close.")));
    m_board.learning().close_challenge(m_open[static_cast<size_t>(i)].id, DateOf(m_closed), TextOf(m_outcome));
}

LearningEventDialog::LearningEventDialog(wxWindow* parent, model::Board& board, const std::string& ref,
                                         model::Date today)
    : CommandDialog(parent, wxString::Format(_("Learning event (%s)"), U8(ref))), m_board(board), m_ref(ref) {
    auto* form = NewForm();
    m_date = NewDate(today);
    AddRow(form, _("&Date:"), m_date);
    m_title = NewText(_("e.g. 7-minute briefing: the child's voice"));
    AddRow(form, _("&Title:"), m_title);
    m_audience = NewText(_("e.g. health visitors and school nurses"));
    AddRow(form, _("&Audience:"), m_audience);
    m_attendance = new wxSpinCtrl(this, wxID_ANY, "0", wxDefaultPosition, wxDefaultSize, wxSP_ARROW_KEYS, 0, 100000, 0);
    AddRow(form, _("A&ttendance:"), m_attendance);
    m_presenter = NewText();
    AddRow(form, _("&Presenter:"), m_presenter);
    Finish(_("Dissemination: where the review's learning was shared, with whom, and how many came."), form,
           _("&Add event"));
    m_title->SetFocus();
}

void LearningEventDialog::Apply() {
    model::NewLearningEvent event;
    event.date = DateOf(m_date);
    event.title = TextOf(m_title);
    event.audience = TextOf(m_audience);
    event.attendance = m_attendance->GetValue();
    event.presenter = TextOf(m_presenter);
    m_board.learning().add_learning_event(m_ref, event);
}

}  // namespace gui
