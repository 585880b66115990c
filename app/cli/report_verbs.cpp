// SPDX-License-Identifier: MIT
// report: render a review (or the board) through a report template to HTML, DOCX, ODT or XML.
#include "args.h"
#include "context.h"
#include "json_views.h"

#include "model/core/error.h"
#include "model/reports/report.h"

#include <filesystem>
#include <iostream>

namespace cli {
namespace {

int list_templates(const Words& w) {
    Args a("report templates", w, {"--json"}, {});
    a.expect_positionals(0);
    const auto templates = model::list_report_templates();
    if (a.flag("--json")) {
        nlohmann::json out = nlohmann::json::array();
        for (const auto& t : templates)
            out.push_back({{"name", t.name}, {"title", t.title}, {"description", t.description}, {"path", t.path},
                           {"board_wide", t.board_wide}, {"overridden", t.overridden}});
        print_json(out);
        return 0;
    }
    for (const auto& t : templates)
        std::cout << t.name << '\t' << (t.title.empty() ? "(invalid: render it to see why)" : t.title)
                  << (t.board_wide ? "\t(board-wide)" : "") << (t.overridden ? "\t(board's own copy)" : "") << '\n';
    return 0;
}

/// --format, or the output file's extension when --format is left out.
model::ReportFormat format_of(const Args& a, const std::string& out) {
    std::string text = a.get("--format").value_or("");
    if (text.empty()) {
        text = std::filesystem::path(out).extension().string();
        if (!text.empty()) text.erase(0, 1);
        if (!model::try_parse_report_format(text))
            throw model::bad_input("report: --format is required (html, docx, odt or xml) when '" + out +
                                   "' does not end in one of them");
    }
    const auto format = model::try_parse_report_format(text);
    if (!format) throw model::bad_input("report: unknown format '" + text + "' (expected html, docx, odt or xml)");
    return *format;
}

/// --check: what publication would replace and what it would refuse, without writing anything.
int check(Context& c, const std::string& ref, const model::ReportOptions& options, bool json) {
    const model::RenderedReport report = model::check_publication(c.board(), ref, options);
    const auto& r = report.redaction;
    if (json) {
        nlohmann::json replacements = nlohmann::json::array(), problems = nlohmann::json::array();
        for (const auto& x : r.replacements)
            replacements.push_back({{"where", x.where}, {"found", x.found}, {"pseudonym", x.pseudonym}, {"count", x.count}});
        for (const auto& x : r.problems) problems.push_back({{"where", x.where}, {"excerpt", x.excerpt}, {"reason", x.reason}});
        print_json({{"template", report.template_name}, {"safe", r.problems.empty()}, {"replacements", replacements},
                    {"problems", problems}});
        return 0;
    }
    for (const auto& x : r.problems) std::cout << "problem\t" << x.where << '\t' << x.reason << "\t'" << x.excerpt << "'\n";
    for (const auto& x : r.replacements)
        std::cout << "replaced\t" << x.where << "\t'" << x.found << "' -> '" << x.pseudonym << "' x" << x.count << '\n';
    std::cout << (r.problems.empty() ? "safe to publish" : std::to_string(r.problems.size()) + " problem(s): publication would be refused")
              << '\n';
    return 0;
}

}  // namespace

int verb_report(Context& c, const Words& w) {
    if (!w.empty() && w.front() == "templates") return list_templates(Words(w.begin() + 1, w.end()));
    Args a("report", w, {"--publish", "--check", "--json"}, {"--template", "--format", "-o", "--output", "--as-of"});
    if (a.positional_count() > 1) a.expect_positionals(1);
    const std::string ref = a.positional_count() == 1 ? a.positional(0, "REF") : std::string();
    model::ReportOptions options;
    options.template_name = a.required("--template");
    options.as_of = a.date("--as-of").value_or(model::Date());
    if (a.flag("--check")) return check(c, ref, options, a.flag("--json"));
    const std::string out = a.get("-o").value_or(a.get("--output").value_or(""));
    if (out.empty()) throw model::bad_input("report: -o OUT is required");
    options.format = format_of(a, out);
    options.publish = a.flag("--publish");

    const model::RenderedReport report = model::write_report(c.board(), ref, options, out);
    std::size_t replaced = 0;
    for (const auto& r : report.redaction.replacements) replaced += std::size_t(r.count);
    if (a.flag("--json")) {
        print_json({{"path", out}, {"template", report.template_name}, {"format", std::string(model::format_id(report.format))},
                    {"bytes", report.bytes.size()}, {"published", options.publish}, {"replacements", replaced},
                    {"warnings", report.warnings}});
        return 0;
    }
    std::cout << "wrote " << out << " (" << report.bytes.size() << " bytes)";
    if (options.publish) std::cout << ", " << replaced << " name(s) replaced by pseudonyms";
    std::cout << '\n';
    for (const auto& warning : report.warnings) std::cout << "note: " << warning << '\n';
    return 0;
}

}  // namespace cli
