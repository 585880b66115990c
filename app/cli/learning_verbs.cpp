// SPDX-License-Identifier: MIT
// finding, recommendation, action, actions, evidence, challenge, learning-event, themes, recurring.
#include "args.h"
#include "context.h"
#include "json_views.h"
#include "learning_json.h"
#include "table.h"
#include "words.h"

#include "model/core/error.h"
#include "model/core/private_file.h"

#include <fstream>
#include <iostream>

namespace cli {
namespace {


std::string sub_verb(const Words& w, const char* verb, const char* choices) {
    if (w.empty()) throw model::bad_input(std::string(verb) + ": missing sub-command (" + choices + ")");
    return w.front();
}

/// Ids from repeated options and comma lists: `--finding 3 --finding 4` or `--finding 3,4`.
std::vector<std::int64_t> parse_ids(const std::string& what, const std::vector<std::string>& values) {
    std::vector<std::int64_t> out;
    for (const auto& v : values) {
        std::size_t start = 0;
        while (start <= v.size()) {
            const std::size_t comma = std::min(v.find(',', start), v.size());
            out.push_back(parse_id(what, v.substr(start, comma - start)));
            start = comma + 1;
        }
    }
    return out;
}

std::string join(const std::vector<std::int64_t>& ids) {
    std::string out;
    for (auto id : ids) out += (out.empty() ? "" : ",") + std::to_string(id);
    return out;
}

void print_warnings(std::ostream& out, const std::vector<model::QualityWarning>& warnings, const char* prefix) {
    for (const auto& w : warnings) out << prefix << w.code << ": " << w.message << '\n';
}

/// Like parse_ids, but a single empty value (`--evidence ''`) means "none", so that an edit can
/// remove every link.
std::vector<std::int64_t> parse_id_list(const std::string& what, const std::vector<std::string>& values) {
    if (values.size() == 1 && values.front().find_first_not_of(' ') == std::string::npos) return {};
    return parse_ids(what, values);
}

/// Refuses an edit that names nothing to change, listing what it could change.
void require_some(const Args& a, const char* verb, const std::vector<const char*>& options) {
    std::string names;
    for (std::size_t i = 0; i < options.size(); ++i) {
        if (a.get(options[i])) return;
        names += std::string(i == 0 ? "" : i + 1 == options.size() ? " or " : ", ") + options[i];
    }
    throw model::bad_input(std::string(verb) + ": nothing to change (give " + names + ")");
}

// ---- finding --------------------------------------------------------------------------------------

void print_finding(const model::Finding& f, bool json) {
    if (json) {
        print_json(to_json(f));
        return;
    }
    std::cout << f.review << " finding " << f.number << " (" << to_string(f.kind) << (f.theme.empty() ? "" : ", " + f.theme)
              << ")\n" << f.text << "\nEvidence: " << (f.evidence.empty() ? "-" : join(f.evidence)) << '\n';
}

int finding_verb(Context& c, const Words& w) {
    const std::string sub = sub_verb(w, "finding", "add, list, show or edit");
    if (sub == "add") {
        Args a("finding add", rest(w), {}, {"--text", "--kind", "--theme", "--evidence", "--date"});
        a.expect_positionals(1);
        model::NewFinding f;
        f.text = a.required("--text");
        f.kind = model::finding_kind_from(a.get("--kind").value_or("systemic"));
        f.theme = a.get("--theme").value_or("");
        f.evidence = parse_ids("finding add: --evidence", a.all("--evidence"));
        f.recorded = a.date("--date");
        std::cout << c.board().learning().add_finding(a.positional(0, "REF"), f) << '\n';
        return 0;
    }
    if (sub == "list") {
        Args a("finding list", rest(w), {"--json"}, {});
        a.expect_positionals(1);
        const auto findings = c.board().learning().findings(a.positional(0, "REF"));
        if (a.flag("--json")) {
            nlohmann::json out = nlohmann::json::array();
            for (const auto& f : findings) out.push_back(to_json(f));
            print_json(out);
            return 0;
        }
        Table t({"ID", "NO", "KIND", "THEME", "EVIDENCE", "FINDING"});
        for (const auto& f : findings)
            t.add({std::to_string(f.id), std::to_string(f.number), to_string(f.kind), f.theme, join(f.evidence), f.text});
        t.print(std::cout);
        return 0;
    }
    if (sub == "show") {
        Args a("finding show", rest(w), {"--json"}, {});
        a.expect_positionals(1);
        print_finding(c.board().learning().finding(parse_id("finding show: ID", a.positional(0, "ID"))), a.flag("--json"));
        return 0;
    }
    if (sub == "edit") {
        Args a("finding edit", rest(w), {"--json"}, {"--text", "--kind", "--theme", "--evidence"});
        a.expect_positionals(1);
        const auto id = parse_id("finding edit: ID", a.positional(0, "ID"));
        require_some(a, "finding edit", {"--text", "--kind", "--theme", "--evidence"});
        model::FindingChange change;
        change.text = a.get("--text");
        if (auto kind = a.get("--kind")) change.kind = model::finding_kind_from(*kind);
        change.theme = a.get("--theme");
        if (a.get("--evidence")) change.evidence = parse_id_list("finding edit: --evidence", a.all("--evidence"));
        auto& learning = c.board().learning();
        learning.update_finding(id, change);
        print_finding(learning.finding(id), a.flag("--json"));
        return 0;
    }
    throw model::bad_input("finding: unknown sub-command '" + sub + "' (expected add, list, show or edit)");
}

// ---- recommendation -------------------------------------------------------------------------------

model::NewRecommendation draft_from(const Args& a, const char* verb) {
    model::NewRecommendation r;
    r.text = a.required("--text");
    r.addressee = a.get("--addressee").value_or("");
    r.findings = parse_ids(std::string(verb) + ": --finding", a.all("--finding"));
    if (auto type = a.get("--type")) r.type = model::recommendation_type_from(*type);
    r.made = a.date("--date");
    return r;
}

/// "Board response: accepted in part on 2026-12-01 (by jo): …" or "Board response: none recorded".
std::string response_line(const model::Recommendation& r) {
    if (!r.response) return "Board response: none recorded";
    return "Board response: " + to_string(r.response->decision) + " on " + r.response->date.iso() + " (by " +
           r.response->recorded_by + "): " + r.response->text;
}

void print_recommendation(const model::Recommendation& r) {
    std::cout << r.review << " recommendation " << r.number << " (" << to_string(r.type) << ", made " << r.made.iso()
              << ")\nTo: " << r.addressee << "\n" << r.text << "\nFindings: " << join(r.findings) << "\n"
              << response_line(r) << "\n";
}

int recommendation_verb(Context& c, const Words& w) {
    const std::string sub = sub_verb(w, "recommendation", "check, add, list, show, respond or edit");
    auto& learning = c.board().learning();
    if (sub == "check") {
        Args a("recommendation check", rest(w), {"--json"}, {"--text", "--addressee", "--finding", "--type", "--review", "--date"});
        a.expect_positionals(0);
        const std::string ref = a.get("--review").value_or("");
        if (!ref.empty()) c.board().get_review(ref);  // unknown review: not found
        const auto warnings = learning.check_recommendation(ref, draft_from(a, "recommendation check"));
        if (a.flag("--json")) {
            nlohmann::json out = nlohmann::json::array();
            for (const auto& x : warnings) out.push_back(to_json(x));
            print_json(out);
            return 0;
        }
        if (warnings.empty()) std::cout << "no warnings\n";
        print_warnings(std::cout, warnings, "");
        return 0;
    }
    if (sub == "add") {
        Args a("recommendation add", rest(w), {"--json"}, {"--text", "--addressee", "--finding", "--type", "--date"});
        a.expect_positionals(1);
        const auto saved = learning.add_recommendation(a.positional(0, "REF"), draft_from(a, "recommendation add"));
        if (a.flag("--json")) {
            nlohmann::json warnings = nlohmann::json::array();
            for (const auto& x : saved.warnings) warnings.push_back(to_json(x));
            print_json({{"id", saved.id}, {"number", saved.number}, {"warnings", warnings}});
            return 0;
        }
        std::cout << saved.id << '\n';
        print_warnings(std::cerr, saved.warnings, "warning: ");
        return 0;
    }
    if (sub == "list") {
        Args a("recommendation list", rest(w), {"--json"}, {});
        a.expect_positionals(1);
        const std::string ref = a.positional(0, "REF");
        const auto recs = learning.recommendations(ref);
        const auto mix = learning.mix(ref);
        if (a.flag("--json")) {
            nlohmann::json list = nlohmann::json::array();
            for (const auto& r : recs) list.push_back(to_json(r));
            print_json({{"review", ref}, {"mix", to_json(mix)}, {"recommendations", list}});
            return 0;
        }
        Table t({"ID", "NO", "TYPE", "ADDRESSEE", "FINDINGS", "ACTIONS", "RESPONSE", "RECOMMENDATION"});
        for (const auto& r : recs)
            t.add({std::to_string(r.id), std::to_string(r.number), to_string(r.type), r.addressee, join(r.findings),
                   std::to_string(r.action_count), r.response ? to_string(r.response->decision) : "-", r.text});
        t.print(std::cout);
        std::cout << "\n" << mix.total << " recommendation" << (mix.total == 1 ? "" : "s") << ": " << mix.procedure
                  << " procedure, " << mix.training << " training, " << mix.supervision << " supervision, " << mix.other
                  << " other\n";
        return 0;
    }
    if (sub == "show") {
        Args a("recommendation show", rest(w), {"--json"}, {"--as-of"});
        a.expect_positionals(1);
        const auto r = learning.recommendation(parse_id("recommendation show: ID", a.positional(0, "ID")));
        const auto actions = learning.actions_of(r.id, a.date("--as-of").value_or(model::Date::today()));
        if (a.flag("--json")) {
            auto j = to_json(r);
            j["action_list"] = nlohmann::json::array();
            for (const auto& x : actions) j["action_list"].push_back(to_json(x));
            print_json(j);
            return 0;
        }
        print_recommendation(r);
        for (const auto& x : actions)
            std::cout << "  action " << x.id << "  " << to_string(x.rag) << "  " << to_string(x.status) << "  due "
                      << x.due.iso() << "  " << x.agency << ": " << x.text << '\n';
        return 0;
    }
    if (sub == "respond") {
        Args a("recommendation respond", rest(w), {"--json"}, {"--decision", "--text", "--date"});
        a.expect_positionals(1);
        const auto id = parse_id("recommendation respond: ID", a.positional(0, "ID"));
        const auto decision = model::response_decision_from(a.required("--decision"));
        learning.respond(id, decision, a.required("--text"), a.date("--date"));
        const auto r = learning.recommendation(id);
        if (a.flag("--json")) {
            print_json(to_json(r));
            return 0;
        }
        std::cout << response_line(r) << '\n';
        return 0;
    }
    if (sub == "edit") {
        Args a("recommendation edit", rest(w), {"--json"}, {"--text", "--addressee", "--type", "--finding"});
        a.expect_positionals(1);
        const auto id = parse_id("recommendation edit: ID", a.positional(0, "ID"));
        require_some(a, "recommendation edit", {"--text", "--addressee", "--type", "--finding"});
        model::RecommendationChange change;
        change.text = a.get("--text");
        change.addressee = a.get("--addressee");
        if (auto type = a.get("--type")) change.type = model::recommendation_type_from(*type);
        if (a.get("--finding")) change.findings = parse_id_list("recommendation edit: --finding", a.all("--finding"));
        learning.update_recommendation(id, change);
        // As when adding, the guard's warnings are advice: shown, never refused.
        const auto r = learning.recommendation(id);
        const auto warnings = learning.check_recommendation(r.review, {r.text, r.addressee, r.findings, r.type, r.made});
        if (a.flag("--json")) {
            auto j = to_json(r);
            j["warnings"] = nlohmann::json::array();
            for (const auto& x : warnings) j["warnings"].push_back(to_json(x));
            print_json(j);
            return 0;
        }
        print_recommendation(r);
        print_warnings(std::cerr, warnings, "warning: ");
        return 0;
    }
    throw model::bad_input("recommendation: unknown sub-command '" + sub + "' (expected check, add, list, show, respond or edit)");
}

// ---- actions ----------------------------------------------------------------------------------------

int action_verb(Context& c, const Words& w) {
    const std::string sub = sub_verb(w, "action", "add, set or show");
    auto& learning = c.board().learning();
    if (sub == "add") {
        Args a("action add", rest(w), {}, {"--agency", "--owner", "--due", "--text", "--agreed"});
        a.expect_positionals(1);
        const auto rec = parse_id("action add: REC", a.positional(0, "REC"));
        model::NewAction x;
        x.agency = a.required("--agency");
        x.owner = a.required("--owner");
        x.due = a.required_date("--due");
        x.text = a.required("--text");
        x.agreed = a.date("--agreed");
        std::cout << learning.add_action(rec, x) << '\n';
        return 0;
    }
    if (sub == "set") {
        Args a("action set", rest(w), {}, {"--status", "--date", "--evidence"});
        a.expect_positionals(1);
        const auto id = parse_id("action set: ID", a.positional(0, "ID"));
        const auto status = model::action_status_from(a.required("--status"));
        learning.set_action_status(id, status, a.required_date("--date"), a.get("--evidence").value_or(""));
        return 0;
    }
    if (sub == "show") {
        Args a("action show", rest(w), {"--json"}, {});
        a.expect_positionals(1);
        const auto x = learning.action(parse_id("action show: ID", a.positional(0, "ID")));
        if (a.flag("--json")) {
            print_json(to_json(x));
            return 0;
        }
        std::cout << "Action " << x.id << " — " << x.review << " recommendation " << x.recommendation_number << "\n"
                  << x.text << "\nAgency: " << x.agency << "   Owner: " << x.owner << "   Due: " << x.due.iso()
                  << "\nStatus: " << to_string(x.status) << "\n\nHistory\n";
        for (const auto& h : x.history)
            std::cout << "  " << h.date.iso() << "  " << to_string(h.status) << "  (" << h.actor << ")"
                      << (h.evidence.empty() ? "" : " — " + h.evidence) << '\n';
        if (!x.evidence.empty()) std::cout << "\nEvidence of impact\n";
        for (const auto& e : x.evidence)
            std::cout << "  " << e.id << "  " << e.date.iso() << "  " << to_string(e.kind) << "  " << e.text
                      << (e.file_name.empty() ? "" : "  [" + e.file_name + ", " + std::to_string(e.file_size) + " bytes]")
                      << '\n';
        return 0;
    }
    throw model::bad_input("action: unknown sub-command '" + sub + "' (expected add, set or show)");
}

int actions_verb(Context& c, const Words& w) {
    Args a("actions", w, {"--json"}, {"--as-of", "--agency", "--review", "--status", "--rag"});
    a.expect_positionals(0);
    const model::Date as_of = a.date("--as-of").value_or(model::Date::today());
    model::ActionFilter filter;
    filter.agency = a.get("--agency").value_or("");
    filter.review = a.get("--review").value_or("");
    if (auto s = a.get("--status")) filter.status = model::action_status_from(*s);
    if (auto r = a.get("--rag")) filter.rag = model::rag_from(*r);
    const auto rows = c.board().learning().actions(as_of, filter);
    if (a.flag("--json")) {
        nlohmann::json out = nlohmann::json::array();
        for (const auto& r : rows) out.push_back(to_json(r));
        print_json(out);
        return 0;
    }
    Table t({"RAG", "ID", "REVIEW", "REC", "AGENCY", "OWNER", "DUE", "STATUS", "ACTION"});
    for (const auto& r : rows)
        t.add({to_string(r.rag) + (r.days_late ? " (" + std::to_string(r.days_late) + "d late)" : ""), std::to_string(r.id),
               r.review, std::to_string(r.recommendation_number), r.agency, r.owner, r.due.iso(), to_string(r.status), r.text});
    t.print(std::cout);
    return 0;
}

// ---- evidence ---------------------------------------------------------------------------------------

int evidence_verb(Context& c, const Words& w) {
    const std::string sub = sub_verb(w, "evidence", "attach, add or get");
    auto& learning = c.board().learning();
    if (sub == "attach" || sub == "add") {
        const bool attach = sub == "attach";
        Args a(attach ? "evidence attach" : "evidence add", rest(w), {}, {"--kind", "--text", "--date", "--file"});
        a.expect_positionals(attach ? 2 : 1);
        const auto action = parse_id("evidence " + sub + ": ACTION", a.positional(0, "ACTION"));
        model::NewEvidence e;
        e.kind = model::evidence_kind_from(a.required("--kind"));
        e.date = a.date("--date");
        if (attach) {
            e.file_path = a.positional(1, "FILE");
            e.text = a.get("--text").value_or("");
            if (e.text.empty()) e.text = "attached file";
        } else {
            e.text = a.required("--text");
            e.file_path = a.get("--file").value_or("");
        }
        std::cout << learning.add_evidence(action, e) << '\n';
        return 0;
    }
    if (sub == "get") {
        Args a("evidence get", rest(w), {}, {"-o"});
        a.expect_positionals(1);
        const auto bytes = learning.evidence_file(parse_id("evidence get: ID", a.positional(0, "ID")));
        const std::string out = a.required("-o");
        model::write_private_file(out, std::string(bytes.begin(), bytes.end()));
        return 0;
    }
    throw model::bad_input("evidence: unknown sub-command '" + sub + "' (expected attach, add or get)");
}

// ---- challenge, learning events -------------------------------------------------------------------

int challenge_verb(Context& c, const Words& w) {
    const std::string sub = sub_verb(w, "challenge", "add, close or list");
    auto& learning = c.board().learning();
    if (sub == "add") {
        Args a("challenge add", rest(w), {}, {"--agency", "--raised", "--issue", "--board-action"});
        a.expect_positionals(1);
        model::NewChallenge x;
        x.agency = a.required("--agency");
        x.raised = a.required_date("--raised");
        x.issue = a.required("--issue");
        x.board_action = a.get("--board-action").value_or("");
        std::cout << learning.add_challenge(a.positional(0, "REF"), x) << '\n';
        return 0;
    }
    if (sub == "close") {
        Args a("challenge close", rest(w), {}, {"--date", "--outcome"});
        a.expect_positionals(1);
        learning.close_challenge(parse_id("challenge close: ID", a.positional(0, "ID")), a.required_date("--date"),
                                 a.required("--outcome"));
        return 0;
    }
    if (sub == "list") {
        Args a("challenge list", rest(w), {"--json"}, {});
        a.expect_positionals(1);
        const auto list = learning.challenges(a.positional_count() ? a.positional(0, "REF") : "");
        if (a.flag("--json")) {
            nlohmann::json out = nlohmann::json::array();
            for (const auto& x : list) out.push_back(to_json(x));
            print_json(out);
            return 0;
        }
        Table t({"ID", "REVIEW", "AGENCY", "RAISED", "CLOSED", "ISSUE", "BOARD ACTION", "OUTCOME"});
        for (const auto& x : list)
            t.add({std::to_string(x.id), x.review, x.agency, x.raised.iso(), x.closed ? x.closed->iso() : "open", x.issue,
                   x.board_action, x.outcome});
        t.print(std::cout);
        return 0;
    }
    throw model::bad_input("challenge: unknown sub-command '" + sub + "' (expected add, close or list)");
}

int learning_event_verb(Context& c, const Words& w) {
    const std::string sub = sub_verb(w, "learning-event", "add or list");
    auto& learning = c.board().learning();
    if (sub == "add") {
        Args a("learning-event add", rest(w), {}, {"--date", "--title", "--audience", "--attendance", "--presenter"});
        a.expect_positionals(1);
        model::NewLearningEvent e;
        e.date = a.required_date("--date");
        e.title = a.required("--title");
        e.audience = a.get("--audience").value_or("");
        if (auto n = a.get("--attendance")) e.attendance = parse_int("learning-event add: --attendance", *n);
        e.presenter = a.get("--presenter").value_or("");
        std::cout << learning.add_learning_event(a.positional(0, "REF"), e) << '\n';
        return 0;
    }
    if (sub == "list") {
        Args a("learning-event list", rest(w), {"--json"}, {});
        a.expect_positionals(1);
        const auto list = learning.learning_events(a.positional_count() ? a.positional(0, "REF") : "");
        if (a.flag("--json")) {
            nlohmann::json out = nlohmann::json::array();
            for (const auto& x : list) out.push_back(to_json(x));
            print_json(out);
            return 0;
        }
        Table t({"ID", "REVIEW", "DATE", "TITLE", "AUDIENCE", "ATTENDED", "PRESENTER"});
        for (const auto& x : list)
            t.add({std::to_string(x.id), x.review, x.date.iso(), x.title, x.audience, std::to_string(x.attendance), x.presenter});
        t.print(std::cout);
        return 0;
    }
    throw model::bad_input("learning-event: unknown sub-command '" + sub + "' (expected add or list)");
}

// ---- themes, recurring ------------------------------------------------------------------------------

int themes_verb(Context& c, const Words& w) {
    Args a("themes", w, {"--json"}, {});
    a.expect_positionals(0);
    const auto& themes = c.board().learning().themes().all();
    if (a.flag("--json")) {
        nlohmann::json out = nlohmann::json::array();
        for (const auto& t : themes) out.push_back({{"name", t.name}, {"description", t.description}});
        print_json(out);
        return 0;
    }
    for (const auto& t : themes) std::cout << t.name << '\n';
    return 0;
}

int recurring_verb(Context& c, const Words& w) {
    Args a("recurring", w, {"--json"}, {"--min-similarity"});
    a.expect_positionals(0);
    double min = 0.45;
    if (auto s = a.get("--min-similarity")) {
        std::size_t used = 0;
        try {
            min = std::stod(*s, &used);
        } catch (const std::exception&) {
            used = 0;
        }
        if (used == 0 || used != s->size()) throw model::bad_input("recurring: --min-similarity '" + *s + "' is not a number");
    }
    auto& learning = c.board().learning();
    const auto themes = learning.recurring_themes();
    const auto clusters = learning.recurring_recommendations(min);
    if (a.flag("--json")) {
        nlohmann::json t = nlohmann::json::array(), r = nlohmann::json::array();
        for (const auto& x : themes) t.push_back(to_json(x));
        for (const auto& x : clusters) r.push_back(to_json(x));
        print_json({{"themes", t}, {"recommendations", r}});
        return 0;
    }
    std::cout << "Recurring themes\n";
    if (themes.empty()) std::cout << "  (none in more than one review)\n";
    for (const auto& t : themes) {
        std::cout << "  " << t.theme << ": " << t.findings << " finding" << (t.findings == 1 ? "" : "s") << " in "
                  << t.reviews.size() << " reviews —";
        for (const auto& y : t.years) std::cout << ' ' << y.year << " (" << y.reviews.size() << ")";
        std::cout << '\n';
    }
    std::cout << "\nRecurring recommendations\n";
    if (clusters.empty()) std::cout << "  (none across reviews)\n";
    for (const auto& cl : clusters) {
        std::string terms;
        for (const auto& t : cl.terms) terms += (terms.empty() ? "" : ", ") + t;
        std::cout << "  [" << terms << "] in " << cl.reviews.size() << " reviews\n";
        for (const auto& m : cl.members)
            std::cout << "    " << m.review << " rec " << m.number << " (" << m.made.iso() << "): " << m.text << '\n';
    }
    return 0;
}

}  // namespace

int verb_finding(Context& c, const Words& w) { return finding_verb(c, w); }
int verb_recommendation(Context& c, const Words& w) { return recommendation_verb(c, w); }
int verb_action(Context& c, const Words& w) { return action_verb(c, w); }
int verb_actions(Context& c, const Words& w) { return actions_verb(c, w); }
int verb_evidence(Context& c, const Words& w) { return evidence_verb(c, w); }
int verb_challenge(Context& c, const Words& w) { return challenge_verb(c, w); }
int verb_learning_event(Context& c, const Words& w) { return learning_event_verb(c, w); }
int verb_themes(Context& c, const Words& w) { return themes_verb(c, w); }
int verb_recurring(Context& c, const Words& w) { return recurring_verb(c, w); }

}  // namespace cli
