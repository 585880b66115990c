// SPDX-License-Identifier: MIT
// Agency submissions: CSV, XLSX and DOCX tables read into SourceTables. Fixtures are built here at
// run time (the packages with libzip, following the OOXML part layout), so the tests also document
// exactly what each reader expects. Hostile files (ZIP bombs, DOCTYPE/XXE, corrupt archives, absurd
// counts) must fail with one line naming the file and the member or line, in bounded memory.
#include "model/core/error.h"
#include "model/sources/csv_reader.h"
#include "model/sources/docx_reader.h"
#include "model/sources/source_table.h"
#include "model/sources/xlsx_reader.h"
#include "model/sources/zip_archive.h"

#include <catch2/catch.hpp>

#include "test_support.h"
#include <zip.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <functional>
#include <iterator>
#include <random>
#include <utility>

namespace fs = std::filesystem;
using model::ErrorKind;
using model::ReadLimits;
using model::SourceTable;
using Strings = std::vector<std::string>;
using Members = std::vector<std::pair<std::string, std::string>>;

namespace {

/// The shared scratch folder, with ZIPs too.
class TempDir : public testing::TempDir {
public:
    TempDir() : testing::TempDir("sources_test_") {}

    /// A ZIP of `members` (deflated unless `store`), written with libzip.
    std::string zip(const std::string& name, const Members& members, bool store = false) const {
        const std::string p = path(name);
        int code = 0;
        zip_t* archive = zip_open(p.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &code);
        REQUIRE(archive != nullptr);
        for (const auto& [member, content] : members) {
            // The buffers stay alive (in `members`) until zip_close has written them.
            zip_source_t* source = zip_source_buffer(archive, content.data(), content.size(), 0);
            REQUIRE(source != nullptr);
            const zip_int64_t index = zip_file_add(archive, member.c_str(), source, ZIP_FL_OVERWRITE | ZIP_FL_ENC_UTF_8);
            REQUIRE(index >= 0);
            zip_set_file_compression(archive, static_cast<zip_uint64_t>(index), store ? ZIP_CM_STORE : ZIP_CM_DEFLATE, 0);
        }
        REQUIRE(zip_close(archive) == 0);
        return p;
    }
};

struct Failure {
    bool thrown = false;
    ErrorKind kind = ErrorKind::Internal;
    std::string message;
};

Failure failure_of(const std::function<void()>& action) {
    Failure out;
    try {
        action();
    } catch (const model::Error& e) {
        out.thrown = true;
        out.kind = e.kind();
        out.message = e.what();
    }
    return out;
}

Failure read_failure(const std::string& path, const ReadLimits& limits = {}) {
    Failure f = failure_of([&] { model::read_source_tables(path, limits); });
    INFO(f.message);
    CHECK(f.thrown);
    CHECK(f.kind == ErrorKind::BadInput);
    CHECK(f.message.find('\n') == std::string::npos);
    return f;
}

std::vector<SourceTable> parse(const std::string& text, const ReadLimits& limits = {}) {
    return model::sources::parse_csv(text, "test.csv", limits);
}

Strings row_cells(const SourceTable& t, std::size_t i) { return t.rows.at(i).cells; }

// ---- OOXML fixtures -------------------------------------------------------------------------------

const std::string kXmlDecl = R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>)";
const std::string kMainNs = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const std::string kRelNs = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const std::string kPkgRelNs = "http://schemas.openxmlformats.org/package/2006/relationships";
const std::string kWordNs = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

struct Sheet {
    std::string name;
    std::string xml;       // the <sheetData> element
    std::string state;     // "" or "hidden"
    std::string target;    // relationship target; default "worksheets/sheetN.xml"
};

/// A complete, minimal XLSX package: content types, package rels, workbook, workbook rels, styles
/// (cell styles: 0 General, 1 built-in 14 d/m/yyyy, 2 custom "dd/mm/yyyy hh:mm", 3 built-in 20 h:mm,
/// 4 custom quoted "day" text, not a date), shared strings and the sheets.
Members xlsx_members(const std::vector<Sheet>& sheets, const std::string& shared_strings) {
    std::string types = kXmlDecl + R"(<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">)"
                        R"(<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>)"
                        R"(<Default Extension="xml" ContentType="application/xml"/>)"
                        R"(<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>)"
                        R"(<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>)"
                        R"(<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>)";
    std::string workbook = kXmlDecl + "<workbook xmlns=\"" + kMainNs + "\" xmlns:r=\"" + kRelNs + "\"><sheets>";
    std::string rels = kXmlDecl + "<Relationships xmlns=\"" + kPkgRelNs + "\">";
    Members sheet_parts;
    for (std::size_t i = 0; i < sheets.size(); ++i) {
        const std::string n = std::to_string(i + 1);
        const std::string target = sheets[i].target.empty() ? "worksheets/sheet" + n + ".xml" : sheets[i].target;
        const std::string member = target.front() == '/' ? target.substr(1) : "xl/" + target;
        types += R"(<Override PartName="/)" + member +
                 R"(" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>)";
        workbook += "<sheet name=\"" + sheets[i].name + "\" sheetId=\"" + n + "\"" +
                    (sheets[i].state.empty() ? "" : " state=\"" + sheets[i].state + "\"") + " r:id=\"rId" + n + "\"/>";
        rels += "<Relationship Id=\"rId" + n + "\" Type=\"" + kRelNs + "/worksheet\" Target=\"" + target + "\"/>";
        if (!sheets[i].xml.empty())
            sheet_parts.emplace_back(member, kXmlDecl + "<worksheet xmlns=\"" + kMainNs + "\" xmlns:r=\"" + kRelNs +
                                                 "\"><dimension ref=\"A1\"/>" + sheets[i].xml + "</worksheet>");
    }
    types += "</Types>";
    workbook += "</sheets></workbook>";
    rels += "<Relationship Id=\"rId100\" Type=\"" + kRelNs + "/styles\" Target=\"styles.xml\"/>";
    rels += "<Relationship Id=\"rId101\" Type=\"" + kRelNs + "/sharedStrings\" Target=\"sharedStrings.xml\"/>";
    rels += "</Relationships>";

    const std::string styles = kXmlDecl + "<styleSheet xmlns=\"" + kMainNs + "\">" +
                               R"(<numFmts count="2"><numFmt numFmtId="164" formatCode="dd/mm/yyyy\ hh:mm"/>)"
                               R"(<numFmt numFmtId="165" formatCode="&quot;day &quot;0"/></numFmts>)"
                               R"(<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>)"
                               R"(<fills count="1"><fill><patternFill patternType="none"/></fill></fills>)"
                               R"(<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>)"
                               R"(<cellStyleXfs count="1"><xf numFmtId="14" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>)"
                               R"(<cellXfs count="5"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>)"
                               R"(<xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>)"
                               R"(<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>)"
                               R"(<xf numFmtId="20" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>)"
                               R"(<xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>)"
                               R"(<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>)"
                               R"(<dxfs count="1"><dxf><numFmt numFmtId="166" formatCode="yyyy"/></dxf></dxfs>)"
                               "</styleSheet>";
    Members out = {
        {"[Content_Types].xml", types},
        {"_rels/.rels", kXmlDecl + "<Relationships xmlns=\"" + kPkgRelNs + "\"><Relationship Id=\"rId1\" Type=\"" +
                            kRelNs + "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>"},
        {"xl/workbook.xml", workbook},
        {"xl/_rels/workbook.xml.rels", rels},
        {"xl/styles.xml", styles},
        {"xl/sharedStrings.xml", shared_strings},
    };
    out.insert(out.end(), sheet_parts.begin(), sheet_parts.end());
    return out;
}

std::string sst(const std::string& items, std::size_t count) {
    return kXmlDecl + "<sst xmlns=\"" + kMainNs + "\" count=\"" + std::to_string(count) + "\" uniqueCount=\"" +
           std::to_string(count) + "\">" + items + "</sst>";
}

// Shared strings: 0 title, 1 Date, 2 Time, 3 Event (rich text with a phonetic run), 4 Visited home
// (rich), 5 a CRLF escape, 6 Note, 7 By, 8 empty.
const std::string kSharedStrings = sst(
    "<si><t>Chronology: Child A</t></si>"
    "<si><t>Date</t></si>"
    "<si><t>Time</t></si>"
    "<si><r><t>Ev</t></r><r><rPr><b/></rPr><t>ent</t></r><rPh sb=\"0\" eb=\"1\"><t>NOT THIS</t></rPh></si>"
    "<si><r><t xml:space=\"preserve\">Visited </t></r><r><rPr><i/></rPr><t>home</t></r></si>"
    "<si><t>Line 1_x000D_\nLine 2 &amp; more</t></si>"
    "<si><t>Note</t></si>"
    "<si><t>By</t></si>"
    "<si/>",
    9);

const std::string kChronologySheet =
    // Row 1: a title in one cell (dropped); row 2: the header; row 3: typed values; row 4: blank;
    // row 5: cells without r attributes; row 7: a cell beyond the header.
    R"(<sheetData>)"
    R"(<row r="1"><c r="A1" t="s"><v>0</v></c></row>)"
    R"(<row r="2"><c r="A2" t="s"><v>1</v></c><c r="B2" t="s"><v>2</v></c><c r="C2" t="inlineStr"><is><t>Agency</t></is></c>)"
    R"(<c r="D2" t="s"><v>3</v></c><c r="E2" t="inlineStr"><is><r><t>Cou</t></r><r><t>nt</t></r></is></c><c r="F2" t="str"><f>"Flag"</f><v>Flag</v></c></row>)"
    R"(<row r="3"><c r="A3" s="1"><v>42512</v></c><c r="B3" s="3"><v>0.60416666666666696</v></c><c r="C3" t="inlineStr"><is><t>Police</t></is></c>)"
    R"(<c r="D3" t="s"><v>4</v></c><c r="E3"><v>1.0</v></c><c r="F3" t="b"><v>1</v></c></row>)"
    R"(<row r="4"><c r="A4" s="1"/><c r="B4" t="s"><v>8</v></c></row>)"
    R"(<row r="5"><c t="s"><v>5</v></c><c s="2"><v>42512.75</v></c><c><v>1.5</v></c><c t="e"><v>#N/A</v></c>)"
    R"(<c t="str"><f>A1&amp;""</f><v>calc</v></c><c t="b"><v>0</v></c></row>)"
    R"(<row r="7"><c r="A7" s="4"><v>3</v></c><c r="B7" s="2"><v>61</v></c><c r="G7"><v>0.1</v></c></row>)"
    R"(</sheetData>)";

const std::string kNotesSheet =
    R"(<sheetData><row r="1"><c r="A1" t="s"><v>6</v></c><c r="B1" t="s"><v>7</v></c></row>)"
    R"(<row r="2"><c r="A2" t="inlineStr"><is><t>hidden but kept</t></is></c><c r="B2"><v>2</v></c></row></sheetData>)";

Members standard_xlsx() {
    return xlsx_members({{"Chronology", kChronologySheet, "", ""},
                         {"Notes &amp; working", kNotesSheet, "hidden", "/xl/worksheets/notes.xml"},
                         {"Empty", "<sheetData/>", "", ""}},
                        kSharedStrings);
}

// DOCX: a paragraph, then table 1 (header, a gridSpan row, a multi-paragraph cell with a break and a
// tab, a pPr with tab stops that must not become text), table 2 (one row: skipped), table 3 (a merged
// title row, vMerge and a nested table).
const std::string kDocument = kXmlDecl + "<w:document xmlns:w=\"" + kWordNs + "\" xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\"><w:body>" +
    R"(<w:p><w:r><w:t>Agency chronology</w:t></w:r></w:p>)"
    R"(<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tblGrid><w:gridCol w:w="2000"/><w:gridCol w:w="4000"/><w:gridCol w:w="2000"/></w:tblGrid>)"
    R"(<w:tr><w:trPr><w:tblHeader/></w:trPr><w:tc><w:p><w:r><w:t>Date</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>Event</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>Source</w:t></w:r></w:p></w:tc></w:tr>)"
    R"(<w:tr><w:tc><w:p><w:r><w:t>22/05/2016</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:gridSpan w:val="2"/></w:tcPr><w:p><w:r><w:t>Home visit</w:t></w:r></w:p></w:tc></w:tr>)"
    R"(<w:tr><w:tc><w:p><w:r><w:t>23/05/2016</w:t></w:r></w:p></w:tc>)"
    R"(<w:tc><w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs></w:pPr><w:r><w:t>Line one</w:t></w:r><w:r><w:br/><w:t xml:space="preserve">Line two </w:t></w:r><w:del><w:r><w:delText>gone</w:delText></w:r></w:del></w:p>)"
    R"(<w:p><w:r><w:t>Para</w:t><w:tab/><w:t>tabbed</w:t></w:r></w:p><w:p/></w:tc>)"
    R"(<w:tc><w:p><w:r><w:t>GP notes</w:t></w:r></w:p></w:tc></w:tr>)"
    R"(</w:tbl><w:p/>)"
    R"(<w:tbl><w:tr><w:tc><w:p><w:r><w:t>Layout only</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>x</w:t></w:r></w:p></w:tc></w:tr></w:tbl><w:p/>)"
    R"(<w:tbl>)"
    R"(<w:tr><w:tc><w:tcPr><w:gridSpan w:val="2"/></w:tcPr><w:p><w:r><w:t>Strategy discussions</w:t></w:r></w:p></w:tc></w:tr>)"
    R"(<w:tr><w:tc><w:p><w:r><w:t>Date</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>Event</w:t></w:r></w:p></w:tc></w:tr>)"
    R"(<w:tr><w:tc><w:tcPr><w:vMerge w:val="restart"/></w:tcPr><w:p><w:r><w:t>24/05/2016</w:t></w:r></w:p></w:tc>)"
    R"(<w:tc><w:p><w:r><w:t>Strategy meeting</w:t></w:r></w:p>)"
    R"(<w:tbl><w:tr><w:tc><w:p><w:r><w:t>Attendee</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>Role</w:t></w:r></w:p></w:tc></w:tr>)"
    R"(<w:tr><w:tc><w:p><w:r><w:t>DS Smith</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>Police</w:t></w:r></w:p></w:tc></w:tr></w:tbl>)"
    R"(<w:p><w:r><w:t>Agreed S47</w:t></w:r></w:p></w:tc></w:tr>)"
    R"(<w:tr><w:tc><w:tcPr><w:vMerge/></w:tcPr><w:p/></w:tc><w:tc><w:p><w:r><w:t>Follow-up</w:t></w:r>)"
    R"(<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:t>!</w:t></mc:Choice><mc:Fallback><w:t>DUPLICATE</w:t></mc:Fallback></mc:AlternateContent></w:r></w:p></w:tc></w:tr>)"
    R"(</w:tbl>)"
    R"(<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>)";

Members docx_members(const std::string& document) {
    return {
        {"[Content_Types].xml",
         kXmlDecl + R"(<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">)"
                    R"(<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>)"
                    R"(<Default Extension="xml" ContentType="application/xml"/>)"
                    R"(<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>)"},
        {"_rels/.rels", kXmlDecl + "<Relationships xmlns=\"" + kPkgRelNs + "\"><Relationship Id=\"rId1\" Type=\"" +
                            kRelNs + "/officeDocument\" Target=\"word/document.xml\"/></Relationships>"},
        {"word/document.xml", document},
    };
}

Members with_member(Members members, const std::string& name, const std::string& content) {
    for (auto& [member, text] : members)
        if (member == name) {
            text = content;
            return members;
        }
    members.emplace_back(name, content);
    return members;
}

}  // namespace

// ---- Locations ------------------------------------------------------------------------------------

TEST_CASE("a source location describes itself as the user sees the file", "[sources]") {
    CHECK(model::SourceLocation{"chronology.csv", "", 14, ""}.describe() == "chronology.csv:14");
    CHECK(model::SourceLocation{"police.xlsx", "Sheet1", 14, ""}.describe() == "police.xlsx [Sheet1] row 14");
    CHECK(model::SourceLocation{"police.xlsx", "Sheet1", 14, "C14"}.describe() == "police.xlsx [Sheet1!C14]");
    CHECK(model::SourceLocation{"health.docx", "table 2", 5, ""}.describe() == "health.docx [table 2] row 5");
    CHECK(model::SourceLocation{"x.csv", "", 0, ""}.describe() == "x.csv");
}

// ---- CSV ------------------------------------------------------------------------------------------

TEST_CASE("CSV: RFC 4180 quoting, escaped quotes and line breaks inside quotes", "[sources]") {
    const auto tables = parse("Date,Event,Source\r\n"
                              "22/05/2016,\"Visit, with \"\"quotes\"\"\",GP\r\n"
                              "23/05/2016,\"Two\r\nlines\nand three\",\"\"\r\n"
                              "24/05/2016,after,\"quoted\"tail\r\n");
    REQUIRE(tables.size() == 1);
    const SourceTable& t = tables[0];
    CHECK(t.name == "test.csv");
    CHECK(t.headers == Strings{"Date", "Event", "Source"});
    CHECK(t.header_at.row == 1);
    REQUIRE(t.rows.size() == 3);
    CHECK(row_cells(t, 0) == Strings{"22/05/2016", "Visit, with \"quotes\"", "GP"});
    CHECK(row_cells(t, 1) == Strings{"23/05/2016", "Two\nlines\nand three", ""});
    CHECK(row_cells(t, 2) == Strings{"24/05/2016", "after", "quotedtail"});
    // A record's row is the line where it starts: the quoted newlines push the next record down.
    CHECK(t.rows[0].where.row == 2);
    CHECK(t.rows[1].where.row == 3);
    CHECK(t.rows[2].where.row == 6);
    CHECK(t.rows[2].where.describe() == "test.csv:6");
}

TEST_CASE("CSV: delimiter detection among comma, semicolon and tab", "[sources]") {
    using model::sources::detect_delimiter;
    CHECK(detect_delimiter("a,b,c\n1,2,3\n") == ',');
    CHECK(detect_delimiter("Date;Event;Source\n01/02/2016;Visited, mother present;GP\n") == ';');
    CHECK(detect_delimiter("Date\tEvent\n01/02/2016\tSaw child; well, happy\n") == '\t');
    CHECK(detect_delimiter("Title only\nDate;Event\n1;2\n3;4\n") == ';');
    CHECK(detect_delimiter("one column\nvalue\n") == ',');
    CHECK(detect_delimiter("\"a;b\",c\n\"d;e\",f\n") == ',');

    const auto semi = parse("Date;Time;Event\n22/05/2016;10:00;Visited, mother present\n");
    REQUIRE(semi.size() == 1);
    CHECK(semi[0].headers == Strings{"Date", "Time", "Event"});
    CHECK(row_cells(semi[0], 0) == Strings{"22/05/2016", "10:00", "Visited, mother present"});

    const auto tab = parse("Date\tEvent\n22/05/2016\t\"Quoted\ttab\"\n");
    REQUIRE(tab.size() == 1);
    CHECK(row_cells(tab[0], 0) == Strings{"22/05/2016", "Quoted\ttab"});
}

TEST_CASE("CSV: blank leading lines, title rows, blank records, ragged rows", "[sources]") {
    const auto tables = parse("\n\n,,,\nChronology for Child A,,,\nDate,Time,Event,\n"
                              "22/05/2016,10:00,Visit\n"
                              ",,,\n"
                              "23/05/2016\n"
                              "24/05/2016,11:00,Call,extra note,\n"
                              "   ,  ,\n");
    REQUIRE(tables.size() == 1);
    const SourceTable& t = tables[0];
    CHECK(t.header_at.row == 5);
    // Padded to the widest row (the extra note): nothing is cut off.
    CHECK(t.headers == Strings{"Date", "Time", "Event", ""});
    REQUIRE(t.rows.size() == 3);
    CHECK(row_cells(t, 0) == Strings{"22/05/2016", "10:00", "Visit", ""});
    CHECK(row_cells(t, 1) == Strings{"23/05/2016", "", "", ""});
    CHECK(row_cells(t, 2) == Strings{"24/05/2016", "11:00", "Call", "extra note"});
    CHECK(t.rows[1].where.row == 8);

    CHECK(parse("").empty());
    CHECK(parse("\n\r\n,,\n").empty());
    // A one-column table: the header is the first row.
    const auto one = parse("Event\nVisit\nCall\n");
    REQUIRE(one.size() == 1);
    CHECK(one[0].headers == Strings{"Event"});
    CHECK(one[0].rows.size() == 2);
}

TEST_CASE("CSV: line endings CRLF, LF and CR, last line without a newline", "[sources]") {
    const auto tables = parse("A,B\r1,2\r\n3,4\n5,6");
    REQUIRE(tables.size() == 1);
    REQUIRE(tables[0].rows.size() == 3);
    CHECK(row_cells(tables[0], 2) == Strings{"5", "6"});
    CHECK(tables[0].rows[2].where.row == 4);
}

TEST_CASE("CSV: encodings — UTF-8 with and without BOM, Windows-1252, UTF-16", "[sources]") {
    using model::sources::decode_text;
    CHECK(decode_text("\xEF\xBB\xBF" "Caf\xC3\xA9") == "Caf\xC3\xA9");
    CHECK(decode_text("Caf\xC3\xA9") == "Caf\xC3\xA9");
    // Excel on a UK PC: é, curly quotes, euro, en dash, pound.
    CHECK(decode_text("Caf\xE9 \x93quoted\x94 \x80\x35 \x96 \xA3") ==
          "Caf\xC3\xA9 \xE2\x80\x9Cquoted\xE2\x80\x9D \xE2\x82\xAC" "5 \xE2\x80\x93 \xC2\xA3");
    CHECK(model::sources::is_valid_utf8("plain ascii \xE2\x82\xAC"));
    CHECK_FALSE(model::sources::is_valid_utf8("\xC0\xAF"));          // overlong
    CHECK_FALSE(model::sources::is_valid_utf8("\xED\xA0\x80"));      // surrogate
    CHECK_FALSE(model::sources::is_valid_utf8("abc\xE2\x82"));       // truncated
    // UTF-16LE with BOM (Excel's "Unicode Text", tab-delimited), with a surrogate pair.
    const std::string utf16("\xFF\xFE" "A\0\t\0B\0\n\0\xE9\0\t\0\x3D\xD8\x00\xDE", 18);
    CHECK(decode_text(utf16) == "A\tB\n\xC3\xA9\t\xF0\x9F\x98\x80");

    TempDir dir;
    const std::string path = dir.write("cp1252.csv", "Date,Event\r\n22/05/2016,Mother\x92s partner \x96 Jos\xE9\r\n");
    const auto tables = model::read_source_tables(path);
    REQUIRE(tables.size() == 1);
    CHECK(row_cells(tables[0], 0)[1] == "Mother\xE2\x80\x99s partner \xE2\x80\x93 Jos\xC3\xA9");
    const std::string bom = dir.write("bom.csv", "\xEF\xBB\xBF" "Date;Event\n22/05/2016;Visit\n");
    CHECK(model::read_source_tables(bom).at(0).headers == Strings{"Date", "Event"});
    const std::string u16 = dir.write("unicode.txt", utf16);
    CHECK(model::read_source_tables(u16).at(0).headers == Strings{"A", "B"});
}

TEST_CASE("CSV: errors name the file and line, limits hold", "[sources]") {
    Failure f = failure_of([] { parse("Date,Event\n1,2\n3,\"never closed\n4,5\n"); });
    CHECK(f.message == "test.csv:3: unterminated quoted field");

    ReadLimits small;
    small.max_cell_bytes = 10;
    f = failure_of([&] { parse("A,B\n1,12345678901\n", small); });
    CHECK(f.message == "test.csv:2: a cell is longer than 10 bytes");
    f = failure_of([&] { parse("A,B\n1,\"12345\n678901\"\n", small); });
    CHECK(f.message.rfind("test.csv:2: a cell is longer than 10 bytes", 0) == 0);

    small = {};
    small.max_cells = 5;
    f = failure_of([&] { parse("A,B\n1,2\n3,4\n", small); });
    CHECK(f.message == "test.csv:3: more than 5 cells");

    TempDir dir;
    const std::string big = dir.write("big.csv", std::string(2000, 'x'));
    small = {};
    small.max_file_bytes = 1000;
    CHECK(read_failure(big, small).message == big + ": file is too large (2000 bytes; the limit is 1000 bytes)");
    CHECK(read_failure(dir.path("missing.csv")).message == "cannot open '" + dir.path("missing.csv") + "': no such file");
    const std::string binary = dir.write("image.png", std::string("\x89PNG\r\n\x1A\n\0\0\0", 11));
    CHECK(read_failure(binary).message.find("is not a text file") != std::string::npos);
}

// ---- XLSX -----------------------------------------------------------------------------------------

TEST_CASE("XLSX: Excel serial dates, times and formats", "[sources]") {
    using model::sources::excel_serial_text;
    CHECK(excel_serial_text(1) == "1900-01-01");
    CHECK(excel_serial_text(59) == "1900-02-28");
    CHECK(excel_serial_text(60) == "1900-02-29");  // Excel's phantom day, reported as Excel shows it
    CHECK(excel_serial_text(61) == "1900-03-01");
    CHECK(excel_serial_text(42512) == "2016-05-22");
    CHECK(excel_serial_text(42512.604166666667) == "2016-05-22T14:30");
    CHECK(excel_serial_text(0.604166666666667) == "14:30");
    CHECK(excel_serial_text(0) == "00:00");
    CHECK(excel_serial_text(0.9999999) == "23:59");
    CHECK(excel_serial_text(42512.9999999) == "2016-05-23");  // rounds to midnight of the next day
    CHECK(excel_serial_text(2958465) == "9999-12-31");
    CHECK_FALSE(excel_serial_text(-1));
    CHECK_FALSE(excel_serial_text(2958466));
    CHECK(excel_serial_text(0, true) == "00:00");
    CHECK(excel_serial_text(1, true) == "1904-01-02");
    CHECK(excel_serial_text(41050, true) == "2016-05-22");  // 1462 days after the 1900 system

    using model::sources::is_date_format;
    for (int id : {14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47}) CHECK(is_date_format(id, ""));
    for (int id : {0, 1, 2, 9, 10, 11, 12, 13, 23, 44, 48, 49}) CHECK_FALSE(is_date_format(id, ""));
    CHECK(is_date_format(164, "dd/mm/yyyy"));
    CHECK(is_date_format(164, "[$-809]dd mmmm yyyy;@"));
    CHECK(is_date_format(164, "h:mm AM/PM"));
    CHECK_FALSE(is_date_format(164, "\"day \"0"));
    CHECK_FALSE(is_date_format(164, "[Red]#,##0.00"));
    CHECK_FALSE(is_date_format(164, "0.00\\h"));
    CHECK_FALSE(is_date_format(164, "General"));

    using model::sources::column_of;
    CHECK(column_of("A1") == 0u);
    CHECK(column_of("c14") == 2u);
    CHECK(column_of("AA7") == 26u);
    CHECK(column_of("XFD1") == 16383u);
    CHECK_FALSE(column_of("XFE1"));
    CHECK_FALSE(column_of("ABCD1"));
    CHECK_FALSE(column_of("12"));
    CHECK(model::sources::column_letters(0) == "A");
    CHECK(model::sources::column_letters(26) == "AA");
    CHECK(model::sources::column_letters(16383) == "XFD");
}

TEST_CASE("XLSX: sheets, shared and inline strings, rich text, dates, numbers, booleans", "[sources]") {
    TempDir dir;
    const std::string path = dir.zip("health.xlsx", standard_xlsx());
    const auto tables = model::read_source_tables(path);
    REQUIRE(tables.size() == 2);  // the empty sheet is skipped; the hidden one is kept

    const SourceTable& t = tables[0];
    CHECK(t.file == path);
    CHECK(t.name == "Chronology");
    CHECK(t.header_at.sheet == "Chronology");
    CHECK(t.header_at.row == 2);  // the title in row 1 is dropped
    CHECK(t.headers == Strings{"Date", "Time", "Agency", "Event", "Count", "Flag", ""});
    REQUIRE(t.rows.size() == 3);  // row 4 is blank

    CHECK(row_cells(t, 0) == Strings{"2016-05-22", "14:30", "Police", "Visited home", "1", "TRUE", ""});
    CHECK(t.rows[0].where.row == 3);
    CHECK(t.rows[0].where.describe() == path + " [Chronology] row 3");

    CHECK(row_cells(t, 1) == Strings{"Line 1\nLine 2 & more", "2016-05-22T18:00", "1.5", "#N/A", "calc", "FALSE", ""});
    CHECK(t.rows[1].where.row == 5);

    // A number in a text-like custom format stays a number; a cell beyond the header widens the table.
    CHECK(row_cells(t, 2) == Strings{"3", "1900-03-01", "", "", "", "", "0.1"});
    CHECK(t.rows[2].where.row == 7);

    const SourceTable& notes = tables[1];
    CHECK(notes.name == "Notes & working");
    CHECK(notes.headers == Strings{"Note", "By"});
    REQUIRE(notes.rows.size() == 1);
    CHECK(row_cells(notes, 0) == Strings{"hidden but kept", "2"});
}

TEST_CASE("XLSX: a sheet without r attributes, numbers without noise, the 1904 date system", "[sources]") {
    Members members = xlsx_members(
        {{"Data", R"(<sheetData><row><c t="inlineStr"><is><t>Date</t></is></c><c t="inlineStr"><is><t>Value</t></is></c></row>)"
                  R"(<row><c s="1"><v>1462</v></c><c><v>14.000000000000002</v></c></row>)"
                  R"(<row><c s="1"><v>0</v></c><c><v>-2.50</v></c></row>)"
                  R"(<row><c><v>123456789012345678</v></c><c><v>1.5E-3</v></c></row></sheetData>)", "", ""}},
        sst("", 0));
    members = with_member(members, "xl/workbook.xml",
                          kXmlDecl + "<workbook xmlns=\"" + kMainNs + "\" xmlns:r=\"" + kRelNs +
                              "\"><workbookPr date1904=\"1\"/><sheets><sheet name=\"Data\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
    TempDir dir;
    const auto tables = model::read_source_tables(dir.zip("mac.xlsx", members));
    REQUIRE(tables.size() == 1);
    const SourceTable& t = tables[0];
    CHECK(t.headers == Strings{"Date", "Value"});
    REQUIRE(t.rows.size() == 3);
    CHECK(row_cells(t, 0) == Strings{"1908-01-02", "14"});
    CHECK(t.rows[0].where.row == 2);
    CHECK(row_cells(t, 1) == Strings{"00:00", "-2.5"});
    CHECK(row_cells(t, 2) == Strings{"123456789012345678", "1.5E-3"});
    CHECK(t.rows[2].where.row == 4);
}

TEST_CASE("XLSX: errors name the file, member, line, sheet or cell", "[sources]") {
    TempDir dir;
    SECTION("a shared string that does not exist names the cell") {
        const auto members = xlsx_members(
            {{"Chronology", R"(<sheetData><row r="1"><c r="A1" t="s"><v>1</v></c><c r="C1" t="s"><v>99</v></c></row></sheetData>)", "", ""}},
            kSharedStrings);
        const std::string path = dir.zip("police.xlsx", members);
        CHECK(read_failure(path).message == path + " [Chronology!C1]: shared string 99 does not exist");
    }
    SECTION("malformed sheet XML names the member and line") {
        const auto members = xlsx_members({{"Chronology", "<sheetData>\n<row r=\"1\"><c r=\"A1\"><v>1</v></c>\n</sheetData>", "", ""}},
                                          kSharedStrings);
        const std::string path = dir.zip("health.xlsx", members);
        const Failure f = read_failure(path);
        CHECK(f.message.rfind(path + ": xl/worksheets/sheet1.xml:3: ", 0) == 0);
    }
    SECTION("a cell reference past XFD") {
        const auto members = xlsx_members(
            {{"Chronology", R"(<sheetData><row r="1"><c r="ZZZZ1"><v>1</v></c></row></sheetData>)", "", ""}}, kSharedStrings);
        const std::string path = dir.zip("wide.xlsx", members);
        CHECK(read_failure(path).message == path + ": xl/worksheets/sheet1.xml:1: bad cell reference \"ZZZZ1\"");
    }
    SECTION("a missing member") {
        auto members = standard_xlsx();
        members.erase(std::remove_if(members.begin(), members.end(),
                                     [](const auto& m) { return m.first == "xl/worksheets/notes.xml"; }),
                      members.end());
        const std::string path = dir.zip("partial.xlsx", members);
        CHECK(read_failure(path).message == path + ": xl/worksheets/notes.xml: missing from the archive");
    }
    SECTION("a sheet whose relationship is not defined") {
        auto members = with_member(standard_xlsx(), "xl/workbook.xml",
                                   kXmlDecl + "<workbook xmlns=\"" + kMainNs + "\" xmlns:r=\"" + kRelNs +
                                       "\"><sheets><sheet name=\"Lost\" sheetId=\"1\" r:id=\"rId9\"/></sheets></workbook>");
        const std::string path = dir.zip("lost.xlsx", members);
        CHECK(read_failure(path).message.find("sheet 'Lost' refers to rId9") != std::string::npos);
    }
    SECTION("too many shared strings for the limit") {
        ReadLimits limits;
        limits.max_shared_strings = 3;
        const std::string path = dir.zip("many.xlsx", standard_xlsx());
        CHECK(read_failure(path, limits).message == path + ": xl/sharedStrings.xml: more than 3 shared strings");
    }
    SECTION("a shared string longer than a cell may be") {
        ReadLimits limits;
        limits.max_cell_bytes = 10;
        const std::string path = dir.zip("long.xlsx", standard_xlsx());
        CHECK(read_failure(path, limits).message.rfind(path + ": xl/sharedStrings.xml:", 0) == 0);
    }
    SECTION("too many cells for the limit") {
        ReadLimits limits;
        limits.max_cells = 8;
        const std::string path = dir.zip("cells.xlsx", standard_xlsx());
        CHECK(read_failure(path, limits).message.find("more than 8 cells") != std::string::npos);
    }
}

// ---- DOCX -----------------------------------------------------------------------------------------

TEST_CASE("DOCX: tables, merged cells, nested tables, tabs and breaks", "[sources]") {
    TempDir dir;
    const std::string path = dir.zip("social-care.docx", docx_members(kDocument));
    const auto tables = model::read_source_tables(path);
    REQUIRE(tables.size() == 2);  // table 2 has a single row

    const SourceTable& t1 = tables[0];
    CHECK(t1.name == "table 1");
    CHECK(t1.headers == Strings{"Date", "Event", "Source"});
    CHECK(t1.header_at.describe() == path + " [table 1] row 1");
    REQUIRE(t1.rows.size() == 2);
    CHECK(row_cells(t1, 0) == Strings{"22/05/2016", "Home visit", ""});  // gridSpan: text in the first column
    CHECK(row_cells(t1, 1) == Strings{"23/05/2016", "Line one\nLine two \nPara\ttabbed", "GP notes"});
    CHECK(t1.rows[1].where.describe() == path + " [table 1] row 3");

    const SourceTable& t3 = tables[1];
    CHECK(t3.name == "table 3");  // numbered as in the document, skipped tables included
    CHECK(t3.header_at.row == 2);  // the merged title row is dropped
    CHECK(t3.headers == Strings{"Date", "Event"});
    REQUIRE(t3.rows.size() == 2);
    CHECK(row_cells(t3, 0) == Strings{"24/05/2016", "Strategy meeting\nAttendee\tRole\nDS Smith\tPolice\nAgreed S47"});
    CHECK(row_cells(t3, 1) == Strings{"", "Follow-up!"});  // vMerge continuation: empty, not repeated
    CHECK(t3.rows[1].where.row == 4);
}

TEST_CASE("DOCX: a document without tables gives no tables, and gridBefore shifts cells", "[sources]") {
    TempDir dir;
    CHECK(model::read_source_tables(dir.zip("letter.docx", docx_members(kXmlDecl + "<w:document xmlns:w=\"" + kWordNs +
                                                                           "\"><w:body><w:p><w:r><w:t>Dear</w:t></w:r></w:p></w:body></w:document>")))
              .empty());
    const std::string doc = kXmlDecl + "<w:document xmlns:w=\"" + kWordNs + "\"><w:body><w:tbl>" +
                            R"(<w:tr><w:tc><w:p><w:r><w:t>A</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>B</w:t></w:r></w:p></w:tc></w:tr>)"
                            R"(<w:tr><w:trPr><w:gridBefore w:val="1"/></w:trPr><w:tc><w:p><w:r><w:t>b only</w:t></w:r></w:p></w:tc></w:tr>)"
                            "</w:tbl></w:body></w:document>";
    const auto tables = model::read_source_tables(dir.zip("shifted.docx", docx_members(doc)));
    REQUIRE(tables.size() == 1);
    CHECK(row_cells(tables[0], 0) == Strings{"", "b only"});
}

// ---- Sniffing -------------------------------------------------------------------------------------

TEST_CASE("the format comes from the content, not the extension", "[sources]") {
    TempDir dir;
    CHECK(model::read_source_tables(dir.zip("really-a-workbook.csv", standard_xlsx())).size() == 2);
    CHECK(model::read_source_tables(dir.zip("really-a-document.xlsx", docx_members(kDocument))).size() == 2);
    CHECK(model::read_source_tables(dir.write("text.xlsx", "A,B\n1,2\n")).at(0).headers == Strings{"A", "B"});

    const std::string other = dir.zip("photos.zip", {{"photo.txt", "hello"}});
    CHECK(read_failure(other).message == other + " is a ZIP file but neither a spreadsheet (xlsx) nor a Word document (docx)");
    const std::string xls = dir.write("old.xls", std::string("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + std::string(504, '\0'));
    CHECK(read_failure(xls).message.find("save it as .xlsx/.docx (or CSV) first") != std::string::npos);
    CHECK(read_failure(xls).message.rfind(xls, 0) == 0);
    const std::string pdf = dir.write("report.pdf", "%PDF-1.7\n...");
    CHECK(read_failure(pdf).message.find("PDF") != std::string::npos);
    const std::string html = dir.write("export.xls", "<html><body><table><tr><td>A</td></tr></table></body></html>");
    CHECK(read_failure(html).message.find("save it as .xlsx") != std::string::npos);
    CHECK(read_failure(dir.path("")).message.find("it is a folder") != std::string::npos);
}

// ---- Hostile files --------------------------------------------------------------------------------

TEST_CASE("hostile: a ZIP bomb is refused by the ratio cap, early", "[sources]") {
    TempDir dir;
    // 50 MB of repeated empty rows deflates about 1000:1.
    std::string bomb = kXmlDecl + "<worksheet xmlns=\"" + kMainNs + "\"><sheetData>";
    bomb.reserve(50u << 20);
    while (bomb.size() < (50u << 20)) bomb += "<row/>";
    bomb += "</sheetData></worksheet>";
    auto members = standard_xlsx();
    members = with_member(members, "xl/worksheets/sheet1.xml", bomb);
    const std::string path = dir.zip("health.xlsx", members);
    CHECK(fs::file_size(path) < (1u << 20));
    CHECK(read_failure(path).message == path + ": xl/worksheets/sheet1.xml expands more than 200 times (ZIP bomb?)");

    // The same member straight through ZipArchive: zeros, the classic bomb.
    const std::string zeros_path = dir.zip("zeros.zip", {{"zeros.bin", std::string(50u << 20, '\0')}});
    auto zip = model::sources::ZipArchive::open(zeros_path, ReadLimits{});
    const Failure f = failure_of([&] { zip.read("zeros.bin", std::size_t(1) << 40); });
    CHECK(f.message == zeros_path + ": zeros.bin expands more than 200 times (ZIP bomb?)");
    CHECK(zip.total_read() < (12u << 20));  // stopped early, not after 50 MB
}

TEST_CASE("hostile: the per-member and whole-archive caps", "[sources]") {
    TempDir dir;
    const std::string path = dir.zip("health.xlsx", standard_xlsx());
    ReadLimits limits;
    limits.max_uncompressed_bytes = 3000;
    CHECK(read_failure(path, limits).message.rfind(path + ": expands to more than 3000 bytes (while reading ", 0) == 0);

    auto zip = model::sources::ZipArchive::open(path, ReadLimits{});
    const Failure f = failure_of([&] { zip.read("xl/styles.xml", 100); });
    CHECK(f.message == path + ": xl/styles.xml is larger than 100 bytes");
    CHECK(zip.read("xl/workbook.xml", 1u << 20).find("<sheets>") != std::string::npos);
    CHECK(zip.has("XL/WORKBOOK.XML"));  // OPC part names ignore case
}

TEST_CASE("hostile: DOCTYPE, billion laughs and XXE are refused before any expansion", "[sources]") {
    TempDir dir;
    const std::string laughs = R"(<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;"><!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">]>
<sst xmlns=")" + kMainNs + R"(" count="1" uniqueCount="1"><si><t>&lol4;</t></si></sst>)";
    std::string path = dir.zip("health.xlsx", with_member(standard_xlsx(), "xl/sharedStrings.xml", laughs));
    CHECK(read_failure(path).message == path + ": xl/sharedStrings.xml:2: DOCTYPE is not allowed");

    const std::string xxe = kXmlDecl + "\n<!-- a comment first -->\n<!DOCTYPE w:document [<!ENTITY secret SYSTEM \"file:///etc/passwd\">]>\n"
                            "<w:document xmlns:w=\"" + kWordNs + "\"><w:body><w:tbl><w:tr><w:tc><w:p><w:r><w:t>&secret;</w:t></w:r></w:p></w:tc></w:tr>"
                            "<w:tr><w:tc><w:p><w:r><w:t>&secret;</w:t></w:r></w:p></w:tc></w:tr></w:tbl></w:body></w:document>";
    path = dir.zip("social-care.docx", docx_members(xxe));
    Failure f = read_failure(path);
    CHECK(f.message == path + ": word/document.xml:3: DOCTYPE is not allowed");
    CHECK(f.message.find("root:") == std::string::npos);

    // An external DTD with no internal subset, in a worksheet.
    path = dir.zip("dtd.xlsx", with_member(standard_xlsx(), "xl/worksheets/sheet1.xml",
                                           "<!DOCTYPE worksheet SYSTEM \"http://example.invalid/x.dtd\"><worksheet/>"));
    CHECK(read_failure(path).message == path + ": xl/worksheets/sheet1.xml:1: DOCTYPE is not allowed");

    // UTF-16 slips past the byte watch; the reader's DOCTYPE node is refused all the same.
    const std::string utf8 = "<?xml version=\"1.0\" encoding=\"UTF-16\"?>\n<!DOCTYPE sst [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>\n"
                             "<sst xmlns=\"" + kMainNs + "\"><si><t>&e;</t></si></sst>";
    std::string utf16 = "\xFF\xFE";
    for (char c : utf8) {
        utf16 += c;
        utf16 += '\0';
    }
    path = dir.zip("utf16.xlsx", with_member(standard_xlsx(), "xl/sharedStrings.xml", utf16));
    f = read_failure(path);
    CHECK(f.message.rfind(path + ": xl/sharedStrings.xml:", 0) == 0);
    CHECK(f.message.find("DOCTYPE is not allowed") != std::string::npos);
    CHECK(f.message.find("root:") == std::string::npos);

    // An undeclared entity reference is simply malformed.
    path = dir.zip("entity.docx", docx_members(kXmlDecl + "<w:document xmlns:w=\"" + kWordNs + "\"><w:body><w:p><w:r><w:t>&x;</w:t></w:r></w:p></w:body></w:document>"));
    CHECK(read_failure(path).message.rfind(path + ": word/document.xml:1: ", 0) == 0);
}

TEST_CASE("hostile: truncated and corrupt archives", "[sources]") {
    TempDir dir;
    const std::string good = dir.zip("good.xlsx", standard_xlsx());
    std::ifstream in(good, std::ios::binary);
    const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());

    const std::string truncated = dir.write("truncated.xlsx", bytes.substr(0, bytes.size() / 2));
    CHECK(read_failure(truncated).message == truncated + ": not a valid ZIP file (truncated or damaged?)");

    // Damage the deflated data of the first sheet, leaving the directory intact.
    auto members = standard_xlsx();
    std::string sheet;
    for (const auto& [name, content] : members)
        if (name == "xl/worksheets/sheet1.xml") sheet = content;
    const std::string stored = dir.zip("stored.xlsx", members, true);
    std::ifstream sin(stored, std::ios::binary);
    std::string raw((std::istreambuf_iterator<char>(sin)), std::istreambuf_iterator<char>());
    const std::size_t at = raw.find("<row r=\"3\">");
    REQUIRE(at != std::string::npos);
    raw[at + 1] = 'X';  // the CRC no longer matches
    const std::string corrupt = dir.write("corrupt.xlsx", raw);
    const Failure f = read_failure(corrupt);
    CHECK(f.message.rfind(corrupt + ": xl/worksheets/sheet1.xml", 0) == 0);

    const std::string junk = dir.write("junk.docx", "PK\x03\x04 and then nothing useful at all");
    CHECK(read_failure(junk).message.rfind(junk + ": ", 0) == 0);
}
