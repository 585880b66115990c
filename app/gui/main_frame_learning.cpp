// SPDX-License-Identifier: MIT
// The Learning menu of the main window: the Learning page (findings, recommendations with the live
// quality guard), the actions board and the board assurance view, and the commands that record and
// correct findings and recommendations, the board's response to a recommendation, actions, evidence of
// impact, challenges and learning events. Each handler is a boundary: it catches model::Error and
// shows it; the pages refresh from the board's LearningChanged events.
#include "main_frame.h"

#include "actions_dialogs.h"
#include "actions_panel.h"
#include "evidence_dialog.h"
#include "finding_dialog.h"
#include "format.h"
#include "learning_dialogs.h"
#include "learning_format.h"
#include "learning_panel.h"
#include "recommendation_editor.h"
#include "review_panel.h"

#include "model/core/error.h"

#include <wx/choicdlg.h>
#include <wx/file.h>
#include <wx/filedlg.h>
#include <wx/menu.h>
#include <wx/msgdlg.h>
#include <wx/notebook.h>

#include <optional>
#include <set>

namespace gui {
namespace {

// Clear of the other menus and of the chronology filter bar's popup ids (+700 to +1200 and up).
enum LearningMenuId {
    kViewLearning = wxID_HIGHEST + 2000, kViewActions, kViewAssurance, kAddFinding, kNewRecommendation, kAddAction,
    kMoveAction, kAddEvidence, kSaveEvidenceFile, kAddChallenge, kCloseChallenge, kAddLearningEvent,
};

/// The item a command acts on: the one with id `selected` when there is one, else the one the user
/// picks from `items` (each shown as `label` says, its text cut at 90 characters).
template <typename Item, typename Label>
std::optional<Item> ChooseItem(wxWindow* parent, const std::vector<Item>& items, std::int64_t selected, Label label,
                               const wxString& question, const wxString& title) {
    for (const Item& item : items)
        if (item.id == selected) return item;
    wxArrayString names;
    for (const Item& item : items) {
        wxString text = U8(item.text);
        if (text.length() > 90) text = text.Left(88) + L"\u2026";
        names.Add(label(item, text));
    }
    const int i = wxGetSingleChoiceIndex(question, title, names, 0, parent);
    if (i < 0) return std::nullopt;
    return items[static_cast<size_t>(i)];
}

/// The recommendation a command acts on (see ChooseItem); nothing when there are none (after saying
/// so) or the user cancels.
std::optional<model::Recommendation> ChooseRecommendation(wxWindow* parent, const std::vector<model::Recommendation>& recommendations,
                                                          const std::string& ref, std::int64_t selected,
                                                          const wxString& question, const wxString& title) {
    if (recommendations.empty()) {
        wxMessageBox(wxString::Format(_("%s has no recommendations yet: draft one on the Learning page first."), U8(ref)),
                     _("No recommendation"), wxOK | wxICON_INFORMATION, parent);
        return std::nullopt;
    }
    return ChooseItem(parent, recommendations, selected, [](const model::Recommendation& r, const wxString& text) {
        return RecNumber(r.number) + kDash + text +
               (r.response ? " (" + DecisionLabel(r.response->decision) + ")" : wxString());
    }, question, title);
}

/// The finding to correct (see ChooseItem); nothing when there are none (after saying so) or the user
/// cancels.
std::optional<model::Finding> ChooseFinding(wxWindow* parent, const std::vector<model::Finding>& findings,
                                            const std::string& ref, std::int64_t selected) {
    if (findings.empty()) {
        wxMessageBox(wxString::Format(_("%s has no findings yet: add one first."), U8(ref)), _("No finding"),
                     wxOK | wxICON_INFORMATION, parent);
        return std::nullopt;
    }
    return ChooseItem(parent, findings, selected, [](const model::Finding& f, const wxString& text) {
        return FindingNumber(f.number) + kDash + text;
    }, _("Which finding do you want to correct?"), _("Edit finding"));
}

}  // namespace

wxMenu* MainFrame::BuildLearningMenu() {
    auto* menu = new wxMenu;
    menu->Append(kViewLearning, _("&Findings and recommendations\tF7"), _("The open review's findings and recommendations"));
    menu->Append(kViewActions, _("&Actions board\tF8"), _("Every agency's actions with their RAG, overdue first"));
    menu->Append(kViewAssurance, _("Board a&ssurance\tF9"),
                 _("Recurring themes and recommendations, actions by agency, alerts, challenges, learning events"));
    menu->AppendSeparator();
    menu->Append(kAddFinding, _("Add &finding..."), _("Record a systemic or good-practice finding with its evidence"));
    menu->Append(kEditFindingCommand, _("Ed&it finding..."),
                 _("Correct the selected finding: its text, kind, theme or evidence (every change audited)"));
    menu->Append(kNewRecommendation, _("New &recommendation"), _("Draft a recommendation with the quality guard"));
    menu->Append(kEditRecommendationCommand, _("Edi&t recommendation..."),
                 _("Correct the selected recommendation in the editor: text, addressee, type or findings"));
    menu->Append(kRecordResponseCommand, _("Record &board response..."),
                 _("The safeguarding board's response to the selected recommendation: accepted, in part or not"));
    menu->AppendSeparator();
    menu->Append(kAddAction, _("A&dd action..."), _("An agency's action against a recommendation"));
    menu->Append(kMoveAction, _("&Move action on..."), _("The selected action's next lifecycle step"));
    menu->Append(kAddEvidence, _("Record &evidence of impact..."), _("Re-audit, outcome measure or practitioner feedback"));
    menu->Append(kSaveEvidenceFile, _("Sa&ve attached evidence file..."), _("Save a file kept in the database"));
    menu->AppendSeparator();
    menu->Append(kAddChallenge, _("&Challenge an agency..."), _("Log what the board did when an agency did not act"));
    menu->Append(kCloseChallenge, _("C&lose challenge..."), _("Record how a challenge ended"));
    menu->Append(kAddLearningEvent, _("Add learning e&vent..."), _("A briefing or workshop sharing the review's learning"));

    auto on = [this](int id, std::function<void()> handler) {
        Bind(wxEVT_MENU, [handler](wxCommandEvent&) { handler(); }, id);
    };
    on(kViewLearning, [this] { OnViewLearning(); });
    on(kViewActions, [this] { ShowView(View::Actions); });
    on(kViewAssurance, [this] { ShowView(View::Assurance); });
    on(kAddFinding, [this] { OnAddFinding(); });
    on(kNewRecommendation, [this] { OnNewRecommendation(); });
    // Also sent by the Learning page's "Record response..." button. Handled here, not by a member of
    // its own, so that main_frame.h stays as it is.
    on(kRecordResponseCommand, [this] {
        try {
            const std::string ref = LearningRefForCommand();
            if (ref.empty()) return;
            const std::int64_t selected = CurrentView() == View::Learning ? LearningPage()->SelectedRecommendation() : 0;
            const auto chosen = ChooseRecommendation(this, m_board->learning().recommendations(ref), ref, selected,
                                                     _("Which recommendation is the board responding to?"),
                                                     _("Record board response"));
            if (!chosen) return;
            ResponseDialog dialog(this, *m_board, *chosen, m_as_of);
            if (dialog.ShowModal() == wxID_OK) OpenLearning(ref);
        } catch (const std::exception& e) {
            ShowError(_("Could not record the board's response"), e);
        }
    });
    // Also sent by the Learning page's "Edit..." and "Edit recommendation..." buttons; handled here for
    // the same reason as the response.
    on(kEditFindingCommand, [this] {
        try {
            const std::string ref = LearningRefForCommand();
            if (ref.empty()) return;
            const std::int64_t selected = CurrentView() == View::Learning ? LearningPage()->SelectedFinding() : 0;
            const auto chosen = ChooseFinding(this, m_board->learning().findings(ref), ref, selected);
            if (!chosen) return;
            FindingDialog dialog(this, *m_board, *chosen);
            if (dialog.ShowModal() == wxID_OK) OpenLearning(ref);
        } catch (const std::exception& e) {
            ShowError(_("Could not correct the finding"), e);
        }
    });
    on(kEditRecommendationCommand, [this] {
        try {
            const std::string ref = LearningRefForCommand();
            if (ref.empty()) return;
            const std::int64_t selected = CurrentView() == View::Learning ? LearningPage()->SelectedRecommendation() : 0;
            const auto chosen = ChooseRecommendation(this, m_board->learning().recommendations(ref), ref, selected,
                                                     _("Which recommendation do you want to correct?"),
                                                     _("Edit recommendation"));
            if (!chosen) return;
            OpenLearning(ref);  // the editor drafts for the page's review
            LearningPage()->Editor()->EditRecommendation(*chosen);
        } catch (const std::exception& e) {
            ShowError(_("Could not open the recommendation for correcting"), e);
        }
    });
    on(kAddAction, [this] { OnAddAction(); });
    on(kMoveAction, [this] { OnMoveAction(); });
    on(kAddEvidence, [this] { OnAddEvidence(); });
    on(kSaveEvidenceFile, [this] { OnSaveEvidenceFile(); });
    on(kAddChallenge, [this] { OnAddChallenge(); });
    on(kCloseChallenge, [this] { OnCloseChallenge(); });
    on(kAddLearningEvent, [this] { OnAddLearningEvent(); });
    return menu;
}

void MainFrame::OpenLearning(const std::string& ref) {
    if (ref != m_learning_ref) {
        m_board->get_review(ref);  // NotFound before anything changes
        m_learning_ref = ref;
        m_stale[static_cast<int>(View::Learning)] = true;
        m_book->SetPageText(static_cast<size_t>(View::Learning), wxString::Format(_("Learning %s"), U8(ref)));
    }
    ShowView(View::Learning);
}

void MainFrame::SetRecommendationDraft(const std::string& text) {
    RefreshPage(View::Learning);  // the editor needs the review before it can check the draft
    LearningPage()->Editor()->SetDraftText(U8(text));
}

void MainFrame::OnViewLearning() {
    std::string ref = m_learning_ref;
    if (ref.empty()) ref = m_review_ref;
    if (ref.empty()) ref = ChronologyRefForCommand();
    if (ref.empty()) return;
    try {
        OpenLearning(ref);
    } catch (const std::exception& e) {
        ShowError(_("Could not open the review's learning"), e);
    }
}

std::string MainFrame::LearningRefForCommand() {
    if (CurrentView() == View::Learning && !m_learning_ref.empty()) return m_learning_ref;
    auto review = ReviewForCommand();
    return review ? review->ref : std::string();
}

std::vector<std::string> MainFrame::KnownAgencies(const std::string& ref) {
    std::set<std::string> agencies;
    for (const std::string& agency : m_board->chronology().agencies(ref)) agencies.insert(agency);
    for (const std::string& agency : m_board->learning().action_agencies()) agencies.insert(agency);
    return {agencies.begin(), agencies.end()};
}

std::int64_t MainFrame::ActionForCommand() {
    const std::int64_t id = CurrentView() == View::Actions ? ActionsPage()->SelectedAction() : 0;
    if (id == 0) {
        ShowView(View::Actions);
        wxMessageBox(_("Select an action on the actions board first."), _("No action chosen"),
                     wxOK | wxICON_INFORMATION, this);
    }
    return id;
}

void MainFrame::OnAddFinding() {
    try {
        const std::string ref = LearningRefForCommand();
        if (ref.empty()) return;
        FindingDialog dialog(this, *m_board, ref, model::Date::today());
        if (dialog.ShowModal() == wxID_OK) OpenLearning(ref);
    } catch (const std::exception& e) {
        ShowError(_("Could not add the finding"), e);
    }
}

void MainFrame::OnNewRecommendation() {
    try {
        const std::string ref = LearningRefForCommand();
        if (ref.empty()) return;
        OpenLearning(ref);
        LearningPage()->Editor()->FocusText();
    } catch (const std::exception& e) {
        ShowError(_("Could not open the recommendation editor"), e);
    }
}

void MainFrame::OnAddAction() {
    try {
        std::string ref = CurrentView() == View::Actions ? ActionsPage()->ReviewFilter() : std::string();
        if (ref.empty()) ref = LearningRefForCommand();
        if (ref.empty()) return;
        std::vector<model::Recommendation> recommendations = m_board->learning().recommendations(ref);
        if (recommendations.empty()) {
            wxMessageBox(wxString::Format(_("%s has no recommendations yet. Actions answer a recommendation: draft one "
                                            "on the Learning page first."),
                                          U8(ref)),
                         _("No recommendation"), wxOK | wxICON_INFORMATION, this);
            return;
        }
        const std::int64_t selected = CurrentView() == View::Learning ? LearningPage()->SelectedRecommendation() : 0;
        AddActionDialog dialog(this, *m_board, ref, std::move(recommendations), selected, KnownAgencies(ref),
                               model::Date::today());
        if (dialog.ShowModal() == wxID_OK && CurrentView() != View::Actions) {
            ActionsPage()->SetReviewFilter(ref);
            ShowView(View::Actions);
        }
    } catch (const std::exception& e) {
        ShowError(_("Could not add the action"), e);
    }
}

void MainFrame::OnMoveAction() {
    try {
        const std::int64_t id = ActionForCommand();
        if (id == 0) return;
        const model::Action action = m_board->learning().action(id);
        if (action.status == model::ActionStatus::Closed) {
            wxMessageBox(wxString::Format(_("Action %lld is closed: its lifecycle is complete."), static_cast<long long>(id)),
                         _("Action closed"), wxOK | wxICON_INFORMATION, this);
            return;
        }
        MoveActionDialog dialog(this, *m_board, action, model::Date::today());
        dialog.ShowModal();
    } catch (const std::exception& e) {
        ShowError(_("Could not move the action on"), e);
    }
}

void MainFrame::OnAddEvidence() {
    try {
        const std::int64_t id = ActionForCommand();
        if (id == 0) return;
        EvidenceDialog dialog(this, *m_board, m_board->learning().action(id), model::Date::today());
        dialog.ShowModal();
    } catch (const std::exception& e) {
        ShowError(_("Could not record the evidence"), e);
    }
}

void MainFrame::OnSaveEvidenceFile() {
    try {
        const std::int64_t id = ActionForCommand();
        if (id == 0) return;
        std::vector<model::ImpactEvidence> files;
        for (const model::ImpactEvidence& evidence : m_board->learning().action(id).evidence)
            if (!evidence.file_name.empty()) files.push_back(evidence);
        if (files.empty()) {
            wxMessageBox(_("No file is attached to this action's evidence."), _("No file"), wxOK | wxICON_INFORMATION, this);
            return;
        }
        size_t chosen = 0;
        if (files.size() > 1) {
            wxArrayString names;
            for (const auto& evidence : files) names.Add(U8(evidence.file_name) + kDash + LongDate(evidence.date));
            const int i = wxGetSingleChoiceIndex(_("Which file?"), _("Save attached file"), names, 0, this);
            if (i < 0) return;
            chosen = static_cast<size_t>(i);
        }
        wxFileDialog dialog(this, _("Save attached file"), wxString(), U8(files[chosen].file_name), _("All files|*"),
                            wxFD_SAVE | wxFD_OVERWRITE_PROMPT);
        if (dialog.ShowModal() != wxID_OK) return;
        const std::vector<unsigned char> bytes = m_board->learning().evidence_file(files[chosen].id);
        wxFile out;
        if (!out.Create(dialog.GetPath(), true, wxS_IRUSR | wxS_IWUSR) || out.Write(bytes.data(), bytes.size()) != bytes.size())
            throw model::bad_input(S8(wxString::Format(_("cannot write %s"), dialog.GetPath())));
    } catch (const std::exception& e) {
        ShowError(_("Could not save the file"), e);
    }
}

void MainFrame::OnAddChallenge() {
    try {
        const std::string ref = LearningRefForCommand();
        if (ref.empty()) return;
        ChallengeDialog dialog(this, *m_board, ref, KnownAgencies(ref), model::Date::today());
        if (dialog.ShowModal() == wxID_OK) ShowView(View::Assurance);
    } catch (const std::exception& e) {
        ShowError(_("Could not log the challenge"), e);
    }
}

void MainFrame::OnCloseChallenge() {
    try {
        std::vector<model::Challenge> open;
        for (const model::Challenge& c : m_board->learning().challenges())
            if (!c.closed) open.push_back(c);
        if (open.empty()) {
            wxMessageBox(_("No challenge is open."), _("Close challenge"), wxOK | wxICON_INFORMATION, this);
            return;
        }
        CloseChallengeDialog dialog(this, *m_board, std::move(open), model::Date::today());
        if (dialog.ShowModal() == wxID_OK) ShowView(View::Assurance);
    } catch (const std::exception& e) {
        ShowError(_("Could not close the challenge"), e);
    }
}

void MainFrame::OnAddLearningEvent() {
    try {
        const std::string ref = LearningRefForCommand();
        if (ref.empty()) return;
        LearningEventDialog dialog(this, *m_board, ref, model::Date::today());
        if (dialog.ShowModal() == wxID_OK) ShowView(View::Assurance);
    } catch (const std::exception& e) {
        ShowError(_("Could not add the learning event"), e);
    }
}

}  // namespace gui
