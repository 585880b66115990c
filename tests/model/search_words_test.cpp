// SPDX-License-Identifier: MIT
// The words prefix search matches against: split and folded as the full-text index splits and folds.
#include "model/chronology/search_query.h"
#include "model/chronology/search_words.h"

#include <catch2/catch.hpp>

using model::SearchWords;

TEST_CASE("Words are split where the index splits and lower-cased, capitals with accents too", "[search]") {
    SearchWords words;
    model::collect_search_words("Health-visitor's 3rd VISIT; \xE2\x80\x9C\xC3\x89mile\xE2\x80\x9D said\xC2\xA0no", words);
    CHECK(words == SearchWords{"health", "visitor", "s", "3rd", "visit", "\xC3\xA9mile", "said", "no"});
    CHECK(model::fold_search_word("\xC3\x89MILE") == "\xC3\xA9mile");
}

TEST_CASE("A pasted address or a run of digits longer than 64 bytes is not a word", "[search]") {
    SearchWords words;
    model::collect_search_words(std::string(65, 'x') + " short " + std::string(64, 'y'), words);
    CHECK(words == SearchWords{"short", std::string(64, 'y')});
}

TEST_CASE("A prefix becomes the words that begin with it, or stays a prefix when there are too many",
          "[search]") {
    const auto expand = [](const std::string& prefix) -> std::optional<std::vector<std::string>> {
        if (prefix == "vis") return std::vector<std::string>{"visit", "visitor", "visits"};
        if (prefix == "zz") return std::vector<std::string>{};
        return std::nullopt;
    };
    CHECK(model::to_fts_query("Vis* home", expand) ==
          "((\"Vis\" OR \"visit\" OR \"visitor\" OR \"visits\")) AND (\"home\")");
    CHECK(model::to_fts_query("zz*", expand) == "(\"zz\")");
    CHECK(model::to_fts_query("a*", expand) == "(\"a\"*)");
}
