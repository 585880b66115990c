// SPDX-License-Identifier: MIT
// The neutral document as XML: what a report says and how it is structured, without any look.
#include "model/reports/writers.h"

#include "model/reports/xml_text.h"

namespace model::report {
namespace {

void runs(std::string& out, const Paragraph& p) {
    for (const Run& r : p.runs) {
        out += "<run";
        if (r.bold) out += " bold=\"true\"";
        if (r.italic) out += " italic=\"true\"";
        out += ">";
        append_escaped(out, r.text);
        out += "</run>";
    }
}

void image(std::string& out, const Image& img) {
    out += "<image media-type=\"" + escaped(img.media_type) + "\" width=\"" + std::to_string(img.width_px) +
           "\" height=\"" + std::to_string(img.height_px) + "\" alt=\"" + escaped(img.alt) + "\">" + base64_encode(img.bytes) +
           "</image>\n";
}

struct BlockWriter {
    std::string& out;
    void operator()(const Heading& h) {
        out += "<heading level=\"" + std::to_string(h.level) + "\">";
        append_escaped(out, h.text);
        out += "</heading>\n";
    }
    void operator()(const Paragraph& p) {
        out += p.style.empty() ? "<paragraph>" : "<paragraph style=\"" + escaped(p.style) + "\">";
        runs(out, p);
        out += "</paragraph>\n";
    }
    void operator()(const List& l) {
        out += std::string("<list numbered=\"") + (l.numbered ? "true" : "false") + "\"";
        if (l.numbered) out += " start=\"" + std::to_string(l.start) + "\"";
        out += ">\n";
        for (std::size_t i = 0; i < l.items.size(); ++i) {
            out += l.numbered ? "<item number=\"" + std::to_string(l.start + int(i)) + "\">" : "<item>";
            runs(out, l.items[i]);
            out += "</item>\n";
        }
        out += "</list>\n";
    }
    void operator()(const Table& t) {
        const std::size_t n = t.size();
        out += "<table rows=\"" + std::to_string(n) + "\">\n<header>";
        for (const auto& h : t.header) {
            out += "<cell>";
            append_escaped(out, h);
            out += "</cell>";
        }
        out += "</header>\n";
        for (std::size_t i = 0; i < n; ++i) {
            out += "<row>";
            for (const auto& c : t.row(i)) {
                out += "<cell>";
                append_escaped(out, c);
                out += "</cell>";
            }
            out += "</row>\n";
        }
        out += "</table>\n";
    }
    void operator()(const Image& img) { image(out, img); }
    void operator()(const Cover& c) {
        out += "<cover>\n";
        for (const Image& logo : c.logo) image(out, logo);
        out += "<title>" + escaped(c.title) + "</title>\n";
        if (!c.subtitle.empty()) out += "<subtitle>" + escaped(c.subtitle) + "</subtitle>\n";
        for (const auto& [label, value] : c.lines)
            out += "<line label=\"" + escaped(label) + "\">" + escaped(value) + "</line>\n";
        out += "</cover>\n";
    }
    void operator()(const PageBreak&) { out += "<page-break/>\n"; }
};

}  // namespace

std::string write_xml(const Document& doc) {
    std::string out;
    out.reserve(64 * 1024);
    out += "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    out += "<document xmlns=\"urn:casereview:report-document:1\" title=\"" + escaped(doc.title) + "\"";
    if (!doc.marking.empty()) out += " marking=\"" + escaped(doc.marking) + "\"";
    out += " footer=\"" + escaped(doc.footer) + "\">\n";
    BlockWriter writer{out};
    for (const Block& b : doc.blocks) std::visit(writer, b);
    out += "</document>\n";
    return out;
}

}  // namespace model::report
