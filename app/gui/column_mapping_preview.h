// SPDX-License-Identifier: MIT
// The import's preview: for each table of a submission, its header row, how each column would be
// read (a choice the reviewer can change) and the first rows, laid out like the spreadsheet itself.
#pragma once
#include "model/chronology/column_mapping.h"
#include "model/sources/source_table.h"

#include <wx/scrolwin.h>

#include <string>
#include <utility>
#include <vector>

class wxChoice;

namespace gui {

class ColumnMappingPreview : public wxScrolledWindow {
public:
    explicit ColumnMappingPreview(wxWindow* parent);

    /// Shows the tables with their recognised (or remembered) mappings.
    void SetTables(std::vector<std::pair<model::SourceTable, model::ColumnMapping>> tables);
    /// The columns the reviewer changed: header -> field id, or "ignore".
    std::vector<std::pair<std::string, std::string>> Overrides() const;
    /// The field each column is read as now, table after table.
    std::vector<std::optional<model::ChronologyField>> Chosen() const;
    /// True when some column is (now) read as `field`.
    bool Maps(model::ChronologyField field) const;
    std::size_t TableCount() const { return m_tables.size(); }
    /// Rows in all tables.
    std::size_t RowCount() const;

private:
    struct Column {
        std::string header;
        std::optional<model::ChronologyField> recognised;
        wxChoice* choice = nullptr;
    };
    void AddTable(const model::SourceTable& table, const model::ColumnMapping& mapping, wxSizer* sizer);
    std::optional<model::ChronologyField> FieldOf(const wxChoice* choice) const;

    std::vector<std::pair<model::SourceTable, model::ColumnMapping>> m_tables;
    std::vector<Column> m_columns;
};

}  // namespace gui
