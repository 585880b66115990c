// SPDX-License-Identifier: MIT
// A board in memory with two reviews, a small theme list, and helpers for the learning tests.
#pragma once
#include "model/core/error.h"
#include "model/register/board.h"
#include "test_pathways.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <functional>

namespace learning_testing {

inline model::Date d(const char* iso) { return model::Date::parse_iso(iso); }

inline std::unique_ptr<model::Board> board_with_reviews() {
    auto b = model::Board::open(":memory:", testing::mini_library());
    b->set_actor("lead reviewer");
    b->learning().set_themes(model::ThemeList({{"information sharing", ""}, {"neglect", ""}, {"supervision", ""},
                                               {"the child's voice", ""}, {"domestic abuse", ""}}));
    b->add_review({"mini-cspr", "Infant head injury", d("2024-02-05"), "Child A"});  // MINI-2024-001
    b->add_review({"mini-cspr", "Neglect of siblings", d("2025-03-03"), "Child B"}); // MINI-2025-001
    return b;
}

inline model::ErrorKind kind_of(const std::function<void()>& f) {
    try {
        f();
    } catch (const model::Error& e) {
        return e.kind();
    }
    FAIL("no model::Error thrown");
    return model::ErrorKind::Internal;
}

inline std::string message_of(const std::function<void()>& f) {
    try {
        f();
    } catch (const model::Error& e) {
        return e.what();
    }
    return "";
}

inline std::vector<std::string> codes(const std::vector<model::QualityWarning>& warnings) {
    std::vector<std::string> out;
    for (const auto& w : warnings) out.push_back(w.code);
    return out;
}

inline bool has(const std::vector<std::string>& v, const std::string& code) {
    return std::find(v.begin(), v.end(), code) != v.end();
}

}  // namespace learning_testing
