// SPDX-License-Identifier: MIT
// The body of a .docx: the document model as WordprocessingML paragraphs, lists and tables.
// The fixed parts (styles, settings, relationships) are in docx_parts.cpp.
#include "model/reports/writers.h"

#include "model/reports/docx_parts.h"
#include "model/reports/xml_text.h"
#include "model/reports/zip_package.h"

#include <algorithm>
#include <numeric>

namespace model::report {
namespace {

using docx::kTextWidthTwips;

constexpr long kEmuPerPixel = 9525;        // at 96 dpi
constexpr long kEmuPerMm = 36000;
constexpr long kLogoMaxWidthMm = 45;
constexpr long kLogoMaxHeightMm = 30;

/// Text of one run: newlines become line breaks and tabs tab characters, as a reader expects.
void run_text(std::string& out, const std::string& text) {
    out += "<w:t xml:space=\"preserve\">";
    std::size_t from = 0;
    for (std::size_t i = 0; i <= text.size(); ++i) {
        if (i < text.size() && text[i] != '\n' && text[i] != '\t') continue;
        append_escaped(out, std::string_view(text).substr(from, i - from));
        if (i < text.size()) out += text[i] == '\n' ? "</w:t><w:br/><w:t xml:space=\"preserve\">" : "</w:t><w:tab/><w:t xml:space=\"preserve\">";
        from = i + 1;
    }
    out += "</w:t>";
}

void run(std::string& out, const Run& r) {
    out += "<w:r>";
    if (r.bold || r.italic) {
        out += "<w:rPr>";
        if (r.bold) out += "<w:b/>";
        if (r.italic) out += "<w:i/>";
        out += "</w:rPr>";
    }
    run_text(out, r.text);
    out += "</w:r>";
}

void paragraph(std::string& out, const char* style, const std::string& text, bool bold = false) {
    out += "<w:p>";
    if (style && *style) out += std::string("<w:pPr><w:pStyle w:val=\"") + style + "\"/></w:pPr>";
    run(out, Run{text, bold, false});
    out += "</w:p>";
}

struct BodyWriter {
    std::string& out;
    std::string& image_rels;
    std::vector<const Image*>& images;
    int numbered_lists = 0;  ///< one numbering instance each, so each list restarts at its start
    bool next_is_table = false;

    void operator()(const Heading& h) {
        const std::string style = "Heading" + std::to_string(std::clamp(h.level, 1, 3));
        paragraph(out, style.c_str(), h.text);
    }
    void operator()(const Paragraph& p) {
        out += "<w:p>";
        const char* style = p.style == "note" ? "Note" : p.style == "quote" ? "Quote" : nullptr;
        if (style || next_is_table) {
            out += "<w:pPr>";
            if (style) out += std::string("<w:pStyle w:val=\"") + style + "\"/>";
            if (next_is_table) out += "<w:keepNext/>";  // an introduction stays with its table
            out += "</w:pPr>";
        }
        for (const Run& r : p.runs) run(out, r);
        out += "</w:p>";
    }
    void operator()(const List& l) {
        // numId 1 is the shared bullet list; numbered lists get 2, 3, … (see numbering_xml()).
        const std::string num_id = l.numbered ? std::to_string(2 + numbered_lists++) : "1";
        for (const Paragraph& item : l.items) {
            out += "<w:p><w:pPr><w:pStyle w:val=\"ListParagraph\"/><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"" + num_id +
                   "\"/></w:numPr></w:pPr>";
            for (const Run& r : item.runs) run(out, r);
            out += "</w:p>";
        }
        starts.push_back(l.numbered ? l.start : 0);
    }
    void operator()(const Table& t) {
        const std::size_t columns = t.header.size();
        if (columns == 0) return;
        std::vector<int> w(columns, 1);
        if (t.widths.size() == columns) w = t.widths;
        const int total = std::max(1, std::accumulate(w.begin(), w.end(), 0));
        std::vector<int> twips(columns);
        for (std::size_t c = 0; c < columns; ++c) twips[c] = kTextWidthTwips * w[c] / total;

        out += "<w:tbl><w:tblPr><w:tblW w:w=\"5000\" w:type=\"pct\"/><w:tblBorders>";
        for (const char* side : {"top", "left", "bottom", "right", "insideH", "insideV"})
            out += std::string("<w:") + side + " w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"8C8C8C\"/>";
        out += "</w:tblBorders><w:tblLayout w:type=\"fixed\"/><w:tblCellMar><w:left w:w=\"85\" w:type=\"dxa\"/>"
               "<w:right w:w=\"85\" w:type=\"dxa\"/></w:tblCellMar><w:tblLook w:val=\"0020\" w:firstRow=\"1\" w:lastRow=\"0\""
               " w:firstColumn=\"0\" w:lastColumn=\"0\" w:noHBand=\"1\" w:noVBand=\"1\"/></w:tblPr><w:tblGrid>";
        for (int tw : twips) out += "<w:gridCol w:w=\"" + std::to_string(tw) + "\"/>";
        out += "</w:tblGrid>";
        // The header row repeats at the top of every page the table runs onto.
        out += "<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>";
        for (std::size_t c = 0; c < columns; ++c) cell(t.header[c], twips[c], true);
        out += "</w:tr>";
        const std::size_t n = t.size();
        for (std::size_t i = 0; i < n; ++i) {
            const std::vector<std::string> row = t.row(i);
            out += "<w:tr><w:trPr><w:cantSplit/></w:trPr>";
            for (std::size_t c = 0; c < columns; ++c) cell(c < row.size() ? row[c] : std::string(), twips[c], false);
            out += "</w:tr>";
        }
        // A paragraph after every table: Word needs one before the section end, and it keeps two
        // consecutive tables from merging.
        out += "</w:tbl><w:p/>";
    }
    void cell(const std::string& text, int twips, bool header) {
        out += "<w:tc><w:tcPr><w:tcW w:w=\"" + std::to_string(twips) + "\" w:type=\"dxa\"/>";
        if (header) out += "<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"DDE4EE\"/>";
        out += "</w:tcPr><w:p><w:pPr><w:pStyle w:val=\"TableText\"/></w:pPr>";
        run(out, Run{text, header, false});
        out += "</w:p></w:tc>";
    }
    void drawing(const Image& img, long max_w_emu, long max_h_emu) {
        images.push_back(&img);
        const std::size_t n = images.size();
        const std::string ext = img.media_type == "image/png" ? "png" : "jpeg";
        const std::string rid = "rIdImage" + std::to_string(n);
        image_rels += "<Relationship Id=\"" + rid +
                      "\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/image\" Target=\"media/image" +
                      std::to_string(n) + "." + ext + "\"/>";
        double cx = double(img.width_px) * kEmuPerPixel, cy = double(img.height_px) * kEmuPerPixel;
        const double scale = std::min({1.0, double(max_w_emu) / cx, double(max_h_emu) / cy});
        const std::string w = std::to_string(long(cx * scale)), h = std::to_string(long(cy * scale));
        const std::string id = std::to_string(n);
        out += "<w:r><w:drawing><wp:inline distT=\"0\" distB=\"0\" distL=\"0\" distR=\"0\"><wp:extent cx=\"" + w + "\" cy=\"" + h +
               "\"/><wp:docPr id=\"" + id + "\" name=\"Picture " + id + "\" descr=\"" + escaped(img.alt) +
               "\"/><wp:cNvGraphicFramePr><a:graphicFrameLocks noChangeAspect=\"1\"/></wp:cNvGraphicFramePr>"
               "<a:graphic><a:graphicData uri=\"http://schemas.openxmlformats.org/drawingml/2006/picture\"><pic:pic>"
               "<pic:nvPicPr><pic:cNvPr id=\"" + id + "\" name=\"image" + id + "." + ext + "\"/><pic:cNvPicPr/></pic:nvPicPr>"
               "<pic:blipFill><a:blip r:embed=\"" + rid + "\"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>"
               "<pic:spPr><a:xfrm><a:off x=\"0\" y=\"0\"/><a:ext cx=\"" + w + "\" cy=\"" + h +
               "\"/></a:xfrm><a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom></pic:spPr></pic:pic></a:graphicData></a:graphic>"
               "</wp:inline></w:drawing></w:r>";
    }
    void operator()(const Image& img) {
        out += "<w:p>";
        drawing(img, long(kTextWidthTwips) * 635, 200 * kEmuPerMm);  // 1 twip = 635 EMU
        out += "</w:p>";
    }
    void operator()(const Cover& c) {
        if (!c.marking.empty()) paragraph(out, "Marking", c.marking);
        for (const Image& logo : c.logo) {
            out += "<w:p>";
            drawing(logo, kLogoMaxWidthMm * kEmuPerMm, kLogoMaxHeightMm * kEmuPerMm);
            out += "</w:p>";
        }
        paragraph(out, "Title", c.title);
        if (!c.subtitle.empty()) paragraph(out, "Subtitle", c.subtitle);
        for (const auto& [label, value] : c.lines) {
            out += "<w:p><w:pPr><w:pStyle w:val=\"CoverLine\"/></w:pPr>";
            run(out, Run{label + ": ", true, false});
            run(out, Run{value, false, false});
            out += "</w:p>";
        }
        (*this)(PageBreak{});
    }
    void operator()(const PageBreak&) { out += "<w:p><w:r><w:br w:type=\"page\"/></w:r></w:p>"; }

    std::vector<int> starts;  ///< per list in order: its start number, 0 for a bullet list
};

std::string numbering_xml(const std::vector<int>& starts) {
    std::string s = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:numbering";
    s += docx::kNamespaces;
    s += "><w:abstractNum w:abstractNumId=\"0\"><w:multiLevelType w:val=\"singleLevel\"/><w:lvl w:ilvl=\"0\">"
         "<w:start w:val=\"1\"/><w:numFmt w:val=\"bullet\"/><w:lvlText w:val=\"\xE2\x80\xA2\"/><w:lvlJc w:val=\"left\"/>"
         "<w:pPr><w:ind w:left=\"567\" w:hanging=\"283\"/></w:pPr></w:lvl></w:abstractNum>"
         "<w:abstractNum w:abstractNumId=\"1\"><w:multiLevelType w:val=\"singleLevel\"/><w:lvl w:ilvl=\"0\">"
         "<w:start w:val=\"1\"/><w:numFmt w:val=\"decimal\"/><w:lvlText w:val=\"%1.\"/><w:lvlJc w:val=\"left\"/>"
         "<w:pPr><w:ind w:left=\"567\" w:hanging=\"567\"/></w:pPr></w:lvl></w:abstractNum>";
    s += "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>";
    int num_id = 2;
    for (int start : starts) {
        if (start == 0) continue;
        s += "<w:num w:numId=\"" + std::to_string(num_id++) + "\"><w:abstractNumId w:val=\"1\"/>"
             "<w:lvlOverride w:ilvl=\"0\"><w:startOverride w:val=\"" + std::to_string(start) + "\"/></w:lvlOverride></w:num>";
    }
    return s + "</w:numbering>";
}

}  // namespace

std::string write_docx(const Document& doc) {
    std::string body;
    body.reserve(256 * 1024);
    body += "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:document";
    body += docx::kNamespaces;
    body += "><w:body>";
    std::string image_rels;
    std::vector<const Image*> images;
    BodyWriter writer{body, image_rels, images, 0, false, {}};
    for (std::size_t i = 0; i < doc.blocks.size(); ++i) {
        writer.next_is_table = i + 1 < doc.blocks.size() && std::holds_alternative<Table>(doc.blocks[i + 1]);
        std::visit(writer, doc.blocks[i]);
    }
    const bool has_header = !doc.marking.empty();
    const bool has_cover = std::any_of(doc.blocks.begin(), doc.blocks.end(), [](const Block& b) { return std::holds_alternative<Cover>(b); });
    body += "<w:sectPr>";
    if (has_header) body += "<w:headerReference w:type=\"default\" r:id=\"rIdHeader\"/>";
    body += "<w:footerReference w:type=\"default\" r:id=\"rIdFooter\"/>"
            "<w:pgSz w:w=\"11906\" w:h=\"16838\"/><w:pgMar w:top=\"1134\" w:right=\"1134\" w:bottom=\"1134\" w:left=\"1134\""
            " w:header=\"567\" w:footer=\"567\" w:gutter=\"0\"/><w:cols w:space=\"708\"/>";
    if (has_cover) body += "<w:titlePg/>";  // the cover carries no header or footer
    body += "</w:sectPr></w:body></w:document>";

    ZipPackage zip;
    bool png = false, jpeg = false;
    for (const Image* img : images) (img->media_type == "image/png" ? png : jpeg) = true;
    zip.add("[Content_Types].xml", docx::content_types(png, jpeg, has_header));
    zip.add("_rels/.rels", docx::root_rels());
    zip.add("docProps/core.xml", docx::core_props(escaped(doc.title)));
    zip.add("docProps/app.xml", docx::app_props());
    zip.add("word/_rels/document.xml.rels", docx::document_rels(image_rels, has_header));
    zip.add("word/styles.xml", docx::styles_xml());
    zip.add("word/numbering.xml", numbering_xml(writer.starts));
    zip.add("word/settings.xml", docx::settings_xml());
    zip.add("word/footer1.xml", docx::footer_xml(escaped(doc.footer)));
    if (has_header) zip.add("word/header1.xml", docx::header_xml(escaped(doc.marking)));
    for (std::size_t i = 0; i < images.size(); ++i)
        zip.add("word/media/image" + std::to_string(i + 1) + (images[i]->media_type == "image/png" ? ".png" : ".jpeg"),
                images[i]->bytes, true);
    zip.add("word/document.xml", std::move(body));
    return zip.finish();
}

}  // namespace model::report
