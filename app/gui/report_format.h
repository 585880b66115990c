// SPDX-License-Identifier: MIT
// The words the desktop app puts on reports, publication statuses and redaction verdicts, and the
// file-dialog wildcards for each report format: chosen here, in one place.
#pragma once
#include "model/reports/report.h"

#include <wx/colour.h>
#include <wx/string.h>

#include <string>

namespace gui {

/// "HTML web page", "Word document (DOCX)", …, for a format chooser.
wxString ReportFormatLabel(model::ReportFormat format);
/// A file-dialog wildcard for one format ("Word documents (*.docx)|*.docx").
wxString ReportFormatWildcard(model::ReportFormat format);
/// The formats in chooser order (index = choice index).
model::ReportFormat ReportFormatAt(int index);
int ReportFormatCount();

/// "published-redacted" -> "Published (redacted)"; unknown ids are humanised.
wxString PublicationStatusLabel(const std::string& status);

/// "Safe to publish" / "Publication refused: 2 problems".
wxString RedactionVerdict(std::size_t problems);
/// The verdict banner's colours: green for safe, red for refused.
wxColour VerdictBackground(bool safe);
wxColour VerdictText(bool safe);

/// The word a redaction problem is about: the first 'quoted' text of its reason ("'May': …" -> May),
/// else empty.
wxString ProblemWord(const std::string& reason);

}  // namespace gui
