// SPDX-License-Identifier: MIT
// The actions board: every agency's actions as of the header's "as of" date, red first (most days
// late first), then amber, green and closed; filters for review, agency, status and RAG; the
// selected action's lifecycle and evidence of impact below; buttons for the commands that move it.
#pragma once
#include "table_model.h"

#include "model/core/date.h"
#include "model/learning/learning.h"

#include <wx/panel.h>

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

class wxButton;
class wxChoice;
class wxStaticText;

namespace model {
class Board;
}

namespace gui {

class WrappedText;

class ActionsPanel : public wxPanel {
public:
    struct Callbacks {
        std::function<void()> add_action;
        std::function<void()> move_on;
        std::function<void()> add_evidence;
        std::function<void()> save_evidence_file;
    };

    ActionsPanel(wxWindow* parent, Callbacks callbacks);

    /// Lists the board's actions as of `as_of`, keeping the filters and the selection.
    void ShowActions(const model::Board& board, model::Date as_of);
    /// Narrows the board to one review (empty: every review); takes effect on the next ShowActions.
    void SetReviewFilter(const std::string& ref);
    /// The review the filter shows, or empty for all.
    std::string ReviewFilter() const;
    /// The selected action's id, or 0.
    std::int64_t SelectedAction() const;
    /// The evidence shown for the selected action (newest last).
    const std::vector<model::ImpactEvidence>& SelectedEvidence() const { return m_evidence; }
    void FocusList();

private:
    void Rebuild();
    void ShowDetail();
    model::ActionFilter Filter() const;
    static void FillChoice(wxChoice* choice, const wxString& all, const std::vector<wxString>& items);

    Callbacks m_callbacks;
    const model::Board* m_board = nullptr;
    model::Date m_as_of;
    std::string m_pending_review;
    std::vector<std::string> m_reviews;   // behind the review choice (after "All reviews")
    std::vector<std::string> m_agencies;  // behind the agency choice
    std::vector<model::ActionRow> m_rows;
    std::vector<model::ImpactEvidence> m_evidence;

    wxChoice* m_review = nullptr;
    wxChoice* m_agency = nullptr;
    wxChoice* m_status = nullptr;
    wxChoice* m_rag = nullptr;
    wxStaticText* m_heading = nullptr;
    wxStaticText* m_counts[4] = {};
    wxStaticText* m_capped = nullptr;  // says when only the most urgent rows are listed
    TableView* m_table = nullptr;
    WrappedText* m_detail = nullptr;
    wxButton* m_move = nullptr;
    wxButton* m_evidence_button = nullptr;
    wxButton* m_save_file = nullptr;
};

}  // namespace gui
