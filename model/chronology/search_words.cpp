// SPDX-License-Identifier: MIT
#include "model/chronology/search_words.h"

namespace model {
namespace {

constexpr std::size_t kLongestWord = 64;

// The code point at text[i] and its length in bytes; a malformed byte counts as one (a separator).
std::pair<char32_t, std::size_t> code_point(std::string_view text, std::size_t i) {
    const auto c = static_cast<unsigned char>(text[i]);
    auto cont = [&](std::size_t k) { return static_cast<unsigned char>(text[i + k]) & 0x3F; };
    if (c < 0x80) return {c, 1};
    if (c >= 0xC2 && c <= 0xDF && i + 1 < text.size()) return {char32_t(c & 0x1F) << 6 | cont(1), 2};
    if (c >= 0xE0 && c <= 0xEF && i + 2 < text.size()) return {char32_t(c & 0x0F) << 12 | cont(1) << 6 | cont(2), 3};
    if (c >= 0xF0 && c <= 0xF4 && i + 3 < text.size())
        return {char32_t(c & 0x07) << 18 | cont(1) << 12 | cont(2) << 6 | cont(3), 4};
    return {0, 1};
}

// Letters and digits (ASCII, and any non-ASCII code point outside the punctuation, symbol and space
// blocks a chronology's text actually meets: Latin-1 signs, general punctuation, currency, arrows,
// bullets, quotes, the BOM and non-characters).
bool word_code_point(char32_t cp) {
    if (cp < 0x80) return (cp >= '0' && cp <= '9') || (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z');
    if (cp < 0xC0) return cp == 0xAA || cp == 0xB5 || cp == 0xBA;
    if (cp == 0xD7 || cp == 0xF7) return false;
    if (cp >= 0x2000 && cp <= 0x2BFF) return false;
    if (cp >= 0x3000 && cp <= 0x303F) return false;
    if (cp == 0xFEFF || cp >= 0xFFF0) return false;
    return true;
}

void append_folded(std::string& out, std::string_view bytes, char32_t cp) {
    if (cp >= 'A' && cp <= 'Z') {
        out += static_cast<char>(cp + 32);
    } else if (cp >= 0xC0 && cp <= 0xDE && cp != 0xD7) {
        // Latin-1 capitals: the small letter is 0x20 further on, in the same two-byte range.
        const char32_t lower = cp + 0x20;
        out += static_cast<char>(0xC0 | (lower >> 6));
        out += static_cast<char>(0x80 | (lower & 0x3F));
    } else {
        out += bytes;
    }
}

}  // namespace

void collect_search_words(std::string_view text, SearchWords& words) {
    std::string word;
    bool too_long = false;
    auto flush = [&] {
        if (!word.empty() && !too_long) words.insert(word);
        word.clear();
        too_long = false;
    };
    for (std::size_t i = 0; i < text.size();) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c < 0x80) {  // the common case, without decoding
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) word += static_cast<char>(c);
            else if (c >= 'A' && c <= 'Z') word += static_cast<char>(c + 32);
            else flush();
            ++i;
        } else {
            const auto [cp, length] = code_point(text, i);
            if (word_code_point(cp)) append_folded(word, text.substr(i, length), cp);
            else flush();
            i += length;
        }
        if (word.size() > kLongestWord) {
            too_long = true;
            word.clear();
        }
    }
    flush();
}

std::string fold_search_word(std::string_view text) {
    std::string out;
    for (std::size_t i = 0; i < text.size();) {
        const auto [cp, length] = code_point(text, i);
        append_folded(out, text.substr(i, length), cp);
        i += length;
    }
    return out;
}

}  // namespace model
