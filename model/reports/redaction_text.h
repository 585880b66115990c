// SPDX-License-Identifier: MIT
// Internal to the redactor: UTF-8 text as a sequence of words, folded so that every way of writing a
// name compares equal (letter case, accents, decomposed accents).
#pragma once
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace model::redaction {

/// A word of the text: a run of letters and digits (of any script), never splitting a UTF-8 sequence.
struct Token {
    std::size_t begin = 0;  ///< byte offsets in the original text
    std::size_t end = 0;
    std::string folded;     ///< lower case, accents removed ("Zoë" → "zoe", "ÆLFRIC" → "aelfric")
    bool capitalised = false;  ///< its first letter is upper case
    bool has_upper = false;    ///< any letter is upper case
    bool has_lower = false;    ///< any letter is lower case ("MASH" has none: an acronym, perhaps)
};

/// Splits `text` into words. Everything between two words is a separator (spaces, punctuation).
void tokenize(std::string_view text, std::vector<Token>& out);

/// The folded words of `text` joined by one space: the key under which decisions are matched.
std::string fold_words(std::string_view text);

/// What stands between two words of a name.
enum class Gap {
    Other,       ///< anything else: the words are not one name
    Join,        ///< only spaces, line breaks, hyphens, apostrophes, a full stop (initials)
    Apostrophe,  ///< exactly one apostrophe: "Smith" + "s" is a possessive
};
Gap classify_gap(std::string_view between);

/// Damerau-Levenshtein distance, but only whether it is exactly 1 (one letter changed, added,
/// dropped, or two neighbours swapped): "Smyth"/"Smith", "Jonh"/"John".
bool one_edit_apart(std::string_view a, std::string_view b);

/// Names that are also ordinary words a reviewer writes ("may", "will", "hope", "grace", "brown"…).
bool is_common_word(std::string_view folded);
/// Everyday English words a report is full of ("March", "Home", "Monday", "Health", "Visit"…). Such a
/// word one letter away from a name ("March"/"Marsh", "Home"/"Hope") is the word, not a misspelling.
bool is_ordinary_word(std::string_view folded);
/// "mr", "mrs", "ms", "miss", "dr", "mx", "master", "prof": a title before a name makes it a name.
bool is_title(std::string_view folded);
/// "van", "de", "la", "bin"…: lower-case particles that belong to the surname that follows.
bool is_surname_particle(std::string_view word);

/// A short excerpt of `text` around [begin, end), cut at UTF-8 boundaries, line breaks as spaces.
std::string excerpt(std::string_view text, std::size_t begin, std::size_t end);
/// The matched text as a person reads it: line breaks and runs of spaces as one space.
std::string collapse_spaces(std::string_view text);

}  // namespace model::redaction
