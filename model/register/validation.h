// SPDX-License-Identifier: MIT
// Internal to model/register: checks shared by the commands. Each throws model::Error (BadInput)
// naming the field and the value.
#pragma once
#include "model/core/date.h"

#include <string>
#include <vector>

namespace model {

std::string trimmed(const std::string& text);
/// @return the trimmed text. @throws BadInput `title must not be empty`.
std::string require_text(const std::string& field, const std::string& text);
void require_date(const std::string& field, Date date);
/// @throws BadInput `unknown proceeding 'x' (expected police, …)`.
void require_one_of(const std::string& field, const std::string& value, const std::vector<std::string>& allowed);

}  // namespace model
