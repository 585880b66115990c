// SPDX-License-Identifier: MIT
// The words and colours the learning views (findings, recommendations, actions board, board
// assurance) put on model data. Kept apart from format.h, as chronology_format.h is, so each area's
// wording can change on its own.
#pragma once
#include "model/learning/learning.h"

#include <wx/colour.h>
#include <wx/string.h>

#include <vector>

namespace gui {

/// "Systemic", "Good practice".
wxString FindingKindLabel(model::FindingKind kind);
/// "Procedure", "Training", "Supervision", "Other".
wxString RecommendationTypeLabel(model::RecommendationType type);
/// "Accepted", "Accepted in part", "Not accepted".
wxString DecisionLabel(model::ResponseDecision decision);
/// "Agreed", "Ratified by all agencies", "Implemented", "Effectiveness reviewed", "Closed".
wxString ActionStatusLabel(model::ActionStatus status);
/// "Red", "Amber", "Green", "Closed" (grey).
wxString RagLabel(model::Rag rag);
/// "Re-audit", "Outcome measure", "Practitioner feedback".
wxString EvidenceKindLabel(model::EvidenceKind kind);
/// "Action past due", "Effect never checked", "No action agreed"; the kind itself when unknown.
wxString AlertKindLabel(const std::string& kind);

/// Every value, in lifecycle / display order, for choices and filters.
const std::vector<model::FindingKind>& AllFindingKinds();
const std::vector<model::RecommendationType>& AllRecommendationTypes();
const std::vector<model::ResponseDecision>& AllDecisions();
const std::vector<model::ActionStatus>& AllActionStatuses();
const std::vector<model::Rag>& AllRags();
const std::vector<model::EvidenceKind>& AllEvidenceKinds();

/// The step after `status`, or nothing for a closed action.
std::optional<model::ActionStatus> NextStatus(model::ActionStatus status);

/// Pale background and dark text for a RAG, matching the clock colours of the dashboard
/// (red = overdue, amber = due soon, green = on track, grey = met).
struct RagColours {
    wxColour background;
    wxColour text;
    wxColour dot;  ///< a strong tone for a coloured dot or swatch
};
RagColours ColoursFor(model::Rag rag);
/// A learning alert takes the colour of what it means: red for an action past due, amber otherwise.
RagColours AlertColours(const std::string& kind);

/// "7 recommendations: 4 procedure, 2 training, 1 supervision, 0 other", plus a note when
/// supervision is absent or procedure dominates (the sources' criticism of recommendation sets).
wxString MixText(const model::RecommendationMix& mix);
/// "R3", for lists and links: a recommendation's number within its review.
wxString RecNumber(int number);
/// "F2": a finding's number within its review.
wxString FindingNumber(int number);
/// "F1, F3" for a list of finding ids, given the review's findings; unknown ids as "#id".
wxString FindingNumbers(const std::vector<std::int64_t>& ids, const std::vector<model::Finding>& findings);

}  // namespace gui
