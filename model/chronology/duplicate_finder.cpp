// SPDX-License-Identifier: MIT
#include "model/chronology/duplicate_finder.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdlib>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

namespace model {
namespace {

// The scoring, tuned on generated two- and three-agency chronologies (tests/model/duplicate_finder_test.cpp)
// so that the default threshold of 0.35 keeps precision and recall both around 0.85-0.9.
constexpr double kTextWeight = 0.80;
constexpr double kDayWeight = 0.10;
constexpr double kTimeWeight = 0.10;
constexpr double kCosineShare = 0.7;     // text = 0.7 cosine + 0.3 containment
constexpr double kBigramWeight = 0.2;    // a shared pair of adjacent words, relative to a single word
constexpr double kShortEntryTerms = 4;   // containment of an entry with fewer terms counts proportionally less
constexpr double kNextDay = 0.4;         // day closeness: same day 1, next day 0.4
constexpr int kNearMinutes = 60;         // time closeness: within an hour 1, unknown 0.5, apart 0 (same day)
constexpr double kRivalPenalty = 1.0;    // × how far a better candidate of the same agency is ahead
constexpr double kMutualBonus = 0.05;    // each entry is the other's best candidate from that agency

const std::unordered_set<std::string_view>& stop_words() {
    static const std::unordered_set<std::string_view> words = {
        "the", "and", "for", "with", "was", "were", "had", "has", "have", "this", "that", "from", "but", "not",
        "are", "his", "her", "hers", "him", "she", "they", "them", "their", "there", "who", "which", "when",
        "what", "where", "into", "onto", "out", "about", "after", "before", "over", "under", "also", "been",
        "being", "would", "could", "should", "will", "shall", "may", "might", "can", "did", "does", "done",
        "than", "then", "any", "all", "some", "per", "via", "one", "two", "its", "our", "your", "you",
        "regarding", "following", "due", "said", "says", "today", "yesterday", "both", "very"};
    return words;
}

// Safeguarding records say the same thing many ways: fold abbreviations, plurals and common variants into
// one word. A value may be several words ("icpc" → "initial child protection conference"); an empty value
// drops the word. Keys are whole words (lower case, apostrophes removed) or their light stem.
const std::unordered_map<std::string_view, std::string_view>& synonyms() {
    static const std::unordered_map<std::string_view, std::string_view> map = {
        // people
        {"mum", "mother"}, {"mom", "mother"}, {"mummy", "mother"}, {"mothers", "mother"}, {"mums", "mother"},
        {"dad", "father"}, {"daddy", "father"}, {"fathers", "father"}, {"dads", "father"},
        {"boyfriend", "partner"}, {"partners", "partner"}, {"suspect", "partner"}, {"susp", "partner"},
        {"perpetrator", "partner"}, {"stepfather", "partner"},
        {"officer", "police"}, {"officers", "police"}, {"ofc", "police"}, {"ofcs", "police"}, {"pc", "police"},
        {"pcs", "police"}, {"constable", "police"}, {"ds", "police"}, {"dc", "police"},
        {"kid", "child"}, {"kids", "child"}, {"children", "child"}, {"childrens", "child"}, {"childs", "child"},
        {"baby", "child"}, {"babies", "child"}, {"infant", "child"}, {"toddler", "child"}, {"son", "child"},
        {"daughter", "child"},
        {"sw", "social-worker"}, {"csc", "social-care"}, {"hv", "health-visitor"}, {"fsw", "family support worker"},
        {"tm", "team manager"}, {"dsl", "school"}, {"ewo", "education welfare"},
        {"gp", "doctor"}, {"paediatrician", "doctor"}, {"registrar", "doctor"}, {"pt", ""}, {"ip", ""},
        // places
        {"house", "home"}, {"address", "home"}, {"addr", "home"}, {"property", "home"}, {"residence", "home"},
        {"flat", "home"}, {"ae", "hospital"}, {"ed", "hospital"}, {"emergency", "hospital"},
        // injuries
        {"injuries", "injury"}, {"injured", "injury"}, {"wound", "injury"}, {"laceration", "injury"},
        {"bruises", "bruise"}, {"bruising", "bruise"}, {"bruised", "bruise"}, {"facial", "face"},
        {"scalp", "head"}, {"fractured", "fracture"}, {"broken", "fracture"}, {"scald", "burn"},
        {"scalded", "burn"}, {"burns", "burn"}, {"nai", "non-accidental injury"},
        // what happened
        {"dv", "domestic"}, {"da", "domestic"}, {"abh", "assault"}, {"gbh", "assault"}, {"assaulted", "assault"},
        {"assaulting", "assault"}, {"hit", "assault"}, {"punched", "assault"}, {"shouting", "argument"},
        {"screaming", "argument"}, {"fighting", "argument"}, {"row", "argument"},
        {"arrested", "arrest"}, {"bailed", "bail"}, {"rui", "released investigation"}, {"nfa", "no-action"},
        {"offence", "crime"}, {"offences", "crime"},
        {"drunk", "alcohol"}, {"intoxicated", "alcohol"}, {"drinking", "alcohol"}, {"drink", "alcohol"},
        {"cannabis", "drug"}, {"drugs", "drug"},
        {"attended", "visit"}, {"attend", "visit"}, {"visited", "visit"}, {"visits", "visit"},
        {"visiting", "visit"}, {"phoned", "call"}, {"telephoned", "call"}, {"rang", "call"}, {"called", "call"},
        {"calls", "call"}, {"telephone", "call"}, {"phone", "call"}, {"tel", "call"},
        {"referral", "refer"}, {"referred", "refer"}, {"referring", "refer"}, {"marf", "refer"},
        {"notification", "inform"}, {"notified", "inform"}, {"informed", "inform"}, {"advised", "inform"},
        {"told", "inform"}, {"ppn", "police inform"}, {"located", "found"},
        {"misper", "missing"}, {"absence", "absent"}, {"unauthorised", "absent"},
        {"appt", "appointment"}, {"appointments", "appointment"}, {"dna", "dna"}, {"wnb", "dna"},
        {"missed", "dna"}, {"vaccinations", "immunisation"}, {"vaccination", "immunisation"},
        {"immunisations", "immunisation"}, {"jabs", "immunisation"},
        // meetings and procedures
        {"icpc", "initial child protection conference"}, {"rcpc", "review child protection conference"},
        {"cp", "child protection"}, {"cpc", "child protection conference"}, {"cpm", "child protection medical"},
        {"cin", "child need"}, {"strat", "strategy"}, {"disc", "meeting"}, {"discussion", "meeting"},
        {"conf", "conference"}, {"cg", "core group"}, {"lpm", "legal planning meeting"}, {"fte", "exclusion"},
        {"nbv", "new birth visit"}, {"abe", "abe interview"}, {"achieving", ""}, {"assessed", "assessment"},
        {"assess", "assessment"}, {"research", "check"}, {"checks", "check"}};
    return map;
}

// Two words read as one: "section 47" → "s47", "not brought" → "dna", "social worker".
const std::unordered_map<std::string_view, std::unordered_map<std::string_view, std::string_view>>& phrases() {
    static const std::unordered_map<std::string_view, std::unordered_map<std::string_view, std::string_view>> map = {
        {"section", {{"47", "s47"}}},
        {"not", {{"brought", "dna"}, {"attend", "dna"}, {"attended", "dna"}}},
        {"social", {{"worker", "social-worker"}, {"care", "social-care"}, {"services", "social-care"}}},
        {"childrens", {{"services", "social-care"}}},
        {"children", {{"services", "social-care"}}},
        {"health", {{"visitor", "health-visitor"}}},
        {"emergency", {{"department", "hospital"}}},
        {"best", {{"evidence", "abe"}}},
        {"concern", {{"form", "refer"}}},
    };
    return map;
}

// Words that may stand between "no" and what it denies: "no visible injuries".
const std::unordered_set<std::string_view>& negation_fillers() {
    static const std::unordered_set<std::string_view> words = {"visible", "apparent", "obvious", "signs", "sign",
                                                               "further", "other"};
    return words;
}

std::string stem(std::string w) {
    auto ends = [&](const char* s) {
        std::size_t n = std::char_traits<char>::length(s);
        return w.size() > n + 2 && w.compare(w.size() - n, n, s) == 0;
    };
    if (ends("ing")) w.resize(w.size() - 3);
    else if (ends("ed")) w.resize(w.size() - 2);
    else if (ends("es")) w.resize(w.size() - 2);
    else if (ends("s") && !ends("ss")) w.resize(w.size() - 1);
    return w;
}

// The words of a text in lower case: apostrophes dropped ("mum's" → "mums"), "A&E" → "ae", punctuation
// (including typographic dashes, quotes and no-break spaces) separates.
void raw_words(const std::string& text, std::vector<std::string>& out) {
    std::string word;
    auto flush = [&] {
        if (!word.empty()) out.push_back(std::move(word));
        word.clear();
    };
    for (std::size_t i = 0; i < text.size(); ++i) {
        const unsigned char u = static_cast<unsigned char>(text[i]);
        const unsigned char next = i + 1 < text.size() ? static_cast<unsigned char>(text[i + 1]) : 0;
        if (std::isalnum(u)) {
            word += char(std::tolower(u));
        } else if (u == '&' || u == '\'') {
            // joins: "A&E", "mum's"
        } else if (u == 0xE2 && next == 0x80 && i + 2 < text.size()) {
            // U+2000..U+203F: dashes, quotes, bullets; ’ (U+2019) is an apostrophe
            if (static_cast<unsigned char>(text[i + 2]) != 0x99) flush();
            i += 2;
        } else if (u == 0xC2 && next == 0xA0) {
            flush();  // no-break space
            ++i;
        } else if (u >= 0x80) {
            word += char(u);  // other UTF-8: part of a word
        } else {
            flush();
        }
    }
    flush();
}

void keep(std::string_view w, std::vector<std::string>& out) {
    if (w.empty() || stop_words().count(w)) return;
    const bool digits = std::isdigit(static_cast<unsigned char>(w[0])) != 0;
    if (w.size() < 3 && !(digits && w.size() >= 2)) return;
    if (digits || w.find('-') != std::string_view::npos) out.emplace_back(w);
    else out.push_back(stem(std::string(w)));
}

void expand(std::string_view words, std::vector<std::string>& out) {
    std::size_t start = 0;
    while (start < words.size()) {
        std::size_t end = words.find(' ', start);
        if (end == std::string_view::npos) end = words.size();
        keep(words.substr(start, end - start), out);
        start = end + 1;
    }
}

// One word as terms: its synonym's words, or its light stem (or the stem's synonym).
void terms_of(const std::string& w, std::vector<std::string>& out) {
    if (auto s = synonyms().find(w); s != synonyms().end()) return expand(s->second, out);
    const std::string s = stem(w);
    if (s != w) {
        if (auto t = synonyms().find(s); t != synonyms().end()) return expand(t->second, out);
    }
    keep(w, out);
}

void tokens(const std::string& text, std::vector<std::string>& out) {
    std::vector<std::string> words;
    raw_words(text, words);
    std::vector<std::string> denied;
    for (std::size_t i = 0; i < words.size(); ++i) {
        if (i + 1 < words.size()) {
            if (auto p = phrases().find(words[i]); p != phrases().end()) {
                if (auto q = p->second.find(words[i + 1]); q != p->second.end()) {
                    expand(q->second, out);
                    ++i;
                    continue;
                }
            }
        }
        if (words[i] == "no" && i + 1 < words.size()) {
            // "no injuries" is not "injuries": keep the denial with the word it denies ("no-injury").
            std::size_t j = i + 1;
            while (j + 1 < words.size() && negation_fillers().count(words[j])) ++j;
            denied.clear();
            terms_of(words[j], denied);
            for (const auto& d : denied) out.push_back(d.rfind("no-", 0) == 0 ? d : "no-" + d);
            i = j;
            continue;
        }
        terms_of(words[i], out);
    }
}

struct Doc {
    std::size_t index;
    std::vector<std::pair<int, float>> terms;  // term id, weight; sorted by id
    float norm = 0;  // √Σ weight²
    float mass = 0;  // Σ weight
    int agency = 0;
};

struct Candidate {
    std::size_t i, j;  // docs
    double score;
};

}  // namespace

std::vector<DuplicatePair> find_duplicates(const std::vector<ChronologyEntry>& entries, double min_score,
                                           const std::set<std::pair<std::int64_t, std::int64_t>>& decided) {
    std::unordered_map<std::string, int> ids;
    std::unordered_map<std::string, int> agencies;
    std::vector<int> doc_freq;
    std::vector<bool> is_bigram;
    std::vector<Doc> docs;
    std::vector<std::string> words;
    for (std::size_t i = 0; i < entries.size(); ++i) {
        const auto& e = entries[i];
        if (e.date.precision != FuzzyDate::Precision::Day || !e.date.earliest.valid()) continue;
        words.clear();
        tokens(e.event, words);
        tokens(e.details, words);
        const std::size_t unigrams = words.size();
        for (std::size_t k = 0; k + 1 < unigrams; ++k)
            if (words[k] != words[k + 1]) words.push_back(words[k] + '|' + words[k + 1]);
        Doc d{i, {}, 0, 0, agencies.emplace(e.agency, int(agencies.size())).first->second};
        for (std::size_t k = 0; k < words.size(); ++k) {
            auto [it, inserted] = ids.emplace(words[k], int(ids.size()));
            if (inserted) {
                doc_freq.push_back(0);
                is_bigram.push_back(k >= unigrams);
            }
            d.terms.push_back({it->second, 0});
        }
        std::sort(d.terms.begin(), d.terms.end());
        d.terms.erase(std::unique(d.terms.begin(), d.terms.end(),
                                  [](const auto& a, const auto& b) { return a.first == b.first; }),
                      d.terms.end());
        for (const auto& t : d.terms) ++doc_freq[std::size_t(t.first)];
        docs.push_back(std::move(d));
    }
    // Smoothed, flattened IDF: √log(1 + N/df). Over a handful of entries every word keeps a weight near
    // the others (plain log(N/df) gives a word in every entry 0 and swings wildly with one more entry);
    // over thousands, rare words still count about three times as much as the commonest.
    const double n = double(docs.size());
    for (auto& d : docs) {
        double sum = 0, mass = 0;
        for (auto& t : d.terms) {
            double w = std::sqrt(std::log(1 + n / double(doc_freq[std::size_t(t.first)])));
            if (is_bigram[std::size_t(t.first)]) w *= kBigramWeight;
            t.second = float(w);
            sum += w * w;
            mass += w;
        }
        d.norm = float(std::sqrt(sum));
        d.mass = float(mass);
    }
    std::stable_sort(docs.begin(), docs.end(), [&](const Doc& a, const Doc& b) {
        return entries[a.index].date.earliest < entries[b.index].date.earliest;
    });

    // Each doc's best score against each other agency: a few (agency, score) per doc.
    std::vector<std::vector<std::pair<int, double>>> best(docs.size());
    auto note_best = [&](std::size_t d, int agency, double s) {
        for (auto& b : best[d])
            if (b.first == agency) {
                b.second = std::max(b.second, s);
                return;
            }
        best[d].push_back({agency, s});
    };
    auto best_of = [&](std::size_t d, int agency) {
        for (const auto& b : best[d])
            if (b.first == agency) return b.second;
        return 0.0;
    };
    auto key_of = [&](std::size_t i, std::size_t j) {
        return std::minmax(entries[docs[i].index].id, entries[docs[j].index].id);
    };

    std::vector<Candidate> candidates;
    for (std::size_t i = 0; i < docs.size(); ++i) {
        const ChronologyEntry& a = entries[docs[i].index];
        for (std::size_t j = i + 1; j < docs.size(); ++j) {
            const ChronologyEntry& b = entries[docs[j].index];
            const int apart = a.date.earliest.days_until(b.date.earliest);
            if (apart > 1) break;
            if (docs[i].agency == docs[j].agency || docs[i].norm == 0 || docs[j].norm == 0) continue;
            double dot = 0, shared = 0;
            auto x = docs[i].terms.begin(), y = docs[j].terms.begin();
            while (x != docs[i].terms.end() && y != docs[j].terms.end()) {
                if (x->first < y->first) {
                    ++x;
                } else if (y->first < x->first) {
                    ++y;
                } else {
                    dot += double(x->second) * y->second;
                    shared += x->second;
                    ++x, ++y;
                }
            }
            if (shared == 0) continue;
            const double cosine = dot / (double(docs[i].norm) * docs[j].norm);
            const Doc& shorter = docs[i].mass <= docs[j].mass ? docs[i] : docs[j];
            const double contain =
                shared / double(shorter.mass) * std::min(1.0, double(shorter.terms.size()) / kShortEntryTerms);
            const double text = kCosineShare * cosine + (1 - kCosineShare) * contain;
            const double day = apart == 0 ? 1.0 : kNextDay;
            double time = 0.5;
            if (a.time && b.time) {
                // A record made the next day usually carries the time it was made, not the event's.
                const int minutes = std::abs(apart * 24 * 60 + *b.time - *a.time);
                time = minutes <= kNearMinutes ? 1.0 : apart == 0 ? 0.0 : 0.5;
            }
            const double score = kTextWeight * text + kDayWeight * day + kTimeWeight * time;
            const auto key = key_of(i, j);
            if (decided.count({key.first, key.second})) continue;  // neither suggested nor a rival
            note_best(i, docs[j].agency, score);
            note_best(j, docs[i].agency, score);
            if (score + kMutualBonus >= min_score) candidates.push_back({i, j, score});
        }
    }

    // An agency records an event once: a pair loses what a better candidate of either entry, from the
    // same other agency, is ahead by; a pair that is both entries' best gains a little.
    std::vector<DuplicatePair> pairs;
    for (const auto& c : candidates) {
        const double ahead_i = best_of(c.i, docs[c.j].agency) - c.score;
        const double ahead_j = best_of(c.j, docs[c.i].agency) - c.score;
        double score = c.score - kRivalPenalty * std::max({0.0, ahead_i, ahead_j});
        if (ahead_i <= 0 && ahead_j <= 0) score += kMutualBonus;
        score = std::clamp(score, 0.0, 1.0);
        if (score < min_score) continue;
        const auto key = key_of(c.i, c.j);
        pairs.push_back({key.first, key.second, score});
    }
    std::sort(pairs.begin(), pairs.end(), [](const auto& p, const auto& q) {
        return p.score != q.score ? p.score > q.score : std::make_pair(p.a, p.b) < std::make_pair(q.a, q.b);
    });
    return pairs;
}

std::vector<Gap> find_silences(const std::vector<ChronologyEntry>& entries, int min_days) {
    std::vector<std::pair<Date, Date>> spans;
    // "Sometime in 2016" says nothing about when: it must not hide a year's silences.
    for (const auto& e : entries)
        if (e.date.precision != FuzzyDate::Precision::Year) spans.emplace_back(e.date.earliest, e.date.latest);
    std::sort(spans.begin(), spans.end());
    std::vector<Gap> gaps;
    Date reach;
    for (const auto& [from, to] : spans) {
        if (reach.valid() && reach.days_until(from) > min_days) gaps.push_back({reach, from, reach.days_until(from)});
        if (!reach.valid() || to > reach) reach = to;
    }
    return gaps;
}

}  // namespace model
