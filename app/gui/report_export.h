// SPDX-License-Identifier: MIT
// Writing a report to a file the user chooses: the file dialog, the model's write_report (atomic,
// private), and what to say afterwards, including why a publication was refused.
#pragma once
#include "model/reports/report.h"

#include <wx/string.h>

#include <functional>
#include <string>

class wxWindow;

namespace model {
class Board;
}

namespace gui {

/// The review's stored redaction decisions, so a rendering respects what people have resolved.
std::vector<model::RedactionDecision> DecisionsFor(const model::Board& board, const std::string& ref);

/// Asks where to save (named after the review and template, in `options.format`), renders and writes
/// the report, and says what was written (names replaced, warnings).
/// @return false when the user cancelled. @throws model::Error when the model refuses; nothing is written.
bool ExportReportWithDialog(wxWindow* parent, const model::Board& board, const std::string& ref,
                            const model::ReportOptions& options);

/// Shows why a report could not be produced. For a refused publication it says so plainly and
/// offers `open_redaction_report` (when given) so the user can see and resolve every problem.
void ShowReportRefusal(wxWindow* parent, const std::exception& error, bool publishing,
                       const std::function<void()>& open_redaction_report);

}  // namespace gui
