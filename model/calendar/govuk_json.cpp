// SPDX-License-Identifier: MIT
// Import of GOV.UK's bank-holidays.json (https://www.gov.uk/bank-holidays.json).
#include "model/calendar/bank_holiday.h"

#include "model/core/error.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstddef>
#include <string_view>

namespace model {
namespace {

using nlohmann::json;

constexpr std::size_t kMaxBytes = 8u * 1024u * 1024u;

int line_at(const std::string& text, std::size_t offset) {
    offset = std::min(offset, text.size());
    return 1 + static_cast<int>(std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(offset), '\n'));
}

/// A value shown in a one-line message: control characters escaped, long values cut short.
std::string printable(std::string_view s, std::size_t max = 60) {
    std::string out;
    for (char c : s) {
        if (out.size() >= max) {
            out += "...";
            break;
        }
        if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f)
            out += ' ';
        else
            out += c;
    }
    return out;
}

std::string describe_value(const json& v) {
    if (v.is_string()) return "string '" + printable(v.get_ref<const std::string&>()) + "'";
    std::string dumped = v.dump(-1, ' ', false, json::error_handler_t::replace);
    return std::string(v.type_name()) + " " + printable(dumped);
}

/// Finds the line of a value by a path of keys and array indices, walking the text itself; the text
/// is known to be valid JSON, so the scan only has to skip strings and balance brackets. Used only
/// when reporting an error, so it may take linear time per lookup.
class Locator {
public:
    struct Step {
        std::string_view key;
        long index = -1;  // >= 0: an array index; else an object key
    };

    explicit Locator(const std::string& text) : m_text(text) {}

    /// 1-based line of the value at `path`, or 0 when it cannot be found.
    int line_of(std::initializer_list<Step> path) const {
        std::size_t p = 0;
        if (m_text.compare(0, 3, "\xEF\xBB\xBF") == 0) p = 3;  // UTF-8 BOM, as nlohmann skips it
        skip_ws(p);
        for (const Step& step : path) {
            if (step.index >= 0 ? !enter_index(p, static_cast<std::size_t>(step.index)) : !enter_key(p, step.key))
                return 0;
            skip_ws(p);
        }
        return line_at(m_text, p);
    }

private:
    char at(std::size_t p) const { return p < m_text.size() ? m_text[p] : '\0'; }

    void skip_ws(std::size_t& p) const {
        while (p < m_text.size() && (m_text[p] == ' ' || m_text[p] == '\t' || m_text[p] == '\n' || m_text[p] == '\r'))
            ++p;
    }

    // p at the opening quote; leaves p after the closing quote.
    void skip_string(std::size_t& p) const {
        ++p;
        while (p < m_text.size() && m_text[p] != '"') p += (m_text[p] == '\\') ? 2 : 1;
        ++p;
    }

    void skip_value(std::size_t& p) const {
        char c = at(p);
        if (c == '"') {
            skip_string(p);
        } else if (c == '{' || c == '[') {
            int depth = 0;
            while (p < m_text.size()) {
                char d = m_text[p];
                if (d == '"') {
                    skip_string(p);
                    continue;
                }
                if (d == '{' || d == '[') ++depth;
                if (d == '}' || d == ']') {
                    if (--depth == 0) {
                        ++p;
                        return;
                    }
                }
                ++p;
            }
        } else {
            while (p < m_text.size() && std::string_view(",}] \t\r\n").find(m_text[p]) == std::string_view::npos) ++p;
        }
    }

    // p at '{'; on success leaves p at the value of the last member named `key` (nlohmann keeps the last).
    bool enter_key(std::size_t& p, std::string_view key) const {
        if (at(p) != '{') return false;
        ++p;
        std::size_t found = std::string::npos;
        for (;;) {
            skip_ws(p);
            if (at(p) != '"') return false;
            std::size_t start = p + 1;
            skip_string(p);
            std::string_view name(m_text.data() + start, p - 1 - start);
            skip_ws(p);
            if (at(p) != ':') return false;
            ++p;
            skip_ws(p);
            if (name == key) found = p;
            skip_value(p);
            skip_ws(p);
            if (at(p) != ',') break;
            ++p;
        }
        if (found == std::string::npos) return false;
        p = found;
        return true;
    }

    // p at '['; on success leaves p at element `index`.
    bool enter_index(std::size_t& p, std::size_t index) const {
        if (at(p) != '[') return false;
        ++p;
        for (std::size_t i = 0;; ++i) {
            skip_ws(p);
            if (at(p) == ']' || p >= m_text.size()) return false;
            if (i == index) return true;
            skip_value(p);
            skip_ws(p);
            if (at(p) != ',') return false;
            ++p;
        }
    }

    const std::string& m_text;
};

std::string json_error_reason(const std::exception& e) {
    std::string what = e.what();
    // "[json.exception.parse_error.101] parse error at line 3, column 5: syntax error while ..."
    auto at_pos = what.find("parse error");
    if (at_pos != std::string::npos) {
        auto colon = what.find(": ", at_pos);
        if (colon != std::string::npos) return printable(what.substr(colon + 2), 160);
    } else if (auto bracket = what.find("] "); bracket != std::string::npos) {
        return printable(what.substr(bracket + 2), 160);
    }
    return printable(what, 160);
}

}  // namespace

HolidaySet parse_govuk_bank_holidays(const std::string& json_text, const std::string& source_name) {
    if (json_text.size() > kMaxBytes)
        throw bad_input(source_name + ": file is too large (" + std::to_string(json_text.size()) +
                        " bytes; bank holiday files are limited to 8 MiB)");

    json doc;
    try {
        doc = json::parse(json_text);
    } catch (const json::parse_error& e) {
        std::size_t offset = e.byte > 0 ? e.byte - 1 : 0;
        throw bad_input(source_name + ":" + std::to_string(line_at(json_text, offset)) + ": invalid JSON (" +
                        json_error_reason(e) + ")");
    } catch (const json::exception& e) {
        throw bad_input(source_name + ": invalid JSON (" + json_error_reason(e) + ")");
    }

    const Locator locator(json_text);
    using Step = Locator::Step;
    auto fail = [&](int line, const std::string& message) -> Error {
        return bad_input(source_name + (line > 0 ? ":" + std::to_string(line) : std::string()) + ": " + message);
    };

    if (!doc.is_object())
        throw fail(locator.line_of({}), "expected an object of divisions (england-and-wales, scotland, "
                                        "northern-ireland), not " + describe_value(doc));

    HolidaySet result;
    for (const auto& [key, division] : doc.items()) {
        auto region = try_parse_region(key);
        if (!region)
            throw fail(locator.line_of({Step{key}}),
                       "unknown division '" + printable(key) +
                           "' (expected england-and-wales, scotland or northern-ireland)");
        if (!division.is_object())
            throw fail(locator.line_of({Step{key}}), key + ": expected an object with 'events', not " +
                                                         describe_value(division));
        if (auto d = division.find("division"); d != division.end()) {
            if (!d->is_string() || d->get_ref<const std::string&>() != key)
                throw fail(locator.line_of({Step{key}, Step{"division"}}),
                           key + ": 'division' should be \"" + key + "\", not " + describe_value(*d));
        }
        auto events = division.find("events");
        if (events == division.end()) throw fail(locator.line_of({Step{key}}), key + ": missing 'events' array");
        if (!events->is_array())
            throw fail(locator.line_of({Step{key}, Step{"events"}}),
                       key + ": 'events' should be an array, not " + describe_value(*events));

        std::vector<BankHoliday>& list = result[*region];
        list.reserve(events->size());
        long index = 0;
        for (const json& event : *events) {
            const std::string where = key + " event " + std::to_string(index + 1);
            auto line_of_member = [&](std::string_view member) {
                int line = locator.line_of({Step{key}, Step{"events"}, Step{{}, index}, Step{member}});
                return line > 0 ? line : locator.line_of({Step{key}, Step{"events"}, Step{{}, index}});
            };
            if (!event.is_object())
                throw fail(locator.line_of({Step{key}, Step{"events"}, Step{{}, index}}),
                           where + ": expected an object with 'title' and 'date', not " + describe_value(event));

            BankHoliday holiday;
            auto title = event.find("title");
            if (title == event.end()) throw fail(line_of_member("title"), where + ": missing 'title'");
            if (!title->is_string())
                throw fail(line_of_member("title"), where + ": 'title' should be a string, not " + describe_value(*title));
            holiday.title = title->get<std::string>();

            auto date = event.find("date");
            if (date == event.end()) throw fail(line_of_member("date"), where + ": missing 'date'");
            if (!date->is_string())
                throw fail(line_of_member("date"), where + ": 'date' should be a string, not " + describe_value(*date));
            const auto& date_text = date->get_ref<const std::string&>();
            auto parsed = Date::try_parse_iso(date_text);
            if (!parsed)
                throw fail(line_of_member("date"), where + ": invalid date '" + printable(date_text) + "' (expected YYYY-MM-DD)");
            holiday.date = *parsed;

            if (auto notes = event.find("notes"); notes != event.end() && !notes->is_null()) {
                if (!notes->is_string())
                    throw fail(line_of_member("notes"), where + ": 'notes' should be a string, not " + describe_value(*notes));
                holiday.notes = notes->get<std::string>();
            }
            if (auto bunting = event.find("bunting"); bunting != event.end() && !bunting->is_null()) {
                if (!bunting->is_boolean())
                    throw fail(line_of_member("bunting"),
                               where + ": 'bunting' should be true or false, not " + describe_value(*bunting));
                holiday.bunting = bunting->get<bool>();
            }
            list.push_back(std::move(holiday));
            ++index;
        }
        std::stable_sort(list.begin(), list.end(), [](const BankHoliday& a, const BankHoliday& b) { return a.date < b.date; });
    }
    return result;
}

}  // namespace model
