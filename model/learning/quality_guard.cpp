// SPDX-License-Identifier: MIT
// Stock phrases and vagueness. The sources' criticism is of recommendations that are "predictable and
// or banal": exhortations to do "more" or "better" of something everyone already agrees with, with no
// one named, nothing measurable and no date. So a stock phrase here is an exhortation (more, better,
// improve…) close to one of the four ideas the sources name, whatever the words and their order.
#include "model/learning/quality_guard.h"

#include <algorithm>
#include <cctype>
#include <unordered_set>

namespace model {
namespace {

using learning_text::Concept;
using learning_text::Term;

/// Words within this distance of each other (and in the same sentence) belong to one phrase.
constexpr int kWindow = 6;

struct StockPhrase {
    const char* name;
    std::vector<std::vector<Concept>> alternatives;  ///< any one alternative matches; all its concepts needed
};

const std::vector<StockPhrase>& stock_phrases() {
    static const std::vector<StockPhrase> phrases = {
        {"better information sharing",
         {{Concept::Improve, Concept::Share, Concept::Information}}},
        {"more communication between partners",
         {{Concept::Improve, Concept::Communicate}, {Concept::Improve, Concept::Collaborate}}},
        {"more curious inquiry",
         {{Concept::Improve, Concept::Curious}, {Concept::Exhort, Concept::Curious},
          {Concept::Improve, Concept::Inquire}}},
        {"do more to engage the young person/family",
         {{Concept::Improve, Concept::Engage, Concept::Family}}},
    };
    return phrases;
}

/// Every required concept occurs in one sentence, all within kWindow words of the first found.
bool matches(const std::vector<Term>& terms, const std::vector<Concept>& needed) {
    for (std::size_t i = 0; i < terms.size(); ++i) {
        if (terms[i].concept != needed.front()) continue;
        bool all = true;
        for (std::size_t k = 1; k < needed.size() && all; ++k) {
            all = std::any_of(terms.begin(), terms.end(), [&](const Term& t) {
                return t.concept == needed[k] && t.sentence == terms[i].sentence &&
                       std::abs(t.position - terms[i].position) <= kWindow;
            });
        }
        if (all) return true;
    }
    return false;
}

bool is_number(const std::string& w) {
    return !w.empty() && std::all_of(w.begin(), w.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); });
}

bool is_year(const std::string& w) {
    return w.size() == 4 && is_number(w) && (w.rfind("19", 0) == 0 || w.rfind("20", 0) == 0);
}

bool is_number_word(const std::string& w) {
    static const std::unordered_set<std::string> words = {
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
        "fifteen", "twenty", "thirty", "forty", "fifty", "sixty", "ninety", "hundred", "half"};
    return words.count(w) > 0;
}

bool is_time_unit(const std::string& w) {
    static const std::unordered_set<std::string> units = {
        "day", "days", "week", "weeks", "month", "months", "year", "years", "hour", "hours", "quarter", "quarters"};
    return units.count(w) > 0;
}

}  // namespace

std::optional<std::string> find_stock_phrase(const std::vector<Term>& terms) {
    for (const auto& phrase : stock_phrases())
        for (const auto& needed : phrase.alternatives)
            if (matches(terms, needed)) return std::string(phrase.name);
    return std::nullopt;
}

Vagueness find_vagueness(const std::vector<Term>& terms) {
    static const std::unordered_set<std::string> months = {
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"};
    static const std::unordered_set<std::string> timescales = {
        "quarterly", "annually", "annual", "monthly", "weekly", "fortnightly", "biannually", "yearly", "deadline",
        "timescale", "timescales", "timeframe", "immediately", "daily"};
    // Stems of words that name something a board can count or check.
    static const std::unordered_set<std::string> measures = [] {
        std::unordered_set<std::string> s;
        for (const char* w : {"audit", "reaudit", "measure", "measurable", "monitor", "monitoring", "evidence",
                              "target", "indicator", "kpi", "kpis", "compliance", "compliant", "sample",
                              "sampling", "survey", "percent", "percentage", "proportion", "rate", "count",
                              "report", "reported", "dashboard", "record", "recorded", "attendance",
                              "completion", "completed", "verify", "verified", "inspection", "benchmark"})
            s.insert(learning_text::stem(w));
        return s;
    }();
    Vagueness v{true, true};
    for (std::size_t i = 0; i < terms.size(); ++i) {
        const std::string& w = terms[i].word;
        const bool numeric = is_number(w) || is_number_word(w);
        const bool next_is_unit = i + 1 < terms.size() && is_time_unit(terms[i + 1].word);
        const bool next_next_is_unit = i + 2 < terms.size() && terms[i + 1].word == "working" && is_time_unit(terms[i + 2].word);
        // "may" is a month only next to a number ("31 May", "May 2026"); otherwise it is a modal verb.
        const bool month = months.count(w) && (w != "may" || (i > 0 && is_number(terms[i - 1].word)) ||
                                                (i + 1 < terms.size() && is_number(terms[i + 1].word)));
        if (is_year(w) || month || timescales.count(w) || (numeric && (next_is_unit || next_next_is_unit)))
            v.no_timescale = false;
        if ((w == "every" || w == "each") && i + 1 < terms.size() && is_time_unit(terms[i + 1].word))
            v.no_timescale = false;
        if ((is_number(w) && !is_year(w)) || w == "all" || w == "every" || w == "each" || w == "100" ||
            measures.count(terms[i].key))
            v.no_measure = false;
    }
    // "%" splits words, so "80%" arrives as "80": a number already counts as a measure.
    return v;
}

}  // namespace model
