// SPDX-License-Identifier: MIT
// wxHtmlWindow understands HTML 3-era markup and no CSS, so the report's own HTML rendering (styled
// with CSS for browsers and print) is adapted before it is shown: table borders and header shading
// become attributes, headings get their colour, and embedded images are served from memory.
#pragma once
#include <wx/string.h>

#include <string>

namespace gui {

/// The report HTML (UTF-8) as wxHtmlWindow should see it. Images given as data: URIs are registered
/// with wxMemoryFSHandler under names that are freed the next time this is called.
wxString AdaptReportHtmlForPreview(const std::string& html);

/// A page saying why there is no preview (the model's message, quoted), with a hint what to do.
wxString PreviewMessagePage(const wxString& heading, const wxString& message, const wxString& hint);

}  // namespace gui
