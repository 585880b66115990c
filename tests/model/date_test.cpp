// SPDX-License-Identifier: MIT
#include "model/core/date.h"
#include "model/core/error.h"

#include <catch2/catch.hpp>

using model::Date;

TEST_CASE("Date parses strict ISO 8601 dates", "[date]") {
    Date d = Date::parse_iso("2025-03-07");
    CHECK(d.valid());
    CHECK(d.year() == 2025);
    CHECK(d.month() == 3);
    CHECK(d.day() == 7);
    CHECK(d == Date::from_ymd(2025, 3, 7));
    CHECK(Date::parse_iso("2024-02-29") == Date::from_ymd(2024, 2, 29));
    CHECK(Date::parse_iso("1970-01-01").serial() == 0);
}

TEST_CASE("Date rejects malformed and impossible dates", "[date]") {
    for (const char* bad : {"2025-02-30", "2025-13-01", "2025-00-10", "2025-01-00", "2023-02-29", "25-01-01",
                            "2025-1-1", "", "2025/01/01", "2025-01-01 ", " 2025-01-01", "2025-01-0a", "+025-01-01",
                            "2025-01-1x", "20250101"}) {
        INFO("input '" << bad << "'");
        CHECK_FALSE(Date::try_parse_iso(bad).has_value());
        CHECK_THROWS_AS(Date::parse_iso(bad), model::Error);
    }
    try {
        Date::parse_iso("2025-02-30");
        FAIL("no exception");
    } catch (const model::Error& e) {
        CHECK(e.kind() == model::ErrorKind::BadInput);
        CHECK(std::string(e.what()).find("'2025-02-30'") != std::string::npos);
    }
    CHECK_THROWS_AS(Date::from_ymd(2025, 2, 30), model::Error);
    CHECK_FALSE(Date::try_ymd(2025, 4, 31).has_value());
    CHECK(Date::try_ymd(2025, 4, 30).has_value());
}

TEST_CASE("Date formats as ISO and long form", "[date]") {
    CHECK(Date::from_ymd(2015, 4, 3).iso() == "2015-04-03");
    CHECK(Date::from_ymd(2015, 4, 3).long_form() == "3 April 2015");
    CHECK(Date::from_ymd(2026, 12, 31).long_form() == "31 December 2026");
    CHECK(Date::from_ymd(1999, 1, 9).iso() == "1999-01-09");
    CHECK(Date().iso().empty());
    CHECK_FALSE(Date().valid());
    CHECK(Date::parse_iso(Date::from_ymd(2031, 11, 5).iso()) == Date::from_ymd(2031, 11, 5));
}

TEST_CASE("Date knows the ISO weekday", "[date]") {
    CHECK(Date::from_ymd(2025, 1, 1).iso_weekday() == 3);   // Wednesday
    CHECK(Date::from_ymd(1970, 1, 1).iso_weekday() == 4);   // Thursday
    CHECK(Date::from_ymd(2024, 12, 25).iso_weekday() == 3); // Wednesday
    CHECK(Date::from_ymd(2025, 11, 30).iso_weekday() == 7); // Sunday
    CHECK(Date::from_ymd(1969, 12, 29).iso_weekday() == 1); // Monday, before the epoch
    CHECK(Date::from_ymd(2025, 11, 29).is_weekend());
    CHECK_FALSE(Date::from_ymd(2025, 11, 28).is_weekend());
}

TEST_CASE("Date day arithmetic", "[date]") {
    Date d = Date::from_ymd(2024, 2, 28);
    CHECK(d.add_days(1) == Date::from_ymd(2024, 2, 29));
    CHECK(d.add_days(2) == Date::from_ymd(2024, 3, 1));
    CHECK(d.add_days(-59) == Date::from_ymd(2023, 12, 31));
    CHECK(d.days_until(Date::from_ymd(2025, 2, 28)) == 366);
    CHECK(Date::from_ymd(2025, 2, 28).days_until(d) == -366);
    CHECK(Date::from_ymd(2025, 1, 1) < Date::from_ymd(2025, 1, 2));
}

TEST_CASE("Date::add_months follows the corresponding-date rule", "[date]") {
    CHECK(Date::from_ymd(2025, 8, 31).add_months(6) == Date::from_ymd(2026, 2, 28));
    CHECK(Date::from_ymd(2023, 8, 31).add_months(6) == Date::from_ymd(2024, 2, 29));
    CHECK(Date::from_ymd(2025, 2, 28).add_months(6) == Date::from_ymd(2025, 8, 28));
    CHECK(Date::from_ymd(2025, 1, 31).add_months(1) == Date::from_ymd(2025, 2, 28));
    CHECK(Date::from_ymd(2025, 3, 15).add_months(12) == Date::from_ymd(2026, 3, 15));
    CHECK(Date::from_ymd(2025, 11, 30).add_months(3) == Date::from_ymd(2026, 2, 28));
    // Backwards.
    CHECK(Date::from_ymd(2026, 2, 28).add_months(-6) == Date::from_ymd(2025, 8, 28));
    CHECK(Date::from_ymd(2025, 8, 31).add_months(-6) == Date::from_ymd(2025, 2, 28));
    CHECK(Date::from_ymd(2024, 8, 31).add_months(-6) == Date::from_ymd(2024, 2, 29));
    CHECK(Date::from_ymd(2025, 3, 31).add_months(-13) == Date::from_ymd(2024, 2, 29));
    CHECK(Date::from_ymd(2025, 5, 10).add_months(0) == Date::from_ymd(2025, 5, 10));
}
