// SPDX-License-Identifier: MIT
// The JSON shapes of docs/CLI.md. Field names are a contract: add, never rename.
#pragma once
#include "model/clocks/clock_state.h"
#include "model/pathway/pathway.h"
#include "model/register/audit_entry.h"
#include "model/register/review.h"

#include <nlohmann/json.hpp>

namespace cli {

nlohmann::json to_json(const model::Pathway& pathway);
nlohmann::json to_json(const model::ReviewSummary& review);
nlohmann::json to_json(const model::ClockState& clock);
nlohmann::json to_json(const model::AuditEntry& entry);
/// `review show`: the review, every pathway stage with its completion, holds, clocks, people, …
nlohmann::json review_detail(const model::Review& review, const model::Pathway& pathway,
                             const model::ClockReport& clocks);

/// Prints one JSON document on stdout.
void print_json(const nlohmann::json& document);

}  // namespace cli
