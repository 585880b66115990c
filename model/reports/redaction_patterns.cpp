// SPDX-License-Identifier: MIT
#include "model/reports/redaction_patterns.h"

#include <algorithm>

namespace model::redaction {

const char* describe(Form f) {
    switch (f) {
    case Form::Full: return "full name";
    case Form::GivenAndSurname: return "name";
    case Form::Initials: return "initials and surname";
    case Form::Given: return "first name";
    case Form::Surname: return "surname";
    case Form::Part: return "part of the name";
    case Form::Plural: return "surname (plural)";
    }
    return "name";
}

namespace {

using Words = std::vector<std::string>;

Words folded_tokens(std::string_view text) {
    std::vector<Token> tokens;
    tokenize(text, tokens);
    Words out;
    for (auto& t : tokens) out.push_back(std::move(t.folded));
    return out;
}

std::string joined(const Words& w) {
    std::string s;
    for (const auto& x : w) s += x;
    return s;
}

/// The parts of one word of a name between hyphens ("O'Brien", "Hughes").
std::vector<std::string> hyphen_parts(const std::string& word) {
    std::vector<std::string> parts;
    std::size_t start = 0;
    for (;;) {
        const std::size_t dash = word.find('-', start);
        parts.push_back(word.substr(start, dash == std::string::npos ? std::string::npos : dash - start));
        if (dash == std::string::npos) return parts;
        start = dash + 1;
    }
}

/// The ways one word of a name is written: each hyphen part split at its apostrophes ("o brien") or
/// run together ("obrien"), and the whole word run together ("obrienhughes").
std::vector<Words> spellings(const std::string& word) {
    std::vector<Words> acc{Words{}};
    for (const auto& part : hyphen_parts(word)) {
        const Words w = folded_tokens(part);
        if (w.empty()) continue;
        std::vector<Words> options{w};
        if (w.size() > 1) options.push_back({joined(w)});
        std::vector<Words> next;
        for (const auto& prefix : acc)
            for (const auto& o : options) {
                Words x = prefix;
                x.insert(x.end(), o.begin(), o.end());
                next.push_back(std::move(x));
            }
        acc = std::move(next);
    }
    const Words all = folded_tokens(word);
    if (all.size() > 1) acc.push_back({joined(all)});
    return acc;
}

std::string first_letter(const std::string& folded) {
    std::size_t n = 1;
    while (n < folded.size() && (static_cast<unsigned char>(folded[n]) & 0xC0) == 0x80) ++n;
    return folded.substr(0, n);
}

}  // namespace

NamePatterns::NamePatterns(const std::vector<Person>& people) : m_people(people) {
    for (std::size_t i = 0; i < m_people.size(); ++i) add_person(i);
    finish();
}

void NamePatterns::add_pattern(const Words& words, Form form, std::size_t person) {
    if (words.empty()) return;
    std::size_t node = 0;
    for (const auto& w : words) {
        auto it = m_nodes[node].next.find(w);
        if (it == m_nodes[node].next.end()) {
            m_nodes.emplace_back();
            it = m_nodes[node].next.emplace(w, m_nodes.size() - 1).first;
        }
        node = it->second;
    }
    if (m_nodes[node].terminal < 0) {
        m_nodes[node].terminal = int(m_terminals.size());
        Terminal t;
        t.form = form;
        t.words = words.size();
        m_terminals.push_back(std::move(t));
    }
    auto& t = m_terminals[std::size_t(m_nodes[node].terminal)];
    if (std::find(t.people.begin(), t.people.end(), person) == t.people.end()) t.people.push_back(person);
}

/// Every cartesian combination of the given words' spellings.
void NamePatterns::add_combinations(const std::vector<std::vector<Words>>& parts, Form form, std::size_t person) {
    std::vector<Words> acc{Words{}};
    for (const auto& options : parts) {
        std::vector<Words> next;
        for (const auto& prefix : acc)
            for (const auto& option : options) {
                Words w = prefix;
                w.insert(w.end(), option.begin(), option.end());
                next.push_back(std::move(w));
            }
        acc = std::move(next);
    }
    for (const auto& w : acc) add_pattern(w, form, person);
}

void NamePatterns::add_person(std::size_t index) {
    const Person& p = m_people[index];
    // Words of the name as written, given names first as people say them (a comma separates words
    // too, but "Smith, Jane" would be read as first name Smith).
    std::vector<std::string> raw;
    std::string current;
    for (char c : p.name) {
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == ',') {
            if (!current.empty()) raw.push_back(current);
            current.clear();
        } else {
            current += c;
        }
    }
    if (!current.empty()) raw.push_back(current);
    std::vector<Words> words;
    std::vector<std::string> raw_kept;
    for (const auto& r : raw) {
        Words w = folded_tokens(r);
        if (w.empty()) continue;
        words.push_back(std::move(w));
        raw_kept.push_back(r);
    }
    // "Dr Helen Marsh": the title is not part of the name (a title before a name is matched anyway).
    while (words.size() > 1 && words.front().size() == 1 && is_title(words.front().front())) {
        words.erase(words.begin());
        raw_kept.erase(raw_kept.begin());
    }
    if (words.empty()) return;

    // The surname is the last word with any lower-case particles before it ("van der Berg").
    std::size_t surname_from = words.size() - 1;
    while (surname_from > 1 && is_surname_particle(raw_kept[surname_from - 1])) --surname_from;
    if (words.size() == 1) surname_from = 0;
    std::vector<std::vector<Words>> all, surname;
    for (std::size_t i = 0; i < words.size(); ++i) {
        all.push_back(spellings(raw_kept[i]));
        if (i >= surname_from) surname.push_back(spellings(raw_kept[i]));
    }

    if (words.size() > 1) add_combinations(all, Form::Full, index);
    for (std::size_t g = 0; g < surname_from; ++g) {
        std::vector<std::vector<Words>> parts{spellings(raw_kept[g])};
        parts.insert(parts.end(), surname.begin(), surname.end());
        add_combinations(parts, Form::GivenAndSurname, index);
        if (words[g].size() > 1) {  // "Mary Smith" for Mary-Jane Smith
            std::vector<std::vector<Words>> first_part{{Words{words[g].front()}}};
            first_part.insert(first_part.end(), surname.begin(), surname.end());
            add_combinations(first_part, Form::GivenAndSurname, index);
        }
        // "Amy Jones" and "Amy Smith" for Amy Smith-Jones.
        const auto surname_parts = hyphen_parts(raw_kept.back());
        if (surname_parts.size() > 1)
            for (const auto& part : surname_parts)
                if (!folded_tokens(part).empty()) add_combinations({spellings(raw_kept[g]), spellings(part)}, Form::GivenAndSurname, index);
    }
    if (surname_from >= 1) {
        // Initials: "J. Smith", "J Smith", "J.A. Smith".
        std::vector<std::vector<Words>> one{{Words{first_letter(words[0].front())}}}, every;
        for (std::size_t g = 0; g < surname_from; ++g) every.push_back({Words{first_letter(words[g].front())}});
        one.insert(one.end(), surname.begin(), surname.end());
        every.insert(every.end(), surname.begin(), surname.end());
        add_combinations(one, Form::Initials, index);
        add_combinations(every, Form::Initials, index);
    }
    if (surname_from >= 2) {
        std::vector<std::vector<Words>> given(all.begin(), all.begin() + std::ptrdiff_t(surname_from));
        add_combinations(given, Form::Given, index);
    }
    for (std::size_t g = 0; g < surname_from; ++g) add_combinations({spellings(raw_kept[g])}, Form::Given, index);
    add_combinations(surname, Form::Surname, index);
    if (surname.size() > 1) add_combinations({spellings(raw_kept.back())}, Form::Surname, index);
    // Hyphen parts on their own ("Smith" from "Smith-Jones", "O'Brien" from "O'Brien-Hughes").
    for (const auto& r : raw_kept) {
        const auto parts = hyphen_parts(r);
        if (parts.size() < 2) continue;
        for (const auto& part : parts)
            if (joined(folded_tokens(part)).size() >= 3) add_combinations({spellings(part)}, Form::Part, index);
    }
    const std::string last = joined(words.back());
    if (last.size() >= 3 && last.back() != 's') add_pattern({last + "s"}, Form::Plural, index);

    for (const auto& w : words)
        for (const auto& part : w) {
            m_name_words.insert(part);
            if (part.size() >= 4) m_near[static_cast<unsigned char>(part[0])].emplace_back(part, index);
        }
    m_name_words.insert(last);
}

bool NamePatterns::may_start(const std::string& word) const {
    return !word.empty() && (m_starts[static_cast<unsigned char>(word[0])] >> std::min<std::size_t>(word.size(), 63)) & 1;
}

Match NamePatterns::longest(std::string_view text, const std::vector<Token>& tokens, std::size_t i) const {
    Match best;
    if (!may_start(tokens[i].folded)) return best;
    std::size_t node = 0;
    for (std::size_t k = i; k < tokens.size(); ++k) {
        if (k > i) {
            const std::string_view gap = text.substr(tokens[k - 1].end, tokens[k].begin - tokens[k - 1].end);
            if (classify_gap(gap) == Gap::Other) break;
            // A full stop only after an initial ("J. Smith"), not between sentences ("…told Jane. Smith…").
            if (gap.find('.') != std::string_view::npos && tokens[k - 1].folded.size() > 1) break;
        }
        auto it = m_nodes[node].next.find(tokens[k].folded);
        if (it == m_nodes[node].next.end()) break;
        node = it->second;
        if (m_nodes[node].terminal >= 0) best = Match{k + 1, m_nodes[node].terminal};
    }
    return best;
}

/// Once every person is in: what each pattern's messages say, and whether it is shared.
void NamePatterns::finish() {
    for (auto& t : m_terminals) {
        std::unordered_set<std::string> seen;
        for (std::size_t i = 0; i < t.people.size(); ++i) {
            if (i) t.who += i + 1 == t.people.size() ? " or " : ", ";
            t.who += m_people[t.people[i]].pseudonym;
            seen.insert(m_people[t.people[i]].pseudonym);
        }
        t.pseudonyms = seen.size();
    }
    for (const auto& [word, node] : m_nodes[0].next)
        m_starts[static_cast<unsigned char>(word[0])] |= std::uint64_t(1) << std::min<std::size_t>(word.size(), 63);
}

}  // namespace model::redaction
