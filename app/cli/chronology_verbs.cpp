// SPDX-License-Identifier: MIT
// chronology (imports and withdrawing one among them), agency.
#include "args.h"
#include "context.h"
#include "json_views.h"
#include "table.h"
#include "words.h"

#include "model/core/error.h"

#include <cstdio>
#include <iostream>

namespace cli {
namespace {

using nlohmann::json;


std::vector<std::pair<std::string, std::string>> mapping_option(const Args& a) {
    std::vector<std::pair<std::string, std::string>> out;
    for (const auto& m : a.all("--map")) {
        auto eq = m.rfind('=');
        if (eq == std::string::npos || eq == 0 || eq + 1 == m.size())
            throw model::bad_input("chronology import: --map '" + m + "' should be HEADER=FIELD");
        out.emplace_back(m.substr(0, eq), m.substr(eq + 1));
    }
    return out;
}

model::ChronologyFilter filter_from(Context& c, const Args& a, const std::string& ref) {
    model::ChronologyFilter f;
    f.from = a.date("--from");
    f.to = a.date("--to");
    if (a.flag("--scope")) {
        const auto review = c.board().get_review(ref);
        if (const auto* terms = review.current_terms()) {
            if (!f.from) f.from = terms->scope_from;
            if (!f.to) f.to = terms->scope_to;
        }
    }
    f.agencies = a.all("--agency");
    f.significance = a.get("--significance").value_or("");
    f.key_episode = a.get("--episode").value_or("");
    return f;
}

int import_verb(Context& c, const Words& w) {
    Args a("chronology import", w, {"--skip-bad", "--json", "--forget"}, {"--agency", "--map"});
    a.expect_positionals(2);
    model::ImportOptions options;
    options.agency = a.get("--agency").value_or("");
    options.skip_bad = a.flag("--skip-bad");
    options.mapping = mapping_option(a);
    options.remember = !a.flag("--forget");
    const auto result = c.board().chronology().import_file(a.positional(0, "REF"), a.positional(1, "FILE"), options);
    if (a.flag("--json")) {
        json rejected = json::array();
        for (const auto& r : result.rejected)
            rejected.push_back({{"line", r.where.row}, {"reason", r.reason}, {"value", r.value},
                                {"where", r.where.describe()}, {"sheet", r.where.sheet}});
        print_json({{"imported", result.imported}, {"rejected", rejected}, {"import_id", result.import_id},
                    {"tables", result.tables}});
        return 0;
    }
    std::cout << "imported " << result.imported << " entries";
    if (!result.rejected.empty()) std::cout << "; skipped " << result.rejected.size() << " bad rows:";
    std::cout << '\n';
    for (const auto& r : result.rejected)
        std::cout << "  " << r.where.describe() << ": " << r.reason << (r.value.empty() ? "" : " '" + r.value + "'") << '\n';
    return 0;
}

json entry_json(const model::ChronologyEntry& e) {
    json extra = json::object();
    for (const auto& [k, v] : e.extra) extra[k] = v;
    return {{"id", e.id},
            {"date", e.date.display()},
            {"date_from", e.date.earliest.iso()},
            {"date_to", e.date.latest.iso()},
            {"uncertain", e.date.uncertain},
            {"time", e.time ? json(model::format_time(*e.time)) : json(nullptr)},
            {"agency", e.agency},
            {"practitioner", e.practitioner},
            {"event", e.event},
            {"details", e.details},
            {"outcome", e.outcome},
            {"document", e.source},
            {"source", e.origin.describe()},
            {"file", e.origin.file},
            {"sheet", e.origin.sheet},
            {"row", e.origin.row},
            {"extra", extra},
            {"significance", e.significance},
            {"analysis", e.analysis},
            {"human_factors", e.human_factors},
            {"key_episode", e.key_episode},
            {"merged_from", e.merged_from}};
}

int list_verb(Context& c, const Words& w) {
    Args a("chronology list", w, {"--json", "--csv", "--scope"}, {"--from", "--to", "--agency", "--significance", "--episode"});
    a.expect_positionals(1);
    const std::string& ref = a.positional(0, "REF");
    if (a.flag("--json") && a.flag("--csv")) throw model::bad_input("chronology list: choose --json or --csv, not both");
    const auto filter = filter_from(c, a, ref);
    if (a.flag("--csv")) {
        c.board().chronology().write_csv(ref, std::cout, filter);
        return 0;
    }
    const auto entries = c.board().chronology().list(ref, filter);
    if (a.flag("--json")) {
        json out = json::array();
        for (const auto& e : entries) out.push_back(entry_json(e));
        print_json(out);
        return 0;
    }
    Table t({"ID", "DATE", "TIME", "AGENCY", "EVENT"});
    for (const auto& e : entries) {
        std::string text = e.event.size() > 100 ? e.event.substr(0, 97) + "..." : e.event;
        t.add({std::to_string(e.id), e.date.display(), e.time ? model::format_time(*e.time) : "", e.agency, text});
    }
    t.print(std::cout);
    return 0;
}

int search_verb(Context& c, const Words& w) {
    Args a("chronology search", w, {"--json"}, {"--limit"});
    a.expect_positionals(2);
    std::size_t limit = 50;
    if (auto l = a.get("--limit")) limit = std::size_t(parse_id("chronology search: --limit", *l, "a positive whole number"));
    const auto hits = c.board().chronology().search(a.positional(0, "REF"), a.positional(1, "QUERY"), limit);
    if (a.flag("--json")) {
        json out = json::array();
        for (const auto& h : hits)
            out.push_back({{"id", h.id}, {"date", h.date.display()}, {"agency", h.agency}, {"snippet", h.snippet},
                           {"score", h.score}});
        print_json(out);
        return 0;
    }
    for (const auto& h : hits) std::cout << h.id << "  " << h.date.display() << "  " << h.agency << "  " << h.snippet << '\n';
    return 0;
}

int duplicates_verb(Context& c, const Words& w) {
    Args a("chronology duplicates", w, {"--json"}, {"--min-score"});
    a.expect_positionals(1);
    double min_score = 0.35;
    if (auto s = a.get("--min-score")) {
        try {
            min_score = std::stod(*s);
        } catch (const std::exception&) {
            throw model::bad_input("chronology duplicates: --min-score '" + *s + "' is not a number");
        }
        if (min_score < 0 || min_score > 1)
            throw model::bad_input("chronology duplicates: --min-score " + *s + " is outside 0..1");
    }
    const auto& chronology = c.board().chronology();
    const auto pairs = chronology.duplicates(a.positional(0, "REF"), min_score);
    if (a.flag("--json")) {
        json out = json::array();
        for (const auto& p : pairs) out.push_back({{"a", p.a}, {"b", p.b}, {"score", p.score}});
        print_json(out);
        return 0;
    }
    for (const auto& p : pairs) {
        const auto x = chronology.get(p.a), y = chronology.get(p.b);
        std::printf("%.2f  %lld %s %s: %s\n      %lld %s %s: %s\n", p.score, static_cast<long long>(x.id),
                    x.date.display().c_str(), x.agency.c_str(), x.event.substr(0, 90).c_str(),
                    static_cast<long long>(y.id), y.date.display().c_str(), y.agency.c_str(), y.event.substr(0, 90).c_str());
    }
    return 0;
}

int gaps_verb(Context& c, const Words& w) {
    Args a("chronology gaps", w, {"--json"}, {"--min-days"});
    a.expect_positionals(1);
    int min_days = 28;
    if (auto d = a.get("--min-days")) min_days = int(parse_id("chronology gaps: --min-days", *d, "a positive whole number"));
    const auto report = c.board().chronology().gaps(a.positional(0, "REF"), min_days);
    if (a.flag("--json")) {
        json gaps = json::array();
        for (const auto& g : report.silences) gaps.push_back({{"from", g.from.iso()}, {"to", g.to.iso()}, {"days", g.days}});
        print_json({{"gaps", gaps}, {"missing_agencies", report.missing_agencies}});
        return 0;
    }
    for (const auto& g : report.silences)
        std::cout << g.from.iso() << " – " << g.to.iso() << "  " << g.days << " days with nothing recorded\n";
    for (const auto& m : report.missing_agencies) std::cout << "no submission from " << m << '\n';
    return 0;
}

int annotate_verb(Context& c, const Words& w) {
    Args a("chronology annotate", w, {}, {"--significance", "--analysis", "--human-factors", "--episode"});
    a.expect_positionals(1);
    model::Annotation note{a.get("--significance"), a.get("--analysis"), a.get("--human-factors"), a.get("--episode")};
    if (!note.significance && !note.analysis && !note.human_factors && !note.key_episode)
        throw model::bad_input("chronology annotate: give --significance, --analysis, --human-factors or --episode");
    c.board().chronology().annotate(parse_id("chronology annotate", a.positional(0, "ID"), "an entry id"), note);
    return 0;
}

int decide_verb(Context& c, const Words& w, bool confirmed) {
    Args a(confirmed ? "chronology merge" : "chronology not-duplicate", w, {}, {});
    a.expect_positionals(2);
    c.board().chronology().decide_duplicate(parse_id("chronology", a.positional(0, "A"), "an entry id"),
                                            parse_id("chronology", a.positional(1, "B"), "an entry id"), confirmed);
    return 0;
}

int unmerge_verb(Context& c, const Words& w) {
    Args a("chronology unmerge", w, {}, {});
    a.expect_positionals(1);
    c.board().chronology().unmerge(parse_id("chronology unmerge", a.positional(0, "ID"), "an entry id"));
    return 0;
}

// The significance and key practice episode values in use: what a filter can choose from.
int values_verb(Context& c, const Words& w) {
    Args a("chronology values", w, {"--json"}, {});
    a.expect_positionals(1);
    const auto values = c.board().chronology().annotation_values(a.positional(0, "REF"));
    if (a.flag("--json")) {
        print_json(nlohmann::json{{"significance", values.significances}, {"episodes", values.episodes}});
        return 0;
    }
    for (const auto& v : values.significances) std::cout << "significance\t" << v << '\n';
    for (const auto& v : values.episodes) std::cout << "episode\t" << v << '\n';
    return 0;
}

int export_verb(Context& c, const Words& w) {
    Args a("chronology export", w, {"--scope"}, {"-o", "--output", "--from", "--to", "--agency", "--significance", "--episode"});
    a.expect_positionals(1);
    const std::string& ref = a.positional(0, "REF");
    std::string out = a.get("-o").value_or(a.get("--output").value_or(""));
    if (out.empty()) throw model::bad_input("chronology export: -o FILE is required (.csv or .xlsx)");
    const auto filter = filter_from(c, a, ref);
    auto ends = [&](const char* ext) {
        std::string e = ext;
        return out.size() >= e.size() && out.compare(out.size() - e.size(), e.size(), e) == 0;
    };
    if (ends(".csv"))
        c.board().chronology().export_csv(ref, out, filter);
    else if (ends(".xlsx"))
        c.board().chronology().export_xlsx(ref, out, filter);
    else
        throw model::bad_input("chronology export: '" + out + "' should end in .csv or .xlsx");
    return 0;
}

int show_verb(Context& c, const Words& w) {
    Args a("chronology show", w, {"--json"}, {});
    a.expect_positionals(1);
    const auto e = c.board().chronology().get(parse_id("chronology show", a.positional(0, "ID"), "an entry id"));
    if (a.flag("--json")) {
        print_json(entry_json(e));
        return 0;
    }
    std::cout << e.date.display() << (e.time ? " " + model::format_time(*e.time) : "") << "  " << e.agency << "\n"
              << e.event << "\n";
    if (!e.details.empty()) std::cout << e.details << "\n";
    std::cout << "Source: " << e.origin.describe() << (e.source.empty() ? "" : " (" + e.source + ")") << "\n";
    for (const auto& [k, v] : e.extra) std::cout << k << ": " << v << "\n";
    if (!e.analysis.empty()) std::cout << "Analysis: " << e.analysis << "\n";
    return 0;
}

// "2026-05-03T09:12:44.120Z" -> "2026-05-03T09:12Z": a table row has no use for the seconds.
std::string minute_of(const std::string& stamp) {
    return stamp.size() >= 16 ? stamp.substr(0, 16) + "Z" : stamp;
}

int imports_verb(Context& c, const Words& w) {
    Args a("chronology imports", w, {"--json"}, {});
    a.expect_positionals(1);
    const auto imports = c.board().chronology().imports(a.positional(0, "REF"));
    if (a.flag("--json")) {
        json out = json::array();
        for (const auto& i : imports)
            out.push_back({{"id", i.id},
                           {"agency", i.agency},
                           {"file", i.file},
                           {"imported_at", i.imported_at},
                           {"imported_by", i.actor},
                           {"rows_imported", i.rows_imported},
                           {"rows_rejected", i.rows_rejected},
                           {"entries", i.entries},
                           {"listed", i.listed},
                           {"annotated", i.annotated},
                           {"evidence", i.evidence},
                           {"merged", i.merged}});
        print_json(out);
        return 0;
    }
    Table t({"ID", "WHEN", "AGENCY", "FILE", "ROWS", "LISTED", "ANNOTATED"});
    for (const auto& i : imports)
        t.add({std::to_string(i.id), minute_of(i.imported_at), i.agency, i.file, std::to_string(i.rows_imported),
               std::to_string(i.listed), std::to_string(i.annotated)});
    t.print(std::cout);
    return 0;
}

int withdraw_verb(Context& c, const Words& w) {
    Args a("chronology withdraw", w, {"--json"}, {});
    a.expect_positionals(1);
    const auto r = c.board().chronology().withdraw_import(
        parse_id("chronology withdraw", a.positional(0, "IMPORT_ID"), "an import id"));
    if (a.flag("--json")) {
        print_json({{"import_id", r.import_id},
                    {"review", r.review},
                    {"agency", r.agency},
                    {"file", r.file},
                    {"imported_at", r.imported_at},
                    {"withdrawn", r.entries},
                    {"annotated", r.annotated},
                    {"duplicate_decisions", r.duplicate_decisions}});
        return 0;
    }
    std::cout << "withdrew " << r.entries << (r.entries == 1 ? " entry" : " entries") << " imported from " << r.file
              << " (" << r.agency << ", " << minute_of(r.imported_at) << ")\n";
    if (r.annotated > 0)
        std::cout << (r.annotated == 1 ? "1 annotated entry was" : std::to_string(r.annotated) + " annotated entries were")
                  << " withdrawn, with the annotations\n";
    return 0;
}

}  // namespace

int verb_chronology(Context& c, const Words& w) {
    static const char* const subs = "import, imports, withdraw, list, show, search, duplicates, merge, unmerge, not-duplicate, gaps, annotate, "
        "values or export";
    if (w.empty()) throw model::bad_input(std::string("chronology: missing sub-command (") + subs + ")");
    const std::string& sub = w.front();
    if (sub == "import") return import_verb(c, rest(w));
    if (sub == "imports") return imports_verb(c, rest(w));
    if (sub == "withdraw") return withdraw_verb(c, rest(w));
    if (sub == "list") return list_verb(c, rest(w));
    if (sub == "show") return show_verb(c, rest(w));
    if (sub == "search") return search_verb(c, rest(w));
    if (sub == "duplicates") return duplicates_verb(c, rest(w));
    if (sub == "merge") return decide_verb(c, rest(w), true);
    if (sub == "not-duplicate") return decide_verb(c, rest(w), false);
    if (sub == "unmerge") return unmerge_verb(c, rest(w));
    if (sub == "values") return values_verb(c, rest(w));
    if (sub == "gaps") return gaps_verb(c, rest(w));
    if (sub == "annotate") return annotate_verb(c, rest(w));
    if (sub == "export") return export_verb(c, rest(w));
    throw model::bad_input("chronology: unknown sub-command '" + sub + "' (expected " + subs + ")");
}

int verb_agency(Context& c, const Words& w) {
    if (w.empty()) throw model::bad_input("agency: missing sub-command (add or list)");
    if (w.front() == "add") {
        Args a("agency add", rest(w), {}, {});
        a.expect_positionals(2);
        c.board().chronology().add_agency(a.positional(0, "REF"), a.positional(1, "NAME"));
        return 0;
    }
    if (w.front() == "list") {
        Args a("agency list", rest(w), {"--json"}, {});
        a.expect_positionals(1);
        const auto list = c.board().chronology().agencies(a.positional(0, "REF"));
        if (a.flag("--json"))
            print_json(list);
        else
            for (const auto& n : list) std::cout << n << '\n';
        return 0;
    }
    throw model::bad_input("agency: unknown sub-command '" + w.front() + "' (expected add or list)");
}

}  // namespace cli
