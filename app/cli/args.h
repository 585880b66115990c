// SPDX-License-Identifier: MIT
#pragma once
#include "model/core/date.h"

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace cli {

/// The words after a verb: positionals, `--flag`s and `--option value` (or `--option=value`).
/// Anything not declared is refused with a message naming it, so a typo never passes silently.
class Args {
public:
    /// @throws model::Error (BadInput) for an unknown option or a missing option value.
    Args(const std::string& verb, const std::vector<std::string>& words, std::set<std::string> flags,
         std::set<std::string> options);

    bool flag(const std::string& name) const { return m_flags.count(name) > 0; }
    std::optional<std::string> get(const std::string& name) const;
    std::vector<std::string> all(const std::string& name) const;
    /// @throws BadInput `review add: --title is required`.
    std::string required(const std::string& name) const;
    std::optional<model::Date> date(const std::string& name) const;
    model::Date required_date(const std::string& name) const;

    std::size_t positional_count() const { return m_positional.size(); }
    /// @throws BadInput `stage complete: missing STAGE` when absent.
    const std::string& positional(std::size_t index, const char* what) const;
    /// @throws BadInput when more positionals were given than the verb takes.
    void expect_positionals(std::size_t count) const;

private:
    std::string m_verb;
    std::vector<std::string> m_positional;
    std::set<std::string> m_flags;
    std::multimap<std::string, std::string> m_options;
};

}  // namespace cli
