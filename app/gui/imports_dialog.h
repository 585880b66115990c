// SPDX-License-Identifier: MIT
// The imports of a review's chronology (when, agency, file, rows, entries still listed, annotated),
// and withdrawing one that should not have been imported: a superseded submission, the wrong agency,
// a wrong mapping. A withdrawal is confirmed first and saved at once; a refusal says why.
#pragma once
#include "model/chronology/import_record.h"

#include <wx/dialog.h>

#include <string>
#include <vector>

class wxButton;
class wxListCtrl;
class wxStaticText;

namespace model {
class Board;
}

namespace gui {

class ImportsDialog : public wxDialog {
public:
    /// Reads the imports. @throws model::Error.
    ImportsDialog(wxWindow* parent, model::Board& board, const std::string& ref);

private:
    void Load();
    void UpdateButtons();
    void Withdraw();

    model::Board& m_board;
    std::string m_ref;
    std::vector<model::ImportRecord> m_imports;
    wxListCtrl* m_list = nullptr;
    wxStaticText* m_summary = nullptr;
    wxButton* m_withdraw = nullptr;
};

}  // namespace gui
