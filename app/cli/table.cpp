// SPDX-License-Identifier: MIT
#include "table.h"

#include <algorithm>
#include <cctype>
#include <ostream>

namespace cli {
namespace {

// Columns are measured in characters, not bytes, so "’" and "—" do not break alignment.
std::size_t display_width(const std::string& s) {
    return std::size_t(std::count_if(s.begin(), s.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

}  // namespace

void Table::print(std::ostream& out) const {
    std::vector<std::size_t> width;
    for (const auto& row : m_rows)
        for (std::size_t i = 0; i < row.size(); ++i) {
            if (width.size() <= i) width.push_back(0);
            width[i] = std::max(width[i], display_width(row[i]));
        }
    for (const auto& row : m_rows) {
        std::string line;
        for (std::size_t i = 0; i < row.size(); ++i) {
            line += row[i];
            if (i + 1 < row.size()) line += std::string(width[i] - display_width(row[i]) + 2, ' ');
        }
        out << line << '\n';
    }
}

std::string owner_text(const std::string& owner, const std::string& role) {
    if (!owner.empty() || role.empty()) return owner;
    std::string r = role;
    std::replace(r.begin(), r.end(), '-', ' ');
    r[0] = char(std::toupper(static_cast<unsigned char>(r[0])));
    return r + " (not appointed)";
}

}  // namespace cli
