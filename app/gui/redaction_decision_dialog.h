// SPDX-License-Identifier: MIT
// Resolving one text the redactor could not be sure about: a person decides that it is safe as it
// is ("'May' is the month here") or that it is to be replaced ("'Smyth' here is Father"), here only or
// everywhere in the review, and says why. The decision is stored and audited by the model.
#pragma once
#include "command_dialog.h"

#include "model/reports/redaction.h"

#include <string>

class wxRadioButton;

namespace model {
class Board;
}

namespace gui {

class RedactionDecisionDialog : public CommandDialog {
public:
    RedactionDecisionDialog(wxWindow* parent, model::Board& board, const std::string& ref,
                            const model::RedactionProblem& problem);

private:
    void Apply() override;

    model::Board& m_board;
    std::string m_ref;
    std::string m_where;
    wxTextCtrl* m_text = nullptr;
    wxRadioButton* m_here = nullptr;
    wxRadioButton* m_everywhere = nullptr;
    wxRadioButton* m_keep = nullptr;
    wxRadioButton* m_replace = nullptr;
    wxTextCtrl* m_replacement = nullptr;
    wxTextCtrl* m_reason = nullptr;
};

}  // namespace gui
