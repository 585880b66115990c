// SPDX-License-Identifier: MIT
// Record an agency known to be involved in a review, so that a missing submission shows as a gap.
#pragma once
#include "command_dialog.h"

#include <string>
#include <vector>

namespace model {
class Board;
}

namespace gui {

class AddAgencyDialog : public CommandDialog {
public:
    AddAgencyDialog(wxWindow* parent, model::Board& board, const std::string& ref,
                    const std::vector<std::string>& known);

private:
    void Apply() override;

    model::Board& m_board;
    std::string m_ref;
    wxTextCtrl* m_name = nullptr;
};

}  // namespace gui
