// SPDX-License-Identifier: MIT
// Contract of model/chronology/fuzzy_date.h: the date forms agencies write, read day-first (UK) into
// an earliest/latest range with a precision and an uncertainty flag; impossible days and text that is
// not a date come back as a DateProblem naming the value, never as a guess.
#include "model/chronology/fuzzy_date.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <limits>
#include <string>
#include <vector>

using model::Date;
using model::DateProblem;
using model::FuzzyDate;
using P = model::FuzzyDate::Precision;

namespace {

Date d(const char* iso) { return Date::parse_iso(iso); }

const char* name(P p) { return p == P::Day ? "day" : p == P::Month ? "month" : "year"; }

// The reason a text was refused, or "" when it parsed.
std::string problem(std::string_view text) {
    auto r = model::parse_uk_date(text);
    if (auto* p = std::get_if<DateProblem>(&r)) return p->reason;
    return "";
}

struct Form {
    const char* text;
    const char* earliest;
    const char* latest;
    P precision;
    bool uncertain;
};

void check_form(const Form& f) {
    INFO("input '" << f.text << "'");
    auto r = model::parse_uk_date(f.text);
    if (auto* p = std::get_if<DateProblem>(&r)) FAIL("refused: " << p->reason);
    const FuzzyDate& got = std::get<FuzzyDate>(r);
    CHECK(got.earliest == d(f.earliest));
    CHECK(got.latest == d(f.latest));
    CHECK(name(got.precision) == std::string(name(f.precision)));
    CHECK(got.uncertain == f.uncertain);
}

}  // namespace

TEST_CASE("Exact dates in every form agencies write, day first", "[fuzzy-date]") {
    const Form forms[] = {
        {"22/05/2016", "2016-05-22", "2016-05-22", P::Day, false},
        {"22/5/2016", "2016-05-22", "2016-05-22", P::Day, false},
        {"2/5/2016", "2016-05-02", "2016-05-02", P::Day, false},  // 2 May, never 5 February
        {"05/02/2016", "2016-02-05", "2016-02-05", P::Day, false},
        {"22/05/16", "2016-05-22", "2016-05-22", P::Day, false},
        {"22.05.16", "2016-05-22", "2016-05-22", P::Day, false},
        {"22.05.2016", "2016-05-22", "2016-05-22", P::Day, false},
        {"22-05-2016", "2016-05-22", "2016-05-22", P::Day, false},
        {"22 05 2016", "2016-05-22", "2016-05-22", P::Day, false},
        {"22-may-16", "2016-05-22", "2016-05-22", P::Day, false},
        {"22-May-2016", "2016-05-22", "2016-05-22", P::Day, false},
        {"22-MAY-2016", "2016-05-22", "2016-05-22", P::Day, false},
        {"22 May 2016", "2016-05-22", "2016-05-22", P::Day, false},
        {"22 may 2016", "2016-05-22", "2016-05-22", P::Day, false},
        {"22May2016", "2016-05-22", "2016-05-22", P::Day, false},
        {"22nd May 2016", "2016-05-22", "2016-05-22", P::Day, false},
        {"22nd of May 2016", "2016-05-22", "2016-05-22", P::Day, false},
        {"1st June 2016", "2016-06-01", "2016-06-01", P::Day, false},
        {"3rd April 2015", "2015-04-03", "2015-04-03", P::Day, false},
        {"4th July 2015", "2015-07-04", "2015-07-04", P::Day, false},
        // The weekday is not checked: 3 April 2015 was a Friday, and the agency meant the 3rd.
        {"Tuesday 3 April 2015", "2015-04-03", "2015-04-03", P::Day, false},
        {"Tue 3 Apr 2015", "2015-04-03", "2015-04-03", P::Day, false},
        {"Friday, 3rd April 2015", "2015-04-03", "2015-04-03", P::Day, false},
        {"Weds 1 June 2016", "2016-06-01", "2016-06-01", P::Day, false},
        {"3 Sept 2015", "2015-09-03", "2015-09-03", P::Day, false},
        {"3 Sep 2015", "2015-09-03", "2015-09-03", P::Day, false},
        {"3 September 2015", "2015-09-03", "2015-09-03", P::Day, false},
        {"3 Sept. 2015", "2015-09-03", "2015-09-03", P::Day, false},
        // A month name spelled out before the day is unambiguous.
        {"May 22, 2016", "2016-05-22", "2016-05-22", P::Day, false},
        {"May 22nd 2016", "2016-05-22", "2016-05-22", P::Day, false},
        {"2016-May-22", "2016-05-22", "2016-05-22", P::Day, false},
        {"2016-05-22", "2016-05-22", "2016-05-22", P::Day, false},
        {"2016/05/22", "2016-05-22", "2016-05-22", P::Day, false},
        {"2016-05-22T14:30", "2016-05-22", "2016-05-22", P::Day, false},
        {"2016-05-22T14:30:00Z", "2016-05-22", "2016-05-22", P::Day, false},
        {"2016-05-22T14:30:00.000+01:00", "2016-05-22", "2016-05-22", P::Day, false},
        {"2016-05-22 14:30:00", "2016-05-22", "2016-05-22", P::Day, false},
        {"22/05/2016 14:30", "2016-05-22", "2016-05-22", P::Day, false},
        {"22/05/2016 2:30 pm", "2016-05-22", "2016-05-22", P::Day, false},
        {"22/05/2016 14.30", "2016-05-22", "2016-05-22", P::Day, false},
        {"22/05/2016 2.30 pm", "2016-05-22", "2016-05-22", P::Day, false},
        {"22 May 2016 at 2pm", "2016-05-22", "2016-05-22", P::Day, false},
        {"Sunday 22nd May 2016 at 14:30", "2016-05-22", "2016-05-22", P::Day, false},
        {"approx 22/05/2016 1430hrs", "2016-05-22", "2016-05-22", P::Day, true},
        {"29/02/2016", "2016-02-29", "2016-02-29", P::Day, false},
        {"29/02/2000", "2000-02-29", "2000-02-29", P::Day, false},
        {"01/01/1900", "1900-01-01", "1900-01-01", P::Day, false},
        {"31/12/2100", "2100-12-31", "2100-12-31", P::Day, false},
    };
    for (const Form& f : forms) check_form(f);
}

TEST_CASE("Partial dates cover their whole month or year", "[fuzzy-date]") {
    const Form forms[] = {
        {"June 2016", "2016-06-01", "2016-06-30", P::Month, false},
        {"Jun 2016", "2016-06-01", "2016-06-30", P::Month, false},
        {"JUNE 2016", "2016-06-01", "2016-06-30", P::Month, false},
        {"Jun-16", "2016-06-01", "2016-06-30", P::Month, false},  // Excel's mmm-yy: June 2016, not 16 June
        {"Jun '16", "2016-06-01", "2016-06-30", P::Month, false},
        {"June, 2016", "2016-06-01", "2016-06-30", P::Month, false},
        {"06/2016", "2016-06-01", "2016-06-30", P::Month, false},
        {"6/2016", "2016-06-01", "2016-06-30", P::Month, false},
        {"2016-06", "2016-06-01", "2016-06-30", P::Month, false},
        {"2016 June", "2016-06-01", "2016-06-30", P::Month, false},
        {"February 2016", "2016-02-01", "2016-02-29", P::Month, false},
        {"Feb 2015", "2015-02-01", "2015-02-28", P::Month, false},
        {"Sept 2015", "2015-09-01", "2015-09-30", P::Month, false},
        {"Dec-99", "1999-12-01", "1999-12-31", P::Month, false},
        {"2016", "2016-01-01", "2016-12-31", P::Year, false},
        {"1900", "1900-01-01", "1900-12-31", P::Year, false},
        {"2100", "2100-01-01", "2100-12-31", P::Year, false},
    };
    for (const Form& f : forms) check_form(f);
}

TEST_CASE("Uncertainty markers keep the date and flag it", "[fuzzy-date]") {
    const Form forms[] = {
        {"?22 May 2016", "2016-05-22", "2016-05-22", P::Day, true},
        {"? 22 May 2016", "2016-05-22", "2016-05-22", P::Day, true},
        {"22 May 2016?", "2016-05-22", "2016-05-22", P::Day, true},
        {"22/05/2016 (?)", "2016-05-22", "2016-05-22", P::Day, true},
        {"c. May 2016", "2016-05-01", "2016-05-31", P::Month, true},
        {"c.May 2016", "2016-05-01", "2016-05-31", P::Month, true},
        {"C May 2016", "2016-05-01", "2016-05-31", P::Month, true},
        {"ca. 2015", "2015-01-01", "2015-12-31", P::Year, true},
        {"circa 2015", "2015-01-01", "2015-12-31", P::Year, true},
        {"Circa 2015", "2015-01-01", "2015-12-31", P::Year, true},
        {"approx 22/05/2016", "2016-05-22", "2016-05-22", P::Day, true},
        {"approx. 22/05/2016", "2016-05-22", "2016-05-22", P::Day, true},
        {"approximately 22/05/2016", "2016-05-22", "2016-05-22", P::Day, true},
        {"22/05/2016 approx", "2016-05-22", "2016-05-22", P::Day, true},
        {"about June 2016", "2016-06-01", "2016-06-30", P::Month, true},
        {"around June 2016", "2016-06-01", "2016-06-30", P::Month, true},
        {"~2016-06", "2016-06-01", "2016-06-30", P::Month, true},
        // early/mid/late: month precision, uncertain.
        {"early June 2016", "2016-06-01", "2016-06-30", P::Month, true},
        {"mid June 2016", "2016-06-01", "2016-06-30", P::Month, true},
        {"mid-June 2016", "2016-06-01", "2016-06-30", P::Month, true},
        {"Late June 2016", "2016-06-01", "2016-06-30", P::Month, true},
        {"end of June 2016", "2016-06-01", "2016-06-30", P::Month, true},
        {"late 2015", "2015-01-01", "2015-12-31", P::Year, true},
        {"2016?", "2016-01-01", "2016-12-31", P::Year, true},
    };
    for (const Form& f : forms) check_form(f);
}

TEST_CASE("Whitespace, case and no-break spaces are tolerated", "[fuzzy-date]") {
    const Form forms[] = {
        {"  22/05/2016  ", "2016-05-22", "2016-05-22", P::Day, false},
        {"\t22 / 05 / 2016\n", "2016-05-22", "2016-05-22", P::Day, false},
        {"22   May    2016", "2016-05-22", "2016-05-22", P::Day, false},
        {"22\xC2\xA0May\xC2\xA0" "2016", "2016-05-22", "2016-05-22", P::Day, false},
        {"\xC2\xA0" "22/05/2016\xC2\xA0", "2016-05-22", "2016-05-22", P::Day, false},
        {"mAy 22, 2016", "2016-05-22", "2016-05-22", P::Day, false},
        {"22/05/2016.", "2016-05-22", "2016-05-22", P::Day, false},
    };
    for (const Form& f : forms) check_form(f);
}

TEST_CASE("Two-digit years: 00-69 are 20xx, 70-99 are 19xx", "[fuzzy-date]") {
    const Form forms[] = {
        {"01/01/00", "2000-01-01", "2000-01-01", P::Day, false},
        {"31/12/69", "2069-12-31", "2069-12-31", P::Day, false},
        {"01/01/70", "1970-01-01", "1970-01-01", P::Day, false},
        {"31/12/99", "1999-12-31", "1999-12-31", P::Day, false},
        {"22-May-05", "2005-05-22", "2005-05-22", P::Day, false},
        {"22.05.85", "1985-05-22", "1985-05-22", P::Day, false},
        {"Jun-69", "2069-06-01", "2069-06-30", P::Month, false},
        {"Jun-70", "1970-06-01", "1970-06-30", P::Month, false},
    };
    for (const Form& f : forms) check_form(f);
}

TEST_CASE("Impossible days are problems naming the value, never guesses", "[fuzzy-date]") {
    for (const char* bad : {"31/02/2015", "29/02/2015", "32/01/2016", "00/01/2016", "15/13/2016", "0/1/2016",
                            "31 June 2016", "30 Feb 2016", "31-Apr-16", "2016-02-30", "2015-02-29", "2016-13-01",
                            "May 32, 2016", "29/02/1900", "29/02/2100"}) {
        INFO("input '" << bad << "'");
        std::string reason = problem(bad);
        CHECK(reason.rfind("no such day: ", 0) == 0);
        CHECK(reason.find(bad) != std::string::npos);
    }
    CHECK(problem("31/02/2015") == "no such day: 31/02/2015 (February 2015 has 28 days)");
    CHECK(problem("29/02/2015") == "no such day: 29/02/2015 (February 2015 has 28 days)");
    CHECK(problem("00/01/2016") == "no such day: 00/01/2016 (there is no day 0)");
    CHECK(problem("15/13/2016") == "no such day: 15/13/2016 (there is no month 13)");
    // A month that does not exist, in a month-precision date.
    CHECK(problem("13/2016") == "no such month: 13/2016 (there is no month 13)");
    CHECK(problem("2016-00") == "no such month: 2016-00 (there is no month 0)");
}

TEST_CASE("Text that is not a date is a problem quoting it", "[fuzzy-date]") {
    CHECK(problem("tbc") == "not a date: 'tbc'");
    CHECK(problem("") == "not a date: ''");
    CHECK(problem("   ") == "not a date: ''");
    CHECK(problem("N/A") == "not a date: 'N/A'");
    CHECK(problem("unknown") == "not a date: 'unknown'");
    CHECK(problem(" TBC ") == "not a date: 'TBC'");
    for (const char* bad : {"?", "c.", "circa", "Tuesday", "22nd", "12", "123", "12345", "20160522", "22/05/016",
                            "22/05-2016", "2016-", "/05/2016", "22//05/2016", "22/05/2016/12", "2015-2016",
                            "May-June 2016", "22 May 2016 2017", "22 nd May 2016", "May nd 2016", "2016th",
                            "14:30", "22/05/2016 later", "22/05/2016 25:00", "2016-05-22T14:61", "22\xE2\x80\x93" "05",
                            "next week", "Q1 2016", "-2016", "2015 2016",
                            "22/05/2016 tbc", "22/05/2016 25.00"}) {
        INFO("input '" << bad << "'");
        CHECK(problem(bad).rfind("not a ", 0) == 0);
    }
    // A day without a year is not placed anywhere.
    CHECK(problem("22/05") == "not a date: '22/05' (no year)");
    CHECK(problem("22 May") == "not a date: '22 May' (no year)");
    CHECK(problem("May") == "not a date: 'May' (no year)");
    CHECK(problem("May 5th") == "not a date: 'May 5th' (no year)");
    // A pasted paragraph is cut short in the message.
    std::string essay(500, 'x');
    CHECK(problem(essay).size() < 80);
}

TEST_CASE("Dates from 1900 to 2100 only", "[fuzzy-date]") {
    for (const char* bad : {"31/12/1899", "1899", "01/01/2101", "2101", "June 1850", "0001-01-01", "9999"}) {
        INFO("input '" << bad << "'");
        CHECK(problem(bad).rfind("year out of range: ", 0) == 0);
    }
    CHECK(problem("01/01/2101") == "year out of range: 01/01/2101 (dates from 1900 to 2100 are accepted)");
}

TEST_CASE("Every day from 1900 to 2100 reads back as itself", "[fuzzy-date]") {
    // Cross-checks the parser's own day arithmetic against model::Date.
    for (Date day = Date::from_ymd(1900, 1, 1); day <= Date::from_ymd(2100, 12, 31); day = day.add_days(1)) {
        char buf[32];
        std::snprintf(buf, sizeof buf, "%02d/%02d/%04d", day.day(), day.month(), day.year());
        auto r = model::parse_uk_date(buf);
        REQUIRE(std::holds_alternative<FuzzyDate>(r));
        REQUIRE(std::get<FuzzyDate>(r).earliest == day);
    }
}

TEST_CASE("A chronology sorts partial dates at the start of their period", "[fuzzy-date]") {
    auto parse = [](const char* text) { return std::get<FuzzyDate>(model::parse_uk_date(text)); };
    // A month-precision date's earliest is the 1st, its latest the last day.
    for (int m = 1; m <= 12; ++m) {
        char buf[32];
        std::snprintf(buf, sizeof buf, "%02d/2016", m);
        FuzzyDate f = parse(buf);
        CHECK(f.earliest == Date::from_ymd(2016, m, 1));
        CHECK(f.latest == Date::from_ymd(2016, m, model::days_in_month(2016, m)));
        CHECK(f.earliest.day() == 1);
    }
    std::vector<std::string> texts = {"June 2016", "01/06/2016", "31/05/2016", "2016", "2/6/2016", "c. May 2016"};
    std::vector<FuzzyDate> sorted;
    for (const auto& t : texts) sorted.push_back(parse(t.c_str()));
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const FuzzyDate& a, const FuzzyDate& b) { return a.earliest < b.earliest; });
    std::vector<std::string> order;
    for (const auto& f : sorted) order.push_back(f.display());
    // "June 2016" sorts after the exact entry of the day before, with the entries of its first day.
    CHECK(order == std::vector<std::string>{"2016", "~2016-05", "2016-05-31", "2016-06", "2016-06-01", "2016-06-02"});
}

TEST_CASE("long_form() is day-first and reads back as the same date", "[fuzzy-date]") {
    auto parsed = [](const char* text) { return std::get<FuzzyDate>(model::parse_uk_date(text)); };
    CHECK(parsed("05/04/2016").long_form() == "5 Apr 2016");  // never 4 May
    CHECK(parsed("June 2016").long_form() == "Jun 2016");
    CHECK(parsed("2016").long_form() == "2016");
    CHECK(parsed("?22 May 2016").long_form() == "c. 22 May 2016");
    CHECK(parsed("circa 2015").long_form() == "c. 2015");
    CHECK(FuzzyDate{}.long_form().empty());
    for (const char* text : {"05/04/2016", "Sept 2016", "2016", "?22 May 2016", "about June 2016"}) {
        INFO("input '" << text << "'");
        FuzzyDate a = parsed(text);
        FuzzyDate b = parsed(a.long_form().c_str());
        CHECK(a.earliest == b.earliest);
        CHECK(a.precision == b.precision);
        CHECK(a.uncertain == b.uncertain);
    }
}

TEST_CASE("display() shows what the agency knew", "[fuzzy-date]") {
    auto shown = [](const char* text) { return std::get<FuzzyDate>(model::parse_uk_date(text)).display(); };
    CHECK(shown("22/05/2016") == "2016-05-22");
    CHECK(shown("June 2016") == "2016-06");
    CHECK(shown("2016") == "2016");
    CHECK(shown("?22 May 2016") == "~2016-05-22");
    CHECK(shown("c. May 2016") == "~2016-05");
    CHECK(shown("circa 2015") == "~2015");
    CHECK(FuzzyDate{}.display().empty());
    // What display() writes reads back as the same date.
    for (const char* text : {"22/05/2016", "June 2016", "2016", "?22 May 2016", "early June 2016", "circa 2015"}) {
        INFO("input '" << text << "'");
        FuzzyDate a = std::get<FuzzyDate>(model::parse_uk_date(text));
        FuzzyDate b = std::get<FuzzyDate>(model::parse_uk_date(a.display()));
        CHECK(a.earliest == b.earliest);
        CHECK(a.latest == b.latest);
        CHECK(a.precision == b.precision);
        CHECK(a.uncertain == b.uncertain);
    }
}

TEST_CASE("Excel serial days, 1900 system", "[fuzzy-date]") {
    CHECK(model::excel_serial_date(1) == d("1900-01-01"));
    CHECK(model::excel_serial_date(59) == d("1900-02-28"));
    // 60 is Excel's 29 February 1900, a day that never was: no date rather than a shifted one.
    CHECK_FALSE(model::excel_serial_date(60).has_value());
    CHECK(model::excel_serial_date(61) == d("1900-03-01"));
    CHECK(model::excel_serial_date(25569) == d("1970-01-01"));
    CHECK(model::excel_serial_date(42512) == d("2016-05-22"));
    CHECK(model::excel_serial_date(42512.604166) == d("2016-05-22"));  // the time is dropped
    CHECK(model::excel_serial_date(42512.999999) == d("2016-05-22"));
    CHECK(model::excel_serial_date(2958465) == d("9999-12-31"));
    CHECK_FALSE(model::excel_serial_date(2958466).has_value());
    CHECK_FALSE(model::excel_serial_date(0).has_value());
    CHECK_FALSE(model::excel_serial_date(0.5).has_value());
    CHECK_FALSE(model::excel_serial_date(-1).has_value());
    CHECK_FALSE(model::excel_serial_date(std::numeric_limits<double>::quiet_NaN()).has_value());
    CHECK_FALSE(model::excel_serial_date(std::numeric_limits<double>::infinity()).has_value());
}

namespace {

std::optional<int> minutes(std::string_view text) {
    auto r = model::parse_time_of_day(text);
    if (auto* p = std::get_if<DateProblem>(&r)) FAIL("'" << std::string(text) << "' refused: " << p->reason);
    return std::get<std::optional<int>>(r);
}

}  // namespace

TEST_CASE("Times of day", "[fuzzy-date]") {
    CHECK(minutes("14:30") == 870);
    CHECK(minutes("14.30") == 870);
    CHECK(minutes("1430") == 870);
    CHECK(minutes("930") == 570);
    CHECK(minutes("9:05") == 545);
    CHECK(minutes("09:05") == 545);
    CHECK(minutes("09:05:00") == 545);
    CHECK(minutes("09:05:59.500") == 545);
    CHECK(minutes("00:00") == 0);
    CHECK(minutes("23:59") == 1439);
    CHECK(minutes("00.30") == 30);
    CHECK(minutes("2.30pm") == 870);
    CHECK(minutes("2:30 PM") == 870);
    CHECK(minutes("2:30 p.m.") == 870);
    CHECK(minutes("9am") == 540);
    CHECK(minutes("9.15 am") == 555);
    CHECK(minutes("12am") == 0);
    CHECK(minutes("12.30am") == 30);
    CHECK(minutes("12pm") == 720);
    CHECK(minutes("12:45pm") == 765);
    CHECK(minutes("1430hrs") == 870);
    CHECK(minutes("14:30 hrs") == 870);
    CHECK(minutes("noon") == 720);
    CHECK(minutes("Noon") == 720);
    CHECK(minutes("midday") == 720);
    CHECK(minutes("midnight") == 0);
    CHECK(minutes("MIDNIGHT") == 0);
    CHECK(minutes("  14:30  ") == 870);
    // Blank is "no time", not a problem.
    CHECK(minutes("") == std::nullopt);
    CHECK(minutes("   ") == std::nullopt);
}

TEST_CASE("Excel time cells arrive as a fraction of a day", "[fuzzy-date]") {
    CHECK(minutes("0.604166") == 870);  // 14:30 (0.6041666…)
    CHECK(minutes("0.604166666666667") == 870);
    CHECK(minutes("0.5") == 720);
    CHECK(minutes("0.25") == 360);
    CHECK(minutes("0.75") == 1080);
    CHECK(minutes(".5") == 720);
    CHECK(minutes("0") == 0);
    CHECK(minutes("0.999999999") == 1439);
    CHECK(minutes("0.0006944444") == 1);  // one minute
}

TEST_CASE("Impossible or unreadable times are problems", "[fuzzy-date]") {
    auto reason = [](std::string_view text) {
        auto r = model::parse_time_of_day(text);
        auto* p = std::get_if<DateProblem>(&r);
        return p ? p->reason : std::string();
    };
    CHECK(reason("25:00") == "no such time: 25:00");
    CHECK(reason("14:61") == "no such time: 14:61");
    CHECK(reason("24:00") == "no such time: 24:00");
    CHECK(reason("13pm") == "no such time: 13pm");
    CHECK(reason("0am") == "no such time: 0am");
    CHECK(reason("half past") == "not a time: 'half past'");
    for (const char* bad : {"14", "14:3", "14:300", "1:2:3", "14-30", "14:30:60", "x", "12345", "14:30 tomorrow",
                            "0.5.5", "1.5", "pm"}) {
        INFO("input '" << bad << "'");
        CHECK_FALSE(reason(bad).empty());
    }
}

TEST_CASE("format_time writes hh:mm", "[fuzzy-date]") {
    CHECK(model::format_time(0) == "00:00");
    CHECK(model::format_time(545) == "09:05");
    CHECK(model::format_time(870) == "14:30");
    CHECK(model::format_time(1439) == "23:59");
}
