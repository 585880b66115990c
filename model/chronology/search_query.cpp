// SPDX-License-Identifier: MIT
#include "model/chronology/search_query.h"

#include "model/chronology/search_words.h"
#include "model/core/error.h"

#include <cctype>
#include <vector>

namespace model {
namespace {

bool word_char(unsigned char c) { return std::isalnum(c) || c >= 0x80 || c == '\'' ; }

std::string quoted(const std::string& term) { return "\"" + term + "\""; }

}  // namespace

std::string to_fts_query(const std::string& query) { return to_fts_query(query, nullptr); }

std::string to_fts_query(const std::string& query, const PrefixExpander& expand) {
    std::vector<std::string> parts;
    bool pending_or = false;
    std::size_t i = 0;
    while (i < query.size()) {
        unsigned char c = static_cast<unsigned char>(query[i]);
        if (c == '"') {
            std::size_t close = query.find('"', i + 1);
            if (close == std::string::npos) throw bad_input("search: unclosed quote in '" + query + "'");
            std::string phrase;
            for (char p : query.substr(i + 1, close - i - 1)) phrase += word_char(static_cast<unsigned char>(p)) ? p : ' ';
            if (phrase.find_first_not_of(' ') != std::string::npos) {
                if (pending_or && !parts.empty()) parts.back() += " OR " + quoted(phrase);
                else parts.push_back(quoted(phrase));
            }
            pending_or = false;
            i = close + 1;
        } else if (word_char(c)) {
            std::size_t start = i;
            while (i < query.size() && word_char(static_cast<unsigned char>(query[i]))) ++i;
            std::string word = query.substr(start, i - start);
            bool prefix = i < query.size() && query[i] == '*';
            if (prefix) ++i;
            if (word == "OR" && !parts.empty()) {
                pending_or = true;
                continue;
            }
            std::string term = quoted(word) + (prefix ? "*" : "");
            if (prefix && expand) {
                const std::string folded = fold_search_word(word);
                if (auto words = expand(folded)) {
                    term = quoted(word);
                    for (const auto& w : *words)
                        if (w != folded) term += " OR " + quoted(w);
                    if (!words->empty()) term = "(" + term + ")";
                }
            }
            if (pending_or && !parts.empty()) parts.back() += " OR " + term;
            else parts.push_back(term);
            pending_or = false;
        } else {
            ++i;
        }
    }
    if (parts.empty()) throw bad_input("search: no words to search for in '" + query + "'");
    std::string out;
    for (const auto& p : parts) out += (out.empty() ? "" : " AND ") + ("(" + p + ")");
    return out;
}

}  // namespace model
