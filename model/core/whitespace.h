// SPDX-License-Identifier: MIT
#pragma once
#include <string>
#include <string_view>

namespace model {

/// Runs of whitespace as one space, trimmed: XML definitions and templates wrap long text over lines.
std::string collapse_whitespace(std::string_view text);

}  // namespace model
