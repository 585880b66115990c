// SPDX-License-Identifier: MIT
#include "model/sources/xlsx_writer.h"

#include "model/core/date.h"
#include "model/core/error.h"
#include "model/core/private_file.h"

#include <zip.h>

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <memory>

namespace model {
namespace {

std::string xml_escape(const std::string& s) {
    std::string out;
    out.reserve(s.size());
    for (unsigned char c : s) {
        switch (c) {
        case '&': out += "&amp;"; break;
        case '<': out += "&lt;"; break;
        case '>': out += "&gt;"; break;
        case '"': out += "&quot;"; break;
        case '\t': case '\n': case '\r': out += char(c); break;
        default:
            if (c >= 0x20) out += char(c);  // control characters are not allowed in XML 1.0
        }
    }
    return out;
}

std::string column_name(std::size_t index) {
    std::string name;
    for (std::size_t n = index + 1; n > 0; n = (n - 1) / 26) name.insert(name.begin(), char('A' + (n - 1) % 26));
    return name;
}

// Spreadsheet day numbers count from 30 December 1899; ours from 1 January 1970.
constexpr std::int32_t kSpreadsheet1970 = 25569;

std::string row_xml(std::size_t r, const std::vector<std::string>& cells, bool header,
                    const std::vector<std::size_t>& date_columns) {
    std::string out = "<row r=\"" + std::to_string(r) + "\">";
    for (std::size_t c = 0; c < cells.size(); ++c) {
        if (cells[c].empty()) continue;
        const std::string where = column_name(c) + std::to_string(r);
        const bool date_column = std::find(date_columns.begin(), date_columns.end(), c) != date_columns.end();
        if (!header && date_column) {
            if (const auto date = Date::try_parse_iso(cells[c])) {
                out += "<c r=\"" + where + "\" s=\"3\"><v>" + std::to_string(date->serial() + kSpreadsheet1970) +
                       "</v></c>";
                continue;
            }
        }
        out += "<c r=\"" + where + "\" t=\"inlineStr\"" + (header ? " s=\"1\"" : " s=\"2\"") +
               "><is><t xml:space=\"preserve\">" + xml_escape(cells[c]) + "</t></is></c>";
    }
    return out + "</row>";
}

const char* const kContentTypes =
    R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>)";
const char* const kRootRels =
    R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>)";
const char* const kWorkbookRels =
    R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>)";
// Style 1: bold header; style 2: wrapped text aligned to the top; style 3: a date, day first, at the top.
const char* const kStyles =
    R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/></numFmts><fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="4"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyAlignment="1"><alignment vertical="top" horizontal="left"/></xf></cellXfs></styleSheet>)";

struct ZipCloser {
    void operator()(zip_t* z) const { zip_discard(z); }
};

}  // namespace

void write_xlsx(const std::string& path, const std::string& sheet_name, const std::vector<std::string>& headers,
                const std::vector<std::vector<std::string>>& rows, const std::vector<std::size_t>& date_columns) {
    // Column widths from the content, capped so that long narratives wrap instead of running on.
    std::vector<std::size_t> width(headers.size(), 8);
    for (std::size_t c = 0; c < headers.size(); ++c) width[c] = std::max(width[c], headers[c].size() + 2);
    for (const auto& row : rows)
        for (std::size_t c = 0; c < row.size() && c < width.size(); ++c)
            width[c] = std::min<std::size_t>(60, std::max(width[c], row[c].size() + 2));

    std::string sheet = R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews><cols>)";
    for (std::size_t c = 0; c < width.size(); ++c)
        sheet += "<col min=\"" + std::to_string(c + 1) + "\" max=\"" + std::to_string(c + 1) + "\" width=\"" +
                 std::to_string(width[c]) + "\" customWidth=\"1\"/>";
    sheet += "</cols><sheetData>" + row_xml(1, headers, true, date_columns);
    for (std::size_t r = 0; r < rows.size(); ++r) sheet += row_xml(r + 2, rows[r], false, date_columns);
    sheet += "</sheetData>";
    if (!headers.empty())
        sheet += "<autoFilter ref=\"A1:" + column_name(headers.size() - 1) + std::to_string(rows.size() + 1) + "\"/>";
    sheet += "</worksheet>";
    const std::string workbook =
        R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name=")" +
        xml_escape(sheet_name.substr(0, 31)) + R"(" sheetId="1" r:id="rId1"/></sheets></workbook>)";

    // Build the package in memory, then write it privately and atomically.
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t* buffer = zip_source_buffer_create(nullptr, 0, 0, &error);
    if (!buffer) throw internal_error("cannot create a workbook in memory: " + std::string(zip_error_strerror(&error)));
    std::unique_ptr<zip_t, ZipCloser> archive(zip_open_from_source(buffer, ZIP_TRUNCATE, &error));
    if (!archive) {
        zip_source_free(buffer);
        throw internal_error("cannot create a workbook in memory: " + std::string(zip_error_strerror(&error)));
    }
    zip_source_keep(buffer);
    const std::pair<const char*, std::string> members[] = {
        {"[Content_Types].xml", kContentTypes}, {"_rels/.rels", kRootRels},
        {"xl/workbook.xml", workbook},           {"xl/_rels/workbook.xml.rels", kWorkbookRels},
        {"xl/styles.xml", kStyles},              {"xl/worksheets/sheet1.xml", sheet}};
    for (const auto& [name, text] : members) {
        // libzip reads the data when the archive is closed: keep each string alive until then.
        zip_source_t* src = zip_source_buffer(archive.get(), text.data(), text.size(), 0);
        if (!src || zip_file_add(archive.get(), name, src, ZIP_FL_ENC_UTF_8) < 0) {
            if (src) zip_source_free(src);
            zip_source_free(buffer);
            throw internal_error(std::string("cannot add ") + name + " to the workbook");
        }
    }
    if (zip_close(archive.get()) < 0) {
        zip_source_free(buffer);
        throw internal_error("cannot finish the workbook: " + std::string(zip_strerror(archive.get())));
    }
    archive.release();
    std::string bytes;
    if (zip_source_open(buffer) == 0) {
        char chunk[65536];
        zip_int64_t n;
        while ((n = zip_source_read(buffer, chunk, sizeof chunk)) > 0) bytes.append(chunk, std::size_t(n));
        zip_source_close(buffer);
    }
    zip_source_free(buffer);
    if (bytes.empty()) throw internal_error("cannot read back the workbook built in memory");
    write_private_file(path, bytes);
}

}  // namespace model
