// SPDX-License-Identifier: MIT
// The main window's pages, each built the first time it is asked for. A board opened on the
// chronology of 50,000 entries should not wait for six pages nobody has looked at yet.
#include "main_frame.h"

#include "actions_panel.h"
#include "assurance_panel.h"
#include "chronology_panel.h"
#include "dashboard_panel.h"
#include "learning_panel.h"
#include "register_panel.h"
#include "review_panel.h"

#include <wx/notebook.h>
#include <wx/panel.h>
#include <wx/sizer.h>

namespace gui {
namespace {

/// Puts `page` in its holder, filling it, and returns it.
template <typename Page>
Page* Place(wxPanel* holder, Page* page) {
    holder->GetSizer()->Add(page, wxSizerFlags(1).Expand());
    holder->Layout();
    return page;
}

}  // namespace

RegisterPanel* MainFrame::RegisterPage() {
    if (!m_register) {
        wxPanel* holder = m_holders[static_cast<int>(View::Register)];
        m_register = Place(holder, new RegisterPanel(holder, [this](const std::string& ref) { TryOpenReview(ref); }));
    }
    return m_register;
}

DashboardPanel* MainFrame::DashboardPage() {
    if (!m_dashboard) {
        wxPanel* holder = m_holders[static_cast<int>(View::Dashboard)];
        m_dashboard = Place(holder, new DashboardPanel(holder, [this](const std::string& ref) { TryOpenReview(ref); }));
        m_dashboard->SetOpenAssurance([this] { ShowView(View::Assurance); });
    }
    return m_dashboard;
}

ReviewPanel* MainFrame::ReviewPage() {
    if (!m_review) {
        wxPanel* holder = m_holders[static_cast<int>(View::Review)];
        m_review = Place(holder, new ReviewPanel(holder));
    }
    return m_review;
}

ChronologyPanel* MainFrame::ChronologyPage() {
    if (!m_chronology) {
        wxPanel* holder = m_holders[static_cast<int>(View::Chronology)];
        m_chronology = Place(holder, new ChronologyPanel(holder));
        if (m_board) m_chronology->SetBoard(m_board.get());
    }
    return m_chronology;
}

LearningPanel* MainFrame::LearningPage() {
    if (!m_learning) {
        LearningPanel::Callbacks learning;
        learning.add_finding = [this] { OnAddFinding(); };
        learning.show_entry = [this](const std::string&, std::int64_t entry) {
            try {
                ShowChronologyEntry(entry);
            } catch (const std::exception& e) {
                ShowError(_("Could not show the chronology entry"), e);
            }
        };
        learning.show_actions = [this](const std::string& ref) {
            ActionsPage()->SetReviewFilter(ref);
            m_stale[static_cast<int>(View::Actions)] = true;
            ShowView(View::Actions);
        };
        wxPanel* holder = m_holders[static_cast<int>(View::Learning)];
        m_learning = Place(holder, new LearningPanel(holder, learning));
    }
    return m_learning;
}

ActionsPanel* MainFrame::ActionsPage() {
    if (!m_actions) {
        ActionsPanel::Callbacks actions;
        actions.add_action = [this] { OnAddAction(); };
        actions.move_on = [this] { OnMoveAction(); };
        actions.add_evidence = [this] { OnAddEvidence(); };
        actions.save_evidence_file = [this] { OnSaveEvidenceFile(); };
        wxPanel* holder = m_holders[static_cast<int>(View::Actions)];
        m_actions = Place(holder, new ActionsPanel(holder, actions));
    }
    return m_actions;
}

AssurancePanel* MainFrame::AssurancePage() {
    if (!m_assurance) {
        wxPanel* holder = m_holders[static_cast<int>(View::Assurance)];
        m_assurance = Place(holder, new AssurancePanel(holder, [this](const std::string& ref) {
            try {
                OpenLearning(ref);
            } catch (const std::exception& e) {
                ShowError(_("Could not open the review"), e);
            }
        }));
    }
    return m_assurance;
}

wxWindow* MainFrame::PageWindow(View view) {
    switch (view) {
        case View::Register: return RegisterPage();
        case View::Dashboard: return DashboardPage();
        case View::Review: return ReviewPage();
        case View::Chronology: return ChronologyPage();
        case View::Learning: return LearningPage();
        case View::Actions: return ActionsPage();
        case View::Assurance: return AssurancePage();
    }
    return m_book->GetCurrentPage();
}

std::string MainFrame::SelectedInList() {
    if (CurrentView() == View::Dashboard) return DashboardPage()->SelectedRef();
    return m_register ? m_register->SelectedRef() : std::string();
}

}  // namespace gui
