// SPDX-License-Identifier: MIT
#pragma once
#include <cstddef>
#include <string>
#include <vector>

namespace model {

/// Writes one sheet of text cells as an .xlsx workbook (Office Open XML, inline strings, a bold
/// frozen header row, sensible column widths) that Excel and LibreOffice open without complaint.
/// The file is created readable by its owner only. In `date_columns`, a cell holding a whole ISO date
/// (`2016-05-22`) is written as a real date shown day-first (22/05/2016), so that a spreadsheet sorts
/// and filters it as a date; anything else there (`2016-06`, `~2016-05-22`) stays text.
/// @throws model::Error (BadInput) naming the path when it cannot be written.
void write_xlsx(const std::string& path, const std::string& sheet_name, const std::vector<std::string>& headers,
                const std::vector<std::vector<std::string>>& rows, const std::vector<std::size_t>& date_columns = {});

}  // namespace model
