// SPDX-License-Identifier: MIT
// The data blocks of one review: recommendations, findings, chronology extracts, action plan, people,
// panel, terms of reference, stages, clocks, holds. Every data text passes through ctx.cell / ctx.text
// (the redactor when publishing), tagged with where it came from.
#include "model/reports/render_context.h"

#include "model/core/error.h"
#include "model/register/board.h"

#include <algorithm>
#include <cctype>

namespace model::report {
namespace {

using xml::XmlNode;

}  // namespace

std::string label(const std::string& id) {
    std::string out = id;
    std::replace(out.begin(), out.end(), '-', ' ');
    if (!out.empty()) out[0] = char(std::toupper(static_cast<unsigned char>(out[0])));
    return out;
}

namespace {

std::string lower(std::string s) {
    for (char& c : s) c = char(std::tolower(static_cast<unsigned char>(c)));
    return s;
}

bool has_review(RenderContext& ctx, const std::string& what) {
    if (ctx.data.review) return true;
    ctx.nothing_yet(what);
    return false;
}

/// A date attribute of <chronology-extract>: ISO, or the terms of reference's scope.
std::optional<Date> date_attr(RenderContext& ctx, const XmlNode& node, const char* name) {
    const std::string value = collapse(node.attribute_or(name, ""));
    if (value.empty()) return std::nullopt;
    const TermsOfReference* terms = ctx.data.review ? ctx.data.review->review.current_terms() : nullptr;
    if (value == "scope-from") return terms ? terms->scope_from : std::nullopt;
    if (value == "scope-to") return terms ? terms->scope_to : std::nullopt;
    if (auto d = Date::try_parse_iso(value)) return d;
    throw bad_input(xml::where(ctx.tpl.info.path, node.line) + ": " + name + "='" + value +
                    "' is not a date (YYYY-MM-DD, scope-from or scope-to)");
}

std::string unit_word(DurationUnit unit) {
    return counting_unit(unit) == DurationUnit::WorkingDays ? "working days" : "days";
}

}  // namespace

void recommendations_block(RenderContext& ctx, const XmlNode& node) {
    if (!has_review(ctx, "recommendations")) return;
    const auto& recs = ctx.data.review->learning.recommendations;
    if (recs.empty()) return ctx.nothing_yet("recommendations");
    const std::string numbered = node.attribute_or("numbered", "true");
    const bool responses = node.attribute_or("with-responses", "false") == "true";
    List list;
    list.numbered = numbered == "true" || numbered == "1";
    for (std::size_t i = 0; i < recs.size(); ++i) {
        const auto& r = recs[i];
        const std::string where = "recommendation " + std::to_string(i + 1);
        Paragraph p;
        p.runs.push_back(Run{ctx.text(r.text, where), false, false});
        if (!r.addressee.empty()) p.runs.push_back(Run{" (to: " + ctx.text(r.addressee, where + " addressee") + ")", false, true});
        if (responses) {
            std::string response = "No response recorded yet.";
            if (!r.response.empty())
                response = (r.decision.empty() ? std::string() : r.decision + ": ") + ctx.text(r.response, where + " response");
            p.runs.push_back(Run{" Board response: ", true, false});
            p.runs.push_back(Run{response, false, false});
        }
        list.items.push_back(std::move(p));
    }
    ctx.blocks().push_back(std::move(list));
}

void findings_block(RenderContext& ctx, const XmlNode& node) {
    if (!has_review(ctx, "findings")) return;
    const std::string kind = node.attribute_or("kind", "all");
    int n = 0;
    for (const auto& f : ctx.data.review->learning.findings) {
        if (kind != "all" && f.kind != kind) continue;
        const std::string where = "finding " + std::to_string(f.id);
        Paragraph p;
        std::string lead = "Finding " + std::to_string(++n);
        if (!f.theme.empty()) lead += " (" + ctx.text(f.theme, where) + ")";
        p.runs.push_back(Run{lead + ". ", true, false});
        p.runs.push_back(Run{ctx.text(f.text, where), false, false});
        ctx.blocks().push_back(std::move(p));
    }
    if (n == 0) ctx.nothing_yet(kind == "all" ? std::string("findings") : kind == "systemic" ? "systemic findings" : "good practice findings");
}

void chronology_block(RenderContext& ctx, const XmlNode& node) {
    if (!has_review(ctx, "chronology entries")) return;
    const auto from = date_attr(ctx, node, "from");
    const auto to = date_attr(ctx, node, "to");
    const std::string agency = lower(collapse(node.attribute_or("agency", "")));
    const std::string significance = collapse(node.attribute_or("significance", ""));
    const std::string episode = collapse(node.attribute_or("key-episode", ""));
    const bool details = node.attribute_or("details", "false") == "true";

    // The extract is a list of positions in the shared chronology: 4 bytes a row, not a copy.
    auto entries = ctx.data.chronology();
    auto picked = std::make_shared<std::vector<std::uint32_t>>();
    for (std::size_t i = 0; i < entries->size(); ++i) {
        const ChronologyEntry& e = (*entries)[i];
        if (from && e.date.latest < *from) continue;
        if (to && *to < e.date.earliest) continue;
        if (!agency.empty() && lower(e.agency) != agency) continue;
        if (!significance.empty() && e.significance != significance) continue;
        if (!episode.empty() && e.key_episode != episode) continue;
        picked->push_back(std::uint32_t(i));
    }
    if (picked->empty())
        return ctx.nothing(entries->empty() ? "No chronology recorded yet." : "No chronology entry matches this extract.");

    Table table;
    table.header = {"Date", "Agency", "Event", details ? "Details" : "Outcome"};
    table.widths = {14, 16, 40, 30};
    table.row_count = picked->size();
    TextFilter filter = ctx.filter;
    table.row_at = [entries, picked, filter, details](std::size_t i) {
        const ChronologyEntry& e = (*entries)[(*picked)[i]];
        const std::string where = "chronology " + std::to_string(e.id);
        std::string when = e.date.long_form();
        if (e.time) when += " " + format_time(*e.time);
        // Places named field by field as `redaction check` names them, so a decision for one holds here.
        return std::vector<std::string>{when, filter(e.agency, where + " agency"), filter(e.event, where + " event"),
                                        filter(details ? e.details : e.outcome, where + (details ? " details" : " outcome"))};
    };
    ctx.blocks().push_back(std::move(table));
}

void action_plan_block(RenderContext& ctx, const XmlNode& node) {
    if (!has_review(ctx, "actions")) return;
    const std::string agency = lower(collapse(node.attribute_or("agency", "")));
    Table table;
    table.header = {"No.", "Action", "Agency", "Owner", "Due", "Status"};
    table.widths = {6, 34, 15, 16, 14, 15};
    for (const auto& a : ctx.data.review->learning.actions) {
        if (!agency.empty() && lower(a.agency) != agency) continue;
        const std::string where = "action " + std::to_string(a.id);
        table.rows.push_back({a.recommendation_number ? std::to_string(a.recommendation_number) : "",
                              ctx.cell(a.text, where), ctx.cell(a.agency, where + " agency"), ctx.cell(a.owner, where + " owner"),
                              a.due ? a.due->iso() : "", label(a.status)});
    }
    if (table.rows.empty()) return ctx.nothing_yet(agency.empty() ? std::string("actions") : "actions for this agency");
    ctx.blocks().push_back(std::move(table));
}

void people_block(RenderContext& ctx) {
    if (!has_review(ctx, "people")) return;
    const auto& people = ctx.data.review->review.people;
    if (people.empty()) return ctx.nothing_yet("people");
    Table table;
    // A published report never shows the names, not even to be redacted.
    table.header = ctx.publish ? std::vector<std::string>{"Referred to as", "Role"}
                               : std::vector<std::string>{"Referred to as", "Role", "Name (draft only)"};
    for (const auto& p : people) {
        const std::string where = "person " + std::to_string(p.id);
        std::vector<std::string> row{ctx.cell(p.pseudonym, where), label(p.role)};
        if (!ctx.publish) row.push_back(p.name);
        table.rows.push_back(std::move(row));
    }
    ctx.blocks().push_back(std::move(table));
}

void panel_block(RenderContext& ctx) {
    if (!has_review(ctx, "appointments")) return;
    const auto& appointments = ctx.data.review->review.appointments;
    if (appointments.empty()) return ctx.nothing_yet("appointments");
    Table table;
    table.header = {"Name", "Role", "Organisation", "Independent", "Declaration of interests"};
    table.widths = {16, 14, 20, 16, 34};
    for (const auto& a : appointments) {
        const std::string where = "appointment " + std::to_string(a.id);
        table.rows.push_back({ctx.cell(a.name, where), label(a.role), ctx.cell(a.organisation, where),
                              a.independent ? "Yes" : "No", ctx.cell(a.declaration, where)});
    }
    ctx.blocks().push_back(std::move(table));
}

void terms_block(RenderContext& ctx) {
    if (!has_review(ctx, "terms of reference")) return;
    const TermsOfReference* t = ctx.data.review->review.current_terms();
    if (!t) return ctx.nothing_yet("terms of reference");
    const std::string where = "terms of reference v" + std::to_string(t->version);
    ctx.blocks().push_back(Paragraph{{Run{"Version " + std::to_string(t->version) + ", agreed " + t->agreed.long_form() + ".", false, true}}, "note"});
    if (t->scope_from || t->scope_to) {
        std::string scope = "The review considers the period ";
        scope += t->scope_from ? "from " + t->scope_from->long_form() : std::string("up");
        scope += t->scope_to ? " to " + t->scope_to->long_form() + "." : std::string(" to the incident.");
        ctx.blocks().push_back(Paragraph{{Run{scope}}, ""});
    }
    if (!t->key_questions.empty()) {
        ctx.blocks().push_back(Paragraph{{Run{"Key lines of enquiry:", true, false}}, ""});
        List list;
        list.numbered = true;
        for (std::size_t i = 0; i < t->key_questions.size(); ++i)
            list.items.push_back(Paragraph{{Run{ctx.text(t->key_questions[i], where + " question " + std::to_string(i + 1))}}, ""});
        ctx.blocks().push_back(std::move(list));
    }
    if (!t->methodology.empty()) {
        ctx.blocks().push_back(Paragraph{{Run{"Methodology: ", true, false}, Run{ctx.text(t->methodology, where + " methodology")}}, ""});
    }
}

void stages_block(RenderContext& ctx) {
    if (!has_review(ctx, "stages")) return;
    const Review& r = ctx.data.review->review;
    const Pathway* pathway = ctx.data.board->pathways().find(r.pathway_id);
    if (!pathway) return ctx.nothing_yet("stages");
    Table table;
    table.header = {"Stage", "Completed", "Note"};
    table.widths = {30, 20, 50};
    for (const auto& s : pathway->stages) {
        const StageCompletion* done = r.completion(s.id);
        table.rows.push_back({s.name, done ? done->date.long_form() : (s.id == r.current_stage ? "in progress" : ""),
                              done ? ctx.cell(done->note, "stage " + s.id) : ""});
    }
    ctx.blocks().push_back(std::move(table));
}

void clocks_block(RenderContext& ctx) {
    if (!has_review(ctx, "clocks")) return;
    const ClockReport& report = ctx.data.review->clocks;
    Table table;
    table.header = {"Timescale", "Due", "Status", "Late / left"};
    table.widths = {34, 22, 18, 26};
    for (const auto& c : report.clocks) {
        std::string lateness;
        if (c.days_late > 0)
            lateness = std::to_string(c.days_late) + " " + unit_word(c.unit) + " late";
        else if (c.status != ClockStatus::Met && c.status != ClockStatus::MetLate)
            lateness = std::to_string(c.days_left) + " " + unit_word(c.unit) + " left";
        table.rows.push_back({c.clock_name, c.due.long_form(), label(std::string(status_id(c.status))), lateness});
    }
    for (const auto& p : report.pending) table.rows.push_back({p.clock_name, "", "Not started", "waiting for " + p.waiting_for});
    if (table.rows.empty()) return ctx.nothing_yet("timescales");
    ctx.blocks().push_back(std::move(table));
}

void holds_block(RenderContext& ctx) {
    if (!has_review(ctx, "holds")) return;
    const auto& holds = ctx.data.review->review.holds;
    if (holds.empty()) {
        ctx.blocks().push_back(Paragraph{{Run{"The review has not been paused for parallel proceedings.", false, true}}, "note"});
        return;
    }
    Table table;
    table.header = {"Proceedings", "From", "To", "Reason"};
    table.widths = {20, 18, 18, 44};
    for (const auto& h : holds)
        table.rows.push_back({label(h.proceeding), h.from.long_form(), h.to ? h.to->long_form() : "open",
                              ctx.cell(h.reason, "hold " + std::to_string(h.id))});
    ctx.blocks().push_back(std::move(table));
}

}  // namespace model::report
