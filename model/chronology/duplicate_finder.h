// SPDX-License-Identifier: MIT
#pragma once
#include "model/chronology/chronology_entry.h"

#include <set>
#include <utility>
#include <vector>

namespace model {

/// Finds the same event recorded by two agencies: entries of different agencies on the same or the
/// next day whose words are alike. Words are compared after folding case, dropping common words,
/// light stemming ("visited" ~ "visit") and a few safeguarding synonyms ("mum" ~ "mother",
/// "officers" ~ "police"), weighted by rarity (IDF) so that "mother" counts less than "fracture".
///
/// score = 0.75 × cosine(words) + 0.15 × closeness of day (same 1, next 0.4) + 0.10 × closeness of
/// time (within an hour 1, unknown 0.5, else 0). Only day-precision dates are compared.
/// Linear in the number of entries for a typical spread of dates: 50,000 entries take well under a
/// second (see tests/bench).
std::vector<DuplicatePair> find_duplicates(const std::vector<ChronologyEntry>& entries, double min_score,
                                           const std::set<std::pair<std::int64_t, std::int64_t>>& decided = {});

/// Silences: spans between consecutive entries (by date) longer than `min_days`. A partial date
/// counts by its whole span.
std::vector<Gap> find_silences(const std::vector<ChronologyEntry>& entries, int min_days);

}  // namespace model
