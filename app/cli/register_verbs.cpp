// SPDX-License-Identifier: MIT
// init, demo, pathways, review, stage.
#include "args.h"
#include "context.h"
#include "json_views.h"
#include "table.h"
#include "words.h"

#include "model/core/error.h"

#include <iostream>

namespace cli {
namespace {

std::string stage_name(const model::Pathway* p, const std::string& id) {
    if (id.empty()) return "(all stages done)";
    const model::StageDef* s = p ? p->find_stage(id) : nullptr;
    return s ? s->name : id;
}

std::string sub_verb(const Words& w, const char* verb, const char* choices) {
    if (w.empty()) throw model::bad_input(std::string(verb) + ": missing sub-command (" + choices + ")");
    return w.front();
}


int review_add(Context& c, const Words& w) {
    Args a("review add", w, {}, {"--pathway", "--title", "--aware", "--child", "--region"});
    a.expect_positionals(0);
    model::NewReview r;
    r.pathway_id = a.required("--pathway");
    r.title = a.required("--title");
    r.aware = a.required_date("--aware");
    r.child = a.get("--child").value_or("");
    if (auto region = a.get("--region")) r.region = model::parse_region(*region);
    std::cout << c.board().add_review(r) << '\n';
    return 0;
}

int review_list(Context& c, const Words& w) {
    Args a("review list", w, {"--json"}, {});
    a.expect_positionals(0);
    auto reviews = c.board().list_reviews();
    if (a.flag("--json")) {
        nlohmann::json out = nlohmann::json::array();
        for (const auto& r : reviews) out.push_back(to_json(r));
        print_json(out);
        return 0;
    }
    Table t({"REF", "PATHWAY", "AWARE", "STAGE", "TITLE"});
    for (const auto& r : reviews)
        t.add({r.ref, r.pathway_id, r.aware.iso(), stage_name(c.board().pathways().find(r.pathway_id), r.current_stage),
               r.title + (r.on_hold ? "  [on hold]" : "")});
    t.print(std::cout);
    return 0;
}

int review_show(Context& c, const Words& w) {
    Args a("review show", w, {"--json"}, {"--as-of"});
    a.expect_positionals(1);
    const auto review = c.board().get_review(a.positional(0, "REF"));
    const model::Date as_of = a.date("--as-of").value_or(model::Date::today());
    const auto& pathway = c.board().pathways().get(review.pathway_id);
    const auto clocks = c.board().clocks(review, as_of);
    if (a.flag("--json")) {
        print_json(review_detail(review, pathway, clocks));
        return 0;
    }
    std::cout << review.ref << "  " << review.title << "\n"
              << "Pathway:  " << pathway.name << "\n"
              << "Child:    " << (review.child.empty() ? "-" : review.child) << "\n"
              << "Region:   " << model::region_name(review.region) << "\n"
              << "Aware:    " << review.aware.long_form() << "\n"
              << "Stage:    " << stage_name(&pathway, review.current_stage) << "\n\nStages\n";
    for (const auto& s : pathway.stages) {
        const auto* done = review.completion(s.id);
        std::cout << "  " << (done ? "[x] " + done->date.iso() : std::string("[ ]           ")) << "  " << s.name
                  << (s.optional ? " (optional)" : "") << (done && !done->note.empty() ? " — " + done->note : "") << '\n';
    }
    std::cout << "\nClocks as of " << as_of.iso() << "\n";
    Table t({"CLOCK", "DUE", "STATUS", "LATE", "OWNER"});
    for (const auto& k : clocks.clocks)
        t.add({k.clock_name, k.due.iso(), std::string(model::status_id(k.status)),
               k.days_late ? std::to_string(k.days_late) + " " + std::string(model::unit_id(model::counting_unit(k.unit))) : "",
               owner_text(k.owner, k.owner_role)});
    t.print(std::cout);
    for (const auto& p : clocks.pending) std::cout << "  " << p.clock_name << ": waiting for " << p.waiting_for << '\n';
    if (!review.holds.empty()) {
        std::cout << "\nHolds\n";
        for (const auto& h : review.holds)
            std::cout << "  " << h.from.iso() << " – " << (h.to ? h.to->iso() : "open") << "  " << h.proceeding << ": "
                      << h.reason << '\n';
    }
    return 0;
}

int review_plan(Context& c, const Words& w) {
    Args a("review plan", w, {"--clear"}, {"--publication"});
    a.expect_positionals(1);
    const std::string& ref = a.positional(0, "REF");
    if (a.flag("--clear"))
        c.board().set_planned_publication(ref, std::nullopt);
    else
        c.board().set_planned_publication(ref, a.required_date("--publication"));
    return 0;
}

}  // namespace

int verb_init(Context& c, const Words& w) {
    Args("init", w, {}, {}).expect_positionals(0);
    c.board();
    return 0;
}

int verb_demo(Context& c, const Words& w) {
    Args a("demo", w, {}, {"--today"});
    a.expect_positionals(0);
    if (!c.board().list_reviews().empty())
        throw model::bad_input("demo: " + c.db_path + " already holds reviews; use a new database file");
    model::fill_demo_board(c.board(), a.date("--today").value_or(model::Date::today()));
    return 0;
}

int verb_pathways(Context& c, const Words& w) {
    Args a("pathways", w, {"--json"}, {});
    a.expect_positionals(0);
    const auto& all = c.board().pathways().all();
    if (a.flag("--json")) {
        nlohmann::json out = nlohmann::json::array();
        for (const auto& p : all) out.push_back(to_json(p));
        print_json(out);
        return 0;
    }
    Table t({"ID", "NAME", "STAGES", "CLOCKS"});
    for (const auto& p : all) {
        std::string clocks;
        for (const auto& k : p.clocks) clocks += (clocks.empty() ? "" : ", ") + k.id + " (" + model::describe(k.duration) + ")";
        t.add({p.id, p.name, std::to_string(p.stages.size()), clocks});
    }
    t.print(std::cout);
    return 0;
}

int verb_review(Context& c, const Words& w) {
    const std::string sub = sub_verb(w, "review", "add, list, show, plan");
    if (sub == "add") return review_add(c, rest(w));
    if (sub == "list") return review_list(c, rest(w));
    if (sub == "show") return review_show(c, rest(w));
    if (sub == "plan") return review_plan(c, rest(w));
    throw model::bad_input("review: unknown sub-command '" + sub + "' (expected add, list, show or plan)");
}

int verb_stage(Context& c, const Words& w) {
    const std::string sub = sub_verb(w, "stage", "complete");
    if (sub != "complete") throw model::bad_input("stage: unknown sub-command '" + sub + "' (expected complete)");
    Args a("stage complete", rest(w), {}, {"--date", "--note"});
    a.expect_positionals(2);
    const std::string& ref = a.positional(0, "REF");
    const std::string& stage = a.positional(1, "STAGE");
    const model::Date date = a.required_date("--date");
    const std::string note = a.get("--note").value_or("");
    c.board().complete_stage(ref, stage, date, note);
    const auto review = c.board().get_review(ref);
    const auto* def = c.board().pathways().get(review.pathway_id).find_stage(stage);
    if (def && def->requires_note && note.empty())
        std::cerr << "warning: no rationale recorded for '" << def->name << "'; the panel's reasons belong on record\n";
    return 0;
}

}  // namespace cli
