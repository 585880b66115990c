// SPDX-License-Identifier: MIT
#pragma once
#include <iosfwd>
#include <string>
#include <vector>

namespace cli {

/// Plain aligned columns for people reading a terminal; scripts use --json.
class Table {
public:
    explicit Table(std::vector<std::string> headers) : m_rows{std::move(headers)} {}
    void add(std::vector<std::string> row) { m_rows.push_back(std::move(row)); }
    void print(std::ostream& out) const;

private:
    std::vector<std::vector<std::string>> m_rows;
};

/// "Margaret Ellison", or "Lead reviewer (not appointed)" when nobody holds the role.
std::string owner_text(const std::string& owner, const std::string& role);

}  // namespace cli
