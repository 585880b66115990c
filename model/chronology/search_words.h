// SPDX-License-Identifier: MIT
#pragma once
#include <string>
#include <string_view>
#include <unordered_set>

namespace model {

/// The words of a chronology's text, as they were written (lower-cased), for prefix search.
///
/// Why: the full-text index holds Porter stems, and FTS5 stems a prefix too, so `vis*` became `vi*`
/// and found "view" and "violence". A prefix is instead matched against the words themselves
/// ("visit", "visits", "visitor", "visible"), which then go to the index as ordinary words.
using SearchWords = std::unordered_set<std::string>;

/// Adds the words of `text` to `words`, split where FTS5's unicode61 tokenizer splits (anything but
/// letters and digits; apostrophes and Unicode punctuation too) and lower-cased (ASCII and Latin-1
/// capitals). Words longer than 64 bytes (a pasted URL, a run of digits) are left out.
void collect_search_words(std::string_view text, SearchWords& words);

/// `text` lower-cased the way collect_search_words lower-cases a word.
std::string fold_search_word(std::string_view text);

}  // namespace model
