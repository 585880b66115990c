// SPDX-License-Identifier: MIT
// Internal to model/casefile: text that XML can carry (what it cannot carry is written as base64).
#pragma once
#include "model/core/base64.h"

#include <optional>
#include <string>
#include <string_view>

namespace model::casefile {

/// True when `text` is valid UTF-8 made only of characters XML 1.0 allows (no NUL, no other C0
/// controls than tab, newline and carriage return, no U+FFFE/U+FFFF, no surrogates). Anything else
/// (a stray control character pasted from a spreadsheet, Latin-1 bytes) is written as base64 so
/// the round trip stays lossless.
bool is_xml_text(std::string_view text);


}  // namespace model::casefile
