// SPDX-License-Identifier: MIT
// hold, person, appoint, terms.
#include "args.h"
#include "context.h"
#include "json_views.h"
#include "words.h"

#include "model/core/error.h"

#include <iostream>

namespace cli {
namespace {


std::string sub_verb(const Words& w, const std::string& verb, const std::string& expected) {
    if (w.empty()) throw model::bad_input(verb + ": missing sub-command (" + expected + ")");
    return w.front();
}

[[noreturn]] void unknown_sub(const std::string& verb, const std::string& sub, const std::string& expected) {
    throw model::bad_input(verb + ": unknown sub-command '" + sub + "' (expected " + expected + ")");
}

}  // namespace

int verb_hold(Context& c, const Words& w) {
    const std::string sub = sub_verb(w, "hold", "add or end");
    if (sub == "add") {
        Args a("hold add", rest(w), {}, {"--proceeding", "--reason", "--from", "--to"});
        a.expect_positionals(1);
        model::NewHold h{a.required("--proceeding"), a.required("--reason"), a.required_date("--from"), a.date("--to")};
        std::cout << c.board().add_hold(a.positional(0, "REF"), h) << '\n';
        return 0;
    }
    if (sub == "end") {
        Args a("hold end", rest(w), {}, {"--date"});
        a.expect_positionals(1);
        c.board().end_hold(a.positional(0, "REF"), a.required_date("--date"));
        return 0;
    }
    unknown_sub("hold", sub, "add or end");
}

int verb_person(Context& c, const Words& w) {
    const std::string sub = sub_verb(w, "person", "add");
    if (sub != "add") unknown_sub("person", sub, "add");
    Args a("person add", rest(w), {}, {"--name", "--pseudonym", "--role"});
    a.expect_positionals(1);
    model::NewPerson p{a.required("--name"), a.required("--pseudonym"), a.required("--role")};
    std::cout << c.board().add_person(a.positional(0, "REF"), p) << '\n';
    return 0;
}

int verb_appoint(Context& c, const Words& w) {
    Args a("appoint", w, {"--not-independent"}, {"--name", "--role", "--organisation", "--declaration", "--date"});
    a.expect_positionals(1);
    model::NewAppointment ap;
    ap.name = a.required("--name");
    ap.role = a.required("--role");
    ap.organisation = a.get("--organisation").value_or("");
    ap.independent = !a.flag("--not-independent");
    ap.declaration = a.required("--declaration");
    ap.appointed = a.date("--date").value_or(model::Date::today());
    std::cout << c.board().add_appointment(a.positional(0, "REF"), ap) << '\n';
    return 0;
}

int verb_terms(Context& c, const Words& w) {
    const std::string sub = sub_verb(w, "terms", "set or show");
    if (sub == "set") {
        Args a("terms set", rest(w), {}, {"--agreed", "--scope-from", "--scope-to", "--question", "--methodology"});
        a.expect_positionals(1);
        model::NewTerms t{a.date("--scope-from"), a.date("--scope-to"), a.all("--question"),
                          a.get("--methodology").value_or(""), a.required_date("--agreed")};
        std::cout << c.board().set_terms(a.positional(0, "REF"), t) << '\n';
        return 0;
    }
    if (sub == "show") {
        Args a("terms show", rest(w), {"--json"}, {});
        a.expect_positionals(1);
        const auto review = c.board().get_review(a.positional(0, "REF"));
        const auto detail = review_detail(review, c.board().pathways().get(review.pathway_id), {});
        if (a.flag("--json")) {
            print_json(detail["terms_of_reference"]);
            return 0;
        }
        const auto* t = review.current_terms();
        if (!t) {
            std::cout << review.ref << " has no terms of reference yet\n";
            return 0;
        }
        std::cout << "Terms of reference v" << t->version << " (agreed " << t->agreed.iso() << ", recorded by "
                  << t->recorded_by << ")\nScope: " << (t->scope_from ? t->scope_from->iso() : "?") << " to "
                  << (t->scope_to ? t->scope_to->iso() : "?") << "\nMethodology: " << t->methodology << "\n";
        for (std::size_t i = 0; i < t->key_questions.size(); ++i)
            std::cout << "  " << i + 1 << ". " << t->key_questions[i] << '\n';
        return 0;
    }
    unknown_sub("terms", sub, "set or show");
}

}  // namespace cli
