// SPDX-License-Identifier: MIT
// The actions board's commands: add an action against a recommendation, and move an action one step
// along its lifecycle (agreed → ratified → implemented → effectiveness reviewed → closed) on a date
// with the evidence that the step was taken.
#pragma once
#include "command_dialog.h"

#include "model/learning/learning.h"

#include <cstdint>
#include <string>
#include <vector>

class wxChoice;
class wxComboBox;

namespace model {
class Board;
}

namespace gui {

class AddActionDialog : public CommandDialog {
public:
    /// `recommendations` of the review, one of which (`selected`, or the first) is preselected.
    AddActionDialog(wxWindow* parent, model::Board& board, const std::string& ref,
                    std::vector<model::Recommendation> recommendations, std::int64_t selected,
                    const std::vector<std::string>& agencies, model::Date today);

private:
    void Apply() override;

    model::Board& m_board;
    std::vector<model::Recommendation> m_recommendations;
    wxChoice* m_recommendation = nullptr;
    wxComboBox* m_agency = nullptr;
    wxTextCtrl* m_owner = nullptr;
    wxTextCtrl* m_text = nullptr;
    wxDatePickerCtrl* m_agreed = nullptr;
    wxDatePickerCtrl* m_due = nullptr;
};

class MoveActionDialog : public CommandDialog {
public:
    /// `action` must not be closed (the caller says so instead of opening the dialog).
    MoveActionDialog(wxWindow* parent, model::Board& board, const model::Action& action, model::Date today);

private:
    void Apply() override;

    model::Board& m_board;
    std::int64_t m_id = 0;
    model::ActionStatus m_next = model::ActionStatus::Ratified;
    wxDatePickerCtrl* m_date = nullptr;
    wxTextCtrl* m_evidence = nullptr;
};

}  // namespace gui
