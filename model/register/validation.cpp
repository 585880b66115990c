// SPDX-License-Identifier: MIT
#include "model/register/validation.h"

#include "model/core/error.h"

#include <algorithm>

namespace model {

std::string trimmed(const std::string& text) {
    const char* ws = " \t\r\n";
    auto first = text.find_first_not_of(ws);
    if (first == std::string::npos) return "";
    return text.substr(first, text.find_last_not_of(ws) - first + 1);
}

std::string require_text(const std::string& field, const std::string& text) {
    std::string t = trimmed(text);
    if (t.empty()) throw bad_input(field + " must not be empty");
    return t;
}

void require_date(const std::string& field, Date date) {
    if (!date.valid()) throw bad_input(field + " is missing or not a valid date");
}

void require_one_of(const std::string& field, const std::string& value, const std::vector<std::string>& allowed) {
    if (std::find(allowed.begin(), allowed.end(), value) != allowed.end()) return;
    std::string list;
    for (std::size_t i = 0; i < allowed.size(); ++i)
        list += (i == 0 ? "" : i + 1 == allowed.size() ? " or " : ", ") + allowed[i];
    throw bad_input("unknown " + field + " '" + value + "' (expected " + list + ")");
}

}  // namespace model
