// SPDX-License-Identifier: MIT
// Record a new version of a review's terms of reference: scope period, key questions and method.
// It opens with the current version filled in, since a new version usually amends the last one.
#pragma once
#include "command_dialog.h"

#include "model/register/review.h"

#include <string>

class wxCheckBox;

namespace model {
class Board;
}

namespace gui {

class TermsDialog : public CommandDialog {
public:
    TermsDialog(wxWindow* parent, model::Board& board, const model::Review& review, model::Date agreed);
    int Version() const { return m_version; }

private:
    void Apply() override;

    model::Board& m_board;
    std::string m_ref;
    wxCheckBox* m_has_from = nullptr;
    wxDatePickerCtrl* m_from = nullptr;
    wxCheckBox* m_has_to = nullptr;
    wxDatePickerCtrl* m_to = nullptr;
    wxTextCtrl* m_questions = nullptr;
    wxTextCtrl* m_methodology = nullptr;
    wxDatePickerCtrl* m_agreed = nullptr;
    int m_version = 0;
};

}  // namespace gui
