// SPDX-License-Identifier: MIT
#pragma once
#include <cstddef>
#include <string>
#include <vector>

namespace model {

/// Where a value came from, for error messages and for the chronology's "source" field: the file, and
/// a line (CSV), a sheet and cell (XLSX) or a table and row (DOCX).
struct SourceLocation {
    std::string file;    ///< file name as given
    std::string sheet;   ///< XLSX sheet name, or "table 2" for a DOCX table; empty for CSV
    std::size_t row = 0; ///< 1-based: CSV line of the record's start; spreadsheet row; table row
    std::string cell;    ///< "C14" for XLSX (set by callers that name a cell); empty otherwise

    /// "chronology.csv:14", "police.xlsx [Sheet1] row 14" / "[Sheet1!C14]", "health.docx [table 2] row 5".
    std::string describe() const;
};

/// One row of a submission: its cells as text, as the reader found them. Date cells of a spreadsheet
/// come as ISO dates ("2016-05-22", or "2016-05-22T14:30" with a time) so that no locale guess happens.
struct SourceRow {
    SourceLocation where;
    std::vector<std::string> cells;
};

/// A table of an agency's submission: a CSV file, an XLSX sheet or a table in a Word document. The
/// header row is the first non-empty row (readers skip leading blank rows and title rows that span a
/// single cell); `rows` are the rows after it, blank rows dropped.
struct SourceTable {
    std::string file;
    std::string name;  ///< sheet name, "table 1", or the file name for CSV
    SourceLocation header_at;
    std::vector<std::string> headers;
    std::vector<SourceRow> rows;
};

/// Limits every reader enforces, so that a hostile or broken file fails cleanly in bounded memory.
struct ReadLimits {
    std::size_t max_file_bytes = 200u << 20;         ///< the file itself
    std::size_t max_uncompressed_bytes = 512u << 20; ///< all ZIP members read, after inflation
    std::size_t max_member_ratio = 200;              ///< inflated / compressed, per ZIP member
    std::size_t max_cells = 20'000'000;              ///< cells in all tables
    std::size_t max_cell_bytes = 1u << 20;           ///< one cell's text
    std::size_t max_shared_strings = 5'000'000;      ///< XLSX shared-string table entries
    std::size_t parallel_csv_bytes = 4u << 20;       ///< CSV text from this size on is parsed in two halves at once
};

/// Reads every table of an agency submission. The format comes from the content (ZIP with
/// xl/workbook.xml → XLSX; ZIP with word/document.xml → DOCX; otherwise text → CSV, with the delimiter
/// detected among comma, semicolon and tab), not only the extension.
/// Old binary .xls/.doc (and password-protected Office files, which are the same OLE container), PDF,
/// RTF and HTML/XML "spreadsheets" are refused with a message saying what to save them as.
/// Every row of a returned table has exactly `headers.size()` cells (ragged rows are padded to the
/// widest row, never cut). A file with no non-blank row gives no table (an empty vector, not an error).
/// Details per format: csv_reader.h, xlsx_reader.h, docx_reader.h, zip_archive.h in this folder.
/// Thread-safe: may be called from a worker thread; XML parts are parsed one at a time process-wide
/// (libxml2's external entity loader is global).
/// @throws model::Error (BadInput) naming the file and, where known, the line, sheet or cell: a missing
/// or unreadable file, a corrupt ZIP, a limit exceeded ("…: expands to more than 512 MiB"), malformed XML.
std::vector<SourceTable> read_source_tables(const std::string& path, const ReadLimits& limits = {});

}  // namespace model
