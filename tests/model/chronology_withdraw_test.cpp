// SPDX-License-Identifier: MIT
// Withdrawing an import that should not have been made (a superseded submission, the wrong agency, a
// wrong mapping): its entries, their full-text rows and duplicate decisions go in one audited
// transaction; evidence for a finding or a merge across it refuses, changing nothing.
#include "model/core/error.h"
#include "model/learning/learning.h"
#include "model/register/board.h"
#include "test_pathways.h"
#include "test_support.h"

#include <catch2/catch.hpp>
#include <SQLiteCpp/SQLiteCpp.h>

#include <algorithm>

using model::Date;

namespace {

const char* const kPoliceV1 =
    "Date,Time,Practitioner,Event,Outcome\n"
    "03/04/2015,22:40,PC 1432,Officers attended the home after a report of a domestic incident; mother had a cut lip,"
    "DASH completed\n"
    "22/05/2016,09:15,DC Hale,Strategy discussion about bruising to the baby,s47 agreed\n"
    "June 2016,,PC 990,Intelligence that the partner is living at the address with a marmoset,Logged\n";

const char* const kHealth =
    "Date,Event,Outcome\n"
    "04/04/2015,Health visitor told of the domestic incident at the home; the mother had a cut lip,Visit booked\n"
    "23/05/2016,Paediatric assessment of bruising to the baby,Referred to children's social care\n";

struct Fixture {
    testing::TempDir scratch{"casereview-withdraw-"};
    std::unique_ptr<model::Board> board;
    std::string ref;

    explicit Fixture(const std::string& db = ":memory:") {
        board = model::Board::open(db == ":memory:" ? db : scratch.path(db), testing::mini_library());
        board->set_actor("lead reviewer");
        ref = board->add_review({"mini-cspr", "Head injury", Date::parse_iso("2016-06-10")});
    }
    model::ImportResult import(const std::string& name, const std::string& text, const std::string& agency) {
        model::ImportOptions o;
        o.agency = agency;
        return board->chronology().import_file(ref, scratch.write(name, text), o);
    }
    model::Chronology& chronology() { return board->chronology(); }
    std::vector<std::int64_t> ids() {
        std::vector<std::int64_t> out;
        for (const auto& e : chronology().list(ref, {std::nullopt, std::nullopt, {}, "", "", true})) out.push_back(e.id);
        return out;
    }
    std::vector<std::int64_t> found(const std::string& query) {
        std::vector<std::int64_t> out;
        for (const auto& h : chronology().search(ref, query)) out.push_back(h.id);
        std::sort(out.begin(), out.end());
        return out;
    }
    std::int64_t first_of(const std::string& agency) {
        for (const auto& e : chronology().list(ref))
            if (e.agency == agency) return e.id;
        return 0;
    }
    /// Everything a refused withdrawal must leave as it was.
    struct Snapshot {
        std::vector<std::int64_t> ids, cut_lip, bruising, marmoset;
        std::size_t audit = 0, imports = 0, pairs = 0;  // pairs: decided ones are left out
        bool operator==(const Snapshot& o) const {
            return ids == o.ids && cut_lip == o.cut_lip && bruising == o.bruising && marmoset == o.marmoset &&
                   audit == o.audit && imports == o.imports && pairs == o.pairs;
        }
    };
    Snapshot snapshot() {
        return {ids(), found("\"cut lip\""), found("bruising"), found("marmoset"), board->audit(ref).size(),
                chronology().imports(ref).size(), chronology().duplicates(ref).size()};
    }
};

std::string message_of(const std::function<void()>& f, model::ErrorKind want = model::ErrorKind::BadInput) {
    try {
        f();
    } catch (const model::Error& e) {
        CHECK(e.kind() == want);
        return e.what();
    }
    FAIL("no error");
    return "";
}

}  // namespace

TEST_CASE("The imports of a review are listed oldest first with what became of their entries", "[withdraw]") {
    Fixture fx;
    const auto police = fx.import("police-v1.csv", kPoliceV1, "Police");
    const auto health = fx.import("health.csv", kHealth, "Health");
    auto imports = fx.chronology().imports(fx.ref);
    REQUIRE(imports.size() == 2);
    CHECK(imports[0].id == police.import_id);
    CHECK(imports[0].agency == "Police");
    CHECK(imports[0].file == "police-v1.csv");
    CHECK(imports[0].actor == "lead reviewer");
    CHECK(imports[0].review == fx.ref);
    CHECK(imports[0].imported_at.size() == 24);  // 2026-05-03T09:12:44.120Z
    CHECK(imports[0].imported_at.back() == 'Z');
    CHECK(imports[0].rows_imported == 3);
    CHECK(imports[0].rows_rejected == 0);
    CHECK(imports[0].entries == 3);
    CHECK(imports[0].listed == 3);
    CHECK(imports[0].annotated == 0);
    CHECK(imports[1].id == health.import_id);
    CHECK(imports[1].entries == 2);

    // Annotate a police entry, cite another as evidence, merge a health entry into a police one.
    const auto police_ids = [&] {
        std::vector<std::int64_t> out;
        for (const auto& e : fx.chronology().list(fx.ref))
            if (e.agency == "Police") out.push_back(e.id);
        return out;
    }();
    REQUIRE(police_ids.size() == 3);
    fx.chronology().annotate(police_ids[0], {std::string("key"), std::string("Why no referral?"), {}, {}});
    fx.board->learning().add_finding(fx.ref, {model::FindingKind::Systemic, "", "Bruising was not escalated.", {police_ids[1]}});
    const std::int64_t health_first = fx.first_of("Health");
    fx.chronology().decide_duplicate(police_ids[0], health_first, true);

    imports = fx.chronology().imports(fx.ref);
    CHECK(imports[0].annotated == 1);
    CHECK(imports[0].evidence == 1);
    CHECK(imports[0].merged == 1);
    CHECK(imports[0].listed == 3);
    CHECK(imports[1].entries == 2);
    CHECK(imports[1].listed == 1);  // its first entry is merged into a police one
    CHECK(imports[1].merged == 1);

    CHECK(message_of([&] { fx.chronology().imports("MINI-2099-001"); }, model::ErrorKind::NotFound)
              .find("MINI-2099-001") != std::string::npos);
}

TEST_CASE("Withdrawing an import removes exactly its entries, their words and decisions, audited", "[withdraw]") {
    Fixture fx;
    const auto police = fx.import("police-v1.csv", kPoliceV1, "Police");
    fx.import("health.csv", kHealth, "Health");
    const auto health_ids = [&] {
        std::vector<std::int64_t> out;
        for (const auto& e : fx.chronology().list(fx.ref))
            if (e.agency == "Health") out.push_back(e.id);
        return out;
    }();
    const auto health_cut_lip = fx.found("\"cut lip\"");
    REQUIRE(health_cut_lip.size() == 2);  // one police entry, one health entry
    REQUIRE(fx.found("marmoset").size() == 1);  // a word only the police file has
    const std::int64_t police_first = fx.first_of("Police");
    fx.chronology().annotate(police_first, {{}, std::string("Why was the history not checked?"), {}, {}});
    fx.chronology().decide_duplicate(police_first, health_ids[0], false);  // dismissed: names a police entry
    // Redaction decisions for places in a police entry go with it (its id may be given out again);
    // those for another agency's entry, or for everywhere, stay.
    auto& publications = fx.board->publications();
    publications.decide_redaction(fx.ref, {"Hale", "a street name here", "chronology " + std::to_string(police_first) + " event", ""});
    publications.decide_redaction(fx.ref, {"Hale", "a street name here", "chronology " + std::to_string(health_ids[0]) + " event", ""});
    publications.decide_redaction(fx.ref, {"the cot bars", "not identifying", "", ""});
    std::size_t events = 0;
    auto sub = fx.board->events().subscribe([&](const model::BoardEvent& e) {
        if (e.type == model::BoardEvent::Type::ChronologyChanged && e.review_ref == fx.ref) ++events;
    });

    const auto result = fx.chronology().withdraw_import(police.import_id);
    CHECK(result.import_id == police.import_id);
    CHECK(result.review == fx.ref);
    CHECK(result.file == "police-v1.csv");
    CHECK(result.agency == "Police");
    CHECK(result.entries == 3);
    CHECK(result.annotated == 1);
    CHECK(result.duplicate_decisions == 1);
    CHECK(events == 1);

    CHECK(fx.ids() == health_ids);
    CHECK(fx.chronology().count(fx.ref) == 2);
    CHECK(fx.found("marmoset").empty());
    CHECK(fx.found("mar*").empty());  // the word stays in the prefix list, matching nothing
    CHECK(fx.found("\"cut lip\"") == std::vector<std::int64_t>{health_ids[0]});
    CHECK(fx.found("bruising") == std::vector<std::int64_t>{health_ids[1]});
    CHECK(message_of([&] { fx.chronology().get(police_first); }, model::ErrorKind::NotFound).find(std::to_string(police_first)) !=
          std::string::npos);

    const auto imports = fx.chronology().imports(fx.ref);
    REQUIRE(imports.size() == 1);
    CHECK(imports[0].agency == "Health");
    // The agency is still known to be involved: its missing submission now shows.
    CHECK(fx.chronology().agencies(fx.ref) == std::vector<std::string>{"Health", "Police"});
    CHECK(fx.chronology().gaps(fx.ref).missing_agencies == std::vector<std::string>{"Police"});

    const auto audit = fx.board->audit(fx.ref);
    const auto withdrawn = std::find_if(audit.begin(), audit.end(), [](const model::AuditEntry& a) {
        return a.action == "chronology.withdraw";
    });
    REQUIRE(withdrawn != audit.end());
    CHECK(std::count_if(audit.begin(), audit.end(), [](const model::AuditEntry& a) {
              return a.action == "chronology.withdraw";
          }) == 1);
    CHECK(withdrawn->entity == "chronology_import");
    CHECK(withdrawn->entity_id == std::to_string(police.import_id));
    CHECK(withdrawn->actor == "lead reviewer");
    CHECK(withdrawn->new_value == "3 entries (ids " + std::to_string(police_first) + "-" + std::to_string(police_first + 2) +
                                      ") from police-v1.csv withdrawn, 1 of them annotated, 1 redaction decision about them removed");
    std::vector<std::string> places;
    for (const auto& d : publications.redaction_decisions(fx.ref)) places.push_back(d.where);
    CHECK(places == std::vector<std::string>{"chronology " + std::to_string(health_ids[0]) + " event", ""});
    CHECK(withdrawn->old_value.find("Police: police-v1.csv") == 0);

    CHECK(message_of([&] { fx.chronology().withdraw_import(police.import_id); }, model::ErrorKind::NotFound)
              .find("unknown chronology import " + std::to_string(police.import_id)) != std::string::npos);
}

TEST_CASE("A merge inside the withdrawn import goes with it", "[withdraw]") {
    Fixture fx;
    const auto police = fx.import("police-v1.csv", kPoliceV1, "Police");
    const auto ids = fx.ids();
    fx.chronology().decide_duplicate(ids[0], ids[1], true);
    const auto result = fx.chronology().withdraw_import(police.import_id);
    CHECK(result.entries == 3);
    CHECK(result.duplicate_decisions == 1);
    CHECK(fx.ids().empty());
    CHECK(fx.chronology().imports(fx.ref).empty());
}

TEST_CASE("Evidence for a finding or a merge across the import refuses, changing nothing", "[withdraw]") {
    Fixture fx;
    const auto police = fx.import("police-v1.csv", kPoliceV1, "Police");
    const auto health = fx.import("health.csv", kHealth, "Health");
    const std::int64_t police_first = fx.first_of("Police");
    const std::int64_t health_first = fx.first_of("Health");

    SECTION("a finding cites an entry") {
        auto& learning = fx.board->learning();
        learning.add_finding(fx.ref, {model::FindingKind::Systemic, "", "A first finding.", {}});
        const auto f2 = learning.add_finding(fx.ref, {model::FindingKind::Systemic, "", "Bruising was not escalated.",
                                                      {police_first}});
        const auto before = fx.snapshot();
        const auto msg = message_of([&] { fx.chronology().withdraw_import(police.import_id); });
        CHECK(msg.find("finding F2 of " + fx.ref + " cites entry " + std::to_string(police_first)) != std::string::npos);
        CHECK(msg.find("unlink them first") != std::string::npos);
        CHECK(msg.find("police-v1.csv") != std::string::npos);
        CHECK(fx.snapshot() == before);
        CHECK(learning.finding(f2).evidence == std::vector<std::int64_t>{police_first});
        // The other import is free to go.
        CHECK(fx.chronology().withdraw_import(health.import_id).entries == 2);
    }
    SECTION("another import's entry is merged into one of its entries") {
        fx.chronology().decide_duplicate(police_first, health_first, true);
        const auto before = fx.snapshot();
        const auto msg = message_of([&] { fx.chronology().withdraw_import(police.import_id); });
        CHECK(msg.find("entry " + std::to_string(health_first) + " of another import is merged into its entry " +
                       std::to_string(police_first)) != std::string::npos);
        CHECK(msg.find("chronology unmerge " + std::to_string(health_first)) != std::string::npos);
        CHECK(fx.snapshot() == before);
        CHECK(fx.chronology().get(police_first).merged_from == std::vector<std::int64_t>{health_first});
    }
    SECTION("one of its entries is merged into another import's entry") {
        fx.chronology().decide_duplicate(health_first, police_first, true);
        const auto before = fx.snapshot();
        const auto msg = message_of([&] { fx.chronology().withdraw_import(police.import_id); });
        CHECK(msg.find("its entry " + std::to_string(police_first) + " is merged into entry " +
                       std::to_string(health_first) + " of another import") != std::string::npos);
        CHECK(fx.snapshot() == before);
        // Undone, the withdrawal goes through.
        fx.chronology().unmerge(police_first);
        CHECK(fx.chronology().withdraw_import(police.import_id).entries == 3);
        CHECK(fx.chronology().count(fx.ref) == 2);
    }
}

TEST_CASE("An unknown import id is not found", "[withdraw]") {
    Fixture fx;
    CHECK(message_of([&] { fx.chronology().withdraw_import(4242); }, model::ErrorKind::NotFound)
              .find("unknown chronology import 4242") != std::string::npos);
}

TEST_CASE("A withdrawn file can be imported again and is found by search again", "[withdraw]") {
    Fixture fx;
    const auto first = fx.import("police-v1.csv", kPoliceV1, "Police");
    const auto withdrawn_ids = fx.ids();
    fx.chronology().withdraw_import(first.import_id);
    const auto again = fx.import("police-v1.csv", kPoliceV1, "Police");
    CHECK(again.imported == 3);
    // No id is given twice: the audit trail's "entry 2" or "import 1" still means the withdrawn one.
    CHECK(again.import_id > first.import_id);
    const std::int64_t highest = *std::max_element(withdrawn_ids.begin(), withdrawn_ids.end());
    for (const std::int64_t id : fx.ids()) CHECK(id > highest);
    CHECK(fx.chronology().count(fx.ref) == 3);
    CHECK(fx.found("marmoset").size() == 1);
    CHECK(fx.found("mar*").size() == 1);
    const auto imports = fx.chronology().imports(fx.ref);
    REQUIRE(imports.size() == 1);
    CHECK(imports[0].id == again.import_id);
}

TEST_CASE("After a withdrawal the full-text index agrees with the entries and only their decisions went", "[withdraw]") {
    Fixture fx("board.db");
    const auto police = fx.import("police-v1.csv", kPoliceV1, "Police");
    fx.import("health.csv", kHealth, "Health");
    std::vector<std::int64_t> police_ids, health_ids;
    for (const auto& e : fx.chronology().list(fx.ref)) (e.agency == "Police" ? police_ids : health_ids).push_back(e.id);
    fx.chronology().decide_duplicate(police_ids[0], health_ids[0], false);
    fx.chronology().decide_duplicate(health_ids[1], health_ids[0], false);
    fx.chronology().decide_duplicate(police_ids[2], police_ids[1], false);
    fx.chronology().withdraw_import(police.import_id);
    fx.board.reset();
    // FTS5's own check of an external-content table against its content: a 'delete' given other
    // values than those indexed leaves entries it reports as corrupt.
    SQLite::Database db(fx.scratch.path("board.db"), SQLite::OPEN_READWRITE);
    CHECK_NOTHROW(db.exec("INSERT INTO chronology_fts(chronology_fts, rank) VALUES ('integrity-check', 1)"));
    CHECK(db.execAndGet("SELECT count(*) FROM chronology_fts WHERE chronology_fts MATCH 'marmoset'").getInt() == 0);
    CHECK(db.execAndGet("SELECT count(*) FROM chronology_fts WHERE chronology_fts MATCH 'bruising'").getInt() == 1);
    // Only the decision between two health entries is left.
    CHECK(db.execAndGet("SELECT count(*) FROM duplicate_decision").getInt() == 1);
    CHECK(db.execAndGet("SELECT a || '+' || b FROM duplicate_decision").getString() ==
          std::to_string(health_ids[0]) + "+" + std::to_string(health_ids[1]));
    CHECK(db.execAndGet("SELECT count(*) FROM chronology_entry").getInt() == 2);
    CHECK(db.execAndGet("SELECT count(*) FROM chronology_import").getInt() == 1);
}

TEST_CASE("A review brought in from a case file after a withdrawal takes no withdrawn id either", "[withdraw]") {
    Fixture fx;
    const auto police = fx.import("police-v1.csv", kPoliceV1, "Police");
    const auto withdrawn_ids = fx.ids();
    const std::int64_t highest = *std::max_element(withdrawn_ids.begin(), withdrawn_ids.end());
    fx.chronology().withdraw_import(police.import_id);

    Fixture other;  // another board's review, with a chronology, as a case file
    other.import("health.csv", kHealth, "Health");
    const std::string xml = other.board->case_files().export_xml(other.ref);
    auto renamed = xml;  // the same reference would clash with fx's review
    for (std::size_t at; (at = renamed.find(other.ref)) != std::string::npos;) renamed.replace(at, other.ref.size(), "CSPR-2099-001");
    fx.board->case_files().import_xml(renamed, "other.xml");
    const auto entries = fx.chronology().list("CSPR-2099-001");
    REQUIRE(entries.size() == 2);
    for (const auto& e : entries) CHECK(e.id > highest);
    for (const auto& i : fx.chronology().imports("CSPR-2099-001")) CHECK(i.id > police.import_id);
}

