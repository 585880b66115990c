// SPDX-License-Identifier: MIT
// Actions: the lifecycle agreed → ratified → implemented → effectiveness-reviewed → closed, one step
// at a time with dates that never go backwards, evidence where the sources demand it, and RAG as of
// any date.
#include "learning_fixture.h"

#include <cstdio>
#include <filesystem>
#include <fstream>

using namespace learning_testing;
using model::ActionStatus;
using model::Rag;

namespace {

struct Chain {
    std::int64_t recommendation = 0;
    std::int64_t action = 0;
};

Chain chain(model::Board& b, const char* due = "2024-12-31") {
    auto& l = b.learning();
    auto f = l.add_finding("MINI-2024-001", {model::FindingKind::Systemic, "", "Neglect was not recognised."});
    auto r = l.add_recommendation("MINI-2024-001", {"Re-audit 30 neglect cases by December 2024.", "Children's Social Care",
                                                    {f}, model::RecommendationType::Procedure, d("2024-07-01")});
    auto a = l.add_action(r.id, {"Children's Social Care", "Head of Service", "Re-audit 30 cases", d(due), d("2024-07-15")});
    return {r.id, a};
}

}  // namespace

TEST_CASE("An action moves one step at a time, never backwards, with dates in order", "[learning]") {
    auto b = board_with_reviews();
    auto& l = b->learning();
    const auto c = chain(*b);
    CHECK(l.action(c.action).status == ActionStatus::Agreed);

    auto msg = message_of([&] { l.set_action_status(c.action, ActionStatus::Implemented, d("2024-08-01")); });
    CHECK(msg.find("cannot go from agreed to implemented") != std::string::npos);
    CHECK(msg.find("next step is ratified") != std::string::npos);
    msg = message_of([&] { l.set_action_status(c.action, ActionStatus::Ratified, d("2024-07-14")); });
    CHECK(msg.find("before the action became agreed") != std::string::npos);

    l.set_action_status(c.action, ActionStatus::Ratified, d("2024-08-01"));
    CHECK(kind_of([&] { l.set_action_status(c.action, ActionStatus::Agreed, d("2024-08-02")); }) == model::ErrorKind::BadInput);
    l.set_action_status(c.action, ActionStatus::Implemented, d("2024-10-01"), "New audit tool in use");
    const auto a = l.action(c.action);
    CHECK(a.status == ActionStatus::Implemented);
    REQUIRE(a.history.size() == 3);
    CHECK(a.history[2].evidence == "New audit tool in use");
    CHECK(a.history[2].actor == "lead reviewer");
}

TEST_CASE("Effectiveness review needs evidence of impact, closing needs evidence", "[learning]") {
    auto b = board_with_reviews();
    auto& l = b->learning();
    const auto c = chain(*b);
    l.set_action_status(c.action, ActionStatus::Ratified, d("2024-08-01"));
    l.set_action_status(c.action, ActionStatus::Implemented, d("2024-10-01"));
    const auto audit_before = b->audit().size();

    CHECK(message_of([&] { l.set_action_status(c.action, ActionStatus::EffectivenessReviewed, d("2025-01-10")); })
              .find("needs evidence of impact") != std::string::npos);
    // Evidence recorded after the review date does not count for it.
    l.add_evidence(c.action, {model::EvidenceKind::ReAudit, "Re-audit: 27 of 30 cases compliant", d("2025-02-01")});
    CHECK(kind_of([&] { l.set_action_status(c.action, ActionStatus::EffectivenessReviewed, d("2025-01-10")); }) ==
          model::ErrorKind::BadInput);
    l.set_action_status(c.action, ActionStatus::EffectivenessReviewed, d("2025-02-01"));

    CHECK(message_of([&] { l.set_action_status(c.action, ActionStatus::Closed, d("2025-03-01"), "  "); })
              .find("evidence") != std::string::npos);
    CHECK(l.action(c.action).status == ActionStatus::EffectivenessReviewed);
    l.set_action_status(c.action, ActionStatus::Closed, d("2025-03-01"), "Re-audit shows sustained compliance");
    CHECK(l.action(c.action).status == ActionStatus::Closed);
    CHECK(kind_of([&] { l.set_action_status(c.action, ActionStatus::Closed, d("2025-03-02"), "x"); }) ==
          model::ErrorKind::BadInput);
    CHECK(b->audit().size() > audit_before);
}

TEST_CASE("A due date before the recommendation is refused and nothing is saved", "[learning]") {
    auto b = board_with_reviews();
    auto& l = b->learning();
    const auto c = chain(*b);
    const auto audit_before = b->audit().size();
    const auto msg = message_of([&] {
        l.add_action(c.recommendation, {"Police", "DI Smith", "Brief officers", d("2024-06-30"), d("2024-07-02")});
    });
    CHECK(msg.find("due date 2024-06-30 is before recommendation 1") != std::string::npos);
    CHECK(kind_of([&] { l.add_action(c.recommendation, {"", "DI Smith", "Brief officers", d("2024-09-30")}); }) ==
          model::ErrorKind::BadInput);
    CHECK(kind_of([&] { l.add_action(9999, {"Police", "DI Smith", "Brief", d("2024-09-30")}); }) == model::ErrorKind::NotFound);
    CHECK(l.actions(d("2030-01-01")).size() == 1);
    CHECK(b->audit().size() == audit_before);
}

TEST_CASE("RAG as of a date follows the status history as it stood then", "[learning]") {
    auto b = board_with_reviews();
    auto& l = b->learning();
    const auto c = chain(*b, "2024-12-31");
    auto rag_on = [&](const char* day) {
        const auto rows = l.actions(d(day));
        REQUIRE(rows.size() == 1);
        return rows[0];
    };
    CHECK(l.actions(d("2024-07-14")).empty());             // not agreed yet
    CHECK(rag_on("2024-07-15").rag == Rag::Green);
    CHECK(rag_on("2024-12-17").rag == Rag::Amber);        // due within 14 days
    CHECK(rag_on("2024-12-31").rag == Rag::Amber);        // due today
    const auto late = rag_on("2025-01-10");
    CHECK(late.rag == Rag::Red);
    CHECK(late.days_late == 10);

    l.set_action_status(c.action, ActionStatus::Ratified, d("2024-08-01"));
    l.set_action_status(c.action, ActionStatus::Implemented, d("2025-01-20"));
    // Looking back, it was red before it was implemented; after, green until the effect check is due.
    CHECK(rag_on("2025-01-10").rag == Rag::Red);
    CHECK(rag_on("2025-01-10").status == ActionStatus::Ratified);
    CHECK(rag_on("2025-02-01").rag == Rag::Green);
    CHECK(rag_on("2025-04-20").rag == Rag::Green);        // 90 days
    CHECK(rag_on("2025-04-21").rag == Rag::Amber);        // implemented, effect never checked

    l.add_evidence(c.action, {model::EvidenceKind::OutcomeMeasure, "Referrals up 20%", d("2025-05-01")});
    l.set_action_status(c.action, ActionStatus::EffectivenessReviewed, d("2025-05-01"));
    l.set_action_status(c.action, ActionStatus::Closed, d("2025-06-01"), "Board accepted the evidence");
    CHECK(rag_on("2025-05-15").rag == Rag::Green);
    CHECK(rag_on("2025-06-01").rag == Rag::Grey);
    CHECK(rag_on("2025-06-01").status == ActionStatus::Closed);
}

TEST_CASE("Listing puts the most urgent first and filters by agency, status and RAG", "[learning]") {
    auto b = board_with_reviews();
    auto& l = b->learning();
    const auto c = chain(*b, "2024-12-31");
    auto late = l.add_action(c.recommendation, {"Police", "DI Jones", "Brief officers", d("2024-09-30"), d("2024-07-15")});
    auto later = l.add_action(c.recommendation, {"Police", "DI Jones", "Review policy", d("2024-08-31"), d("2024-07-15")});
    auto rows = l.actions(d("2024-11-01"));
    REQUIRE(rows.size() == 3);
    CHECK(rows[0].id == later);  // red, 62 days late
    CHECK(rows[1].id == late);   // red, 32 days late
    CHECK(rows[2].id == c.action);
    CHECK(l.actions(d("2024-11-01"), {"", "police"}).size() == 2);
    model::ActionFilter green;
    green.rag = Rag::Green;
    CHECK(l.actions(d("2024-11-01"), green).size() == 1);
    CHECK(kind_of([&] { l.actions(d("2024-11-01"), {"NOPE-1"}); }) == model::ErrorKind::NotFound);
}

TEST_CASE("Evidence files are kept inside the database with their SHA-256", "[learning]") {
    auto b = board_with_reviews();
    auto& l = b->learning();
    const auto c = chain(*b);
    const std::string path = (std::filesystem::temp_directory_path() / "casereview-learning-reaudit.csv").string();
    {
        std::ofstream out(path, std::ios::binary);
        out << "abc";
    }
    auto id = l.add_evidence(c.action, {model::EvidenceKind::ReAudit, "Re-audit results", d("2024-09-01"), path});
    std::remove(path.c_str());
    const auto a = l.action(c.action);
    REQUIRE(a.evidence.size() == 1);
    CHECK(a.evidence[0].file_size == 3);
    CHECK(a.evidence[0].sha256 == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");  // FIPS 180-2 "abc"
    const auto bytes = l.evidence_file(id);
    CHECK(std::string(bytes.begin(), bytes.end()) == "abc");
    CHECK(kind_of([&] {
        l.add_evidence(c.action, {model::EvidenceKind::ReAudit, "x", d("2024-09-01"), "/nonexistent/file.pdf"});
    }) == model::ErrorKind::BadInput);
    CHECK(l.action(c.action).evidence.size() == 1);
}

TEST_CASE("A listing sees changes made through another connection (the CLI while the app is open)", "[learning]") {
    const std::string path = (std::filesystem::temp_directory_path() / "casereview-learning-two-connections.db").string();
    for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(path + suffix);
    {
        auto app = model::Board::open(path, testing::mini_library());
        app->learning().set_themes(model::ThemeList(std::vector<model::Theme>{{"neglect", ""}}));
        app->add_review({"mini-cspr", "Infant head injury", d("2024-02-05"), "Child A"});
        const auto c = chain(*app);
        CHECK(app->learning().actions(d("2024-08-01")).size() == 1);  // cached now

        auto cli = model::Board::open(path, testing::mini_library());
        cli->learning().add_action(c.recommendation, {"Police", "DI Jones", "Brief officers", d("2024-09-30"), d("2024-07-15")});
        cli->learning().set_action_status(c.action, ActionStatus::Ratified, d("2024-07-20"));

        const auto rows = app->learning().actions(d("2024-08-01"));
        REQUIRE(rows.size() == 2);
        CHECK(std::any_of(rows.begin(), rows.end(), [&](const auto& r) { return r.id == c.action && r.status == ActionStatus::Ratified; }));
    }
    for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(path + suffix);
}
