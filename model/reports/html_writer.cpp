// SPDX-License-Identifier: MIT
// Polyglot markup: valid HTML5 that is also well-formed XML (void elements self-closed), so that
// tests and other tools can parse it back with an XML parser.
#include "model/reports/writers.h"

#include "model/reports/xml_text.h"

namespace model::report {
namespace {

// Print-first styling: A4 pages, the cover alone on the first page, header rows repeated on each
// page, and page numbers in the margin (CSS paged media; browsers without margin boxes just skip it).
const char* const kStyle = R"(
body { font-family: Arial, "Liberation Sans", Helvetica, sans-serif; font-size: 11pt; line-height: 1.4;
       color: #1a1a1a; max-width: 48em; margin: 2em auto; padding: 0 1em; }
h1 { font-size: 18pt; color: #1f3864; border-bottom: 1px solid #1f3864; margin-top: 1.6em; }
h2 { font-size: 14pt; color: #1f3864; margin-top: 1.3em; }
h3 { font-size: 12pt; color: #2f5496; }
p.note { color: #5a5a5a; font-style: italic; }
p.quote { margin-left: 2em; font-style: italic; }
table { border-collapse: collapse; width: 100%; table-layout: fixed; margin: 0.6em 0 1em; font-size: 9.5pt; }
th, td { border: 1px solid #8c8c8c; padding: 3px 5px; vertical-align: top; text-align: left; overflow-wrap: anywhere; }
th { background: #dde4ee; }
thead { display: table-header-group; }
tr { page-break-inside: avoid; }
.cover { min-height: 80vh; padding-top: 12vh; }
.cover .logo { max-height: 30mm; }
.cover .title { font-size: 26pt; color: #1f3864; font-weight: bold; margin: 0.6em 0 0.3em; }
.cover .subtitle { font-size: 15pt; color: #404040; margin-bottom: 2em; }
.cover dl { display: grid; grid-template-columns: max-content auto; gap: 0.3em 1.2em; }
.cover dt { font-weight: bold; }
.cover dd { margin: 0; }
.marking { text-align: center; font-weight: bold; letter-spacing: 0.08em; color: #7f0000; }
.page-break { page-break-after: always; break-after: page; }
footer { margin-top: 3em; border-top: 1px solid #bfbfbf; color: #5a5a5a; font-size: 9pt; }
@page { size: A4; margin: 20mm 18mm 22mm;
        @bottom-right { content: "Page " counter(page) " of " counter(pages); font-size: 9pt; } }
@media print { body { max-width: none; margin: 0; padding: 0; } footer { display: none; } .cover { min-height: 0; } }
)";

void text(std::string& out, const std::string& s) { append_escaped(out, s); }

void runs(std::string& out, const Paragraph& p) {
    for (const Run& r : p.runs) {
        if (r.bold) out += "<strong>";
        if (r.italic) out += "<em>";
        text(out, r.text);
        if (r.italic) out += "</em>";
        if (r.bold) out += "</strong>";
    }
}

void image(std::string& out, const Image& img, const char* cls) {
    out += "<img class=\"";
    out += cls;
    out += "\" alt=\"" + escaped(img.alt) + "\" src=\"data:" + img.media_type + ";base64," + base64_encode(img.bytes) + "\"/>";
}

struct BlockWriter {
    std::string& out;
    void operator()(const Heading& h) {
        const std::string tag = "h" + std::to_string(h.level);
        out += "<" + tag + ">";
        text(out, h.text);
        out += "</" + tag + ">\n";
    }
    void operator()(const Paragraph& p) {
        out += p.style.empty() ? "<p>" : "<p class=\"" + escaped(p.style) + "\">";
        runs(out, p);
        out += "</p>\n";
    }
    void operator()(const List& l) {
        if (l.numbered)
            out += l.start == 1 ? "<ol>" : "<ol start=\"" + std::to_string(l.start) + "\">";
        else
            out += "<ul>";
        for (const Paragraph& item : l.items) {
            out += "<li>";
            runs(out, item);
            out += "</li>\n";
        }
        out += l.numbered ? "</ol>\n" : "</ul>\n";
    }
    void operator()(const Table& t) {
        out += "<table>\n";
        if (!t.widths.empty() && t.widths.size() == t.header.size()) {
            int total = 0;
            for (int w : t.widths) total += w;
            out += "<colgroup>";
            for (int w : t.widths) out += "<col style=\"width:" + std::to_string(total > 0 ? w * 100 / total : 0) + "%\"/>";
            out += "</colgroup>\n";
        }
        out += "<thead><tr>";
        for (const auto& h : t.header) {
            out += "<th>";
            text(out, h);
            out += "</th>";
        }
        out += "</tr></thead>\n<tbody>\n";
        const std::size_t n = t.size();
        for (std::size_t i = 0; i < n; ++i) {
            out += "<tr>";
            for (const auto& c : t.row(i)) {
                out += "<td>";
                text(out, c);
                out += "</td>";
            }
            out += "</tr>\n";
        }
        out += "</tbody>\n</table>\n";
    }
    void operator()(const Image& img) {
        out += "<p>";
        image(out, img, "figure");
        out += "</p>\n";
    }
    void operator()(const Cover& c) {
        out += "<section class=\"cover\">\n";
        if (!c.marking.empty()) out += "<p class=\"marking\">" + escaped(c.marking) + "</p>\n";
        for (const Image& logo : c.logo) image(out, logo, "logo");
        out += "<div class=\"title\">" + escaped(c.title) + "</div>\n";
        if (!c.subtitle.empty()) out += "<div class=\"subtitle\">" + escaped(c.subtitle) + "</div>\n";
        if (!c.lines.empty()) {
            out += "<dl>\n";
            for (const auto& [label, value] : c.lines) out += "<dt>" + escaped(label) + "</dt><dd>" + escaped(value) + "</dd>\n";
            out += "</dl>\n";
        }
        out += "</section>\n<div class=\"page-break\"></div>\n";
    }
    void operator()(const PageBreak&) { out += "<div class=\"page-break\"></div>\n"; }
};

}  // namespace

std::string write_html(const Document& doc) {
    std::string out;
    out.reserve(64 * 1024);
    out += "<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\"/>\n";
    out += "<meta name=\"generator\" content=\"Case Review Manager\"/>\n<title>" + escaped(doc.title) + "</title>\n";
    out += "<style>" + std::string(kStyle) + "</style>\n</head>\n<body>\n";
    BlockWriter writer{out};
    for (const Block& b : doc.blocks) std::visit(writer, b);
    out += "<footer>";
    text(out, doc.footer);
    out += "</footer>\n</body>\n</html>\n";
    return out;
}

}  // namespace model::report
