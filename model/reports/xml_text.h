// SPDX-License-Identifier: MIT
// Internal to model/reports: text safe to put in an XML or HTML file.
#pragma once
#include "model/core/base64.h"

#include <string>
#include <string_view>

namespace model::report {

/// Appends `text` escaped for element content or a double-quoted attribute (& < > " escaped), with
/// what XML 1.0 cannot hold removed: control characters other than tab, newline and carriage return,
/// and bytes that are not valid UTF-8 (replaced by U+FFFD so that a reader sees something was there).
void append_escaped(std::string& out, std::string_view text);
std::string escaped(std::string_view text);


}  // namespace model::report
