// SPDX-License-Identifier: MIT
// The small dialogs: end the open hold, add someone to the people register, and choose the date
// every clock is computed for.
#pragma once
#include "command_dialog.h"

#include "model/register/review.h"

#include <string>

#include <wx/calctrl.h>

class wxComboBox;

namespace model {
class Board;
}

namespace gui {

class EndHoldDialog : public CommandDialog {
public:
    /// `hold` is the review's open hold.
    EndHoldDialog(wxWindow* parent, model::Board& board, const std::string& ref, const model::Hold& hold,
                  model::Date date);

private:
    void Apply() override;

    model::Board& m_board;
    std::string m_ref;
    wxDatePickerCtrl* m_date = nullptr;
};

class PersonDialog : public CommandDialog {
public:
    PersonDialog(wxWindow* parent, model::Board& board, const std::string& ref);

private:
    void Apply() override;

    model::Board& m_board;
    std::string m_ref;
    wxTextCtrl* m_name = nullptr;
    wxTextCtrl* m_pseudonym = nullptr;
    wxComboBox* m_role = nullptr;
};

/// Choose the "as of" date: clocks and alerts are computed for it, so a chair can look ahead.
class AsOfDialog : public wxDialog {
public:
    AsOfDialog(wxWindow* parent, model::Date as_of);
    model::Date Date() const;

private:
    wxCalendarCtrl* m_calendar = nullptr;
};

}  // namespace gui
