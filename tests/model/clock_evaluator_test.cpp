// SPDX-License-Identifier: MIT
// The chair's question, "where does every clock stand as of this date?", answered by evaluate_clocks.
#include "model/clocks/clock_evaluator.h"
#include "model/register/stage_rules.h"
#include "test_pathways.h"

#include <catch2/catch.hpp>

using model::ClockStatus;
using model::Date;

namespace {

Date d(const char* iso) { return Date::parse_iso(iso); }

model::Review review_aware(const char* aware, model::Region region = model::Region::EnglandAndWales) {
    model::Review r;
    r.ref = "T-1";
    r.pathway_id = "mini-cspr";
    r.aware = d(aware);
    r.region = region;
    return r;
}

const model::ClockState& find(const model::ClockReport& report, const std::string& id) {
    for (const auto& c : report.clocks)
        if (c.clock_id == id) return c;
    FAIL("no clock " << id);
    throw;
}

}  // namespace

TEST_CASE("A working-day clock skips weekends and Christmas bank holidays", "[clocks]") {
    const auto pathway = testing::mini_cspr();
    model::HolidayCalendar cal;
    auto r = review_aware("2025-12-19");  // a Friday before Christmas

    // 22, 23, 24 Dec, then 29 and 30 Dec: 25 and 26 Dec are bank holidays.
    auto report = evaluate_clocks(pathway, r, cal, d("2025-12-22"));
    const auto& n = find(report, "notification");
    CHECK(n.due == d("2025-12-30"));
    CHECK(n.status == ClockStatus::OnTrack);
    CHECK(n.days_left == 4);

    CHECK(find(evaluate_clocks(pathway, r, cal, d("2025-12-29")), "notification").status == ClockStatus::DueSoon);

    const auto late = find(evaluate_clocks(pathway, r, cal, d("2026-01-02")), "notification");
    CHECK(late.status == ClockStatus::Overdue);
    CHECK(late.days_late == 2);  // 31 Dec and 2 Jan; New Year's Day does not count
}

TEST_CASE("A clock is met by completing its stage on time, met-late after", "[clocks]") {
    const auto pathway = testing::mini_cspr();
    model::HolidayCalendar cal;
    auto r = review_aware("2025-12-19");

    r.stages = {{"notification", d("2025-12-30"), ""}};
    CHECK(find(evaluate_clocks(pathway, r, cal, d("2026-02-01")), "notification").status == ClockStatus::Met);

    r.stages = {{"notification", d("2026-01-05"), ""}};
    const auto c = find(evaluate_clocks(pathway, r, cal, d("2026-02-01")), "notification");
    CHECK(c.status == ClockStatus::MetLate);
    CHECK(c.days_late == 3);
    CHECK(c.met_on == d("2026-01-05"));

    SECTION("looking back to before the completion shows the clock still running") {
        CHECK(find(evaluate_clocks(pathway, r, cal, d("2025-12-29")), "notification").status == ClockStatus::DueSoon);
    }
}

TEST_CASE("Regions differ: 2 January is a working day in England, not in Scotland", "[clocks]") {
    const auto pathway = testing::mini_cspr();
    model::HolidayCalendar cal;
    auto england = review_aware("2025-12-29");
    auto scotland = review_aware("2025-12-29", model::Region::Scotland);
    // England: 30, 31 Dec, 2, 5, 6 Jan. Scotland also loses 2 Jan.
    CHECK(find(evaluate_clocks(pathway, england, cal, d("2025-12-29")), "notification").due == d("2026-01-06"));
    CHECK(find(evaluate_clocks(pathway, scotland, cal, d("2025-12-29")), "notification").due == d("2026-01-07"));
}

TEST_CASE("A month clock starts at its stage and follows the corresponding-date rule", "[clocks]") {
    const auto pathway = testing::mini_cspr();
    model::HolidayCalendar cal;
    auto r = review_aware("2025-08-01");

    auto before_decision = evaluate_clocks(pathway, r, cal, d("2025-09-01"));
    bool pending = false;
    for (const auto& p : before_decision.pending) pending |= p.clock_id == "final-report";
    CHECK(pending);

    r.stages = {{"notification", d("2025-08-05"), ""}, {"rapid-review", d("2025-08-20"), ""}, {"decision", d("2025-08-31"), ""}};
    const auto c = find(evaluate_clocks(pathway, r, cal, d("2025-09-01")), "final-report");
    CHECK(c.due == d("2026-02-28"));
    CHECK(c.status == ClockStatus::OnTrack);
    CHECK(find(evaluate_clocks(pathway, r, cal, d("2026-02-01")), "final-report").status == ClockStatus::DueSoon);
    const auto late = find(evaluate_clocks(pathway, r, cal, d("2026-03-10")), "final-report");
    CHECK(late.status == ClockStatus::Overdue);
    CHECK(late.days_late == 10);  // calendar days for a month clock
}

TEST_CASE("A hold pauses a pausable clock and extends it by the held span", "[clocks][holds]") {
    const auto pathway = testing::mini_cspr();
    model::HolidayCalendar cal;
    auto r = review_aware("2025-01-02");
    r.stages = {{"notification", d("2025-01-06"), ""}, {"rapid-review", d("2025-01-20"), ""}, {"decision", d("2025-01-10"), ""}};
    // Decision on 10 Jan: due 10 Jul. A police hold for the whole of March (31 days).
    r.holds = {{1, "police", "charging decision pending", d("2025-03-01"), d("2025-03-31")}};

    SECTION("during the hold the clock is paused and its due date has moved by the days held so far") {
        const auto c = find(evaluate_clocks(pathway, r, cal, d("2025-03-15")), "final-report");
        CHECK(c.status == ClockStatus::Paused);
        CHECK(c.paused == 15);
        CHECK(c.due == d("2025-07-25"));
        CHECK(c.base_due == d("2025-07-10"));
    }
    SECTION("after the hold the clock runs again, extended by the whole hold") {
        const auto c = find(evaluate_clocks(pathway, r, cal, d("2025-04-15")), "final-report");
        CHECK(c.status == ClockStatus::OnTrack);
        CHECK(c.paused == 31);
        CHECK(c.due == d("2025-08-10"));
    }
    SECTION("a clock that does not pause is not extended") {
        r.stages.clear();
        r.aware = d("2025-02-27");
        const auto c = find(evaluate_clocks(pathway, r, cal, d("2025-03-15")), "rapid-review");
        CHECK(c.paused == 0);
        CHECK(c.due == c.base_due);
        CHECK(c.status != ClockStatus::Paused);
    }
    SECTION("an open hold keeps the clock paused, however long") {
        r.holds = {{1, "criminal-court", "trial listed", d("2025-06-01"), std::nullopt}};
        const auto c = find(evaluate_clocks(pathway, r, cal, d("2025-12-01")), "final-report");
        CHECK(c.status == ClockStatus::Paused);
        CHECK(c.paused == 184);  // 1 Jun to 1 Dec inclusive
    }
    SECTION("a hold that starts after the due date does not rescue an overdue clock") {
        r.holds = {{1, "coroner", "inquest", d("2025-08-01"), d("2025-08-31")}};
        const auto c = find(evaluate_clocks(pathway, r, cal, d("2025-09-15")), "final-report");
        CHECK(c.status == ClockStatus::Overdue);
        CHECK(c.paused == 0);
    }
}

TEST_CASE("A working-day clock is extended in working days by a hold", "[clocks][holds]") {
    auto pathway = testing::mini_cspr();
    pathway.clocks[1].pausable = true;  // make the rapid review pausable for this test
    model::HolidayCalendar cal;
    auto r = review_aware("2025-03-03");  // Monday; 15 working days -> Mon 24 Mar
    r.holds = {{1, "police", "arrest", d("2025-03-10"), d("2025-03-16")}};  // Mon-Sun: 5 working days
    const auto c = find(evaluate_clocks(pathway, r, cal, d("2025-03-20")), "rapid-review");
    CHECK(c.base_due == d("2025-03-24"));
    CHECK(c.paused == 5);
    CHECK(c.due == d("2025-03-31"));
}

TEST_CASE("A notice clock falls due before its event and waits for a planned date", "[clocks]") {
    const auto pathway = testing::mini_cspr();
    model::HolidayCalendar cal;
    auto r = review_aware("2025-01-02");
    auto report = evaluate_clocks(pathway, r, cal, d("2025-06-01"));
    bool waiting = false;
    for (const auto& p : report.pending)
        if (p.clock_id == "publication-notice") waiting = p.waiting_for == "a planned publication date";
    CHECK(waiting);

    r.planned_publication = d("2026-03-20");  // Friday: 7 working days before is Wednesday 11 March
    const auto c = find(evaluate_clocks(pathway, r, cal, d("2026-03-02")), "publication-notice");
    CHECK(c.due == d("2026-03-11"));
    CHECK(c.status == ClockStatus::OnTrack);
}

TEST_CASE("The owner is the person appointed to the clock's role", "[clocks]") {
    model::Review r = review_aware("2025-01-02");
    CHECK(model::owner_for(r, "business-manager").empty());
    r.appointments.push_back({1, "Priya Shah", "business-manager", "Partnership", true, "None", d("2025-01-03")});
    CHECK(model::owner_for(r, "business-manager") == "Priya Shah");
}

TEST_CASE("The next stages are those after the furthest done, through the first required one", "[stages]") {
    const auto pathway = testing::mini_cspr();
    model::Review r = review_aware("2025-01-02");
    auto ids = [&] {
        std::vector<std::string> out;
        for (const auto* s : model::next_stages(pathway, r)) out.push_back(s->id);
        return out;
    };
    CHECK(ids() == std::vector<std::string>{"notification"});
    r.stages = {{"notification", d("2025-01-03"), ""}, {"rapid-review", d("2025-01-10"), ""}, {"decision", d("2025-01-11"), ""}};
    CHECK(ids() == std::vector<std::string>{"practitioners", "report"});  // optional, then the first required
    r.stages.push_back({"report", d("2025-06-01"), ""});
    CHECK(ids() == std::vector<std::string>{"publication-notice"});  // a skipped optional stage stays skipped
}
