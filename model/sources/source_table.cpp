// SPDX-License-Identifier: MIT
// SourceLocation::describe, the shared table rules, and read_source_tables: one entry point that
// sniffs the content (not the extension) and hands the file to the CSV, XLSX or DOCX reader.
#include "model/sources/source_table.h"

#include "model/core/capped_file.h"
#include "model/core/error.h"
#include "model/sources/csv_reader.h"
#include "model/sources/docx_reader.h"
#include "model/sources/table_builder.h"
#include "model/sources/xlsx_reader.h"
#include "model/sources/zip_archive.h"

#include <algorithm>
#include <cstring>
#include <filesystem>
#include <fstream>

namespace model {

std::string SourceLocation::describe() const {
    if (sheet.empty()) {
        if (!cell.empty()) return file + " [" + cell + "]";
        return row > 0 ? file + ":" + std::to_string(row) : file;
    }
    if (!cell.empty()) return file + " [" + sheet + "!" + cell + "]";
    return row > 0 ? file + " [" + sheet + "] row " + std::to_string(row) : file + " [" + sheet + "]";
}

namespace sources {

void CellBudget::fail(const std::string& where) const {
    throw bad_input(where + ": more than " + std::to_string(m_max) + " cells");
}

namespace {

bool is_blank(const std::string& text) {
    return std::all_of(text.begin(), text.end(), [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; });
}

std::size_t non_empty_cells(const std::vector<std::string>& cells) {
    return static_cast<std::size_t>(std::count_if(cells.begin(), cells.end(), [](const std::string& c) { return !is_blank(c); }));
}

}  // namespace

bool is_blank_row(const std::vector<std::string>& cells) {
    return std::all_of(cells.begin(), cells.end(), [](const std::string& c) { return is_blank(c); });
}

std::optional<SourceTable> finish_table(const std::string& file, std::string name, std::vector<SourceRow> rows,
                                        CellBudget& budget) {
    rows.erase(std::remove_if(rows.begin(), rows.end(), [](const SourceRow& r) { return is_blank_row(r.cells); }),
               rows.end());
    if (rows.empty()) return std::nullopt;

    for (auto& row : rows)
        while (!row.cells.empty() && row.cells.back().empty()) row.cells.pop_back();
    std::size_t header = 0;
    for (std::size_t i = 0; i < rows.size(); ++i) {
        if (non_empty_cells(rows[i].cells) >= 2) {
            header = i;
            break;
        }
    }

    std::size_t width = 0;
    std::size_t kept = 0;
    for (std::size_t i = header; i < rows.size(); ++i) {
        width = std::max(width, rows[i].cells.size());
        kept += rows[i].cells.size();
    }
    const std::size_t padded = width * (rows.size() - header);
    if (padded > kept) budget.take(padded - kept, rows[header].where.describe());

    SourceTable table;
    table.file = file;
    table.name = std::move(name);
    table.header_at = rows[header].where;
    table.headers = std::move(rows[header].cells);
    table.headers.resize(width);
    table.rows.reserve(rows.size() - header - 1);
    for (std::size_t i = header + 1; i < rows.size(); ++i) {
        rows[i].cells.resize(width);
        table.rows.push_back(std::move(rows[i]));
    }
    return table;
}

}  // namespace sources

namespace {


bool starts_with(std::string_view text, std::string_view prefix) {
    return text.size() >= prefix.size() && text.compare(0, prefix.size(), prefix) == 0;
}

bool starts_with_nocase(std::string_view text, std::string_view prefix) {
    if (text.size() < prefix.size()) return false;
    for (std::size_t i = 0; i < prefix.size(); ++i) {
        char c = text[i];
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
        if (c != prefix[i]) return false;
    }
    return true;
}


std::vector<SourceTable> read_zip_package(const std::string& path, const ReadLimits& limits) {
    sources::ZipArchive zip = sources::ZipArchive::open(path, limits);
    if (zip.has("xl/workbook.xml")) return sources::read_xlsx(zip, limits);
    if (zip.has("word/document.xml")) return sources::read_docx(zip, limits);
    if (zip.has("content.xml") && zip.has("mimetype"))
        throw bad_input(path + " is an OpenDocument file (.ods/.odt): save it as .xlsx/.docx (or CSV) first");
    throw bad_input(path + " is a ZIP file but neither a spreadsheet (xlsx) nor a Word document (docx)");
}

}  // namespace

std::vector<SourceTable> read_source_tables(const std::string& path, const ReadLimits& limits) {
    namespace fs = std::filesystem;
    check_input_file(path, limits.max_file_bytes);
    std::error_code ec;
    const fs::file_status status = fs::status(path, ec);
    std::ifstream in(path, std::ios::binary);
    if (!in) throw bad_input("cannot open '" + path + "': permission denied or unreadable");

    char magic[8] = {};
    in.read(magic, sizeof magic);
    const std::string_view head(magic, static_cast<std::size_t>(in.gcount()));

    // A ZIP: an empty archive starts with the end-of-directory record; spanned ones with 07 08.
    if (starts_with(head, "PK\x03\x04") || starts_with(head, "PK\x05\x06") || starts_with(head, "PK\x07\x08")) {
        if (!fs::is_regular_file(status)) throw bad_input(path + ": a ZIP package must be a regular file");
        in.close();
        return read_zip_package(path, limits);
    }
    if (starts_with(head, "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"))
        throw bad_input(path + " is an old binary Excel or Word file (.xls/.doc), or a password-protected one: "
                               "save it as .xlsx/.docx (or CSV) first");
    if (starts_with(head, "%PDF-"))
        throw bad_input(path + " is a PDF document: ask the agency for CSV, XLSX or DOCX, or export it as one of those");
    if (starts_with(head, "{\\rtf")) throw bad_input(path + " is an RTF document: save it as .docx first");

    in.close();
    std::string bytes = read_file_capped(path, limits.max_file_bytes);

    // Markup saved under a spreadsheet name (web systems' "Excel" exports, SpreadsheetML 2003).
    std::string_view text(bytes);
    if (starts_with(text, "\xEF\xBB\xBF")) text.remove_prefix(3);
    while (!text.empty() && (text.front() == ' ' || text.front() == '\r' || text.front() == '\n' || text.front() == '\t'))
        text.remove_prefix(1);
    if (starts_with(text, "<?xml") || starts_with_nocase(text, "<html") || starts_with_nocase(text, "<!doctype") ||
        starts_with_nocase(text, "<table"))
        throw bad_input(path + " is an XML or HTML file, not CSV: open it in Excel and save it as .xlsx (or CSV) first");

    return sources::read_csv(std::move(bytes), path, limits);
}

}  // namespace model
