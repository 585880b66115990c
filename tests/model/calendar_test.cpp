// SPDX-License-Identifier: MIT
#include "model/calendar/duration.h"
#include "model/calendar/holiday_calendar.h"
#include "model/calendar/region.h"
#include "model/core/error.h"

#include <catch2/catch.hpp>

#include <fstream>
#include <map>
#include <random>
#include <set>
#include <sstream>

using model::Date;
using model::DurationUnit;
using model::HolidayCalendar;
using model::Region;

namespace {

Date d(const char* iso) { return Date::parse_iso(iso); }

const Region EW = Region::EnglandAndWales;
const Region SC = Region::Scotland;
const Region NI = Region::NorthernIreland;

std::string read_govuk_file() {
    const std::string path = std::string(SHARED_DATA_DIR) + "/bank-holidays.json";
    std::ifstream in(path, std::ios::binary);
    REQUIRE(in.good());
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
}

/// The obvious day-by-day reference, built on holidays() alone.
struct Naive {
    const HolidayCalendar& cal;
    mutable std::map<std::pair<Region, int>, std::set<Date>> years;
    bool working(Region r, Date day) const {
        if (day.is_weekend()) return false;
        auto key = std::make_pair(r, day.year());
        auto it = years.find(key);
        if (it == years.end()) {
            std::set<Date> dates;
            for (const auto& h : cal.holidays(r, day.year())) dates.insert(h.date);
            it = years.emplace(key, std::move(dates)).first;
        }
        return it->second.count(day) == 0;
    }
    Date add(Region r, Date start, int n) const {
        int step = n > 0 ? 1 : -1;
        for (int left = n > 0 ? n : -n; left > 0;) {
            start = start.add_days(step);
            if (working(r, start)) --left;
        }
        return start;
    }
};

}  // namespace

TEST_CASE("Region ids and names", "[calendar]") {
    CHECK(model::region_id(EW) == "england-and-wales");
    CHECK(model::region_id(SC) == "scotland");
    CHECK(model::region_id(NI) == "northern-ireland");
    CHECK(model::region_name(EW) == "England and Wales");
    CHECK(model::region_name(SC) == "Scotland");
    CHECK(model::region_name(NI) == "Northern Ireland");
    for (Region r : model::kAllRegions) CHECK(model::parse_region(model::region_id(r)) == r);
    CHECK_FALSE(model::try_parse_region("wales").has_value());
    CHECK_FALSE(model::try_parse_region("").has_value());
    try {
        model::parse_region("wales");
        FAIL("no exception");
    } catch (const model::Error& e) {
        CHECK(e.kind() == model::ErrorKind::BadInput);
        CHECK(std::string(e.what()) ==
              "unknown region 'wales' (expected england-and-wales, scotland or northern-ireland)");
    }
}

TEST_CASE("Duration units and descriptions", "[calendar]") {
    CHECK(model::unit_id(DurationUnit::WorkingDays) == "working-days");
    CHECK(model::unit_id(DurationUnit::Days) == "days");
    CHECK(model::unit_id(DurationUnit::Months) == "months");
    for (auto u : {DurationUnit::WorkingDays, DurationUnit::Days, DurationUnit::Months})
        CHECK(model::parse_unit(model::unit_id(u)) == u);
    CHECK_FALSE(model::try_parse_unit("weeks").has_value());
    try {
        model::parse_unit("weeks");
        FAIL("no exception");
    } catch (const model::Error& e) {
        CHECK(e.kind() == model::ErrorKind::BadInput);
        CHECK(std::string(e.what()).find("'weeks'") != std::string::npos);
        CHECK(std::string(e.what()).find("working-days") != std::string::npos);
    }
    CHECK(model::describe({5, DurationUnit::WorkingDays}) == "5 working days");
    CHECK(model::describe({1, DurationUnit::WorkingDays}) == "1 working day");
    CHECK(model::describe({6, DurationUnit::Months}) == "6 months");
    CHECK(model::describe({1, DurationUnit::Months}) == "1 month");
    CHECK(model::describe({1, DurationUnit::Days}) == "1 day");
    CHECK(model::describe({0, DurationUnit::Days}) == "0 days");
    CHECK(model::describe({15, DurationUnit::Days}) == "15 days");
}

TEST_CASE("Working days per region", "[calendar]") {
    HolidayCalendar cal;
    CHECK(cal.is_bank_holiday(EW, d("2025-12-25")));
    CHECK_FALSE(cal.is_working_day(EW, d("2025-12-25")));
    CHECK_FALSE(cal.is_bank_holiday(EW, d("2025-12-27")));  // a Saturday, not a holiday
    CHECK_FALSE(cal.is_working_day(EW, d("2025-12-27")));
    CHECK(cal.is_working_day(EW, d("2025-12-24")));
    // 2 January is a holiday in Scotland only.
    CHECK(cal.is_working_day(EW, d("2026-01-02")));
    CHECK(cal.is_working_day(NI, d("2026-01-02")));
    CHECK(cal.is_bank_holiday(SC, d("2026-01-02")));
    // August: first Monday in Scotland, last Monday elsewhere.
    CHECK(cal.is_bank_holiday(SC, d("2025-08-04")));
    CHECK(cal.is_working_day(EW, d("2025-08-04")));
    CHECK(cal.is_bank_holiday(EW, d("2025-08-25")));
    CHECK(cal.is_working_day(SC, d("2025-08-25")));
    // Northern Ireland's own days.
    CHECK(cal.is_bank_holiday(NI, d("2025-03-17")));
    CHECK(cal.is_working_day(EW, d("2025-03-17")));
    CHECK(cal.is_bank_holiday(NI, d("2025-07-14")));
    // Easter Monday is not a Scottish holiday.
    CHECK(cal.is_working_day(SC, d("2025-04-21")));
    CHECK_FALSE(cal.is_working_day(EW, d("2025-04-21")));
    CHECK_FALSE(cal.is_working_day(EW, Date()));
}

TEST_CASE("Adding working days across Christmas and New Year", "[calendar]") {
    HolidayCalendar cal;
    // Fri 19 Dec 2025: Mon 22, Tue 23, Wed 24, (Thu 25, Fri 26 holidays), Mon 29, Tue 30.
    CHECK(cal.add_working_days(EW, d("2025-12-19"), 5) == d("2025-12-30"));
    CHECK(cal.add_working_days(SC, d("2025-12-19"), 5) == d("2025-12-30"));
    // Then Wed 31 and, after 1 January, Fri 2 January in England; Mon 5 January in Scotland.
    CHECK(cal.add_working_days(EW, d("2025-12-19"), 7) == d("2026-01-02"));
    CHECK(cal.add_working_days(NI, d("2025-12-19"), 7) == d("2026-01-02"));
    CHECK(cal.add_working_days(SC, d("2025-12-19"), 7) == d("2026-01-05"));
    CHECK(cal.add(EW, d("2025-12-19"), 15, DurationUnit::WorkingDays) == d("2026-01-14"));
    CHECK(cal.add(SC, d("2025-12-19"), 15, DurationUnit::WorkingDays) == d("2026-01-15"));
    // 2026: Boxing Day on a Saturday, substitute Monday 28 December.
    CHECK(cal.add_working_days(EW, d("2026-12-24"), 1) == d("2026-12-29"));
    // 2027: 25 December on a Saturday: Mon 27 and Tue 28 are the holidays.
    CHECK(cal.add_working_days(EW, d("2027-12-24"), 1) == d("2027-12-29"));
    // Backwards over the same days.
    CHECK(cal.add_working_days(EW, d("2026-01-02"), -7) == d("2025-12-19"));
    CHECK(cal.add_working_days(SC, d("2026-01-05"), -7) == d("2025-12-19"));
    CHECK(cal.add_working_days(EW, d("2025-12-29"), -1) == d("2025-12-24"));
    CHECK(cal.add(EW, d("2025-12-29"), -1, DurationUnit::WorkingDays) == d("2025-12-24"));
    // Starting on a non-working day: the start is never counted.
    CHECK(cal.add_working_days(EW, d("2025-12-25"), 1) == d("2025-12-29"));
    CHECK(cal.add_working_days(EW, d("2025-12-27"), -1) == d("2025-12-24"));
    CHECK(cal.add_working_days(EW, d("2025-12-25"), 0) == d("2025-12-25"));
}

TEST_CASE("Adding working days across Easter and the summer", "[calendar]") {
    HolidayCalendar cal;
    // Good Friday 18 April, Easter Monday 21 April 2025.
    CHECK(cal.add_working_days(EW, d("2025-04-17"), 1) == d("2025-04-22"));
    CHECK(cal.add_working_days(NI, d("2025-04-17"), 1) == d("2025-04-22"));
    CHECK(cal.add_working_days(SC, d("2025-04-17"), 1) == d("2025-04-21"));
    CHECK(cal.add_working_days(EW, d("2025-04-22"), -1) == d("2025-04-17"));
    CHECK(cal.add_working_days(SC, d("2025-04-22"), -2) == d("2025-04-17"));
    // August 2025: Scotland loses Monday 4th, England Monday 25th.
    CHECK(cal.add_working_days(EW, d("2025-08-01"), 1) == d("2025-08-04"));
    CHECK(cal.add_working_days(SC, d("2025-08-01"), 1) == d("2025-08-05"));
    CHECK(cal.add_working_days(EW, d("2025-08-22"), 1) == d("2025-08-26"));
    CHECK(cal.add_working_days(SC, d("2025-08-22"), 1) == d("2025-08-25"));
    CHECK(cal.working_days_between(EW, d("2025-07-31"), d("2025-08-31")) == 20);
    CHECK(cal.working_days_between(SC, d("2025-07-31"), d("2025-08-31")) == 20);
    CHECK(cal.working_days_between(NI, d("2025-06-30"), d("2025-07-31")) == 22);
    CHECK(cal.working_days_between(EW, d("2025-06-30"), d("2025-07-31")) == 23);
}

TEST_CASE("Counting working days", "[calendar]") {
    HolidayCalendar cal;
    CHECK(cal.working_days_between(EW, d("2025-12-19"), d("2025-12-30")) == 5);
    CHECK(cal.working_days_between(EW, d("2025-12-30"), d("2025-12-19")) == -5);
    CHECK(cal.working_days_between(EW, d("2025-12-19"), d("2025-12-19")) == 0);
    CHECK(cal.working_days_between(EW, d("2025-12-24"), d("2025-12-28")) == 0);
    CHECK(cal.working_days_between(EW, d("2025-12-24"), d("2025-12-29")) == 1);
    // (from, to] is half-open: a working `from` is not counted, a working `to` is.
    CHECK(cal.working_days_between(EW, d("2025-12-22"), d("2025-12-23")) == 1);
    // Whole years: 261 weekdays in 2025 less 8 holidays; Scotland 9, Northern Ireland 10.
    CHECK(cal.working_days_between(EW, d("2024-12-31"), d("2025-12-31")) == 253);
    CHECK(cal.working_days_between(SC, d("2024-12-31"), d("2025-12-31")) == 252);
    CHECK(cal.working_days_between(NI, d("2024-12-31"), d("2025-12-31")) == 251);
    CHECK(cal.units_between(EW, d("2024-12-31"), d("2025-12-31"), DurationUnit::WorkingDays) == 253);
    CHECK(cal.units_between(EW, d("2024-12-31"), d("2025-12-31"), DurationUnit::Days) == 365);
    CHECK(cal.units_between(EW, d("2025-08-31"), d("2026-02-28"), DurationUnit::Months) == 181);
    CHECK(cal.units_between(EW, d("2026-02-28"), d("2025-08-31"), DurationUnit::Months) == -181);
}

TEST_CASE("Adding calendar days and months", "[calendar]") {
    HolidayCalendar cal;
    CHECK(cal.add(EW, d("2025-12-19"), 15, DurationUnit::Days) == d("2026-01-03"));
    CHECK(cal.add(EW, d("2025-12-19"), -19, DurationUnit::Days) == d("2025-11-30"));
    CHECK(cal.add(EW, d("2025-08-31"), 6, DurationUnit::Months) == d("2026-02-28"));
    CHECK(cal.add(EW, d("2023-08-31"), 6, DurationUnit::Months) == d("2024-02-29"));
    CHECK(cal.add(SC, d("2025-02-28"), 6, DurationUnit::Months) == d("2025-08-28"));
    CHECK(cal.add(SC, d("2026-02-28"), -6, DurationUnit::Months) == d("2025-08-28"));
    CHECK(cal.add(NI, d("2025-08-31"), -6, DurationUnit::Months) == d("2025-02-28"));
    // Months land on the corresponding date even when it is a holiday or a weekend.
    CHECK(cal.add(EW, d("2025-06-25"), 6, DurationUnit::Months) == d("2025-12-25"));
}

TEST_CASE("Fast paths agree with a day-by-day reference", "[calendar]") {
    HolidayCalendar cal;
    Naive naive{cal, {}};
    std::mt19937 rng(20250101);
    std::uniform_int_distribution<int> start_day(Date::from_ymd(2009, 1, 1).serial(), Date::from_ymd(2041, 12, 31).serial());
    std::uniform_int_distribution<int> amount(-80, 80);
    for (int i = 0; i < 3000; ++i) {
        Region r = model::kAllRegions[static_cast<std::size_t>(i % 3)];
        Date start = Date::from_serial(start_day(rng));
        int n = amount(rng);
        INFO(model::region_id(r) << " " << start.iso() << " " << n);
        Date expected = naive.add(r, start, n);
        CHECK(cal.add_working_days(r, start, n) == expected);
        // (start, expected] holds n working days going forwards; backwards the span is
        // (expected, start], which counts `start` itself but not `expected`.
        if (n >= 0)
            CHECK(cal.working_days_between(r, start, expected) == n);
        else
            CHECK(cal.working_days_between(r, start, expected) == n + (naive.working(r, start) ? 0 : 1));
        CHECK(cal.is_working_day(r, start) == naive.working(r, start));
    }
    // Long spans over many year boundaries.
    CHECK(cal.working_days_between(EW, d("2009-12-31"), d("2040-12-31")) ==
          cal.working_days_between(EW, d("2009-12-31"), d("2025-06-15")) +
              cal.working_days_between(EW, d("2025-06-15"), d("2040-12-31")));
    Date far = cal.add_working_days(SC, d("2010-03-01"), 5000);
    CHECK(cal.working_days_between(SC, d("2010-03-01"), far) == 5000);
    CHECK(cal.add_working_days(SC, far, -5000) == d("2010-03-01"));
}

TEST_CASE("Imported holidays replace derived ones year by year", "[calendar]") {
    HolidayCalendar cal;
    const auto before = cal.holidays(EW, 2025);
    REQUIRE(before.size() == 8);

    model::BankHoliday extra{d("2025-06-02"), "Test day", "Extra bank holiday", true};
    model::BankHoliday christmas{d("2025-12-25"), "Christmas Day", "", true};
    cal.override_with(EW, {christmas, extra});
    auto after = cal.holidays(EW, 2025);
    REQUIRE(after.size() == 2);
    CHECK(after[0].title == "Test day");  // sorted by date
    CHECK(after[1].date == d("2025-12-25"));
    CHECK(cal.is_bank_holiday(EW, d("2025-06-02")));
    CHECK(cal.is_working_day(EW, d("2025-12-26")));   // no longer a holiday
    CHECK(cal.is_working_day(EW, d("2025-04-21")));   // nor Easter Monday
    CHECK_FALSE(cal.is_working_day(EW, d("2026-01-01")));  // 2026 still derived
    CHECK(cal.holidays(EW, 2026).size() == 8);
    CHECK_FALSE(cal.is_working_day(SC, d("2025-12-26")));  // other regions untouched
    CHECK(cal.add_working_days(EW, d("2025-12-24"), 1) == d("2025-12-26"));

    // A second import for the same year replaces the first.
    cal.override_with(EW, {christmas});
    CHECK(cal.holidays(EW, 2025).size() == 1);
    CHECK(cal.is_working_day(EW, d("2025-06-02")));

    // Copies are independent.
    HolidayCalendar copy = cal;
    copy.override_with(EW, {extra});
    CHECK(copy.is_bank_holiday(EW, d("2025-06-02")));
    CHECK_FALSE(cal.is_bank_holiday(EW, d("2025-06-02")));
}

TEST_CASE("Importing GOV.UK's file changes nothing for 2019-2027", "[calendar]") {
    HolidayCalendar derived, imported;
    imported.override_with(model::parse_govuk_bank_holidays(read_govuk_file(), "bank-holidays.json"));
    for (Region r : model::kAllRegions) {
        for (int year = 2018; year <= 2028; ++year) {
            INFO(model::region_id(r) << " " << year);
            CHECK(derived.working_days_between(r, Date::from_ymd(year - 1, 12, 31), Date::from_ymd(year, 12, 31)) ==
                  imported.working_days_between(r, Date::from_ymd(year - 1, 12, 31), Date::from_ymd(year, 12, 31)));
        }
        for (Date day = d("2019-01-01"); day <= d("2027-12-31"); day = day.add_days(1))
            if (derived.is_bank_holiday(r, day) != imported.is_bank_holiday(r, day)) FAIL(day.iso());
    }
}

TEST_CASE("Invalid dates are refused by the calendar", "[calendar]") {
    HolidayCalendar cal;
    CHECK_THROWS_AS(cal.add_working_days(EW, Date(), 3), model::Error);
    CHECK_THROWS_AS(cal.working_days_between(EW, Date(), d("2025-01-01")), model::Error);
    CHECK_THROWS_AS(cal.add(EW, Date(), 3, DurationUnit::Months), model::Error);
    CHECK_THROWS_AS(cal.override_with(EW, {model::BankHoliday{}}), model::Error);
}
