// SPDX-License-Identifier: MIT
#include "report_preview_html.h"

#include "format.h"

#include <wx/base64.h>
#include <wx/filesys.h>
#include <wx/fs_mem.h>
#include <wx/image.h>
#include <wx/intl.h>
#include <wx/mstream.h>

#include <algorithm>
#include <vector>

namespace gui {
namespace {

/// Memory files registered for the last preview, freed when the next one is adapted.
std::vector<wxString>& MemoryFiles() {
    static std::vector<wxString> files;
    return files;
}

void EnsureMemoryFileSystem() {
    static bool added = false;
    if (added) return;
    added = true;
    wxFileSystem::AddHandler(new wxMemoryFSHandler);
    if (!wxImage::FindHandler(wxBITMAP_TYPE_PNG)) wxImage::AddHandler(new wxPNGHandler);
    if (!wxImage::FindHandler(wxBITMAP_TYPE_JPEG)) wxImage::AddHandler(new wxJPEGHandler);
}

void ReplaceAll(std::string& text, const std::string& from, const std::string& to) {
    for (std::size_t at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size()))
        text.replace(at, from.size(), to);
}

/// Drops everything between `open` and `close` (inclusive), e.g. the <style> block.
void RemoveBetween(std::string& text, const std::string& open, const std::string& close) {
    for (std::size_t at = text.find(open); at != std::string::npos; at = text.find(open, at)) {
        const std::size_t end = text.find(close, at);
        if (end == std::string::npos) return;
        text.erase(at, end + close.size() - at);
    }
}

/// Moves each data: URI image into the memory file system and points the tag at it.
void ServeImagesFromMemory(std::string& html) {
    const std::string marker = "src=\"data:";
    std::size_t at = html.find(marker);
    if (at == std::string::npos) return;
    EnsureMemoryFileSystem();
    int n = 0;
    for (; at != std::string::npos; at = html.find(marker, at)) {
        const std::size_t value = at + 5;  // after src="
        const std::size_t end = html.find('"', value);
        const std::size_t comma = html.find(',', value);
        if (end == std::string::npos || comma == std::string::npos || comma > end) return;
        const std::string header = html.substr(value, comma - value);  // data:image/png;base64
        const wxMemoryBuffer bytes = wxBase64Decode(html.data() + comma + 1, end - comma - 1);
        std::string name;
        if (header.find(";base64") != std::string::npos && bytes.GetDataLen() > 0) {
            wxMemoryInputStream stream(bytes.GetData(), bytes.GetDataLen());
            wxImage image(stream);
            if (image.IsOk()) {
                name = "report-preview-" + std::to_string(++n) + ".png";
                wxMemoryFSHandler::AddFile(name, image, wxBITMAP_TYPE_PNG);
                MemoryFiles().push_back(name);
            }
        }
        const std::string src = name.empty() ? std::string() : "memory:" + name;
        html.replace(value, end - value, src);
        at = value + src.size();
    }
}

/// Replaces each `open` tag with `new_open` and the `</div>` that ends it with `new_close` (the cover's
/// title and subtitle divs hold only text, so the next `</div>` is theirs).
void ReplaceDiv(std::string& text, const std::string& open, const std::string& new_open, const std::string& new_close) {
    for (std::size_t at = text.find(open); at != std::string::npos; at = text.find(open, at)) {
        text.replace(at, open.size(), new_open);
        const std::size_t end = text.find("</div>", at + new_open.size());
        if (end == std::string::npos) return;
        text.replace(end, 6, new_close);
        at = end + new_close.size();
    }
}

/// wxHTML lays out a whole page at once: a 5,000-row chronology appendix takes seconds and 50,000 would
/// freeze the window. The preview shows the first rows of each long table and says how many more the
/// exported file holds.
void ShortenLongTables(std::string& html) {
    constexpr int kRowsShown = 300;
    for (std::size_t body = html.find("<tbody>"); body != std::string::npos; body = html.find("<tbody>", body + 1)) {
        const std::size_t end = html.find("</tbody>", body);
        if (end == std::string::npos) return;
        std::size_t cut = std::string::npos;
        int rows = 0;
        int hidden = 0;
        for (std::size_t tr = html.find("<tr>", body); tr != std::string::npos && tr < end; tr = html.find("<tr>", tr + 4)) {
            if (++rows == kRowsShown + 1) cut = tr;
            if (rows > kRowsShown) ++hidden;
        }
        if (cut == std::string::npos) continue;
        // As many cells as the header row has, so the note spans the table.
        const std::size_t head = html.rfind("<thead>", body);
        int columns = 1;
        if (head != std::string::npos) {
            columns = 0;
            for (std::size_t th = html.find("<th>", head); th != std::string::npos && th < body; th = html.find("<th>", th + 4))
                ++columns;
            columns = std::max(columns, 1);
        }
        const wxString words = wxString::Format(
            wxPLURAL("%d more row is not shown in the preview; the exported file holds it.",
                     "%d more rows are not shown in the preview; the exported file holds them all.", hidden),
            hidden);
        const std::string note =
            "<tr><td colspan=\"" + std::to_string(columns) + "\"><i>" + S8(words) + "</i></td></tr>";
        html.replace(cut, end - cut, note);
        body = cut + note.size();
    }
}

}  // namespace

wxString AdaptReportHtmlForPreview(const std::string& source) {
    for (const wxString& name : MemoryFiles()) wxMemoryFSHandler::RemoveFile(name);
    MemoryFiles().clear();

    std::string html = source;
    RemoveBetween(html, "<style", "</style>");
    ServeImagesFromMemory(html);
    ShortenLongTables(html);
    // What the CSS did, as wxHTML attributes: bordered tables, shaded header cells, coloured headings.
    ReplaceAll(html, "<table>", "<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" width=\"100%\">");
    ReplaceAll(html, "<th>", "<th bgcolor=\"#dde4ee\" align=\"left\" valign=\"top\">");
    ReplaceAll(html, "<td>", "<td valign=\"top\">");
    // wxHTML's headings are a size larger than the report's (h1 at +3 would dwarf the text), so each
    // level is shown one step down, in the report's heading colour.
    for (const auto& [from, to] : {std::pair<std::string, std::string>{"h3", "h4"}, {"h2", "h3"}, {"h1", "h2"}}) {
        ReplaceAll(html, "<" + from + ">", "<" + to + "><font color=\"#1f3864\">");
        ReplaceAll(html, "</" + from + ">", "</font></" + to + ">");
    }
    // The cover: the protective marking centred in dark red, the logo on its own line, a large
    // title, and the facts (a <dl>, which wxHTML does not lay out) as a two-column table.
    const std::string marking = "<p class=\"marking\">";
    if (const std::size_t at = html.find(marking); at != std::string::npos) {
        const std::size_t end = html.find("</p>", at);
        if (end != std::string::npos) {
            html.replace(end, 4, "</b></font></p>");
            html.replace(at, marking.size(), "<p align=\"center\"><font color=\"#7f0000\"><b>");
        }
    }
    if (const std::size_t at = html.find("<img class=\"logo\""); at != std::string::npos) {
        const std::size_t end = html.find("/>", at);
        if (end != std::string::npos) {
            html.insert(end + 2, "</p>");
            html.insert(at, "<p>");
        }
    }
    ReplaceDiv(html, "<div class=\"title\">", "<p><font size=\"+3\" color=\"#1f3864\"><b>", "</b></font></p>");
    ReplaceDiv(html, "<div class=\"subtitle\">", "<p><font size=\"+1\" color=\"#404040\">", "</font></p>");
    ReplaceAll(html, "<dl>", "<table cellpadding=\"3\" cellspacing=\"0\">");
    ReplaceAll(html, "</dl>", "</table>");
    ReplaceAll(html, "<dt>", "<tr><td valign=\"top\"><b>");
    ReplaceAll(html, "</dt>", "</b></td>");
    ReplaceAll(html, "<dd>", "<td valign=\"top\">");
    ReplaceAll(html, "</dd>", "</td></tr>");
    ReplaceAll(html, "<div class=\"page-break\"></div>", "<hr/>");
    ReplaceAll(html, "<div class=\"page-break\"/>", "<hr/>");
    return U8(html);
}

wxString PreviewMessagePage(const wxString& heading, const wxString& message, const wxString& hint) {
    auto escape = [](wxString text) {
        text.Replace("&", "&amp;");
        text.Replace("<", "&lt;");
        text.Replace(">", "&gt;");
        return text;
    };
    return "<html><body><h3><font color=\"#721c24\">" + escape(heading) + "</font></h3>" +
           "<table border=\"0\" cellpadding=\"8\" width=\"100%\"><tr><td bgcolor=\"#f8d7da\">" + escape(message) +
           "</td></tr></table><p>" + escape(hint) + "</p></body></html>";
}

}  // namespace gui
