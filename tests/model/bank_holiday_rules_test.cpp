// SPDX-License-Identifier: MIT
#include "model/calendar/bank_holiday.h"
#include "model/core/error.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

using model::BankHoliday;
using model::Date;
using model::Region;

namespace {

std::string read_govuk_file() {
    const std::string path = std::string(SHARED_DATA_DIR) + "/bank-holidays.json";
    std::ifstream in(path, std::ios::binary);
    REQUIRE(in.good());
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
}

std::string dump(const std::vector<BankHoliday>& list) {
    std::string s;
    for (const auto& h : list)
        s += h.date.iso() + " " + h.title + (h.notes.empty() ? "" : " [" + h.notes + "]") +
             (h.bunting ? " bunting" : "") + "\n";
    return s;
}

std::vector<std::string> dates(Region region, int year) {
    std::vector<std::string> out;
    for (const auto& h : model::derived_bank_holidays(region, year)) out.push_back(h.date.iso());
    return out;
}

const BankHoliday* find(const std::vector<BankHoliday>& list, const std::string& iso) {
    for (const auto& h : list)
        if (h.date.iso() == iso) return &h;
    return nullptr;
}

using V = std::vector<std::string>;

}  // namespace

TEST_CASE("Derived bank holidays equal GOV.UK's for 2019-2027 in every region", "[holidays]") {
    const auto set = model::parse_govuk_bank_holidays(read_govuk_file(), "bank-holidays.json");
    REQUIRE(set.size() == 3);
    for (Region region : model::kAllRegions) {
        std::map<int, std::vector<BankHoliday>> by_year;
        for (const auto& h : set.at(region)) by_year[h.date.year()].push_back(h);
        REQUIRE(by_year.begin()->first == 2019);
        REQUIRE(by_year.rbegin()->first == 2027);
        for (int year = 2019; year <= 2027; ++year) {
            INFO(model::region_id(region) << " " << year);
            const auto derived = model::derived_bank_holidays(region, year);
            const auto& published = by_year[year];
            // Dates first (the part that matters for working days), then every field.
            std::vector<Date> derived_dates, published_dates;
            for (const auto& h : derived) derived_dates.push_back(h.date);
            for (const auto& h : published) published_dates.push_back(h.date);
            CHECK(derived_dates == published_dates);
            CHECK(dump(derived) == dump(published));
        }
    }
}

TEST_CASE("Derived bank holidays are sorted, distinct and on weekdays", "[holidays]") {
    for (Region region : model::kAllRegions) {
        for (int year = 1978; year <= 2100; ++year) {
            INFO(model::region_id(region) << " " << year);
            const auto list = model::derived_bank_holidays(region, year);
            REQUIRE_FALSE(list.empty());
            for (std::size_t i = 0; i < list.size(); ++i) {
                CHECK(list[i].date.year() == year);
                CHECK_FALSE(list[i].date.is_weekend());
                if (i > 0) CHECK(list[i - 1].date < list[i].date);
            }
        }
    }
}

TEST_CASE("Ordinary years have the standing number of bank holidays", "[holidays]") {
    std::set<int> one_offs = {1977, 1981, 1999, 2002, 2011, 2012, 2022, 2023};
    for (int year = 2008; year <= 2040; ++year) {
        if (one_offs.count(year)) continue;
        INFO(year);
        CHECK(model::derived_bank_holidays(Region::EnglandAndWales, year).size() == 8);
        CHECK(model::derived_bank_holidays(Region::Scotland, year).size() == 9);
        CHECK(model::derived_bank_holidays(Region::NorthernIreland, year).size() == 10);
    }
    CHECK(model::derived_bank_holidays(Region::EnglandAndWales, 2022).size() == 10);
    CHECK(model::derived_bank_holidays(Region::EnglandAndWales, 2023).size() == 9);
}

TEST_CASE("Known bank holidays 2010-2018", "[holidays]") {
    const Region EW = Region::EnglandAndWales, SC = Region::Scotland, NI = Region::NorthernIreland;
    CHECK(dates(EW, 2010) == V{"2010-01-01", "2010-04-02", "2010-04-05", "2010-05-03", "2010-05-31",
                               "2010-08-30", "2010-12-27", "2010-12-28"});
    CHECK(dates(EW, 2011) == V{"2011-01-03", "2011-04-22", "2011-04-25", "2011-04-29", "2011-05-02",
                               "2011-05-30", "2011-08-29", "2011-12-26", "2011-12-27"});
    CHECK(dates(EW, 2012) == V{"2012-01-02", "2012-04-06", "2012-04-09", "2012-05-07", "2012-06-04",
                               "2012-06-05", "2012-08-27", "2012-12-25", "2012-12-26"});
    CHECK(dates(EW, 2013) == V{"2013-01-01", "2013-03-29", "2013-04-01", "2013-05-06", "2013-05-27",
                               "2013-08-26", "2013-12-25", "2013-12-26"});
    CHECK(dates(EW, 2014) == V{"2014-01-01", "2014-04-18", "2014-04-21", "2014-05-05", "2014-05-26",
                               "2014-08-25", "2014-12-25", "2014-12-26"});
    CHECK(dates(EW, 2015) == V{"2015-01-01", "2015-04-03", "2015-04-06", "2015-05-04", "2015-05-25",
                               "2015-08-31", "2015-12-25", "2015-12-28"});
    CHECK(dates(EW, 2016) == V{"2016-01-01", "2016-03-25", "2016-03-28", "2016-05-02", "2016-05-30",
                               "2016-08-29", "2016-12-26", "2016-12-27"});
    CHECK(dates(EW, 2017) == V{"2017-01-02", "2017-04-14", "2017-04-17", "2017-05-01", "2017-05-29",
                               "2017-08-28", "2017-12-25", "2017-12-26"});
    CHECK(dates(EW, 2018) == V{"2018-01-01", "2018-03-30", "2018-04-02", "2018-05-07", "2018-05-28",
                               "2018-08-27", "2018-12-25", "2018-12-26"});

    // The royal wedding and the Diamond Jubilee were UK-wide.
    for (Region r : model::kAllRegions) {
        INFO(model::region_id(r));
        auto y2011 = model::derived_bank_holidays(r, 2011);
        auto y2012 = model::derived_bank_holidays(r, 2012);
        REQUIRE(find(y2011, "2011-04-29"));
        CHECK(find(y2011, "2011-04-29")->notes == "Extra bank holiday");
        REQUIRE(find(y2012, "2012-06-04"));
        CHECK(find(y2012, "2012-06-04")->title == "Spring bank holiday");
        REQUIRE(find(y2012, "2012-06-05"));
        CHECK(find(y2012, "2012-06-05")->title == "Queen\xE2\x80\x99s Diamond Jubilee");
        CHECK_FALSE(find(y2012, "2012-05-28"));  // the usual last Monday in May was not a holiday
    }

    // 2015: Boxing Day on a Saturday, substitute Monday 28 December.
    auto ew2015 = model::derived_bank_holidays(EW, 2015);
    REQUIRE(find(ew2015, "2015-12-28"));
    CHECK(find(ew2015, "2015-12-28")->title == "Boxing Day");
    CHECK(find(ew2015, "2015-12-28")->notes == "Substitute day");

    // Scotland 2016: 2 January on a Saturday, substitute Monday 4 January.
    CHECK(dates(SC, 2016) == V{"2016-01-01", "2016-01-04", "2016-03-25", "2016-05-02", "2016-05-30",
                               "2016-08-01", "2016-11-30", "2016-12-26", "2016-12-27"});
    auto sc2016 = model::derived_bank_holidays(SC, 2016);
    CHECK(find(sc2016, "2016-01-04")->title == "2nd January");
    CHECK(find(sc2016, "2016-01-04")->notes == "Substitute day");
    // Scotland 2010 and 2011: both January days roll past the weekend without colliding.
    CHECK(dates(SC, 2010).at(1) == "2010-01-04");
    const auto sc2011 = dates(SC, 2011);
    CHECK(V(sc2011.begin(), sc2011.begin() + 2) == V{"2011-01-03", "2011-01-04"});
    // St Andrew's Day 2013 (Saturday) moved to Monday 2 December; 2014 (Sunday) to Monday 1 December.
    CHECK(find(model::derived_bank_holidays(SC, 2013), "2013-12-02"));
    CHECK(find(model::derived_bank_holidays(SC, 2014), "2014-12-01"));

    // Northern Ireland.
    CHECK(dates(NI, 2016) == V{"2016-01-01", "2016-03-17", "2016-03-25", "2016-03-28", "2016-05-02", "2016-05-30",
                               "2016-07-12", "2016-08-29", "2016-12-26", "2016-12-27"});
    auto ni2015 = model::derived_bank_holidays(NI, 2015);
    REQUIRE(find(ni2015, "2015-07-13"));
    CHECK(find(ni2015, "2015-07-13")->title == "Battle of the Boyne (Orangemen\xE2\x80\x99s Day)");
    CHECK(find(ni2015, "2015-07-13")->notes == "Substitute day");
    CHECK_FALSE(find(ni2015, "2015-07-12"));
    CHECK(find(model::derived_bank_holidays(NI, 2013), "2013-03-18"));  // St Patrick's on a Sunday
    CHECK(find(model::derived_bank_holidays(NI, 2012), "2012-03-19"));
}

TEST_CASE("Easter follows the Gregorian computus beyond the published data", "[holidays]") {
    const char* easter_sundays[] = {"2008-03-23", "2010-04-04", "2011-04-24", "2013-03-31", "2016-03-27",
                                    "2019-04-21", "2024-03-31", "2028-04-16", "2029-04-01", "2030-04-21",
                                    "2031-04-13", "2032-03-28", "2035-03-25", "2038-04-25", "2040-04-01"};
    for (const char* iso : easter_sundays) {
        Date easter = Date::parse_iso(iso);
        INFO("Easter " << iso);
        auto ew = model::derived_bank_holidays(Region::EnglandAndWales, easter.year());
        REQUIRE(find(ew, easter.add_days(-2).iso()));
        CHECK(find(ew, easter.add_days(-2).iso())->title == "Good Friday");
        REQUIRE(find(ew, easter.add_days(1).iso()));
        CHECK(find(ew, easter.add_days(1).iso())->title == "Easter Monday");
        auto sc = model::derived_bank_holidays(Region::Scotland, easter.year());
        CHECK(find(sc, easter.add_days(-2).iso()));
        CHECK_FALSE(find(sc, easter.add_days(1).iso()));  // no Easter Monday in Scotland
        CHECK(find(model::derived_bank_holidays(Region::NorthernIreland, easter.year()), easter.add_days(1).iso()));
    }
}

TEST_CASE("Standing rules ahead of the published data", "[holidays]") {
    const Region EW = Region::EnglandAndWales, SC = Region::Scotland, NI = Region::NorthernIreland;
    CHECK(dates(EW, 2028) == V{"2028-01-03", "2028-04-14", "2028-04-17", "2028-05-01", "2028-05-29",
                               "2028-08-28", "2028-12-25", "2028-12-26"});
    CHECK(dates(SC, 2028) == V{"2028-01-03", "2028-01-04", "2028-04-14", "2028-05-01", "2028-05-29",
                               "2028-08-07", "2028-11-30", "2028-12-25", "2028-12-26"});
    CHECK(dates(NI, 2030) == V{"2030-01-01", "2030-03-18", "2030-04-19", "2030-04-22", "2030-05-06", "2030-05-27",
                               "2030-07-12", "2030-08-26", "2030-12-25", "2030-12-26"});
    // St Andrew's Day 2030 is a Saturday: Monday 2 December.
    CHECK(find(model::derived_bank_holidays(SC, 2030), "2030-12-02"));
    // Christmas on a Saturday (2032): Christmas Monday 27, Boxing Day Tuesday 28.
    auto y2032 = model::derived_bank_holidays(EW, 2032);
    CHECK(find(y2032, "2032-12-27")->title == "Christmas Day");
    CHECK(find(y2032, "2032-12-28")->title == "Boxing Day");
    // Christmas on a Sunday (2033): Boxing Day Monday 26, Christmas Tuesday 27.
    auto y2033 = model::derived_bank_holidays(EW, 2033);
    CHECK(find(y2033, "2033-12-26")->title == "Boxing Day");
    CHECK(find(y2033, "2033-12-26")->notes.empty());
    CHECK(find(y2033, "2033-12-27")->title == "Christmas Day");
    CHECK(find(y2033, "2033-12-27")->notes == "Substitute day");
    // Christmas on a Friday (2037): Boxing Day Monday 28.
    CHECK(find(model::derived_bank_holidays(EW, 2037), "2037-12-28")->title == "Boxing Day");
    // New Year on a Sunday in Scotland (2034): Monday 2 and Tuesday 3.
    auto sc2034 = model::derived_bank_holidays(SC, 2034);
    CHECK(find(sc2034, "2034-01-02")->title == "New Year\xE2\x80\x99s Day");
    CHECK(find(sc2034, "2034-01-03")->title == "2nd January");
    // Northern Ireland 2036: Boyne on a Saturday, Monday 14 July.
    CHECK(find(model::derived_bank_holidays(NI, 2036), "2036-07-14"));
    // The summer bank holiday differs: first Monday of August in Scotland, last elsewhere.
    CHECK(find(model::derived_bank_holidays(SC, 2040), "2040-08-06")->title == "Summer bank holiday");
    CHECK(find(model::derived_bank_holidays(EW, 2040), "2040-08-27")->title == "Summer bank holiday");
}

TEST_CASE("One-off changes before 2010", "[holidays]") {
    CHECK(find(model::derived_bank_holidays(Region::EnglandAndWales, 1995), "1995-05-08"));
    CHECK_FALSE(find(model::derived_bank_holidays(Region::EnglandAndWales, 1995), "1995-05-01"));
    CHECK(find(model::derived_bank_holidays(Region::Scotland, 1999), "1999-12-31"));
    auto y2002 = dates(Region::EnglandAndWales, 2002);
    CHECK(std::count(y2002.begin(), y2002.end(), "2002-06-03") == 1);
    CHECK(std::count(y2002.begin(), y2002.end(), "2002-06-04") == 1);
    CHECK(std::count(y2002.begin(), y2002.end(), "2002-05-27") == 0);
}

TEST_CASE("Years outside the supported range are refused", "[holidays]") {
    CHECK_THROWS_AS(model::derived_bank_holidays(Region::EnglandAndWales, 1200), model::Error);
    CHECK_THROWS_AS(model::derived_bank_holidays(Region::Scotland, 10000), model::Error);
}
