// SPDX-License-Identifier: MIT
// alerts, calendar, audit.
#include "args.h"
#include "context.h"
#include "json_views.h"
#include "learning_json.h"
#include "table.h"
#include "words.h"

#include "model/calendar/bank_holiday.h"
#include "model/core/capped_file.h"
#include "model/core/error.h"

#include <algorithm>
#include <fstream>
#include <iostream>
#include <sstream>

namespace cli {
namespace {



std::string lateness(const model::ClockState& k) {
    const std::string unit = k.unit == model::DurationUnit::WorkingDays ? " working day" : " day";
    if (k.days_late > 0) return std::to_string(k.days_late) + unit + (k.days_late == 1 ? "" : "s") + " late";
    if (k.status == model::ClockStatus::Met || k.status == model::ClockStatus::MetLate) return "";
    return std::to_string(k.days_left) + unit + (k.days_left == 1 ? "" : "s") + " left";
}

}  // namespace

int verb_alerts(Context& c, const Words& w) {
    Args a("alerts", w, {"--json"}, {"--as-of", "--status", "--review"});
    a.expect_positionals(0);
    const model::Date as_of = a.date("--as-of").value_or(model::Date::today());
    const auto statuses = a.all("--status");
    for (const auto& s : statuses) {
        static const std::vector<std::string> known = {"on-track", "due-soon", "overdue", "met", "met-late", "paused"};
        if (std::find(known.begin(), known.end(), s) == known.end())
            throw model::bad_input("alerts: unknown status '" + s + "' (expected on-track, due-soon, overdue, met, "
                                   "met-late or paused)");
    }
    const auto review = a.get("--review");
    if (review) c.board().get_review(*review);  // unknown ref: not found
    std::vector<model::ClockState> shown;
    for (auto& k : c.board().alerts(as_of)) {
        if (review && k.review_ref != *review) continue;
        if (!statuses.empty() &&
            std::find(statuses.begin(), statuses.end(), std::string(model::status_id(k.status))) == statuses.end())
            continue;
        shown.push_back(std::move(k));
    }
    // Learning alerts (actions past due, effect never checked, recommendations without action) join
    // the clocks as records with the same fields; each counts as "overdue" for --status.
    std::vector<model::LearningAlert> learning;
    if (statuses.empty() || std::find(statuses.begin(), statuses.end(), "overdue") != statuses.end())
        for (auto& l : c.board().learning().alerts(as_of))
            if (!review || l.review == *review) learning.push_back(std::move(l));
    if (a.flag("--json")) {
        nlohmann::json out = nlohmann::json::array();
        for (const auto& k : shown) {
            out.push_back(to_json(k));
            out.back()["kind"] = "clock";
        }
        for (const auto& l : learning) out.push_back(alert_record(l));
        print_json(out);
        return 0;
    }
    Table t({"STATUS", "DUE", "", "REVIEW", "CLOCK", "OWNER"});
    for (const auto& k : shown)
        t.add({std::string(model::status_id(k.status)), k.due.iso(), lateness(k), k.review_ref, k.clock_name, owner_text(k.owner, k.owner_role)});
    for (const auto& l : learning)
        t.add({"overdue", l.due ? l.due->iso() : "", std::to_string(l.days_late) + " days", l.review, l.message, l.agency});
    t.print(std::cout);
    return 0;
}

int verb_calendar(Context& c, const Words& w) {
    if (w.empty()) throw model::bad_input("calendar: missing sub-command (add, holidays or import)");
    const std::string sub = w.front();
    if (sub == "add") {
        Args a("calendar add", rest(w), {"--json"}, {"--region"});
        a.expect_positionals(3);
        const model::Date start = model::Date::parse_iso(a.positional(0, "DATE"));
        const int amount = parse_int("calendar add: AMOUNT", a.positional(1, "AMOUNT"));
        const model::DurationUnit unit = model::parse_unit(a.positional(2, "UNIT"));
        const model::Region region = model::parse_region(a.get("--region").value_or("england-and-wales"));
        const model::Date result = c.board().calendar().add(region, start, amount, unit);
        if (a.flag("--json"))
            print_json({{"date", result.iso()}});
        else
            std::cout << result.iso() << '\n';
        return 0;
    }
    if (sub == "holidays") {
        Args a("calendar holidays", rest(w), {"--json"}, {"--region"});
        a.expect_positionals(1);
        const int year = parse_int("calendar holidays: YEAR", a.positional(0, "YEAR"));
        if (year < 1975 || year > 2199) throw model::bad_input("calendar holidays: year " + std::to_string(year) + " is out of range (1975-2199)");
        const model::Region region = model::parse_region(a.get("--region").value_or("england-and-wales"));
        const auto list = c.board().calendar().holidays(region, year);
        if (a.flag("--json")) {
            nlohmann::json out = nlohmann::json::array();
            for (const auto& h : list)
                out.push_back({{"date", h.date.iso()}, {"title", h.title}, {"notes", h.notes}, {"bunting", h.bunting}});
            print_json(out);
            return 0;
        }
        for (const auto& h : list)
            std::cout << h.date.iso() << "  " << h.title << (h.notes.empty() ? "" : " (" + h.notes + ")") << '\n';
        return 0;
    }
    if (sub == "import") {
        Args a("calendar import", rest(w), {}, {});
        a.expect_positionals(1);
        const std::string& path = a.positional(0, "FILE");
        const std::string text = model::read_file_capped(path, 8u << 20);
        c.board().import_bank_holidays(model::parse_govuk_bank_holidays(text, path), path);
        return 0;
    }
    throw model::bad_input("calendar: unknown sub-command '" + sub + "' (expected add, holidays or import)");
}

int verb_audit(Context& c, const Words& w) {
    Args a("audit", w, {"--json"}, {});
    a.expect_positionals(1);
    const std::string ref = a.positional_count() ? a.positional(0, "REF") : "";
    const auto entries = c.board().audit(ref);
    if (a.flag("--json")) {
        nlohmann::json out = nlohmann::json::array();
        for (const auto& e : entries) out.push_back(to_json(e));
        print_json(out);
        return 0;
    }
    Table t({"WHEN", "WHO", "ACTION", "REVIEW", "FIELD", "OLD", "NEW"});
    for (const auto& e : entries) t.add({e.at, e.actor, e.action, e.review_ref, e.field, e.old_value, e.new_value});
    t.print(std::cout);
    return 0;
}

}  // namespace cli
