// SPDX-License-Identifier: MIT
#pragma once
// XLSX workbooks (internal to model/sources; tests include it).
//
// Reads xl/workbook.xml (sheet names, r:id, the 1904 date system flag), xl/_rels/workbook.xml.rels
// (sheet paths, relative to xl/ or absolute "/xl/…"), the shared strings (rich-text runs joined,
// phonetic runs left out), xl/styles.xml (which cell styles are dates) and then streams every
// worksheet with xmlTextReader through xml_stream.h's safe settings and ZipArchive's caps.
//
// Decisions:
//  - one table per worksheet with at least one non-blank row, in workbook order; hidden and
//    very hidden sheets are KEPT (agencies hide working sheets, but a hidden sheet may also hold the
//    real chronology; dropping data silently is worse). Chart, dialog and macro sheets are skipped;
//  - a cell's text: shared and inline strings as written (Excel's _xHHHH_ escapes decoded, CRLF as
//    "\n"); formulas give their cached value; booleans "TRUE"/"FALSE"; errors as written ("#N/A");
//    numbers as written without trailing-zero noise ("1", "1.5", 15 significant digits as Excel
//    shows them); a number whose style is a date format becomes ISO "YYYY-MM-DD",
//    "YYYY-MM-DDTHH:MM" when it has a time of day, or "HH:MM" when it is below 1 (a time only),
//    rounded to the minute. Date formats: built-in ids 14–22 and 45–47, and custom codes with d, m,
//    y or h outside quotes, brackets and escapes;
//  - rows are the spreadsheet's row numbers; cells are placed by the column letters of `r` (A = 0),
//    or after the previous cell when `r` is missing. Columns past XFD (16384) are refused.
// Limits: every member through ZipArchive (ratio, total), max_shared_strings (count) and
// max_uncompressed_bytes (their total text), max_cell_bytes per cell, max_cells.
#include "model/sources/source_table.h"
#include "model/sources/zip_archive.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace model::sources {

/// Every non-empty worksheet of the workbook in `zip`.
/// @throws model::Error (BadInput) naming the file and the member (and line) or the sheet and cell.
std::vector<SourceTable> read_xlsx(ZipArchive& zip, const ReadLimits& limits);

/// An Excel serial date-time as ISO text, by the rules above: "2016-05-22", "2016-05-22T14:30",
/// "14:30". 1900 system: serial 1 is 1900-01-01 and serial 60 is Excel's phantom "1900-02-29"
/// (reported as such, so that date checks downstream flag it); 1904 system: serial 0 is 1904-01-01.
/// @return nothing for a negative serial or one past 9999-12-31.
std::optional<std::string> excel_serial_text(double serial, bool date1904 = false);

/// Whether a number format shows a date or time: built-in ids 14–22, 45–47; otherwise `code`
/// containing d, m, y or h (any case) outside "quoted text", [brackets] and \escaped characters.
bool is_date_format(int id, std::string_view code);

/// Column index of a cell reference's letters ("C14" → 2, "AA1" → 26).
/// @return nothing when `ref` does not start with 1–3 letters within A..XFD.
std::optional<std::size_t> column_of(std::string_view ref);

/// "C" for 2: the letters of a column index.
std::string column_letters(std::size_t column);

}  // namespace model::sources
