// SPDX-License-Identifier: MIT
// publication (the publication log), redaction (check, decide, decisions).
#include "args.h"
#include "context.h"
#include "json_views.h"
#include "table.h"
#include "words.h"

#include "model/core/error.h"
#include "model/core/private_file.h"
#include "model/reports/publications.h"

#include <iostream>

namespace cli {
namespace {

using nlohmann::json;


std::string sub_verb(const Words& w, const std::string& verb, const std::string& expected) {
    if (w.empty()) throw model::bad_input(verb + ": missing sub-command (" + expected + ")");
    return w.front();
}

[[noreturn]] void unknown_sub(const std::string& verb, const std::string& sub, const std::string& expected) {
    throw model::bad_input(verb + ": unknown sub-command '" + sub + "' (expected " + expected + ")");
}

json to_json(const model::PublicationEntry& e) {
    return {{"id", e.id},
            {"review", e.review},
            {"version", e.version},
            {"status", e.status},
            {"date", e.date.iso()},
            {"file", e.file_name},
            {"sha256", e.sha256},
            {"size", e.file_size},
            {"template", e.template_name},
            {"format", e.format},
            {"reasons", e.reasons},
            {"legal_advice", e.legal_advice},
            {"redaction_notes", e.redaction_notes},
            {"board_response", e.board_response_name},
            {"board_response_sha256", e.board_response_sha256},
            {"board_response_size", e.board_response_size},
            {"recorded_by", e.recorded_by},
            {"recorded_at", e.recorded_at}};
}

json to_json(const model::RedactionCheck& c) {
    json replacements = json::array(), problems = json::array();
    for (const auto& r : c.report.replacements)
        replacements.push_back({{"where", r.where}, {"found", r.found}, {"pseudonym", r.pseudonym}, {"count", r.count}});
    for (const auto& p : c.report.problems)
        problems.push_back({{"where", p.where}, {"excerpt", p.excerpt}, {"reason", p.reason}});
    return {{"safe", c.safe()}, {"texts", c.texts}, {"replacements", replacements}, {"problems", problems}};
}

/// "chronology entry 12 details" → "chronology entry 12": one line per entry is enough to read.
std::string notes_of(const model::PublicationEntry& e) {
    std::string s;
    auto add = [&](const char* label, const std::string& v) {
        if (v.empty()) return;
        if (!s.empty()) s += "; ";
        s += std::string(label) + v;
    };
    add("reasons: ", e.reasons);
    add("legal advice: ", e.legal_advice);
    add("redaction: ", e.redaction_notes);
    add("board response: ", e.board_response_name);
    return s;
}

int publication_add(Context& c, const Words& w) {
    Args a("publication add", w, {}, {"--status", "--date", "--version-file", "--template", "--format", "--reason",
                                      "--legal-advice", "--redaction-notes", "--board-response"});
    a.expect_positionals(1);
    model::NewPublicationEntry e;
    e.status = a.required("--status");
    e.date = a.date("--date");
    e.version_file = a.get("--version-file").value_or("");
    e.template_name = a.get("--template").value_or("");
    e.format = a.get("--format").value_or("");
    e.reasons = a.get("--reason").value_or("");
    e.legal_advice = a.get("--legal-advice").value_or("");
    e.redaction_notes = a.get("--redaction-notes").value_or("");
    e.board_response_file = a.get("--board-response").value_or("");
    std::cout << c.board().publications().add(a.positional(0, "REF"), e) << '\n';
    return 0;
}

int publication_list(Context& c, const Words& w) {
    Args a("publication list", w, {"--json"}, {});
    a.expect_positionals(1);
    const auto entries = c.board().publications().log(a.positional(0, "REF"));
    if (a.flag("--json")) {
        json out = json::array();
        for (const auto& e : entries) out.push_back(to_json(e));
        print_json(out);
        return 0;
    }
    Table t({"ID", "DATE", "STATUS", "VERSION", "FILE", "SHA256", "BY", "NOTES"});
    for (const auto& e : entries)
        t.add({std::to_string(e.id), e.date.iso(), e.status, e.version ? std::to_string(e.version) : "-", e.file_name,
               e.sha256.substr(0, 12), e.recorded_by, notes_of(e)});
    t.print(std::cout);
    return 0;
}

int publication_response(Context& c, const Words& w) {
    Args a("publication response", w, {}, {"-o"});
    a.expect_positionals(1);
    const std::int64_t id = parse_id("publication response", a.positional(0, "ENTRY"), "an entry id");
    const std::string out = a.required("-o");
    const auto bytes = c.board().publications().board_response(id);
    if (bytes.empty()) throw model::bad_input("publication entry " + std::to_string(id) + " has no board response attached");
    model::write_private_file(out, std::string(bytes.begin(), bytes.end()));
    return 0;
}

int redaction_check(Context& c, const Words& w) {
    Args a("redaction check", w, {"--json"}, {});
    a.expect_positionals(1);
    const std::string ref = a.positional(0, "REF");
    const auto check = c.board().publications().check_redaction(ref);
    if (a.flag("--json")) {
        print_json(to_json(check));
    } else {
        std::cout << "Redaction check of " << ref << ": " << check.texts << " texts\n";
        Table r({"WHERE", "FOUND", "PSEUDONYM", "COUNT"});
        for (const auto& x : check.report.replacements) r.add({x.where, x.found, x.pseudonym, std::to_string(x.count)});
        if (!check.report.replacements.empty()) {
            std::cout << "\nReplaced:\n";
            r.print(std::cout);
        }
        if (!check.report.problems.empty()) {
            std::cout << "\nProblems (publication is refused until each is resolved):\n";
            for (const auto& p : check.report.problems)
                std::cout << "  " << p.where << ": " << p.reason << "\n      " << p.excerpt << '\n';
        }
        std::cout << '\n' << (check.safe() ? "Safe to publish." : "Publication refused: " + std::to_string(check.report.problems.size()) + " problem(s).") << '\n';
    }
    if (check.safe()) return 0;
    std::cerr << "error: redaction of " << ref << " is not safe: " << check.report.problems.size()
              << " problem(s); resolve each with `redaction decide` or by correcting the text\n";
    return 2;
}

int redaction_decide(Context& c, const Words& w) {
    Args a("redaction decide", w, {"--safe"}, {"--text", "--reason", "--where", "--replace-with"});
    a.expect_positionals(1);
    model::RedactionDecision d;
    d.text = a.required("--text");
    d.reason = a.required("--reason");
    d.where = a.get("--where").value_or("");
    const auto replacement = a.get("--replace-with");
    if (a.flag("--safe") == replacement.has_value())
        throw model::bad_input("redaction decide: give either --safe (the text is not a name here) or --replace-with TEXT");
    if (replacement && replacement->find_first_not_of(" \t") == std::string::npos)
        throw model::bad_input("redaction decide: --replace-with must not be empty");
    d.replacement = replacement.value_or("");
    std::cout << c.board().publications().decide_redaction(a.positional(0, "REF"), d) << '\n';
    return 0;
}

int redaction_decisions(Context& c, const Words& w) {
    Args a("redaction decisions", w, {"--json"}, {});
    a.expect_positionals(1);
    const auto decisions = c.board().publications().redaction_decisions(a.positional(0, "REF"));
    if (a.flag("--json")) {
        json out = json::array();
        for (const auto& d : decisions)
            out.push_back({{"id", d.id}, {"text", d.text}, {"where", d.where}, {"replacement", d.replacement},
                           {"verdict", d.replacement.empty() ? "keep" : "replace"}, {"reason", d.reason},
                           {"decided_by", d.decided_by}, {"decided_at", d.decided_at}});
        print_json(out);
        return 0;
    }
    Table t({"ID", "TEXT", "WHERE", "VERDICT", "REASON", "BY"});
    for (const auto& d : decisions)
        t.add({std::to_string(d.id), d.text, d.where.empty() ? "everywhere" : d.where,
               d.replacement.empty() ? "keep" : "replace with " + d.replacement, d.reason, d.decided_by});
    t.print(std::cout);
    return 0;
}

}  // namespace

int verb_publication(Context& c, const Words& w) {
    const std::string sub = sub_verb(w, "publication", "add, list or response");
    if (sub == "add") return publication_add(c, rest(w));
    if (sub == "list") return publication_list(c, rest(w));
    if (sub == "response") return publication_response(c, rest(w));
    unknown_sub("publication", sub, "add, list or response");
}

int verb_redaction(Context& c, const Words& w) {
    const std::string sub = sub_verb(w, "redaction", "check, decide or decisions");
    if (sub == "check") return redaction_check(c, rest(w));
    if (sub == "decide") return redaction_decide(c, rest(w));
    if (sub == "decisions") return redaction_decisions(c, rest(w));
    unknown_sub("redaction", sub, "check, decide or decisions");
}

}  // namespace cli
