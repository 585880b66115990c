// SPDX-License-Identifier: MIT
// The board assurance view across every review: how many actions are past due, implemented but
// never checked for effect, recommendations with no action and challenges still open; each agency's
// actions by RAG; recurring themes over the years; and, on tabs, the learning alerts, recurring
// recommendations ("the same lessons again"), the challenge log and the learning events.
#pragma once
#include "table_model.h"

#include "model/core/date.h"

#include <wx/panel.h>

#include <functional>
#include <set>
#include <string>

class wxNotebook;
class wxStaticText;

namespace model {
class Board;
}

namespace gui {

class AssurancePanel : public wxPanel {
public:
    using OpenReview = std::function<void(const std::string& ref)>;

    /// `open_learning` shows a review's Learning page (double-click on a row naming a review).
    AssurancePanel(wxWindow* parent, OpenReview open_learning);

    /// Recomputes everything as of `as_of`.
    void ShowBoard(const model::Board& board, model::Date as_of);
    void FocusList();

private:
    TableView* NewTable(wxWindow* parent, std::set<unsigned> styled = {});
    void ShowAgencies(const model::Board& board, model::Date as_of);
    void ShowThemes(const model::Board& board);
    void ShowAlerts(const model::Board& board, model::Date as_of);
    /// Clustering compares every recommendation with every other: done when its tab is first shown,
    /// not on every refresh of the page.
    void ShowClusters();
    void ShowChallenges(const model::Board& board);
    void ShowEvents(const model::Board& board);

    OpenReview m_open;
    const model::Board* m_board = nullptr;
    bool m_clusters_stale = true;
    wxStaticText* m_heading = nullptr;
    wxStaticText* m_tile_numbers[4] = {};
    wxNotebook* m_tabs = nullptr;
    TableView* m_agencies = nullptr;
    TableView* m_themes = nullptr;
    TableView* m_alerts = nullptr;
    TableView* m_clusters = nullptr;
    TableView* m_challenges = nullptr;
    TableView* m_events = nullptr;
};

}  // namespace gui
