// SPDX-License-Identifier: MIT
// ODF 1.2, with LibreOffice's own names for the common styles (Heading_20_1 shown as "Heading 1") so
// that the document's navigator, outline numbering and table of contents work as users expect.
#include "model/reports/odt_parts.h"

namespace model::report::odt {

const char* const kNamespaces =
    " xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
    " xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\""
    " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\""
    " xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\""
    " xmlns:draw=\"urn:oasis:names:tc:opendocument:xmlns:drawing:1.0\""
    " xmlns:fo=\"urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0\""
    " xmlns:xlink=\"http://www.w3.org/1999/xlink\""
    " xmlns:dc=\"http://purl.org/dc/elements/1.1/\""
    " xmlns:meta=\"urn:oasis:names:tc:opendocument:xmlns:meta:1.0\""
    " xmlns:svg=\"urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0\""
    " office:version=\"1.2\"";

namespace {

const char* const kXmlDecl = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";

std::string paragraph_style(const char* name, const char* display, const char* paragraph, const char* text,
                            const char* extra = "") {
    return std::string("<style:style style:name=\"") + name + "\" style:display-name=\"" + display +
           "\" style:family=\"paragraph\" style:parent-style-name=\"Standard\"" + extra + "><style:paragraph-properties " +
           paragraph + "/><style:text-properties " + text + "/></style:style>";
}

std::string heading(int level, const char* size, const char* colour, const char* before) {
    const std::string n = std::to_string(level);
    const std::string name = "Heading_20_" + n, display = "Heading " + n;
    const std::string para = std::string("fo:margin-top=\"") + before + "\" fo:margin-bottom=\"0.2cm\" fo:keep-with-next=\"always\"";
    const std::string text = std::string("fo:font-size=\"") + size + "\" fo:font-weight=\"bold\" fo:color=\"" + colour + "\"";
    const std::string extra = " style:next-style-name=\"Standard\" style:default-outline-level=\"" + n + "\" style:class=\"text\"";
    return paragraph_style(name.c_str(), display.c_str(), para.c_str(), text.c_str(), extra.c_str());
}

}  // namespace

std::string styles_xml(const std::string& escaped_footer, const std::string& escaped_marking) {
    const std::string width = "17cm";  // kTextWidthCm
    std::string s = kXmlDecl;
    s += "<office:document-styles";
    s += kNamespaces;
    s += "><office:font-face-decls><style:font-face style:name=\"Arial\" svg:font-family=\"Arial\" style:font-family-generic=\"swiss\"/>"
         "</office:font-face-decls><office:styles>";
    s += "<style:default-style style:family=\"paragraph\"><style:paragraph-properties fo:margin-top=\"0cm\" fo:margin-bottom=\"0.21cm\" fo:line-height=\"115%\"/>"
         "<style:text-properties style:font-name=\"Arial\" fo:font-size=\"11pt\" fo:language=\"en\" fo:country=\"GB\"/></style:default-style>";
    s += "<style:style style:name=\"Standard\" style:family=\"paragraph\" style:class=\"text\"/>";
    s += paragraph_style("Title", "Title", "fo:margin-top=\"4cm\" fo:margin-bottom=\"0.4cm\"", "fo:font-size=\"26pt\" fo:font-weight=\"bold\" fo:color=\"#1f3864\"", " style:class=\"chapter\"");
    s += paragraph_style("Subtitle", "Subtitle", "fo:margin-bottom=\"1.2cm\"", "fo:font-size=\"15pt\" fo:color=\"#404040\"", " style:class=\"chapter\"");
    s += heading(1, "16pt", "#1f3864", "0.6cm") + heading(2, "13pt", "#1f3864", "0.45cm") + heading(3, "11.5pt", "#2f5496", "0.35cm");
    s += paragraph_style("Note", "Note", "fo:margin-bottom=\"0.21cm\"", "fo:font-style=\"italic\" fo:color=\"#5a5a5a\"");
    s += paragraph_style("Quotations", "Quotations", "fo:margin-left=\"1.25cm\"", "fo:font-style=\"italic\"");
    s += paragraph_style("Marking", "Protective Marking", "fo:text-align=\"center\"", "fo:font-size=\"10pt\" fo:font-weight=\"bold\" fo:color=\"#7f0000\"");
    s += paragraph_style("Cover_20_Line", "Cover Line", "fo:margin-bottom=\"0.14cm\"", "fo:font-size=\"12pt\"");
    s += paragraph_style("Table_20_Contents", "Table Contents", "fo:margin-top=\"0.03cm\" fo:margin-bottom=\"0.03cm\" fo:line-height=\"100%\"", "fo:font-size=\"8.5pt\"", " style:class=\"extra\"");
    s += paragraph_style("Table_20_Heading", "Table Heading", "fo:margin-top=\"0.03cm\" fo:margin-bottom=\"0.03cm\" fo:line-height=\"100%\"", "fo:font-size=\"8.5pt\" fo:font-weight=\"bold\"", " style:class=\"extra\"");
    s += paragraph_style("List_20_Paragraph", "List Paragraph", "fo:margin-bottom=\"0.14cm\"", "fo:font-size=\"11pt\"", " style:class=\"list\"");
    s += "<style:style style:name=\"Header\" style:family=\"paragraph\" style:parent-style-name=\"Standard\" style:class=\"extra\">"
         "<style:paragraph-properties fo:text-align=\"center\"/><style:text-properties fo:font-size=\"9pt\" fo:font-weight=\"bold\" fo:color=\"#7f0000\"/></style:style>";
    s += "<style:style style:name=\"Footer\" style:family=\"paragraph\" style:parent-style-name=\"Standard\" style:class=\"extra\">"
         "<style:paragraph-properties><style:tab-stops><style:tab-stop style:position=\"" + width +
         "\" style:type=\"right\"/></style:tab-stops></style:paragraph-properties><style:text-properties fo:font-size=\"9pt\" fo:color=\"#5a5a5a\"/></style:style>";
    s += "<text:list-style style:name=\"Numbering_20_123\" style:display-name=\"Numbering 123\"><text:list-level-style-number text:level=\"1\" style:num-suffix=\".\" style:num-format=\"1\">"
         "<style:list-level-properties text:list-level-position-and-space-mode=\"label-alignment\"><style:list-level-label-alignment text:label-followed-by=\"listtab\""
         " text:list-tab-stop-position=\"1cm\" fo:text-indent=\"-1cm\" fo:margin-left=\"1cm\"/></style:list-level-properties></text:list-level-style-number></text:list-style>";
    s += "<text:list-style style:name=\"List_20_1\" style:display-name=\"List 1\"><text:list-level-style-bullet text:level=\"1\" text:bullet-char=\"\xE2\x80\xA2\">"
         "<style:list-level-properties text:list-level-position-and-space-mode=\"label-alignment\"><style:list-level-label-alignment text:label-followed-by=\"listtab\""
         " text:list-tab-stop-position=\"1cm\" fo:text-indent=\"-0.5cm\" fo:margin-left=\"1cm\"/></style:list-level-properties></text:list-level-style-bullet></text:list-style>";
    s += "</office:styles><office:automatic-styles><style:page-layout style:name=\"pm1\"><style:page-layout-properties fo:page-width=\"21cm\""
         " fo:page-height=\"29.7cm\" style:print-orientation=\"portrait\" fo:margin-top=\"1.2cm\" fo:margin-bottom=\"1.2cm\" fo:margin-left=\"2cm\" fo:margin-right=\"2cm\"/>"
         "<style:header-style><style:header-footer-properties fo:min-height=\"0.5cm\" fo:margin-bottom=\"0.3cm\"/></style:header-style>"
         "<style:footer-style><style:header-footer-properties fo:min-height=\"0.5cm\" fo:margin-top=\"0.4cm\"/></style:footer-style></style:page-layout>"
         "</office:automatic-styles><office:master-styles><style:master-page style:name=\"Standard\" style:page-layout-name=\"pm1\">";
    if (!escaped_marking.empty()) s += "<style:header><text:p text:style-name=\"Header\">" + escaped_marking + "</text:p></style:header>";
    s += "<style:footer><text:p text:style-name=\"Footer\">" + escaped_footer +
         "<text:tab/>Page <text:page-number text:select-page=\"current\">1</text:page-number> of <text:page-count>1</text:page-count></text:p></style:footer>";
    s += "</style:master-page></office:master-styles></office:document-styles>";
    return s;
}

std::string meta_xml(const std::string& escaped_title) {
    return std::string(kXmlDecl) + "<office:document-meta" + kNamespaces + "><office:meta><meta:generator>Case Review Manager</meta:generator>"
           "<dc:title>" + escaped_title + "</dc:title><dc:language>en-GB</dc:language></office:meta></office:document-meta>";
}

std::string manifest_xml(const std::vector<std::pair<std::string, std::string>>& pictures) {
    std::string s = std::string(kXmlDecl) +
                    "<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\" manifest:version=\"1.2\">"
                    "<manifest:file-entry manifest:full-path=\"/\" manifest:version=\"1.2\" manifest:media-type=\"application/vnd.oasis.opendocument.text\"/>"
                    "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>"
                    "<manifest:file-entry manifest:full-path=\"styles.xml\" manifest:media-type=\"text/xml\"/>"
                    "<manifest:file-entry manifest:full-path=\"meta.xml\" manifest:media-type=\"text/xml\"/>";
    for (const auto& [path, type] : pictures)
        s += "<manifest:file-entry manifest:full-path=\"" + path + "\" manifest:media-type=\"" + type + "\"/>";
    return s + "</manifest:manifest>";
}

}  // namespace model::report::odt
