// SPDX-License-Identifier: MIT
#pragma once
#include "model/calendar/duration.h"

#include <string>
#include <vector>

namespace model {

/// One stage of a lifecycle pathway, e.g. "decision" or "terms-of-reference".
struct StageDef {
    std::string id;
    std::string name;
    std::string description;
    bool optional = false;       ///< may be skipped: later stages can complete without it
    bool requires_note = false;  ///< completing it needs a note (e.g. the rationale of a decision)
};

/// What starts a clock: a date kept on the review ("aware", "planned-publication") or the completion
/// of a stage.
struct ClockAnchor {
    enum class Kind { ReviewDate, Stage };
    Kind kind = Kind::ReviewDate;
    std::string id;  ///< "aware" / "planned-publication" for ReviewDate; a stage id for Stage
};

/// A timescale with its defaults. Every figure is data, with its origin noted, never a constant.
struct ClockDef {
    std::string id;
    std::string name;
    ClockAnchor start;
    Duration duration;            ///< e.g. 15 working days, 6 months
    bool before = false;          ///< due = start - duration (a notice due before an event)
    std::string end_stage;        ///< the stage whose completion meets the clock (defaults to id)
    Duration amber;               ///< "due soon" when this close to the due date
    bool pausable = false;        ///< holds for parallel proceedings extend it
    std::string owner_role;       ///< who answers for it, e.g. "business-manager", "lead-reviewer"
    std::string origin;           ///< where the default comes from (statutory guidance, a source document)
};

/// A lifecycle pathway (CSPR, SCR, rapid inquiry → LLI, …), loaded from an XML definition.
struct Pathway {
    std::string id;
    std::string name;
    std::string jurisdiction;
    std::string description;
    std::vector<StageDef> stages;  ///< in order
    std::vector<ClockDef> clocks;
    std::string source_file;

    const StageDef* find_stage(const std::string& stage_id) const;
    /// Position in `stages`, or -1.
    int stage_index(const std::string& stage_id) const;
    const ClockDef* find_clock(const std::string& clock_id) const;
};

}  // namespace model
