// SPDX-License-Identifier: MIT
// A review's findings: what the review learned, each evidenced by chronology entries.
#pragma once
#include "model/core/date.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace model {

/// Systemic findings say *why* practice went as it did; good-practice findings record what went
/// well, which the sources ask reviews to report as carefully as what went wrong.
enum class FindingKind { Systemic, GoodPractice };

/// "systemic", "good-practice".
std::string to_string(FindingKind kind);
/// @throws model::Error (BadInput) `unknown finding kind 'x' (expected systemic, good-practice)`.
FindingKind finding_kind_from(const std::string& text);

/// What a lead reviewer records; see Learning::add_finding.
struct NewFinding {
    FindingKind kind = FindingKind::Systemic;
    std::string theme;                    ///< a name from the theme list (Learning::themes()); may be empty
    std::string text;                     ///< required
    std::vector<std::int64_t> evidence;   ///< chronology entry ids of the same review
    std::optional<Date> recorded;         ///< defaults to today; the year counts for recurring themes
};

/// A correction to a saved finding (Learning::update_finding): only the fields given change, under
/// the same rules as NewFinding. The date recorded and the number stay as they were.
struct FindingChange {
    std::optional<FindingKind> kind;
    std::optional<std::string> theme;                 ///< empty: no theme
    std::optional<std::string> text;
    std::optional<std::vector<std::int64_t>> evidence; ///< replaces the links; empty: none
};

struct Finding {
    std::int64_t id = 0;
    std::string review;   ///< review ref
    int number = 0;       ///< 1, 2, … within the review, in the order recorded
    FindingKind kind = FindingKind::Systemic;
    std::string theme;    ///< canonical name from the theme list, or empty
    std::string text;
    std::vector<std::int64_t> evidence;  ///< chronology entry ids, ascending
    Date recorded;
};

}  // namespace model
