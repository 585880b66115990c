// SPDX-License-Identifier: MIT
#pragma once
// Report generation: a report template (templates/reports/<name>.xml, overridable by a board) filled
// with one review's data (or the whole board's, for board-wide templates), then written as HTML,
// DOCX, ODT or XML. See docs/reports.md for the template language.
#include "model/core/date.h"
#include "model/reports/redaction.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace model {

class Board;

enum class ReportFormat { Html, Docx, Odt, Xml };

/// "html", "docx", "odt", "xml" (also the file extension).
std::string_view format_id(ReportFormat format);
/// Accepts the ids above, any letter case. nullopt otherwise.
std::optional<ReportFormat> try_parse_report_format(std::string_view text);
/// The MIME type of a rendered file ("application/vnd.openxmlformats-…", "text/html; charset=utf-8"…).
std::string_view media_type(ReportFormat format);

/// One report template as found on the template path.
struct ReportTemplateInfo {
    std::string name;         ///< "final-report": the file name without ".xml", what --template takes
    std::string title;        ///< "Final report": the <report title="…"> attribute
    std::string description;  ///< one line for a chooser; may be empty
    std::string path;         ///< the file that wins (a board's copy in its data dir beats the shipped one)
    bool board_wide = false;  ///< renders every review of the board (board-progress); REF is optional
    bool overridden = false;  ///< the winning file is a board's own copy, not the shipped one
};

struct ReportOptions {
    std::string template_name;  ///< one of list_report_templates()
    ReportFormat format = ReportFormat::Html;
    /// Publication: every text goes through the Redactor (people shown only by pseudonym), then the
    /// plain text of the whole output is checked again; if anything is uncertain, nothing is produced.
    bool publish = false;
    /// Clocks and action status are as of this date; invalid means today.
    Date as_of;
    /// Decisions beyond those recorded for the review (which always apply): "May" is the month here.
    std::vector<RedactionDecision> decisions;
};

/// A rendered report, held in memory.
struct RenderedReport {
    std::string template_name;
    std::string title;        ///< the document title as rendered ("Final report: CSPR-2025-003 …")
    ReportFormat format = ReportFormat::Html;
    std::string bytes;        ///< the whole file: HTML/XML text, or a DOCX/ODT (ZIP) package
    /// What the redactor replaced (when publishing; empty otherwise). Problems are always empty
    /// here: a report with problems is refused instead.
    RedactionReport redaction;
    /// Things a reader of the draft should know: a block left empty because its data does not exist
    /// yet ("no recommendations recorded"), a logo file not found, …
    std::vector<std::string> warnings;
};

/// Every template on the template path (the user data dir's templates/reports first, then the
/// shipped ones), one per name, sorted by name. A broken template is still listed (title empty);
/// rendering it reports the problem.
/// @throws model::Error (NotFound) when no template folder exists at all.
std::vector<ReportTemplateInfo> list_report_templates();

/// Renders one template for one review. Reads the board only (no audit row, no event).
/// Call on the thread that owns the board. For a board-wide template `ref` may be empty.
/// @throws model::Error (BadInput) for an unknown template (the message lists the names), a
///         template that is not valid against schema/report-template.xsd (`file:LINE: reason`), an
///         empty `ref` for a per-review template, or — when publishing — text the redactor cannot
///         be sure about (the message quotes the text and says where it was; see redaction.h);
///         (NotFound) for an unknown review.
RenderedReport render_report(const Board& board, const std::string& ref, const ReportOptions& options);

/// The redaction report of a publication without refusing it: renders as render_report() with
/// `publish` set, and returns every replacement and every problem (RenderedReport::redaction) so that
/// a person can review them before publishing. `bytes` is left empty: nothing here may be published.
/// @throws model::Error as render_report() does, except for redaction problems.
RenderedReport check_publication(const Board& board, const std::string& ref, const ReportOptions& options);

/// render_report(), then writes the bytes to `path` atomically and readable by its owner only
/// (0600). When rendering throws, nothing is written and an existing file is left as it was.
/// @throws model::Error as render_report(), and (BadInput) naming `path` when it cannot be written.
RenderedReport write_report(const Board& board, const std::string& ref, const ReportOptions& options,
                            const std::string& path);

}  // namespace model
