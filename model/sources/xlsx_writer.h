// SPDX-License-Identifier: MIT
#pragma once
#include <string>
#include <vector>

namespace model {

/// Writes one sheet of text cells as an .xlsx workbook (Office Open XML, inline strings, a bold
/// frozen header row, sensible column widths) that Excel and LibreOffice open without complaint.
/// The file is created readable by its owner only.
/// @throws model::Error (BadInput) naming the path when it cannot be written.
void write_xlsx(const std::string& path, const std::string& sheet_name, const std::vector<std::string>& headers,
                const std::vector<std::vector<std::string>>& rows);

}  // namespace model
