// SPDX-License-Identifier: MIT
#pragma once
#include <string>

namespace model {

/// Turns what a reviewer types into a safe FTS5 query: words (all must match), "quoted phrases",
/// prefix* words and OR between words. Every term is quoted, so FTS5 syntax in the text (column
/// filters, NEAR, parentheses, stray quotes) can never cause an error or a surprise.
/// @throws model::Error (BadInput) for a query with no words or an unclosed quote, naming it.
std::string to_fts_query(const std::string& query);

}  // namespace model
