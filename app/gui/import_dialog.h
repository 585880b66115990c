// SPDX-License-Identifier: MIT
// Import an agency's submission: which agency it is from, how each column will be read (recognised
// from the headers or remembered for the agency, changeable here), whether to skip bad rows. A
// refused import (file, line and value named) leaves the dialog open to correct and try again.
#pragma once
#include "command_dialog.h"

#include "model/chronology/chronology_entry.h"

#include <string>
#include <vector>

class wxCheckBox;
class wxComboBox;
class wxStaticText;

namespace model {
class Board;
}

namespace gui {

class ColumnMappingPreview;

class ImportDialog : public CommandDialog {
public:
    /// Reads the file to preview it. @throws model::Error when it cannot be read.
    ImportDialog(wxWindow* parent, model::Board& board, const std::string& ref, const wxString& path,
                 const std::vector<std::string>& agencies);
    const model::ImportResult& Result() const { return m_result; }

private:
    void Apply() override;
    /// Reads the file again with the agency's remembered mapping.
    void Preview();

    model::Board& m_board;
    std::string m_ref;
    wxString m_path;
    std::string m_previewed_agency;
    bool m_previewed = false;
    wxComboBox* m_agency = nullptr;
    wxCheckBox* m_skip = nullptr;
    wxCheckBox* m_remember = nullptr;
    wxStaticText* m_rows = nullptr;
    ColumnMappingPreview* m_preview = nullptr;
    model::ImportResult m_result;
};

/// Says what an import did; lists every skipped row (where, value, why) when there were any.
void ShowImportResult(wxWindow* parent, const wxString& file, const model::ImportResult& result);

}  // namespace gui
