// SPDX-License-Identifier: MIT
// The words each learning enum is written as, in the database, the CLI and JSON.
#include "model/core/error.h"
#include "model/learning/action.h"
#include "model/learning/finding.h"
#include "model/learning/recommendation.h"

#include <array>
#include <utility>

namespace model {
namespace {

template <typename E, std::size_t N>
std::string name_of(E value, const std::array<std::pair<E, const char*>, N>& names) {
    for (const auto& [v, n] : names)
        if (v == value) return n;
    return "";
}

template <typename E, std::size_t N>
E value_of(const std::string& text, const std::array<std::pair<E, const char*>, N>& names, const char* what) {
    for (const auto& [v, n] : names)
        if (text == n) return v;
    std::string expected;
    for (const auto& [v, n] : names) expected += (expected.empty() ? "" : ", ") + std::string(n);
    throw bad_input(std::string("unknown ") + what + " '" + text + "' (expected " + expected + ")");
}

const std::array<std::pair<FindingKind, const char*>, 2> kKinds{{
    {FindingKind::Systemic, "systemic"}, {FindingKind::GoodPractice, "good-practice"}}};
const std::array<std::pair<RecommendationType, const char*>, 4> kTypes{{
    {RecommendationType::Procedure, "procedure"}, {RecommendationType::Training, "training"},
    {RecommendationType::Supervision, "supervision"}, {RecommendationType::Other, "other"}}};
const std::array<std::pair<ResponseDecision, const char*>, 3> kDecisions{{
    {ResponseDecision::Accepted, "accepted"}, {ResponseDecision::AcceptedInPart, "accepted-in-part"},
    {ResponseDecision::NotAccepted, "not-accepted"}}};
const std::array<std::pair<ActionStatus, const char*>, 5> kStatuses{{
    {ActionStatus::Agreed, "agreed"}, {ActionStatus::Ratified, "ratified"},
    {ActionStatus::Implemented, "implemented"}, {ActionStatus::EffectivenessReviewed, "effectiveness-reviewed"},
    {ActionStatus::Closed, "closed"}}};
const std::array<std::pair<Rag, const char*>, 4> kRags{{
    {Rag::Red, "red"}, {Rag::Amber, "amber"}, {Rag::Green, "green"}, {Rag::Grey, "grey"}}};
const std::array<std::pair<EvidenceKind, const char*>, 3> kEvidence{{
    {EvidenceKind::ReAudit, "re-audit"}, {EvidenceKind::OutcomeMeasure, "outcome-measure"},
    {EvidenceKind::PractitionerFeedback, "practitioner-feedback"}}};

}  // namespace

std::string to_string(FindingKind kind) { return name_of(kind, kKinds); }
FindingKind finding_kind_from(const std::string& text) { return value_of(text, kKinds, "finding kind"); }
std::string to_string(RecommendationType type) { return name_of(type, kTypes); }
RecommendationType recommendation_type_from(const std::string& text) {
    return value_of(text, kTypes, "recommendation type");
}
std::string to_string(ResponseDecision decision) { return name_of(decision, kDecisions); }
ResponseDecision response_decision_from(const std::string& text) { return value_of(text, kDecisions, "decision"); }
std::string decision_label(ResponseDecision decision) {
    switch (decision) {
    case ResponseDecision::Accepted: return "Accepted";
    case ResponseDecision::AcceptedInPart: return "Accepted in part";
    case ResponseDecision::NotAccepted: return "Not accepted";
    }
    return "";
}
std::string to_string(ActionStatus status) { return name_of(status, kStatuses); }
ActionStatus action_status_from(const std::string& text) { return value_of(text, kStatuses, "action status"); }
std::string to_string(Rag rag) { return name_of(rag, kRags); }
Rag rag_from(const std::string& text) { return value_of(text, kRags, "RAG"); }
std::string to_string(EvidenceKind kind) { return name_of(kind, kEvidence); }
EvidenceKind evidence_kind_from(const std::string& text) { return value_of(text, kEvidence, "evidence kind"); }

}  // namespace model
