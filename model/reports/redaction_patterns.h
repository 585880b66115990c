// SPDX-License-Identifier: MIT
// Internal to the redactor: every form of every person's name (full name, first name, surname,
// initials + surname, hyphen parts, joined spellings, plural surname) as a trie of folded words, so
// that one pass over a text finds the longest name starting at each word.
#pragma once
#include "model/register/review.h"
#include "model/reports/redaction_text.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

namespace model::redaction {

/// What a pattern is of a person's name, most specific first (so a trie node keeps the best label).
enum class Form { Full, GivenAndSurname, Initials, Given, Surname, Part, Plural };
/// "surname", "first name", … for messages.
const char* describe(Form f);

/// The end of a pattern: whose name it is.
struct Terminal {
    std::vector<std::size_t> people;  ///< indices into the people given, distinct
    Form form = Form::Full;
    std::size_t words = 0;
    std::size_t pseudonyms = 0;  ///< distinct pseudonyms of `people`
    std::string who;             ///< "Child A or Mother", for messages
};

struct Match {
    std::size_t end = 0;  ///< one past the last token
    int terminal = -1;    ///< -1: no name starts here
};

class NamePatterns {
public:
    /// `people` must outlive the patterns.
    explicit NamePatterns(const std::vector<Person>& people);

    /// The longest name starting at token `i`, its words separated only by spaces, line breaks,
    /// hyphens, apostrophes, or a full stop after an initial.
    Match longest(std::string_view text, const std::vector<Token>& tokens, std::size_t i) const;
    const Terminal& terminal(int index) const { return m_terminals[std::size_t(index)]; }
    /// Whether a name (of one word or more) starts with this folded word.
    bool starts_name(const std::string& word) const { return may_start(word) && m_nodes[0].next.count(word) > 0; }
    /// Whether the folded word is any word of any name.
    bool is_name_word(const std::string& word) const { return m_name_words.count(word) > 0; }
    /// Name words of four letters or more starting with this byte, with whose they are.
    const std::vector<std::pair<std::string, std::size_t>>& near(unsigned char first) const { return m_near[first]; }

private:
    using Words = std::vector<std::string>;
    struct Node {
        std::unordered_map<std::string, std::size_t> next;
        int terminal = -1;
    };
    void add_pattern(const Words& words, Form form, std::size_t person);
    void add_combinations(const std::vector<std::vector<Words>>& parts, Form form, std::size_t person);
    void add_person(std::size_t index);
    void finish();
    bool may_start(const std::string& word) const;

    const std::vector<Person>& m_people;
    std::vector<Node> m_nodes{Node{}};
    std::vector<Terminal> m_terminals;
    std::vector<std::pair<std::string, std::size_t>> m_near[256];
    /// Lengths of the words that can start a name, by first byte (bit n: a word of n bytes, n < 64):
    /// most words of a text are dismissed without hashing them.
    std::uint64_t m_starts[256] = {};
    std::unordered_set<std::string> m_name_words;
};

}  // namespace model::redaction
