// SPDX-License-Identifier: MIT
// Every shipped template renders in every format, and each format holds what a reader needs: the
// headings, the recommendations numbered in document order, the action plan as a table, page numbers,
// a cover page. Packages are opened and read back, not just checked for existence.
#include "model/pathway/safe_xml.h"
#include "report_fixture.h"

using namespace report_testing;
using model::ReportFormat;

namespace {

/// Parses an HTML or XML output back with the (safe) XML parser: it must be well-formed. The HTML5
/// doctype is the one thing an XML parser refuses, so it is dropped first.
model::xml::XmlDocument parse_back(std::string text, const std::string& what) {
    const std::string doctype = "<!DOCTYPE html>";
    if (text.compare(0, doctype.size(), doctype) == 0) text.erase(0, doctype.size());
    model::xml::ParseOptions options;
    options.max_bytes = 256u << 20;
    options.drop_blank_text = false;
    return model::xml::parse_xml(text, what, nullptr, options);
}

/// Positions of each text in `haystack`, which must all be present.
std::vector<std::size_t> positions(const std::string& haystack, const std::vector<std::string>& needles) {
    std::vector<std::size_t> out;
    for (const auto& n : needles) {
        const std::size_t at = haystack.find(n);
        INFO(n);
        REQUIRE(at != std::string::npos);
        out.push_back(at);
    }
    return out;
}

}  // namespace

TEST_CASE("The seven shipped templates are listed with their titles, board-progress is board-wide", "[report]") {
    const auto templates = model::list_report_templates();
    std::vector<std::string> names;
    for (const auto& t : templates) {
        names.push_back(t.name);
        CHECK(!t.title.empty());
        CHECK(t.board_wide == (t.name == "board-progress"));
    }
    CHECK(names == std::vector<std::string>{"action-plan", "board-progress", "board-response", "final-report",
                                            "learning-briefing", "panel-submission", "terms-of-reference"});
}

TEST_CASE("Every template renders in every format for a demo review", "[report]") {
    const DemoReview demo = demo_review();
    for (const auto& t : model::list_report_templates()) {
        for (ReportFormat format : {ReportFormat::Html, ReportFormat::Docx, ReportFormat::Odt, ReportFormat::Xml}) {
            INFO(t.name << " as " << model::format_id(format));
            const auto report = render(*demo.board, demo.ref, t.name, format);
            CHECK(report.template_name == t.name);
            if (format == ReportFormat::Html || format == ReportFormat::Xml) {
                const auto doc = parse_back(report.bytes, t.name);
                CHECK(doc.root.name == (format == ReportFormat::Html ? "html" : "document"));
            } else {
                REQUIRE(report.bytes.compare(0, 2, "PK") == 0);
                const std::string body = member(report.bytes, format == ReportFormat::Docx ? "word/document.xml" : "content.xml");
                CHECK_NOTHROW(parse_back(body, t.name + " body"));
                CHECK(body.find(format == ReportFormat::Docx ? "Heading1" : "Heading_20_1") != std::string::npos);
            }
        }
    }
}

TEST_CASE("DOCX: styles, a cover then a page break, numbered recommendations in order, the action plan table, page numbers", "[report]") {
    const DemoReview demo = demo_review();
    const auto report = render(*demo.board, demo.ref, "final-report", ReportFormat::Docx);
    const std::string doc = member(report.bytes, "word/document.xml");
    const std::string styles = member(report.bytes, "word/styles.xml");
    const std::string numbering = member(report.bytes, "word/numbering.xml");
    const std::string footer = member(report.bytes, "word/footer1.xml");

    for (const char* part : {"[Content_Types].xml", "_rels/.rels", "docProps/core.xml", "docProps/app.xml", "word/_rels/document.xml.rels", "word/settings.xml"})
        CHECK(!member(report.bytes, part).empty());
    for (const char* style : {"w:styleId=\"Title\"", "w:styleId=\"Heading1\"", "w:styleId=\"Heading2\"", "w:styleId=\"Heading3\""})
        CHECK(styles.find(style) != std::string::npos);

    // The cover: the title paragraph, then a page break before the first heading.
    const std::size_t title = doc.find("<w:pStyle w:val=\"Title\"/>");
    const std::size_t page_break = doc.find("<w:br w:type=\"page\"/>");
    const std::size_t first_heading = doc.find("<w:pStyle w:val=\"Heading1\"/>");
    REQUIRE(title != std::string::npos);
    CHECK(title < page_break);
    CHECK(page_break < first_heading);
    CHECK(doc.find("<w:titlePg/>") != std::string::npos);

    // Recommendations: a decimal numbering instance, items in the order they were recorded.
    auto where = positions(doc, recommendation_texts());
    CHECK(std::is_sorted(where.begin(), where.end()));
    const std::size_t item = doc.rfind("<w:numId w:val=\"", where[0]);
    REQUIRE(item != std::string::npos);
    const std::string num_id = doc.substr(item + 16, doc.find('"', item + 16) - item - 16);
    CHECK(numbering.find("<w:num w:numId=\"" + num_id + "\"><w:abstractNumId w:val=\"1\"/>") != std::string::npos);
    CHECK(numbering.find("<w:abstractNumId w:val=\"1\"/>") != std::string::npos);
    CHECK(numbering.find("<w:numFmt w:val=\"decimal\"/>") != std::string::npos);

    // The action plan: a bordered table whose header row repeats, holding every action.
    const std::size_t action = doc.find("Action plan step 1a");
    REQUIRE(action != std::string::npos);
    const std::size_t table = doc.rfind("<w:tbl>", action);
    REQUIRE(table != std::string::npos);
    const std::string head = doc.substr(table, action - table);
    CHECK(head.find("<w:tblHeader/>") != std::string::npos);
    CHECK(head.find("<w:insideH w:val=\"single\"") != std::string::npos);
    CHECK(head.find(">Owner<") != std::string::npos);
    CHECK(count(doc, "Action plan step ") == 8);

    // The footer: "Page X of Y" as fields.
    CHECK(footer.find(" PAGE ") != std::string::npos);
    CHECK(footer.find(" NUMPAGES ") != std::string::npos);
    CHECK(footer.find("Page ") != std::string::npos);
    // The logo is embedded.
    CHECK(!member(report.bytes, "word/media/image1.png").empty());
}

TEST_CASE("ODT: mimetype first and stored, manifest, numbered list, repeated table header, page-number footer", "[report]") {
    const DemoReview demo = demo_review();
    const auto report = render(*demo.board, demo.ref, "final-report", ReportFormat::Odt);
    const std::string& b = report.bytes;
    // Local file header of the first member: signature, method 0 (stored), name "mimetype", no extra
    // field, then the media type itself, so that the type is readable at byte 38.
    REQUIRE(b.size() > 80);
    CHECK(b.compare(0, 4, "PK\x03\x04") == 0);
    CHECK(b[8] == 0);
    CHECK(b[9] == 0);
    CHECK(b[28] == 0);
    CHECK(b[29] == 0);
    CHECK(b.compare(30, 8, "mimetype") == 0);
    CHECK(b.compare(38, 39, "application/vnd.oasis.opendocument.text") == 0);

    const std::string manifest = member(b, "META-INF/manifest.xml");
    CHECK(manifest.find("manifest:full-path=\"content.xml\"") != std::string::npos);
    CHECK(manifest.find("Pictures/image1.png") != std::string::npos);
    const std::string content = member(b, "content.xml");
    const std::string styles = member(b, "styles.xml");
    CHECK(content.find("<text:h text:style-name=\"Heading_20_1\" text:outline-level=\"1\">1. Introduction</text:h>") != std::string::npos);
    auto where = positions(content, recommendation_texts());
    CHECK(std::is_sorted(where.begin(), where.end()));
    CHECK(content.rfind("<text:list text:style-name=\"Numbering_20_123\">", where[0]) != std::string::npos);
    const std::size_t action = content.find("Action plan step 4b");
    REQUIRE(action != std::string::npos);
    CHECK(content.rfind("<table:table-header-rows>", action) > content.rfind("<table:table ", action));
    CHECK(styles.find("<text:page-number") != std::string::npos);
    CHECK(styles.find("<text:page-count") != std::string::npos);
    CHECK(styles.find("style:name=\"Title\"") != std::string::npos);
}

TEST_CASE("HTML is self-contained, with print CSS, and XML carries the document structure", "[report]") {
    const DemoReview demo = demo_review();
    const auto html = render(*demo.board, demo.ref, "final-report", ReportFormat::Html);
    CHECK(html.bytes.find("@page") != std::string::npos);
    CHECK(html.bytes.find("counter(pages)") != std::string::npos);
    CHECK(html.bytes.find("src=\"data:image/png;base64,") != std::string::npos);
    CHECK(html.bytes.find("src=\"http") == std::string::npos);
    auto where = positions(html.bytes, recommendation_texts());
    CHECK(std::is_sorted(where.begin(), where.end()));
    CHECK(html.bytes.rfind("<ol>", where[0]) != std::string::npos);

    const auto xml = render(*demo.board, demo.ref, "final-report", ReportFormat::Xml);
    const auto doc = parse_back(xml.bytes, "final-report.xml");
    int numbered = 0, tables = 0;
    for (const auto* e : doc.root.elements()) {
        if (e->name == "list" && e->attribute_or("numbered", "") == "true") ++numbered;
        if (e->name == "table") ++tables;
    }
    CHECK(numbered >= 2);  // key lines of enquiry and the recommendations
    CHECK(tables >= 5);
    CHECK(doc.root.child("cover") != nullptr);
}

TEST_CASE("Text is escaped for every format: markup characters and control characters in data", "[report]") {
    auto board = model::Board::open(":memory:", model::PathwayLibrary::load_default());
    board->set_actor("tester");
    const std::string ref = board->add_review({"cspr-england", "Injury <b>&amp; \"neglect\"</b> \x01\x07 of a baby", d("2026-01-05"), "Child & Co"});
    for (ReportFormat format : {ReportFormat::Html, ReportFormat::Docx, ReportFormat::Odt, ReportFormat::Xml}) {
        INFO(model::format_id(format));
        const auto report = render(*board, ref, "terms-of-reference", format);
        std::string text = report.bytes;
        if (format == ReportFormat::Docx) text = member(report.bytes, "word/document.xml");
        if (format == ReportFormat::Odt) text = member(report.bytes, "content.xml");
        CHECK_NOTHROW(parse_back(text, "escaped"));
        CHECK(text.find("Injury &lt;b&gt;&amp;amp; &quot;neglect&quot;&lt;/b&gt;  of a baby") != std::string::npos);
        CHECK(text.find('\x01') == std::string::npos);
    }
}

TEST_CASE("The board-wide progress report needs no review and lists every review", "[report]") {
    const DemoReview demo = demo_review();
    const auto report = render(*demo.board, "", "board-progress", ReportFormat::Xml);
    for (const auto& r : demo.board->list_reviews()) CHECK(report.bytes.find(r.ref) != std::string::npos);
    CHECK(report.bytes.find("Action plan step 1a") != std::string::npos);
    // A per-review template without a review is refused.
    CHECK_THROWS_WITH(render(*demo.board, "", "final-report", ReportFormat::Xml), Catch::Contains("reports on one review"));
}
