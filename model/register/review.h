// SPDX-License-Identifier: MIT
#pragma once
#include "model/calendar/region.h"
#include "model/core/date.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace model {

/// A stage of the review's pathway marked done on a date, with an optional note (the rationale of a
/// decision, say).
struct StageCompletion {
    std::string stage_id;
    Date date;
    std::string note;
};

/// A pause for parallel proceedings (police investigation, criminal trial, family court, coroner,
/// DHR, SAR). The sources allow delay "only for exceptional reasons", so a reason is always recorded.
struct Hold {
    std::int64_t id = 0;
    std::string proceeding;  ///< one of proceeding_types()
    std::string reason;
    Date from;
    std::optional<Date> to;  ///< open while empty
    bool covers(Date d) const { return from <= d && (!to || d <= *to); }
};

/// Someone in the review's people register. Published outputs show only the pseudonym.
struct Person {
    std::int64_t id = 0;
    std::string name;
    std::string pseudonym;  ///< "Child A", "Mother", "Practitioner 3"
    std::string role;       ///< "child", "parent", "family-member", "practitioner", …
};

/// Lead reviewer, panel chair, panel member, … with their declaration of independence and interests.
struct Appointment {
    std::int64_t id = 0;
    std::string name;
    std::string role;  ///< one of appointment_roles()
    std::string organisation;
    bool independent = true;
    std::string declaration;  ///< conflicts of interest declared ("none" is a declaration too)
    Date appointed;
};

/// One version of the terms of reference. Versions are never edited, only superseded.
struct TermsOfReference {
    int version = 0;
    std::optional<Date> scope_from;
    std::optional<Date> scope_to;
    std::vector<std::string> key_questions;
    std::string methodology;
    Date agreed;
    std::string recorded_by;
};

/// A row of the review register.
struct ReviewSummary {
    std::string ref;  ///< "CSPR-2025-003"
    std::string pathway_id;
    std::string title;
    std::string child;  ///< the child's pseudonym
    Region region = Region::EnglandAndWales;
    Date aware;  ///< the date the board became aware
    std::optional<Date> planned_publication;
    std::string current_stage;  ///< the next stage to complete; empty when every stage is done
    bool on_hold = false;       ///< has an open hold today
};

/// A review with everything the register keeps about it.
struct Review : ReviewSummary {
    std::vector<StageCompletion> stages;  ///< in pathway order
    std::vector<Hold> holds;              ///< by start date
    std::vector<Person> people;
    std::vector<Appointment> appointments;
    std::vector<TermsOfReference> terms;  ///< every version, oldest first

    const StageCompletion* completion(const std::string& stage_id) const;
    const TermsOfReference* current_terms() const { return terms.empty() ? nullptr : &terms.back(); }
};

/// Accepted hold proceeding ids: police, criminal-court, family-court, coroner, dhr, sar, other.
const std::vector<std::string>& proceeding_types();
/// Accepted appointment roles: lead-reviewer, panel-chair, panel-member, business-manager, reviewer.
const std::vector<std::string>& appointment_roles();

}  // namespace model
