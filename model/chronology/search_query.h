// SPDX-License-Identifier: MIT
#pragma once
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace model {

/// Turns what a reviewer types into a safe FTS5 query: words (all must match), "quoted phrases",
/// prefix* words and OR between words. Every term is quoted, so FTS5 syntax in the text (column
/// filters, NEAR, parentheses, stray quotes) can never cause an error or a surprise.
/// @throws model::Error (BadInput) for a query with no words or an unclosed quote, naming it.
std::string to_fts_query(const std::string& query);

/// The words a prefix stands for (see search_words.h), or nothing to leave the prefix to FTS5.
using PrefixExpander = std::function<std::optional<std::vector<std::string>>(const std::string& folded_prefix)>;

/// As above, with each prefix* replaced by the words `expand` gives for it, OR-ed: each is then
/// stemmed as a word, not as a fragment. A prefix no word begins with is kept as one word, which
/// matches nothing it should not.
std::string to_fts_query(const std::string& query, const PrefixExpander& expand);

}  // namespace model
