// SPDX-License-Identifier: MIT
// The Learning page of one review: its findings (kind, theme, the chronology entries that evidence
// them), its recommendations with their count and type mix shown plainly and the board's response to
// each, and beside them the recommendation editor with the live quality guard.
#pragma once
#include "table_model.h"

#include "model/core/date.h"
#include "model/learning/learning.h"

#include <wx/panel.h>

#include <cstdint>
#include <functional>
#include <map>
#include <string>
#include <vector>

class wxButton;
class wxSplitterWindow;
class wxStaticText;

namespace model {
class Board;
}

namespace gui {

class RecommendationEditor;
class WrappedText;

/// The command the page's "Record response..." button sends up to the main window, as the Learning
/// menu's "Record board response..." item does (a wxEVT_MENU command event with this id).
inline constexpr int kRecordResponseCommand = wxID_HIGHEST + 2050;
/// Sent the same way by the "Edit..." button above the findings and "Edit recommendation..." above the
/// recommendations, as by the Learning menu's items: correct the selected finding or recommendation.
inline constexpr int kEditFindingCommand = wxID_HIGHEST + 2051;
inline constexpr int kEditRecommendationCommand = wxID_HIGHEST + 2052;

class LearningPanel : public wxPanel {
public:
    struct Callbacks {
        std::function<void()> add_finding;
        /// Show chronology entry `entry_id` of review `ref` on the chronology page.
        std::function<void(const std::string& ref, std::int64_t entry_id)> show_entry;
        /// Show the actions board filtered to this review.
        std::function<void(const std::string& ref)> show_actions;
    };

    LearningPanel(wxWindow* parent, Callbacks callbacks);

    /// Shows the findings and recommendations of `ref`, or a hint when empty.
    /// @throws model::Error (NotFound) for an unknown ref.
    void ShowReview(model::Board& board, const std::string& ref);
    const std::string& Ref() const { return m_ref; }
    RecommendationEditor* Editor() { return m_editor; }
    /// The finding selected in its list, or 0.
    std::int64_t SelectedFinding() const;
    /// The recommendation selected in its list, or 0.
    std::int64_t SelectedRecommendation() const;
    void FocusList();

private:
    void ShowFindings(const model::Board& board);
    void ShowRecommendations(const model::Board& board);
    wxStaticText* Heading(wxWindow* parent, const wxString& text);
    /// A button that sends `command` up to the main window, as the Learning menu's item does.
    wxButton* CommandButton(wxWindow* parent, const wxString& label, int command, const wxString& tooltip);

    Callbacks m_callbacks;
    std::string m_ref;
    std::vector<model::Finding> m_findings;
    std::map<std::int64_t, std::int64_t> m_first_evidence;  // finding id -> its earliest evidence entry
    bool m_sash_placed = false;

    wxStaticText* m_empty = nullptr;
    wxSplitterWindow* m_split = nullptr;
    wxStaticText* m_title = nullptr;
    wxStaticText* m_finding_note = nullptr;
    TableView* m_finding_table = nullptr;
    wxStaticText* m_mix = nullptr;
    wxStaticText* m_mix_note = nullptr;
    TableView* m_rec_table = nullptr;
    RecommendationEditor* m_editor = nullptr;
};

}  // namespace gui
