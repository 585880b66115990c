// SPDX-License-Identifier: MIT
#include "model/calendar/duration.h"

#include "model/core/error.h"

namespace model {

std::string_view unit_id(DurationUnit unit) {
    switch (unit) {
        case DurationUnit::WorkingDays: return "working-days";
        case DurationUnit::Days: return "days";
        case DurationUnit::Months: return "months";
    }
    return "days";
}

std::optional<DurationUnit> try_parse_unit(std::string_view id) {
    for (DurationUnit u : {DurationUnit::WorkingDays, DurationUnit::Days, DurationUnit::Months})
        if (unit_id(u) == id) return u;
    return std::nullopt;
}

DurationUnit parse_unit(std::string_view id) {
    if (auto u = try_parse_unit(id)) return *u;
    throw bad_input("unknown duration unit '" + std::string(id) + "' (expected working-days, days or months)");
}

std::string describe(const Duration& duration) {
    const bool one = duration.amount == 1 || duration.amount == -1;
    const char* noun = "days";
    switch (duration.unit) {
        case DurationUnit::WorkingDays: noun = one ? "working day" : "working days"; break;
        case DurationUnit::Days: noun = one ? "day" : "days"; break;
        case DurationUnit::Months: noun = one ? "month" : "months"; break;
    }
    return std::to_string(duration.amount) + " " + noun;
}

}  // namespace model
