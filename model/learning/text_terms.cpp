// SPDX-License-Identifier: MIT
// Words to comparable terms: stemming, stopwords and the synonym groups of the quality guard.
#include "model/learning/text_terms.h"

#include <algorithm>
#include <cctype>
#include <unordered_map>
#include <unordered_set>

namespace model::learning_text {
namespace {

bool ends_with(const std::string& s, const char* suffix, std::size_t n) {
    return s.size() >= n && s.compare(s.size() - n, n, suffix) == 0;
}

const std::unordered_set<std::string>& stopwords() {
    static const std::unordered_set<std::string> words = {
        "a", "an", "the", "and", "or", "of", "to", "in", "on", "for", "with", "by", "at", "from", "into", "as",
        "that", "this", "these", "those", "it", "its", "their", "they", "them", "there", "which", "who", "whom",
        "should", "must", "will", "shall", "would", "could", "can", "may", "might", "ensure", "ensures",
        "is", "are", "was", "were", "been", "being", "have", "has", "had", "do", "does", "did", "so", "such",
        "each", "other", "between", "across", "within", "about", "any", "also", "than", "then", "where",
        "when", "how", "what", "why", "all", "every", "our", "we", "s", "be", "not", "no", "up", "out"};
    return words;
}

const char* concept_key(Concept c) {
    switch (c) {
    case Concept::Share: return "~share";
    case Concept::Information: return "~information";
    case Concept::Communicate: return "~communicate";
    case Concept::Collaborate: return "~collaborate";
    case Concept::Curious: return "~curious";
    case Concept::Inquire: return "~inquire";
    case Concept::Engage: return "~engage";
    case Concept::Family: return "~family";
    case Concept::Improve: return "~improve";
    case Concept::Exhort: return "~exhort";
    case Concept::None: break;
    }
    return "";
}

/// Stem → concept, built by stemming natural words so the table reads as English.
const std::unordered_map<std::string, Concept>& concepts() {
    static const std::unordered_map<std::string, Concept> map = [] {
        std::unordered_map<std::string, Concept> m;
        auto add = [&m](Concept c, std::initializer_list<const char*> words) {
            for (const char* w : words) m.emplace(stem(w), c);
        };
        add(Concept::Share, {"share", "sharing", "shared", "exchange", "exchanging", "disclose", "disclosure"});
        add(Concept::Information, {"information", "info", "intelligence", "data", "knowledge"});
        add(Concept::Communicate, {"communicate", "communication", "communications", "communicating", "liaise",
                                   "liaison", "liaising", "talk", "talking", "dialogue", "conversation", "conversations"});
        add(Concept::Collaborate, {"together", "collaborate", "collaboration", "collaborative", "collaborating",
                                   "cooperate", "cooperation", "cooperating", "jointly"});
        add(Concept::Curious, {"curious", "curiosity", "curiously", "inquisitive", "inquisitiveness"});
        add(Concept::Inquire, {"inquiry", "inquiries", "enquiry", "enquiries", "question", "questions",
                               "questioning", "probe", "probing", "inquire", "enquire"});
        add(Concept::Engage, {"engage", "engagement", "engaging", "involve", "involvement", "involving"});
        add(Concept::Family, {"family", "families", "young", "person", "people", "child", "children", "parent",
                              "parents", "carer", "carers", "mother", "father", "household", "youngster"});
        add(Concept::Improve, {"more", "better", "improve", "improved", "improvement", "improving", "enhance",
                               "enhanced", "strengthen", "strengthened", "stronger", "greater", "increase",
                               "increased", "effective", "effectively", "closer", "further", "robust", "good"});
        add(Concept::Exhort, {"demonstrate", "show", "exercise", "display", "remain", "apply", "adopt", "practise",
                              "encourage", "promote"});
        return m;
    }();
    return map;
}

}  // namespace

std::string stem(const std::string& word) {
    std::string w = word;
    if (w.size() <= 3) return w;
    // Irregular comparatives are folded by the concept table; here only regular suffixes.
    static const char* const suffixes[] = {"isations", "izations", "isation", "ization", "ations", "itions",
                                           "ation", "ition", "ising", "izing", "ments", "ment", "ness",
                                           "ings", "ing", "ised", "ized", "ises", "izes", "ise", "ize",
                                           "ities", "ity", "ies", "ied", "ed", "es", "ly", "s"};
    for (const char* suffix : suffixes) {
        const std::size_t n = std::char_traits<char>::length(suffix);
        if (w.size() >= n + 3 && ends_with(w, suffix, n)) {
            if (n == 1 && (ends_with(w, "ss", 2) || ends_with(w, "us", 2) || ends_with(w, "is", 2))) break;
            w.erase(w.size() - n);
            if (std::string(suffix) == "ies" || std::string(suffix) == "ied") w += 'y';
            break;
        }
    }
    if (w.size() > 3 && w.back() == 'e') w.pop_back();
    if (w.size() > 3 && w.back() == w[w.size() - 2] && std::string_view("aeiouls").find(w.back()) == std::string_view::npos) w.pop_back();
    return w;
}

std::vector<Term> terms(std::string_view text) {
    std::vector<Term> out;
    int sentence = 0;
    int position = 0;
    std::string word;
    auto flush = [&] {
        if (word.empty()) return;
        Term t;
        t.word = word;
        t.stopword = stopwords().count(word) > 0;
        static const std::unordered_set<std::string> months = {
            "january", "february", "march", "april", "june", "july", "august", "september", "october",
            "november", "december"};
        t.date = months.count(word) > 0 ||
                 (word.size() == 4 && (word.rfind("19", 0) == 0 || word.rfind("20", 0) == 0) &&
                  std::all_of(word.begin(), word.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); }));
        const std::string s = stem(word);
        auto c = concepts().find(s);
        // "be" is a stopword, but "be (more) curious" is how the stock phrase is usually written.
        if (word == "be") c = concepts().find(stem("remain"));
        if (c != concepts().end()) {
            t.concept = c->second;
            t.key = concept_key(c->second);
        } else {
            t.key = s;
        }
        t.sentence = sentence;
        t.position = position++;
        out.push_back(std::move(t));
        word.clear();
    };
    for (char ch : text) {
        const auto u = static_cast<unsigned char>(ch);
        if (std::isalnum(u) || u >= 0x80) {
            word += char(std::tolower(u));
        } else if (ch == '\'' && !word.empty()) {
            flush();  // "child's" → "child", "s" (a stopword)
        } else {
            flush();
            if (ch == '.' || ch == ';' || ch == ':' || ch == '!' || ch == '?' || ch == '\n') ++sentence;
        }
    }
    flush();
    return out;
}

}  // namespace model::learning_text
