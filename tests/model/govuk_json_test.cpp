// SPDX-License-Identifier: MIT
#include "model/calendar/bank_holiday.h"
#include "model/core/error.h"

#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>

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

/// The message of the model::Error that parsing `text` throws ("" when it does not throw).
std::string error_of(const std::string& text, const std::string& source = "holidays.json") {
    try {
        model::parse_govuk_bank_holidays(text, source);
    } catch (const model::Error& e) {
        CHECK(e.kind() == model::ErrorKind::BadInput);
        std::string message = e.what();
        CHECK(message.find('\n') == std::string::npos);  // one line
        return message;
    }
    return "";
}

const char* const kSmall = R"({
  "england-and-wales": {
    "division": "england-and-wales",
    "events": [
      {"title": "New Year’s Day", "date": "2025-01-01", "notes": "", "bunting": true},
      {"title": "Good Friday", "date": "2025-04-18", "notes": "", "bunting": false},
      {"title": "Easter Monday", "date": "2025-04-21"}
    ]
  },
  "scotland": {
    "events": []
  }
})";

}  // namespace

TEST_CASE("GOV.UK file parses into three divisions", "[govuk]") {
    const auto set = model::parse_govuk_bank_holidays(read_govuk_file(), "bank-holidays.json");
    REQUIRE(set.size() == 3);
    const auto& ew = set.at(Region::EnglandAndWales);
    const auto& sc = set.at(Region::Scotland);
    const auto& ni = set.at(Region::NorthernIreland);
    CHECK(ew.size() == 75);
    CHECK(sc.size() == 84);
    CHECK(ni.size() == 93);

    CHECK(ew.front().date == Date::from_ymd(2019, 1, 1));
    CHECK(ew.front().title == "New Year\xE2\x80\x99s Day");  // \u2019 decoded to UTF-8
    CHECK(ew.front().notes.empty());
    CHECK(ew.front().bunting);
    CHECK(ew[1].title == "Good Friday");
    CHECK_FALSE(ew[1].bunting);
    CHECK(ew.back().date == Date::from_ymd(2027, 12, 28));
    CHECK(ew.back().notes == "Substitute day");

    CHECK(sc[1].title == "2nd January");
    CHECK(ni[1].title == "St Patrick\xE2\x80\x99s Day");
    CHECK(ni[1].date == Date::from_ymd(2019, 3, 18));

    for (const auto& [region, list] : set)
        for (std::size_t i = 1; i < list.size(); ++i) CHECK(list[i - 1].date < list[i].date);
}

TEST_CASE("GOV.UK format: optional fields and absent divisions", "[govuk]") {
    const auto set = model::parse_govuk_bank_holidays(kSmall, "small.json");
    REQUIRE(set.size() == 2);
    CHECK(set.count(Region::NorthernIreland) == 0);
    CHECK(set.at(Region::Scotland).empty());
    const auto& ew = set.at(Region::EnglandAndWales);
    REQUIRE(ew.size() == 3);
    CHECK(ew[0].title == "New Year\xE2\x80\x99s Day");  // raw UTF-8 in the file
    CHECK(ew[2].title == "Easter Monday");
    CHECK(ew[2].notes.empty());
    CHECK_FALSE(ew[2].bunting);
    CHECK(model::parse_govuk_bank_holidays("{}", "empty.json").empty());
}

TEST_CASE("GOV.UK format: malformed JSON names the file and line", "[govuk]") {
    std::string text = kSmall;
    text.replace(text.find("\"bunting\": false"), 16, "\"bunting\": fals");  // line 6
    auto message = error_of(text, "holidays.json");
    INFO(message);
    CHECK(message.rfind("holidays.json:6: invalid JSON (", 0) == 0);

    message = error_of("{\n  \"scotland\": {\n    \"events\": [\n", "cut.json");
    INFO(message);
    CHECK(message.rfind("cut.json:4: invalid JSON (", 0) == 0);

    CHECK(error_of("", "empty.json").rfind("empty.json:1: invalid JSON", 0) == 0);
    CHECK(error_of("{\"scotland\": {\"events\": []}} trailing").rfind("holidays.json:1: invalid JSON", 0) == 0);
    CHECK(error_of("{\"scotland\": {\"events\": [\"\xFF\"]}}").rfind("holidays.json:1: invalid JSON", 0) == 0);
    // Deep nesting is an error, not a crash.
    CHECK(error_of(std::string(100000, '[')).find("invalid JSON") != std::string::npos);
}

TEST_CASE("GOV.UK format: a bad date names division, event, value and line", "[govuk]") {
    std::string text = kSmall;
    text.replace(text.find("2025-04-21"), 10, "2025-02-30");  // third event, line 7
    auto message = error_of(text, "holidays.json");
    CHECK(message == "holidays.json:7: england-and-wales event 3: invalid date '2025-02-30' (expected YYYY-MM-DD)");

    // The same date elsewhere in the file does not mislead the line search.
    std::string twice = kSmall;
    twice.replace(twice.find("2025-01-01"), 10, "2025-1-1");
    CHECK(error_of(twice) == "holidays.json:5: england-and-wales event 1: invalid date '2025-1-1' (expected YYYY-MM-DD)");

    // In the real file: corrupt the 3rd Scottish event.
    std::string real = read_govuk_file();
    auto scotland = real.find("\"scotland\"");
    auto pos = real.find("\"2019-04-19\"", scotland);
    REQUIRE(pos != std::string::npos);
    real.replace(pos + 1, 10, "2019-04-31");
    int line = 1 + static_cast<int>(std::count(real.begin(), real.begin() + static_cast<std::ptrdiff_t>(pos), '\n'));
    CHECK(error_of(real, "bank-holidays.json") == "bank-holidays.json:" + std::to_string(line) +
                                                      ": scotland event 3: invalid date '2019-04-31' (expected YYYY-MM-DD)");
}

TEST_CASE("GOV.UK format: wrong types and missing fields", "[govuk]") {
    std::string text = kSmall;
    text.replace(text.find("\"bunting\": false"), 16, "\"bunting\": \"no\"");
    CHECK(error_of(text) == "holidays.json:6: england-and-wales event 2: 'bunting' should be true or false, not string 'no'");

    text = kSmall;
    text.replace(text.find("\"title\": \"Good Friday\""), 22, "\"title\": 42");
    CHECK(error_of(text) == "holidays.json:6: england-and-wales event 2: 'title' should be a string, not number 42");

    text = kSmall;
    text.replace(text.find("\"date\": \"2025-04-18\""), 20, "\"date\": 20250418");
    CHECK(error_of(text) == "holidays.json:6: england-and-wales event 2: 'date' should be a string, not number 20250418");

    text = kSmall;
    text.replace(text.find("\"notes\": \"\", \"bunting\": false"), 12, "\"notes\": [],");
    CHECK(error_of(text) == "holidays.json:6: england-and-wales event 2: 'notes' should be a string, not array []");

    CHECK(error_of(R"({"scotland": {"events": [{"date": "2025-01-01"}]}})") ==
          "holidays.json:1: scotland event 1: missing 'title'");
    CHECK(error_of(R"({"scotland": {"events": [{"title": "x"}]}})") == "holidays.json:1: scotland event 1: missing 'date'");
    CHECK(error_of(R"({"scotland": {"events": [7]}})") ==
          "holidays.json:1: scotland event 1: expected an object with 'title' and 'date', not number 7");
    CHECK(error_of("{\n\"scotland\": {}\n}") == "holidays.json:2: scotland: missing 'events' array");
    CHECK(error_of("{\n\"scotland\": {\"events\":\n {}}}") ==
          "holidays.json:3: scotland: 'events' should be an array, not object {}");
    CHECK(error_of(R"({"scotland": []})") == "holidays.json:1: scotland: expected an object with 'events', not array []");
    CHECK(error_of(R"({"scotland": {"division": "england-and-wales", "events": []}})") ==
          "holidays.json:1: scotland: 'division' should be \"scotland\", not string 'england-and-wales'");
    CHECK(error_of("[1, 2]").rfind("holidays.json:1: expected an object of divisions", 0) == 0);
}

TEST_CASE("GOV.UK format: unknown divisions are refused by name", "[govuk]") {
    CHECK(error_of("{\n  \"scotland\": {\"events\": []},\n  \"wales\": {\"events\": []}\n}") ==
          "holidays.json:3: unknown division 'wales' (expected england-and-wales, scotland or northern-ireland)");
    CHECK(error_of(R"({"ni": {"events": []}})").find("unknown division 'ni'") != std::string::npos);
}

TEST_CASE("GOV.UK format: input over 8 MiB is refused before parsing", "[govuk]") {
    std::string big = "{\"scotland\": {\"events\": []}}";
    big += std::string(8 * 1024 * 1024 + 1 - big.size(), ' ');
    auto message = error_of(big, "huge.json");
    CHECK(message.rfind("huge.json: file is too large (8388609 bytes", 0) == 0);
    // Exactly 8 MiB is accepted (trailing whitespace is valid JSON).
    big.pop_back();
    CHECK(model::parse_govuk_bank_holidays(big, "max.json").size() == 1);
}
