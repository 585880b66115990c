// SPDX-License-Identifier: MIT
// Mark a stage of a review done on a date, with a note (the rationale, for a decision).
// Offers only the stages that can be completed next, the current stage first.
#pragma once
#include "command_dialog.h"

#include "model/pathway/pathway.h"
#include "model/register/review.h"

#include <vector>

class wxChoice;
class wxStaticText;

namespace model {
class Board;
}

namespace gui {

class CompleteStageDialog : public CommandDialog {
public:
    CompleteStageDialog(wxWindow* parent, model::Board& board, const model::Review& review,
                        const model::Pathway& pathway, model::Date date);

    /// Stages that can be completed now: every stage not yet done up to and including the first
    /// required one, so optional stages may be done or skipped.

private:
    void Apply() override;
    void OnStageChosen();

    model::Board& m_board;
    std::string m_ref;
    std::vector<const model::StageDef*> m_stages;
    wxChoice* m_stage = nullptr;
    wxStaticText* m_description = nullptr;
    wxDatePickerCtrl* m_date = nullptr;
    wxStaticText* m_note_label = nullptr;
    wxTextCtrl* m_note = nullptr;
};

}  // namespace gui
