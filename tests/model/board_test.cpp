// SPDX-License-Identifier: MIT
// The review register: every command validates, writes in one transaction with its audit rows, and
// leaves the database exactly as it was when it refuses.
#include "model/core/error.h"
#include "model/register/board.h"
#include "test_pathways.h"

#include <catch2/catch.hpp>

using model::Date;

namespace {

Date d(const char* iso) { return Date::parse_iso(iso); }

std::unique_ptr<model::Board> memory_board() {
    auto b = model::Board::open(":memory:", testing::mini_library());
    b->set_actor("chair");
    return b;
}

model::ErrorKind kind_of(const std::function<void()>& f) {
    try {
        f();
    } catch (const model::Error& e) {
        return e.kind();
    }
    FAIL("no model::Error thrown");
    return model::ErrorKind::Internal;
}

std::string message_of(const std::function<void()>& f) {
    try {
        f();
    } catch (const model::Error& e) {
        return e.what();
    }
    return "";
}

}  // namespace

TEST_CASE("Registering reviews gives readable, sequential references per pathway and year", "[board]") {
    auto b = memory_board();
    CHECK(b->add_review({"mini-cspr", "Head injury, infant", d("2025-03-03"), "Child A"}) == "MINI-2025-001");
    CHECK(b->add_review({"mini-cspr", "Neglect", d("2025-05-01"), "Child B"}) == "MINI-2025-002");
    CHECK(b->add_review({"mini-cspr", "Self-harm", d("2026-01-05"), ""}) == "MINI-2026-001");

    auto list = b->list_reviews();
    REQUIRE(list.size() == 3);
    CHECK(list[0].title == "Head injury, infant");
    CHECK(list[0].current_stage == "notification");
    CHECK(list[0].child == "Child A");
}

TEST_CASE("Bad review input is refused with the value named, and nothing is written", "[board][atomic]") {
    auto b = memory_board();
    CHECK(kind_of([&] { b->add_review({"no-such-pathway", "T", d("2025-01-01")}); }) == model::ErrorKind::NotFound);
    CHECK(message_of([&] { b->add_review({"no-such-pathway", "T", d("2025-01-01")}); }).find("no-such-pathway") !=
          std::string::npos);
    CHECK(kind_of([&] { b->add_review({"mini-cspr", "   ", d("2025-01-01")}); }) == model::ErrorKind::BadInput);
    CHECK(kind_of([&] { b->add_review({"mini-cspr", "T", Date()}); }) == model::ErrorKind::BadInput);
    CHECK(b->list_reviews().empty());
    CHECK(b->audit().empty());
    CHECK(kind_of([&] { b->get_review("MINI-2025-999"); }) == model::ErrorKind::NotFound);
}

TEST_CASE("Stages complete in pathway order, once, on sensible dates", "[board][stages]") {
    auto b = memory_board();
    const auto ref = b->add_review({"mini-cspr", "T", d("2025-03-03")});
    const auto audit_before = b->audit().size();

    SECTION("out of order is refused, naming the missing stage") {
        auto msg = message_of([&] { b->complete_stage(ref, "decision", d("2025-03-10")); });
        CHECK(msg.find("before stage 'notification'") != std::string::npos);
    }
    SECTION("an unknown stage is not found") {
        CHECK(kind_of([&] { b->complete_stage(ref, "closure-party", d("2025-03-10")); }) == model::ErrorKind::NotFound);
    }
    SECTION("a date before the aware date is refused") {
        CHECK(kind_of([&] { b->complete_stage(ref, "notification", d("2025-03-01")); }) == model::ErrorKind::BadInput);
    }
    SECTION("twice is refused, naming the first date") {
        b->complete_stage(ref, "notification", d("2025-03-05"));
        auto msg = message_of([&] { b->complete_stage(ref, "notification", d("2025-03-06")); });
        CHECK(msg.find("already completed on 2025-03-05") != std::string::npos);
        CHECK(b->audit().size() == audit_before + 1);
    }
    SECTION("a date before an earlier stage's completion is refused") {
        b->complete_stage(ref, "notification", d("2025-03-05"));
        CHECK(kind_of([&] { b->complete_stage(ref, "rapid-review", d("2025-03-04")); }) == model::ErrorKind::BadInput);
    }
    SECTION("an optional stage may be skipped, but not filled in afterwards") {
        b->complete_stage(ref, "notification", d("2025-03-05"));
        b->complete_stage(ref, "rapid-review", d("2025-03-20"));
        b->complete_stage(ref, "decision", d("2025-03-21"), "Criteria met");
        b->complete_stage(ref, "report", d("2025-08-01"));
        CHECK(kind_of([&] { b->complete_stage(ref, "practitioners", d("2025-08-02")); }) == model::ErrorKind::BadInput);
        auto r = b->get_review(ref);
        CHECK(r.current_stage == "publication-notice");
        CHECK(r.completion("decision")->note == "Criteria met");
    }
    const auto r = b->get_review(ref);
    for (const auto& s : r.stages) CHECK(s.date >= r.aware);
}

TEST_CASE("Holds need a proceeding and a reason, and never overlap", "[board][holds]") {
    auto b = memory_board();
    const auto ref = b->add_review({"mini-cspr", "T", d("2025-03-03")});
    CHECK(kind_of([&] { b->add_hold(ref, {"astrology", "x", d("2025-04-01")}); }) == model::ErrorKind::BadInput);
    CHECK(kind_of([&] { b->add_hold(ref, {"police", " ", d("2025-04-01")}); }) == model::ErrorKind::BadInput);
    CHECK(kind_of([&] { b->add_hold(ref, {"police", "x", d("2025-01-01")}); }) == model::ErrorKind::BadInput);
    CHECK(kind_of([&] { b->add_hold(ref, {"police", "x", d("2025-04-10"), d("2025-04-01")}); }) ==
          model::ErrorKind::BadInput);

    b->add_hold(ref, {"police", "Investigation", d("2025-04-01"), d("2025-04-30")});
    auto msg = message_of([&] { b->add_hold(ref, {"coroner", "Inquest", d("2025-04-30"), std::nullopt}); });
    CHECK(msg.find("overlaps") != std::string::npos);
    CHECK(msg.find("2025-04-01") != std::string::npos);

    b->add_hold(ref, {"coroner", "Inquest", d("2025-05-01"), std::nullopt});
    CHECK(kind_of([&] { b->add_hold(ref, {"family-court", "Care proceedings", d("2025-09-01")}); }) ==
          model::ErrorKind::BadInput);  // overlaps the open hold
    CHECK(kind_of([&] { b->end_hold(ref, d("2025-04-15")); }) == model::ErrorKind::BadInput);
    b->end_hold(ref, d("2025-06-15"));
    CHECK(kind_of([&] { b->end_hold(ref, d("2025-06-16")); }) == model::ErrorKind::BadInput);  // none open

    auto r = b->get_review(ref);
    REQUIRE(r.holds.size() == 2);
    CHECK(r.holds[1].to == d("2025-06-15"));
}

TEST_CASE("People, appointments and versioned terms of reference", "[board]") {
    auto b = memory_board();
    const auto ref = b->add_review({"mini-cspr", "T", d("2025-03-03")});
    b->add_person(ref, {"Oliver Whitfield", "Child A", "child"});
    CHECK(kind_of([&] { b->add_person(ref, {"Chloe Whitfield", "child a", "parent"}); }) == model::ErrorKind::BadInput);
    CHECK(kind_of([&] { b->add_person(ref, {"Chloe", "Chloe (mother)", "parent"}); }) == model::ErrorKind::BadInput);

    CHECK(kind_of([&] { b->add_appointment(ref, {"M E", "tea-maker", "", true, "None", d("2025-04-01")}); }) ==
          model::ErrorKind::BadInput);
    CHECK(kind_of([&] { b->add_appointment(ref, {"M E", "lead-reviewer", "", true, "", d("2025-04-01")}); }) ==
          model::ErrorKind::BadInput);  // the declaration is the point of recording an appointment
    b->add_appointment(ref, {"Margaret Ellison", "lead-reviewer", "Independent", true, "None", d("2025-04-01")});

    CHECK(b->set_terms(ref, {d("2024-01-01"), d("2025-03-01"), {"Q1"}, "Systems", d("2025-04-02")}) == 1);
    CHECK(b->set_terms(ref, {d("2023-06-01"), d("2025-03-01"), {"Q1", "Q2"}, "Systems", d("2025-05-02")}) == 2);
    CHECK(kind_of([&] { b->set_terms(ref, {d("2025-03-01"), d("2024-01-01"), {}, "", d("2025-05-02")}); }) ==
          model::ErrorKind::BadInput);

    auto r = b->get_review(ref);
    REQUIRE(r.terms.size() == 2);
    CHECK(r.current_terms()->version == 2);
    CHECK(r.current_terms()->key_questions == std::vector<std::string>{"Q1", "Q2"});
    CHECK(r.terms[0].key_questions == std::vector<std::string>{"Q1"});
    CHECK(r.appointments.at(0).declaration == "None");
    CHECK(r.people.at(0).pseudonym == "Child A");
}

TEST_CASE("Every change is in the audit trail: who, what, old and new values", "[board][audit]") {
    auto b = memory_board();
    const auto ref = b->add_review({"mini-cspr", "Head injury", d("2025-03-03"), "Child A"});
    b->set_actor("business manager");
    b->complete_stage(ref, "notification", d("2025-03-05"));
    b->set_terms(ref, {d("2024-01-01"), d("2025-03-01"), {"Q1"}, "Systems", d("2025-04-02")});
    b->set_terms(ref, {d("2023-01-01"), d("2025-03-01"), {"Q1"}, "Systems", d("2025-04-09")});

    const auto trail = b->audit(ref);
    auto has = [&](const std::string& actor, const std::string& action, const std::string& field,
                   const std::string& old_value, const std::string& new_value) {
        for (const auto& e : trail)
            if (e.actor == actor && e.action == action && e.field == field && e.old_value == old_value &&
                e.new_value == new_value)
                return true;
        return false;
    };
    CHECK(has("chair", "review.add", "title", "", "Head injury"));
    CHECK(has("business manager", "stage.complete", "completed_on", "", "2025-03-05"));
    CHECK(has("business manager", "terms.set", "scope_from", "2024-01-01", "2023-01-01"));
    CHECK_FALSE(has("business manager", "terms.set", "methodology", "Systems", "Systems"));  // unchanged: not logged
    for (const auto& e : trail) {
        CHECK(e.review_ref == ref);
        CHECK(e.at.size() == 24);  // 2026-11-23T08:41:07.123Z
    }
    CHECK(kind_of([&] { b->audit("NOPE-1"); }) == model::ErrorKind::NotFound);
}

TEST_CASE("Changes are published after they commit, and only then", "[board][events]") {
    auto b = memory_board();
    std::vector<model::BoardEvent> seen;
    auto subscription = b->events().subscribe([&](const model::BoardEvent& e) { seen.push_back(e); });
    const auto ref = b->add_review({"mini-cspr", "T", d("2025-03-03")});
    try {
        b->complete_stage(ref, "decision", d("2025-03-05"));
    } catch (const model::Error&) {
    }
    REQUIRE(seen.size() == 1);
    CHECK(seen[0].type == model::BoardEvent::Type::ReviewAdded);
    CHECK(seen[0].review_ref == ref);
    subscription.reset();
    b->complete_stage(ref, "notification", d("2025-03-05"));
    CHECK(seen.size() == 1);
}

TEST_CASE("Alerts cover every started clock of every review, most urgent first", "[board][alerts]") {
    auto b = memory_board();
    const auto late = b->add_review({"mini-cspr", "Late", d("2025-01-06")});
    const auto fresh = b->add_review({"mini-cspr", "Fresh", d("2025-03-03")});
    b->complete_stage(late, "notification", d("2025-01-08"));
    const auto alerts = b->alerts(d("2025-03-04"));
    REQUIRE(alerts.size() == 4);  // two working-day clocks each; final-report and notice not started
    CHECK(alerts[0].review_ref == late);
    CHECK(alerts[0].clock_id == "rapid-review");
    CHECK(alerts[0].status == model::ClockStatus::Overdue);
    CHECK(alerts.back().status == model::ClockStatus::Met);
    bool fresh_on_track = false;
    for (const auto& a : alerts) fresh_on_track |= a.review_ref == fresh && a.status == model::ClockStatus::OnTrack;
    CHECK(fresh_on_track);
}

TEST_CASE("Imported GOV.UK holidays replace the rules for the years they cover", "[board][calendar]") {
    auto b = memory_board();
    // An invented extra bank holiday in 2030, as a future proclamation would add.
    model::HolidaySet set;
    set[model::Region::EnglandAndWales] = {{d("2030-01-01"), "New Year’s Day", "", true},
                                           {d("2030-06-03"), "Extra bank holiday", "", true}};
    b->import_bank_holidays(set, "bank-holidays.json");
    CHECK_FALSE(b->calendar().is_working_day(model::Region::EnglandAndWales, d("2030-06-03")));
    CHECK(b->calendar().is_working_day(model::Region::EnglandAndWales, d("2030-04-19")));  // Good Friday gone: replaced
    CHECK_FALSE(b->calendar().is_working_day(model::Region::EnglandAndWales, d("2031-04-11")));  // Good Friday 2031: still derived
    CHECK(b->calendar().is_working_day(model::Region::Scotland, d("2030-06-03")));
    CHECK(b->audit().back().action == "calendar.import");
    CHECK(kind_of([&] { b->import_bank_holidays({}, "empty.json"); }) == model::ErrorKind::BadInput);
}
