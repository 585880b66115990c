// SPDX-License-Identifier: MIT
// Appoint a lead reviewer, panel chair or member, recording independence and declared interests.
#pragma once
#include "command_dialog.h"

#include <string>

class wxCheckBox;
class wxChoice;

namespace model {
class Board;
}

namespace gui {

class AppointmentDialog : public CommandDialog {
public:
    AppointmentDialog(wxWindow* parent, model::Board& board, const std::string& ref, model::Date appointed);

private:
    void Apply() override;

    model::Board& m_board;
    std::string m_ref;
    wxTextCtrl* m_name = nullptr;
    wxChoice* m_role = nullptr;
    wxTextCtrl* m_organisation = nullptr;
    wxCheckBox* m_independent = nullptr;
    wxTextCtrl* m_declaration = nullptr;
    wxDatePickerCtrl* m_appointed = nullptr;
};

}  // namespace gui
