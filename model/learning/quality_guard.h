// SPDX-License-Identifier: MIT
// Internal to model/learning: the text checks of the recommendation quality guard (stock phrases and
// vagueness). Pure functions of the text; the near-duplicate search is RecommendationIndex.
#pragma once
#include "model/learning/text_terms.h"

#include <optional>
#include <string>
#include <vector>

namespace model {

/// The stock phrase `terms` say, in its canonical wording ("better information sharing"), if any.
/// Paraphrases count: word order, stems and synonyms are folded ("agencies should communicate more",
/// "improve the sharing of information between agencies", "engage better with the family").
std::optional<std::string> find_stock_phrase(const std::vector<learning_text::Term>& terms);

struct Vagueness {
    bool no_measure = false;    ///< nothing a board could count or check (a number, audit, measure, …)
    bool no_timescale = false;  ///< no date, month, year or "within N weeks"
};
Vagueness find_vagueness(const std::vector<learning_text::Term>& terms);

}  // namespace model
