// SPDX-License-Identifier: MIT
// Standard OOXML only (ECMA-376 transitional, as Word 2013+ writes it) so that Word and LibreOffice
// agree on the result. Built-in style ids (Title, Heading1…) so that a reader's navigation pane and
// table of contents work.
#include "model/reports/docx_parts.h"

namespace model::report::docx {

const char* const kNamespaces =
    " xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\""
    " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\""
    " xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\""
    " xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\""
    " xmlns:pic=\"http://schemas.openxmlformats.org/drawingml/2006/picture\"";

namespace {

const char* const kXmlDecl = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";

std::string heading_style(int level, int size, const char* colour, int before) {
    const std::string n = std::to_string(level);
    return "<w:style w:type=\"paragraph\" w:styleId=\"Heading" + n + "\"><w:name w:val=\"heading " + n +
           "\"/><w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normal\"/><w:uiPriority w:val=\"9\"/><w:qFormat/>"
           "<w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before=\"" + std::to_string(before) +
           "\" w:after=\"120\"/><w:outlineLvl w:val=\"" + std::to_string(level - 1) + "\"/></w:pPr>"
           "<w:rPr><w:b/><w:color w:val=\"" + colour + "\"/><w:sz w:val=\"" + std::to_string(size) +
           "\"/><w:szCs w:val=\"" + std::to_string(size) + "\"/></w:rPr></w:style>";
}

}  // namespace

std::string styles_xml() {
    std::string s = kXmlDecl;
    s += "<w:styles xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">";
    s += "<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii=\"Arial\" w:hAnsi=\"Arial\" w:eastAsia=\"Arial\" w:cs=\"Arial\"/>"
         "<w:sz w:val=\"22\"/><w:szCs w:val=\"22\"/><w:lang w:val=\"en-GB\" w:eastAsia=\"en-GB\" w:bidi=\"ar-SA\"/></w:rPr></w:rPrDefault>"
         "<w:pPrDefault><w:pPr><w:spacing w:after=\"120\" w:line=\"264\" w:lineRule=\"auto\"/></w:pPr></w:pPrDefault></w:docDefaults>";
    s += "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/><w:qFormat/></w:style>";
    s += "<w:style w:type=\"character\" w:default=\"1\" w:styleId=\"DefaultParagraphFont\"><w:name w:val=\"Default Paragraph Font\"/><w:uiPriority w:val=\"1\"/><w:semiHidden/></w:style>";
    s += "<w:style w:type=\"table\" w:default=\"1\" w:styleId=\"TableNormal\"><w:name w:val=\"Normal Table\"/><w:semiHidden/>"
         "<w:tblPr><w:tblInd w:w=\"0\" w:type=\"dxa\"/><w:tblCellMar><w:top w:w=\"0\" w:type=\"dxa\"/><w:left w:w=\"108\" w:type=\"dxa\"/>"
         "<w:bottom w:w=\"0\" w:type=\"dxa\"/><w:right w:w=\"108\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr></w:style>";
    s += "<w:style w:type=\"numbering\" w:default=\"1\" w:styleId=\"NoList\"><w:name w:val=\"No List\"/><w:semiHidden/></w:style>";
    s += "<w:style w:type=\"paragraph\" w:styleId=\"Title\"><w:name w:val=\"Title\"/><w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normal\"/><w:qFormat/>"
         "<w:pPr><w:spacing w:before=\"2400\" w:after=\"240\"/></w:pPr><w:rPr><w:b/><w:color w:val=\"1F3864\"/><w:sz w:val=\"52\"/><w:szCs w:val=\"52\"/></w:rPr></w:style>";
    s += "<w:style w:type=\"paragraph\" w:styleId=\"Subtitle\"><w:name w:val=\"Subtitle\"/><w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normal\"/><w:qFormat/>"
         "<w:pPr><w:spacing w:after=\"720\"/></w:pPr><w:rPr><w:color w:val=\"404040\"/><w:sz w:val=\"30\"/><w:szCs w:val=\"30\"/></w:rPr></w:style>";
    s += heading_style(1, 32, "1F3864", 360) + heading_style(2, 26, "1F3864", 240) + heading_style(3, 23, "2F5496", 200);
    s += "<w:style w:type=\"paragraph\" w:styleId=\"ListParagraph\"><w:name w:val=\"List Paragraph\"/><w:basedOn w:val=\"Normal\"/><w:qFormat/>"
         "<w:pPr><w:ind w:left=\"567\"/></w:pPr></w:style>";
    s += "<w:style w:type=\"paragraph\" w:customStyle=\"1\" w:styleId=\"TableText\"><w:name w:val=\"Table Text\"/><w:basedOn w:val=\"Normal\"/>"
         "<w:pPr><w:spacing w:before=\"20\" w:after=\"20\" w:line=\"240\" w:lineRule=\"auto\"/></w:pPr><w:rPr><w:sz w:val=\"17\"/><w:szCs w:val=\"17\"/></w:rPr></w:style>";
    s += "<w:style w:type=\"paragraph\" w:customStyle=\"1\" w:styleId=\"Note\"><w:name w:val=\"Note\"/><w:basedOn w:val=\"Normal\"/>"
         "<w:rPr><w:i/><w:color w:val=\"5A5A5A\"/></w:rPr></w:style>";
    s += "<w:style w:type=\"paragraph\" w:styleId=\"Quote\"><w:name w:val=\"Quote\"/><w:basedOn w:val=\"Normal\"/><w:qFormat/>"
         "<w:pPr><w:ind w:left=\"720\"/></w:pPr><w:rPr><w:i/></w:rPr></w:style>";
    s += "<w:style w:type=\"paragraph\" w:customStyle=\"1\" w:styleId=\"Marking\"><w:name w:val=\"Protective Marking\"/><w:basedOn w:val=\"Normal\"/>"
         "<w:pPr><w:jc w:val=\"center\"/></w:pPr><w:rPr><w:b/><w:color w:val=\"7F0000\"/><w:sz w:val=\"20\"/></w:rPr></w:style>";
    s += "<w:style w:type=\"paragraph\" w:customStyle=\"1\" w:styleId=\"CoverLine\"><w:name w:val=\"Cover Line\"/><w:basedOn w:val=\"Normal\"/>"
         "<w:pPr><w:spacing w:after=\"80\"/></w:pPr><w:rPr><w:sz w:val=\"24\"/></w:rPr></w:style>";
    s += "<w:style w:type=\"paragraph\" w:styleId=\"Header\"><w:name w:val=\"header\"/><w:basedOn w:val=\"Normal\"/>"
         "<w:pPr><w:spacing w:after=\"0\"/><w:jc w:val=\"center\"/></w:pPr><w:rPr><w:sz w:val=\"18\"/></w:rPr></w:style>";
    s += "<w:style w:type=\"paragraph\" w:styleId=\"Footer\"><w:name w:val=\"footer\"/><w:basedOn w:val=\"Normal\"/>"
         "<w:pPr><w:tabs><w:tab w:val=\"right\" w:pos=\"" + std::to_string(kTextWidthTwips) + "\"/></w:tabs><w:spacing w:after=\"0\"/></w:pPr>"
         "<w:rPr><w:color w:val=\"5A5A5A\"/><w:sz w:val=\"18\"/></w:rPr></w:style>";
    s += "</w:styles>";
    return s;
}

std::string settings_xml() {
    return std::string(kXmlDecl) +
           "<w:settings xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
           "<w:defaultTabStop w:val=\"720\"/><w:characterSpacingControl w:val=\"doNotCompress\"/>"
           "<w:compat><w:compatSetting w:name=\"compatibilityMode\" w:uri=\"http://schemas.microsoft.com/office/word\" w:val=\"15\"/></w:compat>"
           "</w:settings>";
}

std::string document_rels(const std::string& image_rels, bool has_header) {
    const std::string t = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
    std::string s = std::string(kXmlDecl) + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">";
    s += "<Relationship Id=\"rIdStyles\" Type=\"" + t + "styles\" Target=\"styles.xml\"/>";
    s += "<Relationship Id=\"rIdNumbering\" Type=\"" + t + "numbering\" Target=\"numbering.xml\"/>";
    s += "<Relationship Id=\"rIdSettings\" Type=\"" + t + "settings\" Target=\"settings.xml\"/>";
    s += "<Relationship Id=\"rIdFooter\" Type=\"" + t + "footer\" Target=\"footer1.xml\"/>";
    if (has_header) s += "<Relationship Id=\"rIdHeader\" Type=\"" + t + "header\" Target=\"header1.xml\"/>";
    return s + image_rels + "</Relationships>";
}

std::string content_types(bool has_png, bool has_jpeg, bool has_header) {
    const std::string wml = "application/vnd.openxmlformats-officedocument.wordprocessingml.";
    std::string s = std::string(kXmlDecl) + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">";
    s += "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>";
    s += "<Default Extension=\"xml\" ContentType=\"application/xml\"/>";
    if (has_png) s += "<Default Extension=\"png\" ContentType=\"image/png\"/>";
    if (has_jpeg) s += "<Default Extension=\"jpeg\" ContentType=\"image/jpeg\"/>";
    s += "<Override PartName=\"/word/document.xml\" ContentType=\"" + wml + "document.main+xml\"/>";
    s += "<Override PartName=\"/word/styles.xml\" ContentType=\"" + wml + "styles+xml\"/>";
    s += "<Override PartName=\"/word/numbering.xml\" ContentType=\"" + wml + "numbering+xml\"/>";
    s += "<Override PartName=\"/word/settings.xml\" ContentType=\"" + wml + "settings+xml\"/>";
    s += "<Override PartName=\"/word/footer1.xml\" ContentType=\"" + wml + "footer+xml\"/>";
    if (has_header) s += "<Override PartName=\"/word/header1.xml\" ContentType=\"" + wml + "header+xml\"/>";
    s += "<Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>";
    s += "<Override PartName=\"/docProps/app.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.extended-properties+xml\"/>";
    return s + "</Types>";
}

std::string root_rels() {
    return std::string(kXmlDecl) +
           "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
           "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>"
           "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/>"
           "<Relationship Id=\"rId3\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties\" Target=\"docProps/app.xml\"/>"
           "</Relationships>";
}

std::string core_props(const std::string& escaped_title) {
    return std::string(kXmlDecl) +
           "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\""
           " xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\""
           " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">"
           "<dc:title>" + escaped_title + "</dc:title><dc:creator>Case Review Manager</dc:creator><dc:language>en-GB</dc:language>"
           "</cp:coreProperties>";
}

std::string app_props() {
    return std::string(kXmlDecl) +
           "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\">"
           "<Application>Case Review Manager</Application></Properties>";
}

namespace {

std::string field(const char* instruction) {
    return std::string("<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText xml:space=\"preserve\"> ") +
           instruction + " </w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>"
           "<w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r>";
}

}  // namespace

std::string footer_xml(const std::string& escaped_footer) {
    return std::string(kXmlDecl) + "<w:ftr" + kNamespaces + "><w:p><w:pPr><w:pStyle w:val=\"Footer\"/></w:pPr>" +
           "<w:r><w:t xml:space=\"preserve\">" + escaped_footer + "</w:t></w:r><w:r><w:tab/></w:r>" +
           "<w:r><w:t xml:space=\"preserve\">Page </w:t></w:r>" + field("PAGE") +
           "<w:r><w:t xml:space=\"preserve\"> of </w:t></w:r>" + field("NUMPAGES") + "</w:p></w:ftr>";
}

std::string header_xml(const std::string& escaped_marking) {
    return std::string(kXmlDecl) + "<w:hdr" + kNamespaces + "><w:p><w:pPr><w:pStyle w:val=\"Header\"/></w:pPr>" +
           "<w:r><w:rPr><w:b/><w:color w:val=\"7F0000\"/></w:rPr><w:t xml:space=\"preserve\">" + escaped_marking +
           "</w:t></w:r></w:p></w:hdr>";
}

}  // namespace model::report::docx
