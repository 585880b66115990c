// SPDX-License-Identifier: MIT
#include "args.h"

#include "model/core/error.h"

namespace cli {

Args::Args(const std::string& verb, const std::vector<std::string>& words, std::set<std::string> flags,
           std::set<std::string> options)
    : m_verb(verb) {
    for (std::size_t i = 0; i < words.size(); ++i) {
        const std::string& w = words[i];
        const bool long_option = w.size() >= 3 && w.compare(0, 2, "--") == 0;
        const bool short_option = w.size() == 2 && w[0] == '-' && (flags.count(w) || options.count(w));
        if (!long_option && !short_option) {
            m_positional.push_back(w);  // includes negative numbers such as -5
            continue;
        }
        std::string name = w, value;
        bool inline_value = false;
        if (auto eq = w.find('='); eq != std::string::npos) {
            name = w.substr(0, eq);
            value = w.substr(eq + 1);
            inline_value = true;
        }
        if (flags.count(name) && !inline_value) {
            m_flags.insert(name);
        } else if (options.count(name)) {
            if (!inline_value) {
                if (i + 1 >= words.size()) throw model::bad_input(verb + ": " + name + " needs a value");
                value = words[++i];
            }
            m_options.emplace(name, value);
        } else {
            throw model::bad_input(verb + ": unknown option '" + name + "'");
        }
    }
}

std::optional<std::string> Args::get(const std::string& name) const {
    auto range = m_options.equal_range(name);
    if (range.first == range.second) return std::nullopt;
    return std::prev(range.second)->second;  // the last one wins
}

std::vector<std::string> Args::all(const std::string& name) const {
    std::vector<std::string> out;
    auto range = m_options.equal_range(name);
    for (auto it = range.first; it != range.second; ++it) out.push_back(it->second);
    return out;
}

std::string Args::required(const std::string& name) const {
    auto v = get(name);
    if (!v) throw model::bad_input(m_verb + ": " + name + " is required");
    return *v;
}

std::optional<model::Date> Args::date(const std::string& name) const {
    auto v = get(name);
    if (!v) return std::nullopt;
    auto d = model::Date::try_parse_iso(*v);
    if (!d) throw model::bad_input(m_verb + ": " + name + ": invalid date '" + *v + "' (expected YYYY-MM-DD)");
    return d;
}

model::Date Args::required_date(const std::string& name) const {
    required(name);
    return *date(name);
}

const std::string& Args::positional(std::size_t index, const char* what) const {
    if (index >= m_positional.size()) throw model::bad_input(m_verb + ": missing " + what);
    return m_positional[index];
}

void Args::expect_positionals(std::size_t count) const {
    if (m_positional.size() > count)
        throw model::bad_input(m_verb + ": unexpected argument '" + m_positional[count] + "'");
}

}  // namespace cli
