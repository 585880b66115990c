// SPDX-License-Identifier: MIT
#include "report_format.h"

#include "format.h"

#include <wx/intl.h>

namespace gui {
namespace {

const model::ReportFormat kFormats[] = {model::ReportFormat::Docx, model::ReportFormat::Odt,
                                        model::ReportFormat::Html, model::ReportFormat::Xml};

}  // namespace

wxString ReportFormatLabel(model::ReportFormat format) {
    switch (format) {
        case model::ReportFormat::Docx: return _("Word document (DOCX)");
        case model::ReportFormat::Odt: return _("OpenDocument text (ODT)");
        case model::ReportFormat::Html: return _("Web page (HTML)");
        case model::ReportFormat::Xml: return _("Structured XML");
    }
    return wxString();
}

wxString ReportFormatWildcard(model::ReportFormat format) {
    switch (format) {
        case model::ReportFormat::Docx: return _("Word documents (*.docx)|*.docx");
        case model::ReportFormat::Odt: return _("OpenDocument text (*.odt)|*.odt");
        case model::ReportFormat::Html: return _("Web pages (*.html)|*.html;*.htm");
        case model::ReportFormat::Xml: return _("XML documents (*.xml)|*.xml");
    }
    return wxString();
}

model::ReportFormat ReportFormatAt(int index) {
    if (index < 0 || index >= ReportFormatCount()) return kFormats[0];
    return kFormats[index];
}

int ReportFormatCount() { return static_cast<int>(WXSIZEOF(kFormats)); }

wxString PublicationStatusLabel(const std::string& status) {
    if (status == "draft") return _("Draft");
    if (status == "final") return _("Final");
    if (status == "sent-to-panel") return _("Sent to the national panel");
    if (status == "published-in-full") return _("Published in full");
    if (status == "published-redacted") return _("Published (redacted)");
    if (status == "not-published") return _("Not published");
    return Humanise(status);
}

wxString RedactionVerdict(std::size_t problems) {
    if (problems == 0) return _("Safe to publish");
    return wxString::Format(wxPLURAL("Publication refused: %zu problem", "Publication refused: %zu problems",
                                     static_cast<int>(std::min<std::size_t>(problems, 1000000))),
                            problems);
}

wxColour VerdictBackground(bool safe) { return safe ? wxColour(0xDF, 0xF0, 0xD8) : wxColour(0xF8, 0xD7, 0xDA); }
wxColour VerdictText(bool safe) { return safe ? wxColour(0x1E, 0x4E, 0x1E) : wxColour(0x72, 0x1C, 0x24); }

wxString ProblemWord(const std::string& reason) {
    // The model quotes the word first ("'May': …", "'Smyth' looks like …"); a name may hold an
    // apostrophe itself (O'Brien), so the quote that closes it is the one before ':' or a space.
    const wxString text = U8(reason);
    const int open = text.Find('\'');
    if (open == wxNOT_FOUND) return wxString();
    const wxString rest = text.Mid(static_cast<size_t>(open) + 1);
    for (size_t i = 1; i < rest.length(); ++i) {
        if (rest[i] != '\'') continue;
        if (i + 1 == rest.length() || rest[i + 1] == ':' || rest[i + 1] == ' ') return rest.Left(i);
    }
    return wxString();
}

}  // namespace gui
