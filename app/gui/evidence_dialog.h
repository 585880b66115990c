// SPDX-License-Identifier: MIT
// Record evidence of impact against an action (a re-audit result, an outcome measure, practitioner
// feedback), optionally attaching a file that is kept inside the board's database.
#pragma once
#include "command_dialog.h"

#include "model/learning/learning.h"

class wxChoice;
class wxFilePickerCtrl;

namespace model {
class Board;
}

namespace gui {

class EvidenceDialog : public CommandDialog {
public:
    EvidenceDialog(wxWindow* parent, model::Board& board, const model::Action& action, model::Date today);

private:
    void Apply() override;

    model::Board& m_board;
    std::int64_t m_id = 0;
    wxChoice* m_kind = nullptr;
    wxTextCtrl* m_text = nullptr;
    wxDatePickerCtrl* m_date = nullptr;
    wxFilePickerCtrl* m_file = nullptr;
};

}  // namespace gui
