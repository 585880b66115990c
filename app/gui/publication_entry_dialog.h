// SPDX-License-Identifier: MIT
// Adds one entry to a review's publication log: a status (draft, final, sent to the national panel,
// published in full or redacted, not published), its date, optionally the document issued and the
// board's response, and the reasons, legal advice and redaction notes that go with it.
#pragma once
#include "command_dialog.h"

#include <string>
#include <vector>

class wxChoice;
class wxComboBox;
class wxFilePickerCtrl;

namespace model {
class Board;
}

namespace gui {

class PublicationEntryDialog : public CommandDialog {
public:
    /// `current`: the review's latest status (empty when none), to suggest the next one.
    PublicationEntryDialog(wxWindow* parent, model::Board& board, const std::string& ref, const std::string& current,
                           model::Date date);

private:
    void Apply() override;

    model::Board& m_board;
    std::string m_ref;
    std::vector<std::string> m_statuses;
    wxChoice* m_status = nullptr;
    wxDatePickerCtrl* m_date = nullptr;
    wxFilePickerCtrl* m_version = nullptr;
    wxComboBox* m_template = nullptr;
    wxTextCtrl* m_reasons = nullptr;
    wxTextCtrl* m_legal = nullptr;
    wxTextCtrl* m_redaction = nullptr;
    wxFilePickerCtrl* m_response = nullptr;
};

}  // namespace gui
