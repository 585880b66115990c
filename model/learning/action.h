// SPDX-License-Identifier: MIT
// Actions of an agency's action plan, their lifecycle, RAG, and the evidence of impact.
#pragma once
#include "model/core/date.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace model {

/// The lifecycle, in order. An action moves one step at a time, never backwards:
/// agreed → ratified (by all agencies) → implemented → effectiveness-reviewed → closed.
enum class ActionStatus { Agreed, Ratified, Implemented, EffectivenessReviewed, Closed };

/// "agreed", "ratified", "implemented", "effectiveness-reviewed", "closed".
std::string to_string(ActionStatus status);
/// @throws model::Error (BadInput) `unknown action status 'x' (expected agreed, …)`.
ActionStatus action_status_from(const std::string& text);

/// Red / amber / green as of a date; grey for a closed action (see docs/learning.md):
///  - grey: closed;
///  - green: effectiveness reviewed; or implemented within the last `effect_check_days`; or not
///    implemented and due in more than `amber_days`;
///  - amber: not implemented and due within `amber_days` (or today); or implemented more than
///    `effect_check_days` ago and its effect never reviewed;
///  - red: not implemented and past its due date.
enum class Rag { Red, Amber, Green, Grey };
/// "red", "amber", "green", "grey".
std::string to_string(Rag rag);
/// @throws model::Error (BadInput) `unknown RAG 'x' (expected red, amber, green, grey)`.
Rag rag_from(const std::string& text);

/// The thresholds behind RAG and the learning alerts.
struct RagPolicy {
    int amber_days = 14;         ///< due within this many days → amber
    int effect_check_days = 90;  ///< implemented this long without an effectiveness review → amber + alert
};

/// Kinds of evidence of impact the sources ask boards to hold.
enum class EvidenceKind { ReAudit, OutcomeMeasure, PractitionerFeedback };
/// "re-audit", "outcome-measure", "practitioner-feedback".
std::string to_string(EvidenceKind kind);
/// @throws model::Error (BadInput) `unknown evidence kind 'x' (expected re-audit, …)`.
EvidenceKind evidence_kind_from(const std::string& text);

/// Attached files are kept inside the database, up to this size.
inline constexpr std::size_t kEvidenceFileMaxBytes = 20u * 1024u * 1024u;

struct NewEvidence {
    EvidenceKind kind = EvidenceKind::ReAudit;
    std::string text;              ///< what it shows ("re-audit of 30 cases: 27 compliant"); required
    std::optional<Date> date;      ///< defaults to today
    std::string file_path;         ///< optional file to attach (read capped at kEvidenceFileMaxBytes)
};

/// Evidence of impact recorded against an action. The file's bytes are fetched separately
/// (Learning::evidence_file) so that listings stay light.
struct ImpactEvidence {
    std::int64_t id = 0;
    std::int64_t action_id = 0;
    EvidenceKind kind = EvidenceKind::ReAudit;
    std::string text;
    Date date;
    std::string file_name;   ///< base name; empty when no file is attached
    std::int64_t file_size = 0;
    std::string sha256;      ///< lowercase hex of the file; empty when no file
    std::string recorded_by;
};

/// One step of an action's lifecycle.
struct StatusChange {
    ActionStatus status = ActionStatus::Agreed;
    Date date;
    std::string evidence;  ///< what shows the step was taken (required to close)
    std::string actor;
};

struct NewAction {
    std::string agency;  ///< required
    std::string owner;   ///< required: the person or post accountable
    std::string text;    ///< required
    Date due;            ///< required; not before the recommendation (or agreed) date
    std::optional<Date> agreed;  ///< the date the action was agreed; defaults to today
};

struct Action {
    std::int64_t id = 0;
    std::int64_t recommendation_id = 0;
    std::string review;          ///< review ref
    int recommendation_number = 0;
    std::string agency;
    std::string owner;
    std::string text;
    Date due;
    ActionStatus status = ActionStatus::Agreed;  ///< current (latest) status
    std::vector<StatusChange> history;           ///< oldest first; the first is `agreed`
    std::vector<ImpactEvidence> evidence;        ///< oldest first
};

/// One row of an actions listing as of a date: the status then, and its RAG.
struct ActionRow {
    std::int64_t id = 0;
    std::int64_t recommendation_id = 0;
    std::string review;
    int recommendation_number = 0;
    std::string agency;
    std::string owner;
    std::string text;
    Date due;
    ActionStatus status = ActionStatus::Agreed;  ///< as of the date asked
    Date status_date;                            ///< when it reached that status
    Rag rag = Rag::Green;
    int days_late = 0;  ///< calendar days past due when red, else 0
};

/// Which actions to list; empty fields match everything.
struct ActionFilter {
    std::string review;
    std::string agency;  ///< exact, case-insensitive
    std::optional<ActionStatus> status;
    std::optional<Rag> rag;
};

}  // namespace model
