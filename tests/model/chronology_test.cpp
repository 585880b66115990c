// SPDX-License-Identifier: MIT
// The lead reviewer's chronology through the model: import all-or-nothing, remembered mappings,
// merged order, filters, search, duplicates decided, annotations audited, exports that re-import.
#include "model/chronology/search_words.h"
#include "model/core/error.h"
#include "model/register/board.h"
#include "model/storage/migrations.h"
#include "test_pathways.h"
#include "test_support.h"

#include <catch2/catch.hpp>
#include <SQLiteCpp/SQLiteCpp.h>
#include <zip.h>

#include <filesystem>
#include <set>
#include <fstream>
#include <sys/stat.h>
#include <unistd.h>

namespace fs = std::filesystem;
using model::Date;

namespace {

/// One member of a ZIP package (an .xlsx), as text; empty when it is not there.
std::string zip_member(const std::string& path, const char* name) {
    int code = 0;
    zip_t* archive = zip_open(path.c_str(), ZIP_RDONLY, &code);
    if (!archive) return {};
    std::string text;
    if (zip_file_t* file = zip_fopen(archive, name, 0)) {
        char chunk[4096];
        zip_int64_t n;
        while ((n = zip_fread(file, chunk, sizeof chunk)) > 0) text.append(chunk, static_cast<std::size_t>(n));
        zip_fclose(file);
    }
    zip_close(archive);
    return text;
}

struct Fixture {
    testing::TempDir scratch{"casereview-chron-"};
    const fs::path& dir = scratch.root();
    std::unique_ptr<model::Board> board = model::Board::open(":memory:", testing::mini_library());
    std::string ref;

    Fixture() {
        board->set_actor("lead reviewer");
        ref = board->add_review({"mini-cspr", "Head injury", Date::parse_iso("2016-06-10")});
    }

    std::string write(const std::string& name, const std::string& text) { return scratch.write(name, text); }
    model::ImportResult import(const std::string& file, const std::string& agency, bool skip_bad = false,
                               std::vector<std::pair<std::string, std::string>> mapping = {}) {
        model::ImportOptions o;
        o.agency = agency;
        o.skip_bad = skip_bad;
        o.mapping = std::move(mapping);
        return board->chronology().import_file(ref, file, o);
    }
    model::Chronology& chronology() { return board->chronology(); }
};

const char* const kPolice =
    "Date,Time,Practitioner,Event,Outcome,Source,Officer notes,Call grade\n"
    "03/04/2015,22:40,PC 1432,\"Officers attended the home address after a report of a domestic incident; mother "
    "had a cut lip, the baby was asleep upstairs\",DASH completed,STORM 2211,Partner left before arrival,G2\n"
    "22/05/16,09:15,DC Hale,Strategy discussion with children's social care about bruising to the baby,s47 agreed,"
    "Minutes 44,,\n"
    "June 2016,,PC 990,Intelligence that mother's partner is living at the address,Logged,Intel 7,,\n";

std::string message_of(const std::function<void()>& f) {
    try {
        f();
    } catch (const model::Error& e) {
        return e.what();
    }
    return "";
}

}  // namespace

TEST_CASE("An agency's CSV becomes chronology entries that keep their source and every column", "[chronology]") {
    Fixture fx;
    auto result = fx.import(fx.write("police.csv", kPolice), "Police");
    CHECK(result.imported == 3);
    CHECK(result.rejected.empty());

    const auto entries = fx.chronology().list(fx.ref);
    REQUIRE(entries.size() == 3);
    const auto& first = entries[0];
    CHECK(first.date.earliest == Date::parse_iso("2015-04-03"));
    CHECK(first.time == 22 * 60 + 40);
    CHECK(first.agency == "Police");
    CHECK(first.practitioner == "PC 1432");
    CHECK(first.outcome == "DASH completed");
    CHECK(first.source == "STORM 2211");
    CHECK(first.origin.file == "police.csv");
    CHECK(first.origin.row == 2);
    CHECK(first.details == "Partner left before arrival");  // "Officer notes" read as the details
    REQUIRE(first.extra.size() == 1);  // the unmapped column is kept, not dropped
    CHECK(first.extra[0] == std::make_pair(std::string("Call grade"), std::string("G2")));
    CHECK(entries[1].date.earliest == Date::parse_iso("2016-05-22"));  // two-digit year, day first
    CHECK(entries[2].date.precision == model::FuzzyDate::Precision::Month);
    CHECK(fx.chronology().agencies(fx.ref) == std::vector<std::string>{"Police"});
    CHECK(fx.board->audit(fx.ref).back().action == "chronology.import");
}

TEST_CASE("One impossible date refuses the whole file, naming file, line and value", "[chronology][atomic]") {
    Fixture fx;
    const auto file = fx.write("csc.csv", "Date,Event detail,Document reference\n"
                                          "04/04/2015,Police notification of domestic incident,Referral 88\n"
                                          "31/02/2015,A day that never was,X\n"
                                          "22/05/2016,Strategy meeting,Minutes\n");
    const auto audit_before = fx.board->audit().size();
    const auto msg = message_of([&] { fx.import(file, "Children's social care"); });
    CHECK(msg.find("csc.csv:3") != std::string::npos);
    CHECK(msg.find("31/02/2015") != std::string::npos);
    CHECK(fx.chronology().count(fx.ref) == 0);
    CHECK(fx.board->audit().size() == audit_before);

    SECTION("unless the reviewer asks to skip bad rows, when every skipped row is listed") {
        auto result = fx.import(file, "Children's social care", true);
        CHECK(result.imported == 2);
        REQUIRE(result.rejected.size() == 1);
        CHECK(result.rejected[0].where.row == 3);
        CHECK(result.rejected[0].value == "31/02/2015");
    }
}

TEST_CASE("A file without a date column or an agency is refused before anything is read in", "[chronology]") {
    Fixture fx;
    const auto no_date = fx.write("notes.csv", "When it happened,What\nyesterday,something\n");
    auto msg = message_of([&] { fx.import(no_date, "Police"); });
    CHECK(msg.find("no date column") != std::string::npos);
    CHECK(msg.find("'When it happened'") != std::string::npos);

    const auto fine = fx.write("ok.csv", "Date,Event\n01/02/2016,Visit\n");
    CHECK(message_of([&] { fx.import(fine, ""); }).find("no agency") != std::string::npos);
    CHECK(message_of([&] { fx.import(fine, "Police", false, {{"Event", "colour"}}); }).find("unknown chronology field 'colour'") !=
          std::string::npos);
    CHECK(message_of([&] { fx.import((fx.dir / "missing.csv").string(), "Police"); }).find("missing.csv") !=
          std::string::npos);
    CHECK(fx.chronology().count(fx.ref) == 0);
}

TEST_CASE("A mapping the reviewer gives is remembered for that agency's next submission", "[chronology][mapping]") {
    Fixture fx;
    const auto file = fx.write("school.csv", "When it happened,What we saw\n02/02/2016,Child A late and hungry\n");
    fx.import(file, "School", false, {{"When it happened", "date"}, {"What we saw", "event"}});
    const auto next = fx.write("school-2.csv", "When it happened,What we saw\n03/02/2016,Child A absent\n");
    CHECK(fx.import(next, "school").imported == 1);  // agency names match whatever their case
    CHECK_THROWS_AS(fx.import(next, "Health"), model::Error);  // another agency's layout is its own
}

TEST_CASE("The merged chronology sorts by date, partial dates at the start of their span, then time", "[chronology]") {
    Fixture fx;
    fx.import(fx.write("a.csv", "Date,Time,Event\n02/06/2016,,Second of June\nJune 2016,,Sometime in June\n"
                                "01/06/2016,10:00,First of June at ten\n01/06/2016,09:00,First of June at nine\n"
                                "31/05/2016,,End of May\n"),
              "Health");
    std::vector<std::string> order;
    for (const auto& e : fx.chronology().list(fx.ref)) order.push_back(e.event);
    CHECK(order == std::vector<std::string>{"End of May", "First of June at nine", "First of June at ten",
                                            "Sometime in June", "Second of June"});

    SECTION("a date range keeps partial dates that overlap it") {
        model::ChronologyFilter f;
        f.from = Date::parse_iso("2016-06-15");
        f.to = Date::parse_iso("2016-06-30");
        auto in_range = fx.chronology().list(fx.ref, f);
        REQUIRE(in_range.size() == 1);
        CHECK(in_range[0].event == "Sometime in June");
    }
    SECTION("a reversed range is refused") {
        model::ChronologyFilter f;
        f.from = Date::parse_iso("2016-06-30");
        f.to = Date::parse_iso("2016-06-01");
        CHECK_THROWS_AS(fx.chronology().list(fx.ref, f), model::Error);
    }
}

TEST_CASE("Filters by agency, search ranks and highlights, bad queries are refused", "[chronology][search]") {
    Fixture fx;
    fx.import(fx.write("police.csv", kPolice), "Police");
    fx.import(fx.write("hv.csv", "Date,Event\n23/05/2016,Health visitor saw bruising on the baby's arm\n"
                                 "01/07/2016,Routine contact; baby weighed\n"),
              "Health visiting");
    model::ChronologyFilter f;
    f.agencies = {"health visiting"};
    CHECK(fx.chronology().list(fx.ref, f).size() == 2);

    auto hits = fx.chronology().search(fx.ref, "bruising");
    REQUIRE(hits.size() == 2);
    for (const auto& h : hits) CHECK(h.snippet.find("[bruising]") != std::string::npos);
    CHECK(fx.chronology().search(fx.ref, "\"cut lip\"").size() == 1);
    CHECK(fx.chronology().search(fx.ref, "strat*").size() == 1);
    CHECK(fx.chronology().search(fx.ref, "weighed OR intelligence").size() == 2);
    CHECK(fx.chronology().search(fx.ref, "NEAR(bruising").size() == 0);  // FTS syntax is just text
    CHECK_THROWS_AS(fx.chronology().search(fx.ref, "   "), model::Error);
    CHECK_THROWS_AS(fx.chronology().search(fx.ref, "\"unclosed"), model::Error);
}

TEST_CASE("A prefix finds the words that begin with it, not words that share its stem's first letters",
          "[chronology][search]") {
    Fixture fx;
    fx.import(fx.write("hv.csv", "Date,Event\n"
                                 "01/05/2016,Home visit by the health visitor\n"
                                 "02/05/2016,Visits refused by mother\n"
                                 "03/05/2016,Police viewed CCTV\n"
                                 "04/05/2016,Domestic violence reported\n"
                                 "05/05/2016,Vision test at clinic\n"
                                 "06/05/2016,Referrals to early help\n"),
              "Health visiting");
    const auto events = [&](const std::string& query) {
        std::set<std::string> out;
        for (const auto& hit : fx.chronology().search(fx.ref, query)) out.insert(fx.chronology().get(hit.id).event);
        return out;
    };
    CHECK(events("vis*") == std::set<std::string>{"Home visit by the health visitor", "Visits refused by mother",
                                                  "Vision test at clinic"});
    CHECK(events("VISIT*") == std::set<std::string>{"Home visit by the health visitor", "Visits refused by mother"});
    CHECK(events("referral*") == std::set<std::string>{"Referrals to early help"});
    CHECK(events("vio* OR view*") == std::set<std::string>{"Police viewed CCTV", "Domestic violence reported"});
    CHECK(events("visz*").empty());
    for (const auto& hit : fx.chronology().search(fx.ref, "vis*")) {
        const auto mark = hit.snippet.find('[');
        REQUIRE(mark != std::string::npos);
        CHECK(model::fold_search_word(hit.snippet.substr(mark + 1, 3)) == "vis");  // the word is highlighted
    }
}

TEST_CASE("A confirmed duplicate merges into one entry that keeps both sources, a dismissed one stays apart",
          "[chronology][duplicates]") {
    Fixture fx;
    fx.import(fx.write("police.csv", "Date,Event\n03/04/2015,Officers attended domestic incident at the home\n"
                                     "10/04/2015,Welfare check at the home\n"),
              "Police");
    fx.import(fx.write("csc.csv", "Date,Event\n04/04/2015,Police notification of domestic incident at home\n"
                                  "11/04/2015,Police welfare check reported\n"),
              "Children's social care");
    const auto all = fx.chronology().list(fx.ref);
    REQUIRE(all.size() == 4);
    fx.chronology().decide_duplicate(all[0].id, all[1].id, true);
    fx.chronology().decide_duplicate(all[2].id, all[3].id, false);

    const auto merged = fx.chronology().list(fx.ref);
    REQUIRE(merged.size() == 3);
    CHECK(merged[0].merged_from == std::vector<std::int64_t>{all[1].id});
    for (const auto& p : fx.chronology().duplicates(fx.ref, 0.0)) {
        CHECK_FALSE((p.a == all[2].id && p.b == all[3].id));
        CHECK(p.a != all[1].id);
        CHECK(p.b != all[1].id);
    }
    CHECK_THROWS_AS(fx.chronology().decide_duplicate(all[0].id, all[0].id, true), model::Error);
    CHECK_THROWS_AS(fx.chronology().decide_duplicate(all[0].id, 99999, true), model::Error);
    CHECK(fx.board->audit(fx.ref).back().action == "chronology.not-duplicate");
}

TEST_CASE("Gaps: long silences and agencies known to be involved that sent nothing", "[chronology][gaps]") {
    Fixture fx;
    fx.chronology().add_agency(fx.ref, "School");
    fx.import(fx.write("police.csv", kPolice), "Police");
    const auto report = fx.chronology().gaps(fx.ref, 30);
    REQUIRE(report.silences.size() == 1);
    CHECK(report.silences[0].from == Date::parse_iso("2015-04-03"));
    CHECK(report.silences[0].to == Date::parse_iso("2016-05-22"));
    CHECK(report.silences[0].days == 415);
    CHECK(report.missing_agencies == std::vector<std::string>{"School"});
    CHECK_THROWS_AS(fx.chronology().gaps(fx.ref, 0), model::Error);
}

TEST_CASE("Annotations are saved and audited with old and new values", "[chronology][audit]") {
    Fixture fx;
    fx.import(fx.write("police.csv", kPolice), "Police");
    const auto id = fx.chronology().list(fx.ref)[0].id;
    fx.chronology().annotate(id, {std::string("high"), std::string("Partner's history not checked"), {}, {}});
    fx.chronology().annotate(id, {std::string("key"), {}, {}, std::string("Episode 1: the first call-out")});
    const auto e = fx.chronology().get(id);
    CHECK(e.significance == "key");
    CHECK(e.analysis == "Partner's history not checked");
    CHECK(e.key_episode == "Episode 1: the first call-out");
    bool audited = false;
    for (const auto& a : fx.board->audit(fx.ref))
        audited |= a.field == "significance" && a.old_value == "high" && a.new_value == "key";
    CHECK(audited);
    CHECK_THROWS_AS(fx.chronology().get(424242), model::Error);
    CHECK(fx.chronology().review_of(e.id) == fx.ref);
    try {
        fx.chronology().review_of(424242);
        FAIL("an unknown entry has no review");
    } catch (const model::Error& error) {
        CHECK(error.kind() == model::ErrorKind::NotFound);
    }
}

TEST_CASE("Exports to CSV and XLSX are private and import back to the same chronology", "[chronology][export]") {
    Fixture fx;
    fx.import(fx.write("police.csv", kPolice), "Police");
    for (const char* name : {"out.csv", "out.xlsx"}) {
        const auto path = (fx.dir / name).string();
        if (std::string(name) == "out.csv")
            fx.chronology().export_csv(fx.ref, path);
        else
            fx.chronology().export_xlsx(fx.ref, path);
        if (std::string(name) == "out.xlsx") {
            // Exact dates are real dates (3 April 2015 is day 42097), shown day first; a partial date stays text.
            const std::string sheet = zip_member(path, "xl/worksheets/sheet1.xml");
            CHECK(sheet.find("<c r=\"A2\" s=\"3\"><v>42097</v></c>") != std::string::npos);
            CHECK(sheet.find(">2016-06</t>") != std::string::npos);
            CHECK(zip_member(path, "xl/styles.xml").find("formatCode=\"dd/mm/yyyy\"") != std::string::npos);
        }
        struct stat st {};
        REQUIRE(::stat(path.c_str(), &st) == 0);
        CHECK((st.st_mode & 0777) == 0600);

        auto other = model::Board::open(":memory:", testing::mini_library());
        auto ref = other->add_review({"mini-cspr", "Copy", Date::parse_iso("2016-06-10")});
        model::ImportOptions o;
        CHECK(other->chronology().import_file(ref, path, o).imported == 3);  // agency from its own column
        const auto a = fx.chronology().list(fx.ref), b = other->chronology().list(ref);
        REQUIRE(a.size() == b.size());
        for (std::size_t i = 0; i < a.size(); ++i) {
            CHECK(a[i].date.display() == b[i].date.display());
            CHECK(a[i].time == b[i].time);
            CHECK(a[i].agency == b[i].agency);
            CHECK(a[i].event == b[i].event);
            CHECK(a[i].outcome == b[i].outcome);
        }
        // The agency's unmapped columns go out as columns of their own, and come back with the entry.
        auto extra_of = [](const model::ChronologyEntry& e, const std::string& header) {
            for (const auto& [h, v] : e.extra)
                if (h == header) return v;
            return std::string("(none)");
        };
        CHECK(extra_of(a[0], "Call grade") == "G2");
        CHECK(extra_of(b[0], "Call grade") == "G2");
        CHECK(extra_of(b[1], "Call grade") == "(none)");  // its cell was empty
    }
}

TEST_CASE("A confirmed merge can be undone: both entries are listed again, audited, and the pair can be judged again",
          "[chronology][duplicates]") {
    Fixture fx;
    fx.import(fx.write("police.csv", "Date,Event\n03/04/2015,Officers attended domestic incident at the home\n"), "Police");
    fx.import(fx.write("csc.csv", "Date,Event\n04/04/2015,Police notification of domestic incident at home\n"),
              "Children's social care");
    const auto all = fx.chronology().list(fx.ref);
    REQUIRE(all.size() == 2);
    fx.chronology().decide_duplicate(all[0].id, all[1].id, true);
    REQUIRE(fx.chronology().list(fx.ref).size() == 1);

    fx.chronology().unmerge(all[1].id);
    const auto again = fx.chronology().list(fx.ref);
    REQUIRE(again.size() == 2);
    CHECK(again[0].merged_from.empty());
    const auto audit = fx.board->audit(fx.ref).back();
    CHECK(audit.action == "chronology.unmerge");
    CHECK(audit.old_value == std::to_string(all[0].id));
    bool suggested = false;
    for (const auto& p : fx.chronology().duplicates(fx.ref, 0.0)) suggested |= p.a == all[0].id || p.b == all[0].id;
    CHECK(suggested);

    const auto audit_rows = fx.board->audit(fx.ref).size();
    CHECK(message_of([&] { fx.chronology().unmerge(all[1].id); }).find("not merged") != std::string::npos);
    CHECK_THROWS_AS(fx.chronology().unmerge(424242), model::Error);
    CHECK(fx.board->audit(fx.ref).size() == audit_rows);
}

TEST_CASE("The significance and episode values in use are offered, without those of merged-away entries",
          "[chronology][filters]") {
    Fixture fx;
    fx.import(fx.write("police.csv", kPolice), "Police");
    const auto all = fx.chronology().list(fx.ref);
    CHECK(fx.chronology().annotation_values(fx.ref).significances.empty());
    fx.chronology().annotate(all[0].id, {std::string("key"), {}, {}, std::string("Episode 2")});
    fx.chronology().annotate(all[1].id, {std::string("high"), {}, {}, std::string("Episode 1")});
    fx.chronology().annotate(all[2].id, {std::string("high"), {}, {}, std::string("Episode 3")});
    fx.chronology().decide_duplicate(all[1].id, all[2].id, true);
    const auto values = fx.chronology().annotation_values(fx.ref);
    CHECK(values.significances == std::vector<std::string>{"high", "key"});
    CHECK(values.episodes == std::vector<std::string>{"Episode 1", "Episode 2"});
    CHECK_THROWS_AS(fx.chronology().annotation_values("CSPR-2099-001"), model::Error);
}

TEST_CASE("The brief list has the same entries in the same order, with what a list row shows",
          "[chronology][filters]") {
    Fixture fx;
    fx.import(fx.write("police.csv", kPolice), "Police");
    const auto full = fx.chronology().list(fx.ref);
    const auto brief = fx.chronology().list_brief(fx.ref);
    REQUIRE(brief.size() == full.size());
    for (std::size_t i = 0; i < full.size(); ++i) {
        CHECK(brief[i].id == full[i].id);
        CHECK(brief[i].date.earliest == full[i].date.earliest);
        CHECK(brief[i].date.latest == full[i].date.latest);
        CHECK(brief[i].time == full[i].time);
        CHECK(brief[i].event == full[i].event);
        CHECK(brief[i].agency == full[i].agency);
        CHECK(brief[i].origin.row == full[i].origin.row);
        CHECK(brief[i].extra.empty());  // get(id) has them
    }
    CHECK_FALSE(full[0].extra.empty());
    model::ChronologyFilter f;
    f.from = Date::parse_iso("2016-01-01");
    CHECK(fx.chronology().list_brief(fx.ref, f).size() == fx.chronology().list(fx.ref, f).size());
}

TEST_CASE("The outline has the same entries in the same order, and reads the text of the rows asked for",
          "[chronology]") {
    Fixture fx;
    fx.import(fx.write("police.csv", kPolice), "Police");
    fx.import(fx.write("hv.csv", "Date,Event,Practitioner\n23/05/2016,Health visitor saw bruising,HV Ames\n"
                                 "01/07/2016,Routine contact,HV Ames\n"),
              "Health visiting");
    const auto full = fx.chronology().list(fx.ref);
    auto outline = fx.chronology().list_outline(fx.ref);
    REQUIRE(outline.size() == full.size());
    for (std::size_t i = 0; i < full.size(); ++i) {
        CHECK(outline[i].id == full[i].id);
        CHECK(outline[i].date.earliest == full[i].date.earliest);
        CHECK(outline[i].agency == full[i].agency);
        CHECK(outline[i].event.empty());  // not read yet
    }
    fx.chronology().fill_text(outline, 1, 3);
    CHECK(outline[0].event.empty());
    for (std::size_t i = 1; i < 3; ++i) {
        CHECK(outline[i].event == full[i].event);
        CHECK(outline[i].practitioner == full[i].practitioner);
        CHECK(outline[i].origin.file == full[i].origin.file);
        CHECK(outline[i].origin.row == full[i].origin.row);
    }
    CHECK(outline[3].event.empty());
    fx.chronology().fill_text(outline, 3, 99);  // past the end: up to the last entry
    CHECK(outline.back().event == full.back().event);
}

TEST_CASE("An import reports progress, and cancelling it keeps nothing from the file", "[chronology][atomic]") {
    Fixture fx;
    std::string csv = "Date,Event\n";
    for (int i = 0; i < 5000; ++i) csv += "0" + std::to_string(1 + i % 9) + "/04/2015,Home visit number " + std::to_string(i) + "\n";
    const auto file = fx.write("big.csv", csv);
    const auto audit_rows = fx.board->audit(fx.ref).size();

    model::ImportOptions o;
    o.agency = "Health visiting";
    std::vector<std::size_t> seen;
    o.progress = [&](std::size_t done, std::size_t total) {
        CHECK(total == 5000);
        seen.push_back(done);
        return done < 2048;  // cancel part-way
    };
    CHECK(message_of([&] { fx.chronology().import_file(fx.ref, file, o); }).find("cancelled") != std::string::npos);
    CHECK(fx.chronology().count(fx.ref) == 0);
    CHECK(fx.board->audit(fx.ref).size() == audit_rows);
    CHECK(fx.chronology().agencies(fx.ref).empty());
    REQUIRE(seen.size() >= 2);
    CHECK(seen.front() == 0);

    seen.clear();
    o.progress = [&](std::size_t done, std::size_t) {
        seen.push_back(done);
        return true;
    };
    CHECK(fx.chronology().import_file(fx.ref, file, o).imported == 5000);
    CHECK(seen.back() == 5000);
    CHECK(std::is_sorted(seen.begin(), seen.end()));
    CHECK(fx.chronology().count(fx.ref) == 5000);
}

TEST_CASE("A bad row late in a large file still refuses the whole file", "[chronology][atomic]") {
    Fixture fx;
    std::string csv = "Date,Event\n";
    for (int i = 0; i < 6000; ++i) csv += "03/04/2015,Home visit " + std::to_string(i) + "\n";
    csv += "31/02/2015,A day that never was\n";
    const auto message = message_of([&] { fx.import(fx.write("late.csv", csv), "Health visiting"); });
    CHECK(message.find("late.csv:6002") != std::string::npos);
    CHECK(fx.chronology().count(fx.ref) == 0);
    const auto skipped = fx.import(fx.write("late2.csv", csv), "Health visiting", true);
    CHECK(skipped.imported == 6000);
    REQUIRE(skipped.rejected.size() == 1);
    CHECK(fx.chronology().count(fx.ref) == 6000);
}

TEST_CASE("A board from before prefix search finds its words on opening", "[chronology][migrations][search]") {
    Fixture fx;  // for its scratch folder
    const std::string file = (fx.dir / "v5.db").string();
    {
        SQLite::Database db(file, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
        std::vector<model::storage::Migration> upto5;
        for (const auto& m : model::storage::embedded_migrations())
            if (m.version <= 5) upto5.push_back(m);
        model::storage::migrate(db, upto5);
        db.exec("INSERT INTO review(id, ref, pathway_id, title, aware, created_at) "
                "SELECT 1, 'CSPR-2016-001', 'mini-cspr', 'Old', '2016-06-10', '2016-06-10T00:00:00Z'");
        db.exec("INSERT INTO chronology_entry(id, review_id, agency, date_from, date_to, event) VALUES "
                "(1, 1, 'Health visiting', '2015-04-03', '2015-04-03', 'Visits refused'), "
                "(2, 1, 'Police', '2015-04-04', '2015-04-04', 'Viewed CCTV')");
        db.exec("INSERT INTO chronology_fts(rowid, event, details, outcome, practitioner) "
                "SELECT id, event, details, outcome, practitioner FROM chronology_entry");
    }
    auto board = model::Board::open(file, testing::mini_library());
    const auto hits = board->chronology().search("CSPR-2016-001", "vis*");
    REQUIRE(hits.size() == 1);
    CHECK(hits[0].id == 1);
}

TEST_CASE("Migration 0005 keeps a version-4 database's chronology, merges included", "[chronology][migrations]") {
    Fixture fx;  // for its scratch folder
    const std::string file = (fx.dir / "v4.db").string();
    {
        // A database as the previous release left it: schema up to 0004, with a merged pair.
        SQLite::Database db(file, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
        std::vector<model::storage::Migration> upto4;
        for (const auto& m : model::storage::embedded_migrations())
            if (m.version <= 4) upto4.push_back(m);
        model::storage::migrate(db, upto4);
        REQUIRE(db.execAndGet("PRAGMA user_version").getInt() == 4);
        db.exec("INSERT INTO review(id, ref, pathway_id, title, aware, created_at) "
                "SELECT 1, 'CSPR-2016-001', 'mini-cspr', 'Old', '2016-06-10', '2016-06-10T00:00:00Z'");
        db.exec("INSERT INTO chronology_entry(id, review_id, agency, date_from, date_to, event) VALUES "
                "(1, 1, 'Police', '2015-04-03', '2015-04-03', 'Domestic incident'), "
                "(2, 1, 'Children''s social care', '2015-04-04', '2015-04-04', 'Police notification'), "
                "(3, 1, 'School', '2015-05-01', '2015-05-01', 'Late again')");
        db.exec("UPDATE chronology_entry SET merged_into = 1 WHERE id = 2");
    }
    auto board = model::Board::open(file, testing::mini_library());
    CHECK(board->schema_version() >= 5);
    const auto list = board->chronology().list("CSPR-2016-001");
    REQUIRE(list.size() == 2);
    CHECK(list[0].merged_from == std::vector<std::int64_t>{2});
    CHECK(board->chronology().list_brief("CSPR-2016-001")[0].merged_from == std::vector<std::int64_t>{2});
    CHECK(board->chronology().get(1).merged_from == std::vector<std::int64_t>{2});
    board->chronology().unmerge(2);
    CHECK(board->chronology().list("CSPR-2016-001").size() == 3);
}
