// SPDX-License-Identifier: MIT
#pragma once
#include "model/chronology/chronology_entry.h"

#include <set>
#include <utility>
#include <vector>

namespace model {

/// Finds the same event recorded by two agencies: entries of different agencies on the same or the
/// next day whose words are alike. Entries of one agency are never paired, nor entries more than a day
/// apart, nor entries dated only by month or year; pairs in `decided` (smaller id first) are left out.
///
/// Words are folded (case, apostrophes, "A&E" → "ae"), common words dropped, lightly stemmed ("visited"
/// ~ "visit"), and safeguarding abbreviations and variants brought together ("mum" ~ "mother", "DV" ~
/// "domestic", "ICPC" ~ "initial child protection conference", "SW" ~ "social worker", "not brought" ~
/// "DNA"); a denial stays with what it denies ("no injuries" does not match "injuries"). Each entry's
/// terms are its words and, at a fifth of the weight, its pairs of adjacent words, weighted by a
/// smoothed, flattened rarity √log(1 + N/df) that behaves on a handful of entries as on thousands.
///
///     text  = 0.7 × cosine + 0.3 × containment (shared weight / weight of the shorter entry, so that a
///             terse note is not punished against a long narrative; entries of under 4 terms count less)
///     score = 0.8 × text + 0.1 × day (same 1, next 0.4)
///           + 0.1 × time (within an hour of each other 1; unknown 0.5; further apart 0 on the same
///                         day, 0.5 across midnight, as the later record's time is often when it was made)
///
/// Then competition, since an agency records an event once: a pair loses however far either entry's
/// best pair with that same other agency is ahead of it, and a pair that is both entries' best gains
/// 0.05. Scores are kept within 0..1; results come best first (ties by ids), with `a < b`.
///
/// Tuned on generated police/social-care (and police/social-care/health) chronologies in
/// tests/model/duplicate_finder_test.cpp: at the default threshold of 0.35 precision and recall are both
/// about 0.85–0.9. Linear in the number of entries for a typical spread of dates: 50,000 entries in
/// about half a second (tests/bench/bench_duplicates.cpp).
std::vector<DuplicatePair> find_duplicates(const std::vector<ChronologyEntry>& entries, double min_score,
                                           const std::set<std::pair<std::int64_t, std::int64_t>>& decided = {});

/// Silences: spans between consecutive entries (by date) longer than `min_days`. A month-only date
/// counts by its whole month; a year-only date is left out (it would hide a whole year's silences).
std::vector<Gap> find_silences(const std::vector<ChronologyEntry>& entries, int min_days);

}  // namespace model
