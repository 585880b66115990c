// SPDX-License-Identifier: MIT
// The small parsing every verb needs: sub-command words, whole numbers and ids, each refused with
// the verb, the option and the value named.
#pragma once
#include "context.h"

#include <cstdint>
#include <string>

namespace cli {

/// The words after the sub-command.
Words rest(const Words& words);
/// @throws BadInput "WHAT: 'TEXT' is not a whole number".
int parse_int(const std::string& what, const std::string& text);
/// A positive row id. @throws BadInput "WHAT: 'TEXT' is not NOUN" (e.g. "an entry id").
std::int64_t parse_id(const std::string& what, const std::string& text, const char* noun = "an id");

}  // namespace cli
