// SPDX-License-Identifier: MIT
// The board's own learning records for a review: its response to each recommendation, the
// challenge and escalation log (raise, close) and learning events (dissemination).
#pragma once
#include "command_dialog.h"

#include "model/learning/learning.h"

#include <string>
#include <vector>

class wxChoice;
class wxComboBox;
class wxSpinCtrl;

namespace model {
class Board;
}

namespace gui {

/// Learning › Record board response: the safeguarding board's decision on one recommendation, what it
/// says (for "not accepted", the reason) and its date. Opens on the response already recorded, if any,
/// which saving replaces.
class ResponseDialog : public CommandDialog {
public:
    /// `as_of`: the date offered for a first response (the app's "as of" date).
    ResponseDialog(wxWindow* parent, model::Board& board, const model::Recommendation& recommendation, model::Date as_of);

private:
    void Apply() override;

    model::Board& m_board;
    std::int64_t m_recommendation = 0;
    wxChoice* m_decision = nullptr;
    wxTextCtrl* m_text = nullptr;
    wxDatePickerCtrl* m_date = nullptr;
};

class ChallengeDialog : public CommandDialog {
public:
    ChallengeDialog(wxWindow* parent, model::Board& board, const std::string& ref,
                    const std::vector<std::string>& agencies, model::Date today);

private:
    void Apply() override;

    model::Board& m_board;
    std::string m_ref;
    wxComboBox* m_agency = nullptr;
    wxDatePickerCtrl* m_raised = nullptr;
    wxTextCtrl* m_issue = nullptr;
    wxTextCtrl* m_board_action = nullptr;
};

class CloseChallengeDialog : public CommandDialog {
public:
    /// `open` holds the challenges still open (at least one).
    CloseChallengeDialog(wxWindow* parent, model::Board& board, std::vector<model::Challenge> open, model::Date today);

private:
    void Apply() override;

    model::Board& m_board;
    std::vector<model::Challenge> m_open;
    wxChoice* m_challenge = nullptr;
    wxDatePickerCtrl* m_closed = nullptr;
    wxTextCtrl* m_outcome = nullptr;
};

class LearningEventDialog : public CommandDialog {
public:
    LearningEventDialog(wxWindow* parent, model::Board& board, const std::string& ref, model::Date today);

private:
    void Apply() override;

    model::Board& m_board;
    std::string m_ref;
    wxDatePickerCtrl* m_date = nullptr;
    wxTextCtrl* m_title = nullptr;
    wxTextCtrl* m_audience = nullptr;
    wxSpinCtrl* m_attendance = nullptr;
    wxTextCtrl* m_presenter = nullptr;
};

}  // namespace gui
