// SPDX-License-Identifier: MIT
// render_report: template + data → document → format, with redaction when publishing.
#include "model/reports/report.h"

#include "model/core/error.h"
#include "model/core/private_file.h"
#include "model/register/board.h"
#include "model/reports/publications.h"
#include "model/reports/report_data.h"
#include "model/reports/report_template.h"
#include "model/reports/template_renderer.h"
#include "model/reports/writers.h"

#include <cctype>
#include <set>
#include <tuple>

namespace model {

std::string_view format_id(ReportFormat format) {
    switch (format) {
    case ReportFormat::Html: return "html";
    case ReportFormat::Docx: return "docx";
    case ReportFormat::Odt: return "odt";
    case ReportFormat::Xml: return "xml";
    }
    return "html";
}

std::optional<ReportFormat> try_parse_report_format(std::string_view text) {
    std::string lower(text);
    for (char& c : lower) c = char(std::tolower(static_cast<unsigned char>(c)));
    for (ReportFormat f : {ReportFormat::Html, ReportFormat::Docx, ReportFormat::Odt, ReportFormat::Xml})
        if (lower == format_id(f)) return f;
    return std::nullopt;
}

std::string_view media_type(ReportFormat format) {
    switch (format) {
    case ReportFormat::Html: return "text/html; charset=utf-8";
    case ReportFormat::Docx: return "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    case ReportFormat::Odt: return "application/vnd.oasis.opendocument.text";
    case ReportFormat::Xml: return "application/xml";
    }
    return "application/octet-stream";
}

namespace {

using namespace report;

std::string write_format(const Document& doc, ReportFormat format) {
    switch (format) {
    case ReportFormat::Html: return write_html(doc);
    case ReportFormat::Docx: return write_docx(doc);
    case ReportFormat::Odt: return write_odt(doc);
    case ReportFormat::Xml: return write_xml(doc);
    }
    return {};
}

/// The people whose names must not appear: the review's, or every review's in a board-wide report.
std::vector<Person> people_of(const ReportData& data) {
    if (data.review) return data.review->review.people;
    std::vector<Person> people;
    for (const Review& r : data.all_reviews()) people.insert(people.end(), r.people.begin(), r.people.end());
    return people;
}

/// The plain text of the document's held blocks (streamed table rows were checked as they were
/// written): one string per block, so that a name split across two runs ("<b>Jane</b> Smith") is seen.
void check_document(const Document& doc, Redactor& redactor) {
    redactor.check(doc.title, "document title");
    redactor.check(doc.footer, "footer");
    redactor.check(doc.marking, "protective marking");
    int n = 0;
    for (const Block& b : doc.blocks) {
        const std::string where = "block " + std::to_string(++n);
        std::string text;
        const auto add_runs = [&](const std::vector<Run>& runs) {
            for (const Run& r : runs) text += r.text;
            text += '\n';
        };
        if (const auto* h = std::get_if<Heading>(&b)) text = h->text;
        else if (const auto* p = std::get_if<Paragraph>(&b)) add_runs(p->runs);
        else if (const auto* l = std::get_if<List>(&b)) for (const Paragraph& item : l->items) add_runs(item.runs);
        else if (const auto* c = std::get_if<Cover>(&b)) {
            text = c->title + '\n' + c->subtitle + '\n';
            for (const auto& [label, value] : c->lines) text += label + ": " + value + '\n';
        } else if (const auto* t = std::get_if<Table>(&b)) {
            for (const auto& h : t->header) text += h + '\n';
            for (const auto& row : t->rows)
                for (const auto& cell : row) text += cell + '\n';
        }
        if (!text.empty()) redactor.check(text, where);
    }
}

/// The whole-document check finds again what the per-text pass found, under a vaguer place
/// ("block 12"): keep its problems only when they are new (a name split across two runs, say).
RedactionReport without_repeats(RedactionReport report, std::size_t first_document_problem) {
    std::set<std::string> reasons;
    std::set<std::tuple<std::string, std::string, std::string>> seen;
    std::vector<RedactionProblem> kept;
    for (std::size_t i = 0; i < report.problems.size(); ++i) {
        const RedactionProblem& p = report.problems[i];
        if (i >= first_document_problem && reasons.count(p.reason)) continue;
        if (!seen.insert({p.where, p.excerpt, p.reason}).second) continue;
        if (i < first_document_problem) reasons.insert(p.reason);
        kept.push_back(p);
    }
    report.problems = std::move(kept);
    return report;
}

[[noreturn]] void refuse(const RedactionReport& report) {
    const RedactionProblem& p = report.problems.front();
    std::string message = "cannot publish: " + p.reason + " in " + p.where + ": '" + p.excerpt + "'";
    if (report.problems.size() > 1) message += " (and " + std::to_string(report.problems.size() - 1) + " more)";
    throw bad_input(message + "; nothing was written");
}

/// `refuse`: throw at the first sign of an unsafe publication (render_report); otherwise collect
/// every problem and keep no bytes (check_publication).
RenderedReport render(const Board& board, const std::string& ref, const ReportOptions& options, bool refuse_unsafe) {
    const LoadedTemplate tpl = load_template(options.template_name);
    if (ref.empty() && !tpl.info.board_wide)
        throw bad_input("template '" + tpl.info.name + "' reports on one review: give the review's reference");

    ReportData data;
    data.board = &board;
    data.as_of = options.as_of.valid() ? options.as_of : Date::today();
    if (!ref.empty()) data.review = load_review_data(board, ref, data.as_of);

    std::unique_ptr<Redactor> redactor;
    TextFilter filter = [](std::string_view text, const std::string&) { return std::string(text); };
    if (options.publish) {
        // The review's recorded decisions always count, so that what `redaction check` calls safe
        // publishes; the caller's are added (a preview of a decision not yet recorded).
        std::vector<RedactionDecision> decisions = options.decisions;
        if (!ref.empty())
            for (const auto& stored : board.publications().redaction_decisions(ref)) decisions.push_back(stored);
        redactor = std::make_unique<Redactor>(people_of(data), decisions);
        // Every text is redacted, then the result is checked again: what a reader will see is what
        // was checked (streamed chronology rows included, as they are written).
        filter = [r = redactor.get()](std::string_view text, const std::string& where) {
            const std::size_t before = r->report().problems.size();
            std::string out = r->apply(text, where);
            if (r->report().problems.size() == before) r->check(out, where);  // else already reported
            return out;
        };
    }

    Rendered rendered = render_document(tpl, data, filter, options.publish);
    RenderedReport out;
    out.template_name = tpl.info.name;
    out.title = rendered.document.title;
    out.format = options.format;
    out.warnings = std::move(rendered.warnings);
    if (refuse_unsafe && redactor && !redactor->safe()) refuse(redactor->report());  // before the writer's work
    out.bytes = write_format(rendered.document, options.format);
    if (redactor) {
        const std::size_t seen = redactor->report().problems.size();
        check_document(rendered.document, *redactor);
        out.redaction = without_repeats(redactor->report(), seen);
        if (refuse_unsafe && !out.redaction.problems.empty()) refuse(out.redaction);
    }
    if (!refuse_unsafe) out.bytes.clear();
    return out;
}

}  // namespace

RenderedReport render_report(const Board& board, const std::string& ref, const ReportOptions& options) {
    return render(board, ref, options, true);
}

RenderedReport check_publication(const Board& board, const std::string& ref, const ReportOptions& options) {
    ReportOptions publish = options;
    publish.publish = true;
    publish.format = ReportFormat::Xml;  // the cheapest writer: it only has to walk every row once
    RenderedReport out = render(board, ref, publish, false);
    out.format = options.format;
    return out;
}

RenderedReport write_report(const Board& board, const std::string& ref, const ReportOptions& options,
                            const std::string& path) {
    RenderedReport report = render_report(board, ref, options);
    write_private_file(path, report.bytes);
    return report;
}

}  // namespace model
