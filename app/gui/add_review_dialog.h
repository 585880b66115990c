// SPDX-License-Identifier: MIT
// Register a new review: pathway, title, the date the board became aware, the child's pseudonym
// and the bank-holiday region its working-day clocks count in.
#pragma once
#include "command_dialog.h"

#include <string>

class wxChoice;

namespace model {
class Board;
}

namespace gui {

class AddReviewDialog : public CommandDialog {
public:
    AddReviewDialog(wxWindow* parent, model::Board& board, model::Date aware);
    /// The reference the board gave the new review, once OK succeeded.
    const std::string& NewRef() const { return m_ref; }

private:
    void Apply() override;

    model::Board& m_board;
    wxChoice* m_pathway = nullptr;
    wxTextCtrl* m_title = nullptr;
    wxDatePickerCtrl* m_aware = nullptr;
    wxTextCtrl* m_child = nullptr;
    wxChoice* m_region = nullptr;
    std::string m_ref;
};

}  // namespace gui
