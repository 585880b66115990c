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

struct DuplicateParams {
    double text = 0.85, day = 0.10, time = 0.10;
    double cos_share = 0.7;       // text = cos_share × cosine + (1 − cos_share) × containment
    double short_terms = 4;       // containment of an entry with fewer terms than this is scaled down
    double idf_floor_n = 0;       // idf = log(1 + max(N, floor)/df)
    double next_day = 0.4;
    double time_near = 60, time_unknown = 0.5, time_far = 0;
    double rival = 1.0;           // penalty × (best rival − score) on either side
    double rival_margin = 0.0;
    int negation = 1;
    double idf_pow = 0.5;
    double mutual = 0.03;
    double trunc = 0;
    double time_far_next = 0.5;
    int greedy = 0;
};
DuplicateParams g_duplicate_params;

namespace {

const std::unordered_set<std::string_view>& stop_words() {
    static const std::unordered_set<std::string_view> words = {
        "the", "and", "for", "with", "was", "were", "had", "has", "have", "this", "that", "from", "but", "not",
        "are", "his", "her", "hers", "him", "she", "they", "them", "their", "there", "who", "which", "when",
        "what", "where", "into", "onto", "out", "about", "after", "before", "over", "under", "also", "been",
        "being", "would", "could", "should", "will", "shall", "may", "might", "can", "did", "does", "done",
        "than", "then", "any", "all", "some", "per", "via", "one", "two", "its", "our", "your", "you",
        "regarding", "following", "due", "said", "says", "today", "yesterday", "both", "very", "at", "on", "in",
        "to", "of", "by", "as", "an", "is", "be", "it", "he", "me", "my", "we", "us", "or", "so", "up"};
    return words;
}

// Safeguarding records say the same thing many ways; fold the common ones together. A value may be
// several words ("icpc" → "initial child protection conference"); an empty value drops the word.
const std::unordered_map<std::string_view, std::string_view>& synonyms() {
    static const std::unordered_map<std::string_view, std::string_view> map = {
        // people
        {"mum", "mother"}, {"mom", "mother"}, {"mummy", "mother"}, {"mothers", "mother"}, {"mums", "mother"},
        {"dad", "father"}, {"daddy", "father"}, {"fathers", "father"}, {"dads", "father"},
        {"boyfriend", "partner"}, {"partners", "partner"}, {"suspect", "partner"}, {"susp", "partner"},
        {"perpetrator", "partner"}, {"stepfather", "partner"},
        {"officer", "police"}, {"officers", "police"}, {"ofc", "police"}, {"ofcs", "police"}, {"pc", "police"},
        {"pcs", "police"}, {"constable", "police"}, {"ds", "police"}, {"dc", "police"}, {"polices", "police"},
        {"kid", "child"}, {"kids", "child"}, {"children", "child"}, {"childrens", "child"}, {"childs", "child"},
        {"baby", "child"}, {"babies", "child"}, {"infant", "child"}, {"toddler", "child"}, {"son", "child"},
        {"daughter", "child"},
        {"sw", "social-worker"}, {"csc", "social-care"}, {"hv", "health-visitor"}, {"fsw", "family support worker"},
        {"tm", "team manager"}, {"dsl", "school"}, {"ewo", "education welfare"}, {"idva", "idva"},
        {"gp", "doctor"}, {"paediatrician", "doctor"}, {"registrar", "doctor"}, {"pt", ""}, {"ip", ""},
        // places
        {"house", "home"}, {"address", "home"}, {"addr", "home"}, {"property", "home"}, {"residence", "home"},
        {"flat", "home"}, {"ae", "hospital"}, {"ed", "hospital"}, {"emergency", "hospital"},
        // injuries
        {"injuries", "injury"}, {"injured", "injury"}, {"wound", "injury"}, {"laceration", "injury"},
        {"bruises", "bruise"}, {"bruising", "bruise"}, {"bruised", "bruise"}, {"facial", "face"},
        {"fractured", "fracture"}, {"broken", "fracture"}, {"scald", "burn"}, {"scalded", "burn"},
        {"burns", "burn"}, {"nai", "non-accidental injury"},
        // what happened
        {"dv", "domestic"}, {"da", "domestic"}, {"abh", "assault"}, {"gbh", "assault"}, {"assaulted", "assault"},
        {"assaulting", "assault"}, {"hit", "assault"}, {"punched", "assault"},
        {"arrested", "arrest"}, {"bailed", "bail"}, {"rui", "released investigation"}, {"nfa", "no-action"},
        {"drunk", "alcohol"}, {"intoxicated", "alcohol"}, {"drinking", "alcohol"}, {"drink", "alcohol"},
        {"cannabis", "drug"}, {"drugs", "drug"},
        {"attended", "visit"}, {"attend", "visit"}, {"visited", "visit"}, {"visits", "visit"},
        {"visiting", "visit"}, {"phoned", "call"}, {"telephoned", "call"}, {"rang", "call"}, {"called", "call"},
        {"calls", "call"}, {"telephone", "call"}, {"phone", "call"}, {"tel", "call"},
        {"referral", "refer"}, {"referred", "refer"}, {"referring", "refer"}, {"marf", "refer"},
        {"notification", "inform"}, {"notified", "inform"}, {"informed", "inform"}, {"advised", "inform"},
        {"told", "inform"}, {"ppn", "police inform"},
        {"misper", "missing"}, {"absence", "absent"}, {"unauthorised", "absent"},
        {"appt", "appointment"}, {"appointments", "appointment"}, {"dna", "missed"}, {"wnb", "missed"},
        {"vaccinations", "immunisation"}, {"vaccination", "immunisation"}, {"immunisations", "immunisation"},
        {"jabs", "immunisation"},
        // meetings and procedures
        {"icpc", "initial child protection conference"}, {"rcpc", "review child protection conference"},
        {"cp", "child protection"}, {"cpc", "child protection conference"}, {"cpm", "child protection medical"},
        {"cin", "child need"}, {"strat", "strategy"}, {"disc", "meeting"}, {"discussion", "meeting"},
        {"conf", "conference"}, {"lpm", "legal planning meeting"}, {"fte", "exclusion"}, {"nbv", "new birth visit"},
        {"abe", "abe interview"}, {"assessed", "assessment"}, {"assess", "assessment"}, {"cg", "core group"},
        {"achieving", ""}, {"located", "found"}, {"research", "check"}, {"checks", "check"}, {"offence", "crime"},
        {"offences", "crime"}, {"scalp", "head"}, {"shouting", "argument"}, {"screaming", "argument"},
        {"fighting", "argument"}, {"row", "argument"}};
    return map;
}

// Two words read as one: "section 47" → "s47", "not brought" → "missed", "social worker".
const std::unordered_map<std::string_view, std::unordered_map<std::string_view, std::string_view>>& phrases() {
    static const std::unordered_map<std::string_view, std::unordered_map<std::string_view, std::string_view>> map = {
        {"section", {{"47", "s47"}}},
        {"not", {{"brought", "missed"}, {"attend", "missed"}, {"attended", "missed"}}},
        {"social", {{"worker", "social-worker"}, {"care", "social-care"}, {"services", "social-care"}}},
        {"childrens", {{"services", "social-care"}}},
        {"children", {{"services", "social-care"}}},
        {"health", {{"visitor", "health-visitor"}}},
        {"emergency", {{"department", "hospital"}}},
        {"further", {{"action", "no-action"}}},
        {"best", {{"evidence", "abe"}}},
        {"concern", {{"form", "refer"}}},
    };
    return map;
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

// Words of one text, folded: lower case, apostrophes dropped ("mum's" → "mums"), "A&E" → "ae".
void raw_words(const std::string& text, std::vector<std::string>& out) {
    std::string word;
    auto flush = [&] {
        if (!word.empty()) out.push_back(std::move(word));
        word.clear();
    };
    for (std::size_t i = 0; i < text.size(); ++i) {
        const unsigned char u = static_cast<unsigned char>(text[i]);
        if (std::isalnum(u)) word += char(std::tolower(u));
        else if (u == '&' || u == '\'') continue;  // "A&E" -> "ae", "mum's" -> "mums"
        else if (u == 0xE2 && i + 2 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0x80 &&
                 static_cast<unsigned char>(text[i + 2]) == 0x99)
            i += 2;  // ’
        else if (u >= 0x80) word += char(u);
        else flush();
    }
    flush();
}

void add_term(std::string_view w, std::vector<std::string>& out, int depth = 0) {
    if (w.empty()) return;
    if (w.find(' ') != std::string_view::npos) {
        std::size_t start = 0;
        while (start < w.size()) {
            std::size_t end = w.find(' ', start);
            if (end == std::string_view::npos) end = w.size();
            add_term(w.substr(start, end - start), out, depth);
            start = end + 1;
        }
        return;
    }
    if (depth < 2) {
        if (auto s = synonyms().find(w); s != synonyms().end()) {
            if (s->second != w) return add_term(s->second, out, depth + 1);
        }
    }
    if (stop_words().count(w)) return;
    const bool digits = std::isdigit(static_cast<unsigned char>(w[0])) != 0;
    if (w.size() < 3 && !(digits && w.size() >= 2)) return;
    if (digits || w.find('-') != std::string_view::npos) return out.push_back(std::string(w));
    std::string s = stem(std::string(w));
    if (g_duplicate_params.trunc > 0 && s.size() > std::size_t(g_duplicate_params.trunc)) s.resize(std::size_t(g_duplicate_params.trunc));
    if (depth < 2 && s != w) {
        if (auto t = synonyms().find(s); t != synonyms().end()) return add_term(t->second, out, depth + 1);
    }
    out.push_back(std::move(s));
}

void tokens(const std::string& text, std::vector<std::string>& out) {
    static const std::unordered_set<std::string_view> skip_after_no = {"visible", "apparent", "obvious", "signs",
                                                                         "sign", "further"};
    std::vector<std::string> words;
    raw_words(text, words);
    for (std::size_t i = 0; i < words.size(); ++i) {
        const std::string& w = words[i];
        if (i + 1 < words.size()) {
            if (auto p = phrases().find(w); p != phrases().end()) {
                if (auto q = p->second.find(words[i + 1]); q != p->second.end()) {
                    add_term(q->second, out);
                    ++i;
                    continue;
                }
            }
        }
        if (g_duplicate_params.negation && w == "no" && i + 1 < words.size()) {
            // "no injuries" is not "injuries": keep the negation with the word it denies.
            std::size_t j = i + 1;
            while (j + 1 < words.size() && skip_after_no.count(words[j])) ++j;
            std::vector<std::string> denied;
            add_term(words[j], denied);
            if (words[j] == "further" || words[j] == "action") denied = {"no-action"};
            for (auto& d : denied) out.push_back(d.rfind("no-", 0) == 0 ? d : "no-" + d);
            if (!denied.empty()) i = j;
            continue;
        }
        add_term(w, out);
    }
}

struct Doc {
    std::size_t index;
    std::vector<std::pair<int, float>> terms;  // term id, weight; sorted by id
    float norm = 0;   // sqrt of the sum of squared weights
    float mass = 0;   // sum of weights
    int agency = 0;
};

}  // namespace

std::vector<DuplicatePair> find_duplicates(const std::vector<ChronologyEntry>& entries, double min_score,
                                           const std::set<std::pair<std::int64_t, std::int64_t>>& decided) {
    const DuplicateParams& P = g_duplicate_params;
    std::unordered_map<std::string, int> ids;
    std::unordered_map<std::string, int> agencies;
    std::vector<int> doc_freq;
    std::vector<Doc> docs;
    std::vector<std::string> words;
    for (std::size_t i = 0; i < entries.size(); ++i) {
        const auto& e = entries[i];
        if (e.date.precision != FuzzyDate::Precision::Day || !e.date.earliest.valid()) continue;
        words.clear();
        tokens(e.event, words);
        tokens(e.details, words);
        Doc d{i, {}, 0, 0, agencies.emplace(e.agency, int(agencies.size())).first->second};
        for (const auto& w : words) {
            auto [it, inserted] = ids.emplace(w, int(ids.size()));
            if (inserted) doc_freq.push_back(0);
            d.terms.push_back({it->second, 0});
        }
        std::sort(d.terms.begin(), d.terms.end());
        d.terms.erase(std::unique(d.terms.begin(), d.terms.end(),
                                  [](const auto& a, const auto& b) { return a.first == b.first; }),
                      d.terms.end());
        for (const auto& t : d.terms) ++doc_freq[std::size_t(t.first)];
        docs.push_back(std::move(d));
    }
    const double n = std::max(double(docs.size()), P.idf_floor_n);
    for (auto& d : docs) {
        double sum = 0, mass = 0;
        for (auto& t : d.terms) {
            t.second = float(std::pow(std::log(1 + n / double(doc_freq[std::size_t(t.first)])), P.idf_pow));
            sum += double(t.second) * t.second;
            mass += t.second;
        }
        d.norm = float(std::sqrt(sum));
        d.mass = float(mass);
    }
    std::sort(docs.begin(), docs.end(), [&](const Doc& a, const Doc& b) {
        return entries[a.index].date.earliest < entries[b.index].date.earliest;
    });

    struct Candidate {
        std::size_t i, j;
        double score;
    };
    std::vector<Candidate> candidates;
    // Best score of each doc against each other agency: (agency, score), few per doc.
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
        for (auto& b : best[d])
            if (b.first == agency) return b.second;
        return 0.0;
    };
    const double floor = P.rival > 0 ? std::min(min_score, 0.15) : min_score;
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
                if (x->first < y->first) ++x;
                else if (y->first < x->first) ++y;
                else {
                    dot += double(x->second) * y->second;
                    shared += x->second;
                    ++x, ++y;
                }
            }
            const double cosine = dot / (double(docs[i].norm) * docs[j].norm);
            const Doc& shorter = docs[i].mass < docs[j].mass ? docs[i] : docs[j];
            double contain = shared / double(shorter.mass);
            contain *= std::min(1.0, double(shorter.terms.size()) / P.short_terms);
            const double text = P.cos_share * cosine + (1 - P.cos_share) * contain;
            const double day = apart == 0 ? 1.0 : P.next_day;
            double time = P.time_unknown;
            if (a.time && b.time) {
                const int minutes = std::abs(apart * 24 * 60 + *b.time - *a.time);
                time = minutes <= P.time_near ? 1.0 : apart == 0 ? P.time_far : P.time_far_next;
            }
            const double score = P.text * text + P.day * day + P.time * time;
            if (P.rival > 0) {
                note_best(i, docs[j].agency, score);
                note_best(j, docs[i].agency, score);
            }
            if (score < floor) continue;
            candidates.push_back({i, j, score});
        }
    }

    if (P.greedy) {
        std::sort(candidates.begin(), candidates.end(), [](const Candidate& x, const Candidate& y) { return x.score > y.score; });
        for (auto& b : best) b.clear();
        for (auto& c : candidates) {
            const double si = best_of(c.i, docs[c.j].agency), sj = best_of(c.j, docs[c.i].agency);
            if (si == 0 && sj == 0) {
                note_best(c.i, docs[c.j].agency, c.score);
                note_best(c.j, docs[c.i].agency, c.score);
                c.score += P.mutual;
            } else {
                c.score -= P.rival * std::max(0.0, std::max(si, sj) - c.score - P.rival_margin);
            }
        }
    }
    std::vector<DuplicatePair> pairs;
    for (const auto& c : candidates) {
        double score = c.score;
        if (P.rival > 0 && !P.greedy) {
            const double gap_i = best_of(c.i, docs[c.j].agency) - c.score;
            const double gap_j = best_of(c.j, docs[c.i].agency) - c.score;
            score -= P.rival * std::max(0.0, std::max(gap_i, gap_j) - P.rival_margin);
            if (gap_i <= 0 && gap_j <= 0) score += P.mutual;
        }
        if (score < min_score) continue;
        auto key = std::minmax(entries[docs[c.i].index].id, entries[docs[c.j].index].id);
        if (decided.count({key.first, key.second})) continue;
        pairs.push_back({key.first, key.second, std::min(1.0, score)});
    }
    std::sort(pairs.begin(), pairs.end(), [](const auto& p, const auto& q) {
        return p.score != q.score ? p.score > q.score : std::make_pair(p.a, p.b) < std::make_pair(q.a, q.b);
    });
    return pairs;
}

std::vector<Gap> find_silences(const std::vector<ChronologyEntry>& entries, int min_days) {
    std::vector<std::pair<Date, Date>> spans;
    for (const auto& e : entries) spans.emplace_back(e.date.earliest, e.date.latest);
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
