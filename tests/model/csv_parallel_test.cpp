// SPDX-License-Identifier: MIT
// A large CSV file is parsed in two halves at once: the result must be the one a single pass gives,
// whatever sits at the middle (a quoted field with line breaks, stray quotes, CR line ends), and an
// error in either half must name the same line.
#include "model/core/error.h"
#include "model/sources/csv_reader.h"

#include <catch2/catch.hpp>

#include <string>

namespace {

model::ReadLimits one_pass() {
    model::ReadLimits limits;
    limits.parallel_csv_bytes = std::size_t(-1);
    return limits;
}

model::ReadLimits two_halves() {
    model::ReadLimits limits;
    limits.parallel_csv_bytes = 1;
    return limits;
}

// Rows of every awkward kind, `rows` of them; `middle` goes into the row at the middle of the text.
std::string awkward_csv(int rows, const std::string& middle) {
    std::string text = "Date,Event,Notes\r\n";
    for (int i = 0; i < rows; ++i) {
        if (i == rows / 2) text += middle;
        switch (i % 5) {
            case 0: text += "01/02/2016,Plain row " + std::to_string(i) + ",x\r\n"; break;
            case 1: text += "02/02/2016,\"Quoted, with comma\",\"two\nlines\"\n"; break;
            case 2: text += "03/02/2016,He is 5'10\" tall,stray quote\r"; break;
            case 3: text += "04/02/2016,\"She said \"\"no\"\"\",\"a\r\nb\"\r\n"; break;
            default: text += ",,\n"; break;  // blank record
        }
    }
    return text;
}

void check_same(const std::string& text) {
    const auto expected = model::sources::parse_csv(text, "big.csv", one_pass());
    const auto actual = model::sources::parse_csv(text, "big.csv", two_halves());
    REQUIRE(expected.size() == 1);
    REQUIRE(actual.size() == 1);
    CHECK(actual[0].headers == expected[0].headers);
    REQUIRE(actual[0].rows.size() == expected[0].rows.size());
    for (std::size_t i = 0; i < expected[0].rows.size(); ++i) {
        CHECK(actual[0].rows[i].cells == expected[0].rows[i].cells);
        CHECK(actual[0].rows[i].where.row == expected[0].rows[i].where.row);
    }
}

std::string error_of(const std::string& text, const model::ReadLimits& limits) {
    try {
        model::sources::parse_csv(text, "big.csv", limits);
    } catch (const model::Error& e) {
        return e.what();
    }
    return "";
}

}  // namespace

TEST_CASE("CSV in two halves: the same rows and lines as one pass, whatever the middle holds", "[sources]") {
    SECTION("ordinary awkward rows") { check_same(awkward_csv(4001, "")); }
    SECTION("a quoted field with many line breaks across the middle") {
        std::string field = "05/02/2016,\"";
        for (int i = 0; i < 200; ++i) field += "line " + std::to_string(i) + "\r\n";
        check_same(awkward_csv(4001, field + "\",end\n"));
    }
    SECTION("an odd number of stray quotes before the middle") {
        check_same(awkward_csv(4001, "06/02/2016,one \" stray,\"and a \"\"quoted\"\" one\"\n"));
    }
}

TEST_CASE("CSV in two halves: an error in either half names the line a single pass names", "[sources]") {
    const std::string late = awkward_csv(4001, "") + "07/02/2016,\"never closed,x\n";
    CHECK(error_of(late, two_halves()) == error_of(late, one_pass()));
    CHECK(error_of(late, two_halves()).find("unterminated quoted field") != std::string::npos);
    model::ReadLimits few = two_halves();
    few.max_cells = 9000;  // each half fits, both together do not
    CHECK(error_of(awkward_csv(4001, ""), few).find("more than") != std::string::npos);
}
