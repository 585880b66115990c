// SPDX-License-Identifier: MIT
// The JSON shapes of the learning verbs (docs/cli.md, "Findings, recommendations, actions"). Field
// names are a contract: add, never rename.
#pragma once
#include "model/learning/learning.h"

#include <nlohmann/json.hpp>

namespace cli {

nlohmann::json to_json(const model::Finding& finding);
nlohmann::json to_json(const model::QualityWarning& warning);
/// `response`: {decision, text, date, recorded_by} or null.
nlohmann::json to_json(const model::Recommendation& recommendation);
/// The board's response: {decision, text, date, recorded_by}.
nlohmann::json to_json(const model::RecommendationResponse& response);
nlohmann::json to_json(const model::RecommendationMix& mix);
/// `actions`: {id, review, agency, owner, due, status, rag, …}.
nlohmann::json to_json(const model::ActionRow& row);
/// `action show`: the action with its history and evidence.
nlohmann::json to_json(const model::Action& action);
nlohmann::json to_json(const model::ImpactEvidence& evidence);
nlohmann::json to_json(const model::Challenge& challenge);
nlohmann::json to_json(const model::LearningEvent& event);
nlohmann::json to_json(const model::RecurringTheme& theme);
nlohmann::json to_json(const model::RecommendationCluster& cluster);
nlohmann::json to_json(const model::LearningAlert& alert);
/// A learning alert as a record of the `alerts` verb: the clock alerts' fields (review, clock, due,
/// status "overdue", days_late) plus kind and message.
nlohmann::json alert_record(const model::LearningAlert& alert);

}  // namespace cli
