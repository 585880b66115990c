// SPDX-License-Identifier: MIT
// How a text is redacted: it is split into folded words once, and at each word the longest name
// pattern that starts there (redaction_patterns.h) wins ("Jane Smith" before "Jane"). Certain
// matches are replaced; doubtful ones are left and recorded as problems unless a person decided
// them. See docs/publication.md.
#include "model/reports/redaction.h"

#include "model/reports/redaction_patterns.h"
#include "model/reports/redaction_text.h"

#include <algorithm>
#include <cstdint>
#include <map>
#include <memory>
#include <unordered_set>

namespace model {
using redaction::describe;
using redaction::Gap;
using redaction::Match;
using redaction::Terminal;
using redaction::Token;

namespace {

bool all_digits(const std::string& s) {
    return std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

bool starts_with_apostrophe(std::string_view s) {
    return !s.empty() && (s[0] == '\'' || s.substr(0, 3) == "\xE2\x80\x99" || s.substr(0, 2) == "\xCA\xBC");
}
std::size_t apostrophe_length(std::string_view s) { return s[0] == '\'' ? 1 : (s.substr(0, 2) == "\xCA\xBC" ? 2 : 3); }

}  // namespace

struct Redactor::Impl {
    std::vector<Person> people;
    std::unique_ptr<redaction::NamePatterns> names;  ///< over `people`, built once they are in
    std::map<std::string, RedactionDecision> decisions;  ///< key: folded text + '\x1f' + where
    std::map<std::string, const RedactionDecision*> kept_somewhere;  ///< folded text → a decision to keep it
    RedactionReport report;
    std::unordered_set<std::string> recorded;  ///< problems already in the report
    std::vector<Token> tokens;  ///< scratch, reused

    /// The decision for `found` in this place or any place that contains it: a decision for
    /// "chronology 12" holds for "chronology 12 details", one for "chronology" for the whole chronology,
    /// one with no place for the whole review.
    ///
    /// check() of final text (`anywhere`) honours a decision to keep the text made for any place: the
    /// final text of a whole document no longer says which place each part came from ("block 12"),
    /// and every place was already held to its own decisions when apply() went over it.
    const RedactionDecision* decision(std::string_view found, const std::string& where, bool anywhere) const {
        if (decisions.empty()) return nullptr;
        const std::string folded = redaction::fold_words(found);
        const std::string key = folded + '\x1f';
        std::string place = where;
        for (;;) {
            auto it = decisions.find(key + place);
            if (it != decisions.end()) return &it->second;
            if (place.empty()) break;
            const std::size_t space = place.rfind(' ');
            place.erase(space == std::string::npos ? 0 : space);
        }
        if (!anywhere) return nullptr;
        auto kept = kept_somewhere.find(folded);
        return kept == kept_somewhere.end() ? nullptr : kept->second;
    }

    /// Why a match cannot be trusted, or empty when it can. `skip` is set when it is not a name at
    /// all (a lower-case ordinary word).
    std::string doubt(const Terminal& t, const Token& first, bool titled, bool& skip) const {
        skip = false;
        const std::string& word = first.folded;
        if (t.pseudonyms > 1)
            return "could be " + t.who + " (the " + describe(t.form) + " of more than one person)";
        if (t.words != 1 || titled) return {};
        if (word.size() <= 2) return "a name of one or two letters (" + std::string(describe(t.form)) + " of " + t.who +
                                     ") cannot be told apart from other words";
        if (redaction::is_common_word(word)) {
            if (!first.has_upper) {
                skip = true;  // "may", "will", "brown": the ordinary word
                return {};
            }
            return "the " + std::string(describe(t.form)) + " of " + t.who + " is also an ordinary word";
        }
        return {};
    }

    /// Records a problem once: apply() and then check() over the same text find the same thing.
    void problem(std::string_view text, std::size_t begin, std::size_t end, const std::string& where, std::string reason) {
        RedactionProblem p{where, redaction::excerpt(text, begin, end), std::move(reason)};
        if (!recorded.insert(p.where + '\x1f' + p.excerpt + '\x1f' + p.reason).second) return;
        report.problems.push_back(std::move(p));
    }

    /// One pass over the text. With `out`, replaces what is certain and refuses what is not; without,
    /// only reports (for final text that should hold no names at all).
    void scan(std::string_view text, const std::string& where, std::string* out) {
        redaction::tokenize(text, tokens);
        std::vector<Replacement> replacements;
        std::size_t copied = 0;
        bool previous_was_name = false;
        auto replace = [&](std::size_t begin, std::size_t end, const std::string& with) {
            if (!out) return;
            out->append(text.substr(copied, begin - copied));
            out->append(with);
            copied = end;
            const std::string_view raw = text.substr(begin, end - begin);
            const std::string found = raw.find_first_of("\t\r\n ") == std::string_view::npos
                                          ? std::string(raw)
                                          : redaction::collapse_spaces(raw);
            for (auto& r : replacements)
                if (r.found == found && r.pseudonym == with) {
                    ++r.count;
                    return;
                }
            replacements.push_back({where, found, with, 1});
        };

        for (std::size_t i = 0; i < tokens.size();) {
            // A title before a name makes it a name ("Mrs May") and goes with it ("Mrs Smith" → "Mother").
            std::size_t start = i;
            Match m;
            bool titled = false;
            if (tokens[i].folded.size() <= 6 && redaction::is_title(tokens[i].folded) && i + 1 < tokens.size() &&
                redaction::classify_gap(text.substr(tokens[i].end, tokens[i + 1].begin - tokens[i].end)) == Gap::Join) {
                m = names->longest(text, tokens, i + 1);
                if (m.terminal >= 0) {
                    titled = true;
                    start = i + 1;
                }
            }
            if (m.terminal < 0) m = names->longest(text, tokens, i);
            bool skip = false;
            std::string reason;
            if (m.terminal >= 0) reason = doubt(names->terminal(m.terminal), tokens[start], titled, skip);
            if (m.terminal < 0 || skip) {
                if (const std::string* with = near_miss(text, i, where, previous_was_name, out != nullptr))
                    replace(tokens[i].begin, tokens[i].end, *with);
                previous_was_name = false;
                ++i;
                continue;
            }
            const Terminal& t = names->terminal(m.terminal);
            const std::size_t begin = tokens[i].begin;  // the title, when there is one
            std::size_t end = tokens[m.end - 1].end;
            const std::size_t name_end = end;
            std::size_t next = m.end;
            // Possessives: "Smith's", "SMITH’S", "James'", "Smiths'".
            std::string suffix;
            if (next < tokens.size() && tokens[next].folded == "s" &&
                redaction::classify_gap(text.substr(end, tokens[next].begin - end)) == Gap::Apostrophe) {
                suffix = std::string(text.substr(end, tokens[next].begin - end)) + "s";
                end = tokens[next].end;
                ++next;
            } else if (starts_with_apostrophe(text.substr(end)) && tokens[m.end - 1].folded.back() == 's') {
                const std::size_t a = apostrophe_length(text.substr(end));
                const bool letter_follows = next < tokens.size() && tokens[next].begin == end + a;
                if (!letter_follows) {
                    suffix = std::string(text.substr(end, a)) + "s";
                    end += a;
                }
            }
            const std::string_view found = text.substr(tokens[start].begin, name_end - tokens[start].begin);
            const std::string label = "'" + redaction::collapse_spaces(found) + "'";
            if (reason.empty()) {
                if (out)
                    replace(begin, end, people[t.people.front()].pseudonym + suffix);
                else
                    problem(text, begin, end, where,
                            label + " is a name from the people register (" + describe(t.form) + " of " + t.who + ")");
            } else if (const RedactionDecision* d = decision(found, where, out == nullptr)) {
                if (!d->replacement.empty()) {
                    if (out)
                        replace(begin, end, d->replacement + suffix);
                    else
                        problem(text, begin, end, where, label + " was decided to be replaced by '" + d->replacement + "'");
                }
            } else {
                problem(text, begin, end, where, label + ": " + reason);
            }
            previous_was_name = true;
            i = next;
        }
        if (out) out->append(text.substr(copied));
        report.replacements.insert(report.replacements.end(), replacements.begin(), replacements.end());
    }

    /// A capitalised word (or one next to a name) one letter away from a name: "Smyth", "Jonh".
    /// @return the decided replacement when a person decided to replace it (and `replacing`).
    const std::string* near_miss(std::string_view text, std::size_t i, const std::string& where, bool previous_was_name,
                                 bool replacing) {
        const Token& t = tokens[i];
        // Cheapest tests first: this runs for every word that is not a name.
        if (t.folded.size() < 4 || names->near(static_cast<unsigned char>(t.folded[0])).empty()) return nullptr;
        // Short words in capitals are acronyms ("MASH", "CAMHS"), not misspelt names.
        if (!t.has_lower && t.folded.size() < 6) return nullptr;
        if (!t.capitalised && !previous_was_name &&
            !(i + 1 < tokens.size() && names->starts_name(tokens[i + 1].folded)))
            return nullptr;
        if (names->is_name_word(t.folded) || all_digits(t.folded)) return nullptr;
        // "3 March 2025" beside a Dr Marsh, a "Home visit" beside a Hope: the word, not the name.
        if (redaction::is_ordinary_word(t.folded)) return nullptr;
        for (const auto& [name, person] : names->near(static_cast<unsigned char>(t.folded[0]))) {
            if (!redaction::one_edit_apart(t.folded, name)) continue;
            const std::string_view found = text.substr(t.begin, t.end - t.begin);
            const std::string label = "'" + std::string(found) + "'";
            if (const RedactionDecision* d = decision(found, where, !replacing)) {
                if (d->replacement.empty()) return nullptr;
                if (replacing) return &d->replacement;
                problem(text, t.begin, t.end, where, label + " was decided to be replaced by '" + d->replacement + "'");
                return nullptr;
            }
            problem(text, t.begin, t.end, where, label + " looks like a misspelling of a name of " + people[person].pseudonym);
            return nullptr;
        }
        return nullptr;
    }
};

Redactor::Redactor(const std::vector<Person>& people) : Redactor(people, {}) {}

Redactor::Redactor(const std::vector<Person>& people, const std::vector<RedactionDecision>& decisions)
    : m(std::make_unique<Impl>()) {
    for (const auto& p : people)
        if (!p.name.empty()) m->people.push_back(p);
    m->names = std::make_unique<redaction::NamePatterns>(m->people);
    for (const auto& d : decisions) m->decisions[redaction::fold_words(d.text) + '\x1f' + d.where] = d;
    for (const auto& [key, d] : m->decisions)
        if (d.replacement.empty()) m->kept_somewhere.emplace(redaction::fold_words(d.text), &d);
    // A pseudonym that holds a real name would publish that name.
    for (const auto& p : m->people) m->scan(p.pseudonym, "people register", nullptr);
}

Redactor::~Redactor() = default;
Redactor::Redactor(Redactor&&) noexcept = default;
Redactor& Redactor::operator=(Redactor&&) noexcept = default;

std::string Redactor::apply(std::string_view text, const std::string& where) {
    std::string out;
    out.reserve(text.size());
    m->scan(text, where, &out);
    return out;
}

void Redactor::check(std::string_view text, const std::string& where) { m->scan(text, where, nullptr); }

const RedactionReport& Redactor::report() const { return m->report; }

bool Redactor::safe() const { return m->report.problems.empty(); }

}  // namespace model
