// SPDX-License-Identifier: MIT
#pragma once
#include <optional>
#include <string>
#include <string_view>

namespace model {

/// The unit a clock counts in. `days_late` and hold extensions are reported in the clock's own unit,
/// except that a month clock reports lateness in calendar days.
enum class DurationUnit { WorkingDays, Days, Months };

/// "working-days", "days", "months".
std::string_view unit_id(DurationUnit unit);
std::optional<DurationUnit> try_parse_unit(std::string_view id);
/// @throws model::Error (BadInput) naming the value and the accepted units.
DurationUnit parse_unit(std::string_view id);

struct Duration {
    int amount = 0;
    DurationUnit unit = DurationUnit::Days;
};

/// "5 working days", "6 months", "1 day".
std::string describe(const Duration& duration);

}  // namespace model
