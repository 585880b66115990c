// SPDX-License-Identifier: MIT
// The content of an .odt: the document model as ODF text, lists and tables. The fixed parts (styles
// with the page-number footer, meta, manifest) are in odt_parts.cpp.
#include "model/reports/writers.h"

#include "model/reports/odt_parts.h"
#include "model/reports/xml_text.h"
#include "model/reports/zip_package.h"

#include <algorithm>
#include <cstdio>
#include <numeric>

namespace model::report {
namespace {

std::string cm(double value) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.3fcm", value);
    return buf;
}

/// ODF collapses white space like HTML: keep newlines, tabs and runs of spaces as the author typed.
void odt_text(std::string& out, const std::string& text) {
    std::size_t i = 0;
    while (i < text.size()) {
        const char c = text[i];
        if (c == '\n') {
            out += "<text:line-break/>";
            ++i;
        } else if (c == '\t') {
            out += "<text:tab/>";
            ++i;
        } else if (c == ' ') {
            std::size_t n = 0;
            while (i + n < text.size() && text[i + n] == ' ') ++n;
            // One plain space, the rest as <text:s>; at the start of a paragraph the plain one would vanish too.
            out += ' ';
            if (n > 1) out += "<text:s text:c=\"" + std::to_string(n - 1) + "\"/>";
            i += n;
        } else {
            std::size_t j = i;
            while (j < text.size() && text[j] != '\n' && text[j] != '\t' && text[j] != ' ') ++j;
            append_escaped(out, std::string_view(text).substr(i, j - i));
            i = j;
        }
    }
}

void runs(std::string& out, const std::vector<Run>& rs) {
    for (const Run& r : rs) {
        const char* style = r.bold && r.italic ? "BI" : r.bold ? "B" : r.italic ? "I" : nullptr;
        if (style) out += std::string("<text:span text:style-name=\"") + style + "\">";
        odt_text(out, r.text);
        if (style) out += "</text:span>";
    }
}

void para(std::string& out, const char* style, const std::string& text) {
    out += std::string("<text:p text:style-name=\"") + style + "\">";
    odt_text(out, text);
    out += "</text:p>";
}

std::vector<double> column_cm(const Table& t) {
    const std::size_t columns = t.header.size();
    std::vector<int> w(columns, 1);
    if (t.widths.size() == columns) w = t.widths;
    const int total = std::max(1, std::accumulate(w.begin(), w.end(), 0));
    std::vector<double> out;
    for (int x : w) out.push_back(odt::kTextWidthCm * x / total);
    return out;
}

/// Automatic styles must come before the body: derived from the blocks (not the rows) up front, so
/// that the body can be written in one pass.
std::string automatic_styles(const Document& doc) {
    std::string s = "<office:automatic-styles>"
                    "<style:style style:name=\"B\" style:family=\"text\"><style:text-properties fo:font-weight=\"bold\"/></style:style>"
                    "<style:style style:name=\"I\" style:family=\"text\"><style:text-properties fo:font-style=\"italic\"/></style:style>"
                    "<style:style style:name=\"BI\" style:family=\"text\"><style:text-properties fo:font-weight=\"bold\" fo:font-style=\"italic\"/></style:style>"
                    "<style:style style:name=\"PageBreak\" style:family=\"paragraph\" style:parent-style-name=\"Standard\">"
                    "<style:paragraph-properties fo:break-after=\"page\"/></style:style>"
                    "<style:style style:name=\"KeepNext\" style:family=\"paragraph\" style:parent-style-name=\"Standard\">"
                    "<style:paragraph-properties fo:keep-with-next=\"always\"/></style:style>"
                    "<style:style style:name=\"Cell\" style:family=\"table-cell\"><style:table-cell-properties fo:padding=\"0.08cm\" fo:border=\"0.5pt solid #8c8c8c\"/></style:style>"
                    "<style:style style:name=\"HeadCell\" style:family=\"table-cell\"><style:table-cell-properties fo:background-color=\"#dde4ee\" fo:padding=\"0.08cm\" fo:border=\"0.5pt solid #8c8c8c\"/></style:style>";
    int n = 0;
    for (const Block& b : doc.blocks) {
        const Table* t = std::get_if<Table>(&b);
        if (!t || t->header.empty()) continue;
        const std::string name = "Tbl" + std::to_string(++n);
        s += "<style:style style:name=\"" + name + "\" style:family=\"table\"><style:table-properties style:width=\"" +
             cm(odt::kTextWidthCm) + "\" table:align=\"margins\" fo:margin-bottom=\"0.3cm\"/></style:style>";
        const auto widths = column_cm(*t);
        for (std::size_t c = 0; c < widths.size(); ++c)
            s += "<style:style style:name=\"" + name + ".C" + std::to_string(c + 1) +
                 "\" style:family=\"table-column\"><style:table-column-properties style:column-width=\"" + cm(widths[c]) +
                 "\"/></style:style>";
    }
    return s + "</office:automatic-styles>";
}

struct BodyWriter {
    std::string& out;
    std::vector<std::pair<std::string, std::string>>& pictures;
    std::vector<const Image*>& images;
    int tables = 0;
    bool next_is_table = false;  ///< an introduction stays with its table

    void operator()(const Heading& h) {
        const std::string level = std::to_string(std::clamp(h.level, 1, 3));
        out += "<text:h text:style-name=\"Heading_20_" + level + "\" text:outline-level=\"" + level + "\">";
        odt_text(out, h.text);
        out += "</text:h>";
    }
    void operator()(const Paragraph& p) {
        const char* style = p.style == "note" ? "Note" : p.style == "quote" ? "Quotations" : next_is_table ? "KeepNext" : "Standard";
        out += std::string("<text:p text:style-name=\"") + style + "\">";
        runs(out, p.runs);
        out += "</text:p>";
    }
    void operator()(const List& l) {
        out += std::string("<text:list text:style-name=\"") + (l.numbered ? "Numbering_20_123" : "List_20_1") + "\">";
        for (std::size_t i = 0; i < l.items.size(); ++i) {
            out += (i == 0 && l.numbered && l.start != 1) ? "<text:list-item text:start-value=\"" + std::to_string(l.start) + "\">"
                                                          : std::string("<text:list-item>");
            out += "<text:p text:style-name=\"List_20_Paragraph\">";
            runs(out, l.items[i].runs);
            out += "</text:p></text:list-item>";
        }
        out += "</text:list>";
    }
    void operator()(const Table& t) {
        const std::size_t columns = t.header.size();
        if (columns == 0) return;
        const std::string name = "Tbl" + std::to_string(++tables);
        out += "<table:table table:name=\"Table" + std::to_string(tables) + "\" table:style-name=\"" + name + "\">";
        for (std::size_t c = 0; c < columns; ++c) out += "<table:table-column table:style-name=\"" + name + ".C" + std::to_string(c + 1) + "\"/>";
        // Header rows repeat at the top of every page the table runs onto.
        out += "<table:table-header-rows><table:table-row>";
        for (const auto& h : t.header) cell(h, true);
        out += "</table:table-row></table:table-header-rows>";
        const std::size_t n = t.size();
        for (std::size_t i = 0; i < n; ++i) {
            const std::vector<std::string> row = t.row(i);
            out += "<table:table-row>";
            for (std::size_t c = 0; c < columns; ++c) cell(c < row.size() ? row[c] : std::string(), false);
            out += "</table:table-row>";
        }
        out += "</table:table>";
    }
    void cell(const std::string& text, bool header) {
        out += header ? "<table:table-cell table:style-name=\"HeadCell\" office:value-type=\"string\"><text:p text:style-name=\"Table_20_Heading\">"
                      : "<table:table-cell table:style-name=\"Cell\" office:value-type=\"string\"><text:p text:style-name=\"Table_20_Contents\">";
        odt_text(out, text);
        out += "</text:p></table:table-cell>";
    }
    void frame(const Image& img, double max_w_cm, double max_h_cm) {
        images.push_back(&img);
        const std::string path = "Pictures/image" + std::to_string(images.size()) + (img.media_type == "image/png" ? ".png" : ".jpeg");
        pictures.emplace_back(path, img.media_type);
        const double w = img.width_px * 2.54 / 96, h = img.height_px * 2.54 / 96;  // at 96 dpi
        const double scale = std::min({1.0, max_w_cm / w, max_h_cm / h});
        out += "<draw:frame draw:name=\"Image" + std::to_string(images.size()) + "\" text:anchor-type=\"as-char\" svg:width=\"" +
               cm(w * scale) + "\" svg:height=\"" + cm(h * scale) + "\"><draw:image xlink:href=\"" + path +
               "\" xlink:type=\"simple\" xlink:show=\"embed\" xlink:actuate=\"onLoad\"/><svg:desc>" + escaped(img.alt) +
               "</svg:desc></draw:frame>";
    }
    void operator()(const Image& img) {
        out += "<text:p text:style-name=\"Standard\">";
        frame(img, odt::kTextWidthCm, 20);
        out += "</text:p>";
    }
    void operator()(const Cover& c) {
        // The marking is in the page header (styles.xml), on the cover as on every page.
        for (const Image& logo : c.logo) {
            out += "<text:p text:style-name=\"Standard\">";
            frame(logo, 4.5, 3);
            out += "</text:p>";
        }
        para(out, "Title", c.title);
        if (!c.subtitle.empty()) para(out, "Subtitle", c.subtitle);
        for (const auto& [label, value] : c.lines) {
            out += "<text:p text:style-name=\"Cover_20_Line\">";
            runs(out, {Run{label + ": ", true, false}, Run{value, false, false}});
            out += "</text:p>";
        }
        (*this)(PageBreak{});
    }
    void operator()(const PageBreak&) { out += "<text:p text:style-name=\"PageBreak\"/>"; }
};

}  // namespace

std::string write_odt(const Document& doc) {
    std::string content;
    content.reserve(256 * 1024);
    content += "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<office:document-content";
    content += odt::kNamespaces;
    content += ">" + automatic_styles(doc) + "<office:body><office:text>";
    std::vector<std::pair<std::string, std::string>> pictures;
    std::vector<const Image*> images;
    BodyWriter writer{content, pictures, images, 0, false};
    for (std::size_t i = 0; i < doc.blocks.size(); ++i) {
        writer.next_is_table = i + 1 < doc.blocks.size() && std::holds_alternative<Table>(doc.blocks[i + 1]);
        std::visit(writer, doc.blocks[i]);
    }
    content += "</office:text></office:body></office:document-content>";

    ZipPackage zip;
    // ODF: "mimetype" first, stored, so that a reader can identify the file from its first bytes.
    zip.add("mimetype", "application/vnd.oasis.opendocument.text", true);
    zip.add("META-INF/manifest.xml", odt::manifest_xml(pictures));
    zip.add("meta.xml", odt::meta_xml(escaped(doc.title)));
    zip.add("styles.xml", odt::styles_xml(escaped(doc.footer), escaped(doc.marking)));
    for (std::size_t i = 0; i < images.size(); ++i) zip.add(pictures[i].first, images[i]->bytes, true);
    zip.add("content.xml", std::move(content));
    return zip.finish();
}

}  // namespace model::report
