// SPDX-License-Identifier: MIT
#include "learning_format.h"

#include "format.h"

#include <wx/intl.h>

#include <algorithm>

namespace gui {

wxString FindingKindLabel(model::FindingKind kind) {
    switch (kind) {
        case model::FindingKind::Systemic: return _("Systemic");
        case model::FindingKind::GoodPractice: return _("Good practice");
    }
    return wxString();
}

wxString RecommendationTypeLabel(model::RecommendationType type) {
    switch (type) {
        case model::RecommendationType::Procedure: return _("Procedure");
        case model::RecommendationType::Training: return _("Training");
        case model::RecommendationType::Supervision: return _("Supervision");
        case model::RecommendationType::Other: return _("Other");
    }
    return wxString();
}

wxString DecisionLabel(model::ResponseDecision decision) {
    switch (decision) {
        case model::ResponseDecision::Accepted: return _("Accepted");
        case model::ResponseDecision::AcceptedInPart: return _("Accepted in part");
        case model::ResponseDecision::NotAccepted: return _("Not accepted");
    }
    return wxString();
}

wxString ActionStatusLabel(model::ActionStatus status) {
    switch (status) {
        case model::ActionStatus::Agreed: return _("Agreed");
        case model::ActionStatus::Ratified: return _("Ratified by all agencies");
        case model::ActionStatus::Implemented: return _("Implemented");
        case model::ActionStatus::EffectivenessReviewed: return _("Effectiveness reviewed");
        case model::ActionStatus::Closed: return _("Closed");
    }
    return wxString();
}

wxString RagLabel(model::Rag rag) {
    switch (rag) {
        case model::Rag::Red: return _("Red");
        case model::Rag::Amber: return _("Amber");
        case model::Rag::Green: return _("Green");
        case model::Rag::Grey: return _("Closed");
    }
    return wxString();
}

wxString EvidenceKindLabel(model::EvidenceKind kind) {
    switch (kind) {
        case model::EvidenceKind::ReAudit: return _("Re-audit");
        case model::EvidenceKind::OutcomeMeasure: return _("Outcome measure");
        case model::EvidenceKind::PractitionerFeedback: return _("Practitioner feedback");
    }
    return wxString();
}

wxString AlertKindLabel(const std::string& kind) {
    if (kind == "action-overdue") return _("Action past due");
    if (kind == "effect-not-checked") return _("Effect never checked");
    if (kind == "recommendation-without-action") return _("No action agreed");
    return Humanise(kind);
}

const std::vector<model::FindingKind>& AllFindingKinds() {
    static const std::vector<model::FindingKind> all = {model::FindingKind::Systemic, model::FindingKind::GoodPractice};
    return all;
}

const std::vector<model::RecommendationType>& AllRecommendationTypes() {
    static const std::vector<model::RecommendationType> all = {
        model::RecommendationType::Procedure, model::RecommendationType::Training,
        model::RecommendationType::Supervision, model::RecommendationType::Other};
    return all;
}

const std::vector<model::ResponseDecision>& AllDecisions() {
    static const std::vector<model::ResponseDecision> all = {
        model::ResponseDecision::Accepted, model::ResponseDecision::AcceptedInPart, model::ResponseDecision::NotAccepted};
    return all;
}

const std::vector<model::ActionStatus>& AllActionStatuses() {
    static const std::vector<model::ActionStatus> all = {
        model::ActionStatus::Agreed, model::ActionStatus::Ratified, model::ActionStatus::Implemented,
        model::ActionStatus::EffectivenessReviewed, model::ActionStatus::Closed};
    return all;
}

const std::vector<model::Rag>& AllRags() {
    static const std::vector<model::Rag> all = {model::Rag::Red, model::Rag::Amber, model::Rag::Green,
                                                model::Rag::Grey};
    return all;
}

const std::vector<model::EvidenceKind>& AllEvidenceKinds() {
    static const std::vector<model::EvidenceKind> all = {model::EvidenceKind::ReAudit,
                                                         model::EvidenceKind::OutcomeMeasure,
                                                         model::EvidenceKind::PractitionerFeedback};
    return all;
}

std::optional<model::ActionStatus> NextStatus(model::ActionStatus status) {
    const auto& all = AllActionStatuses();
    auto it = std::find(all.begin(), all.end(), status);
    if (it == all.end() || it + 1 == all.end()) return std::nullopt;
    return *(it + 1);
}

RagColours ColoursFor(model::Rag rag) {
    switch (rag) {
        case model::Rag::Red: return {wxColour(0xFB, 0xE0, 0xDE), wxColour(0x8E, 0x1B, 0x16), wxColour(0xC6, 0x28, 0x28)};
        case model::Rag::Amber: return {wxColour(0xFD, 0xEF, 0xC8), wxColour(0x6E, 0x47, 0x00), wxColour(0xE8, 0x9B, 0x00)};
        case model::Rag::Green: return {wxColour(0xDF, 0xF1, 0xE2), wxColour(0x1C, 0x5A, 0x2B), wxColour(0x2E, 0x8B, 0x3E)};
        case model::Rag::Grey: return {wxColour(0xEC, 0xEF, 0xEC), wxColour(0x3B, 0x4A, 0x3E), wxColour(0x8A, 0x8F, 0x8A)};
    }
    return {wxColour(255, 255, 255), wxColour(0, 0, 0), wxColour(0, 0, 0)};
}

RagColours AlertColours(const std::string& kind) {
    return ColoursFor(kind == "action-overdue" ? model::Rag::Red : model::Rag::Amber);
}

wxString MixText(const model::RecommendationMix& mix) {
    if (mix.total == 0) return _("No recommendations yet.");
    wxString text = wxString::Format(wxPLURAL("%d recommendation", "%d recommendations", mix.total), mix.total);
    text += wxString::Format(_(": %d procedure, %d training, %d supervision, %d other."), mix.procedure,
                             mix.training, mix.supervision, mix.other);
    if (mix.total >= 3 && mix.supervision == 0)
        text += " " + _("None is about supervision.");
    else if (mix.total >= 3 && mix.procedure * 2 > mix.total)
        text += " " + _("Mostly procedure.");
    return text;
}

wxString RecNumber(int number) { return wxString::Format("R%d", number); }

wxString FindingNumber(int number) { return wxString::Format("F%d", number); }

wxString FindingNumbers(const std::vector<std::int64_t>& ids, const std::vector<model::Finding>& findings) {
    wxString out;
    for (std::int64_t id : ids) {
        if (!out.empty()) out += ", ";
        auto it = std::find_if(findings.begin(), findings.end(), [id](const model::Finding& f) { return f.id == id; });
        out += it != findings.end() ? FindingNumber(it->number) : wxString::Format("#%lld", static_cast<long long>(id));
    }
    return out.empty() ? kNone : out;
}

}  // namespace gui
