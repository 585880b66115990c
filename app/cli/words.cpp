// SPDX-License-Identifier: MIT
#include "words.h"

#include "model/core/error.h"

namespace cli {
namespace {

/// The whole of `text` as a number, or nullopt (no partial "12abc", no overflow).
std::optional<long long> whole_number(const std::string& text) {
    std::size_t used = 0;
    long long value = 0;
    try {
        value = std::stoll(text, &used);
    } catch (const std::exception&) {
        return std::nullopt;
    }
    if (used == 0 || used != text.size()) return std::nullopt;
    return value;
}

}  // namespace

Words rest(const Words& words) { return Words(words.begin() + 1, words.end()); }

int parse_int(const std::string& what, const std::string& text) {
    const auto v = whole_number(text);
    if (!v || *v < INT32_MIN || *v > INT32_MAX) throw model::bad_input(what + ": '" + text + "' is not a whole number");
    return int(*v);
}

std::int64_t parse_id(const std::string& what, const std::string& text, const char* noun) {
    const auto v = whole_number(text);
    if (!v || *v <= 0) throw model::bad_input(what + ": '" + text + "' is not " + noun);
    return *v;
}

}  // namespace cli
