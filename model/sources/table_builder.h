// SPDX-License-Identifier: MIT
#pragma once
// The rules every reader shares for turning the rows it found into a SourceTable, and the cell budget
// (ReadLimits::max_cells) they all charge. Internal to model/sources; implemented in source_table.cpp.
#include "model/sources/source_table.h"

#include <algorithm>
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace model::sources {

/// Counts cells held in memory against ReadLimits::max_cells for one file (all of its tables).
class CellBudget {
public:
    CellBudget(std::string file, std::size_t max_cells) : m_file(std::move(file)), m_left(max_cells), m_max(max_cells) {}
    /// Charges `cells`; `where` prefixes the message ("police.csv:57").
    /// @throws model::Error (BadInput) "`where`: more than N cells".
    void take(std::size_t cells, const std::string& where) {
        if (cells > m_left) fail(where);
        m_left -= cells;
    }
    void take(std::size_t cells) { take(cells, m_file); }
    /// Charges `cells` when they fit; false (nothing charged) when they do not.
    bool try_take(std::size_t cells) {
        if (cells > m_left) return false;
        m_left -= cells;
        return true;
    }
    /// Returns cells that were charged but are not kept (a blank row).
    void give_back(std::size_t cells) { m_left = std::min(m_max, m_left + cells); }
    /// @throws model::Error (BadInput) "`where`: more than N cells".
    [[noreturn]] void fail(const std::string& where) const;

private:
    std::string m_file;
    std::size_t m_left;
    std::size_t m_max;
};

/// True when every cell is empty or whitespace.
bool is_blank_row(const std::vector<std::string>& cells);

/// Builds a table from the rows a reader found, in order (their cells already charged to `budget`):
///  - blank rows (every cell empty or whitespace) are dropped; trailing empty cells are trimmed;
///  - the header is the first row with two or more non-empty cells; leading rows with a single
///    non-empty cell (titles such as "Chronology: Child A") are dropped before it. When no row has two
///    non-empty cells (a one-column table), the header is the first row;
///  - every row and the header are padded with empty cells to the table's width (its widest row), so
///    `headers.size() == cells.size()` for every row; nothing is ever cut off. The padding is charged.
/// @return nothing when no row is left.
std::optional<SourceTable> finish_table(const std::string& file, std::string name, std::vector<SourceRow> rows,
                                        CellBudget& budget);

}  // namespace model::sources
