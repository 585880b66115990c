// SPDX-License-Identifier: MIT
// Pause a review's pausable clocks for parallel proceedings. A reason is always required: the
// sources allow delay "only for exceptional reasons".
#pragma once
#include "command_dialog.h"

#include <string>

class wxCheckBox;
class wxChoice;

namespace model {
class Board;
}

namespace gui {

class AddHoldDialog : public CommandDialog {
public:
    AddHoldDialog(wxWindow* parent, model::Board& board, const std::string& ref, model::Date from);

private:
    void Apply() override;

    model::Board& m_board;
    std::string m_ref;
    wxChoice* m_proceeding = nullptr;
    wxDatePickerCtrl* m_from = nullptr;
    wxCheckBox* m_has_end = nullptr;
    wxDatePickerCtrl* m_to = nullptr;
    wxTextCtrl* m_reason = nullptr;
};

}  // namespace gui
