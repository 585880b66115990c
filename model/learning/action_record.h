// SPDX-License-Identifier: MIT
// Internal to model/learning and model/storage: an action as a listing needs it, with the date of
// each lifecycle step, so that its status and RAG can be derived for any "as of" date.
#pragma once
#include "model/learning/action.h"

#include <array>
#include <optional>

namespace model {

struct ActionRecord {
    std::int64_t id = 0;
    std::int64_t recommendation_id = 0;
    std::string review;
    int recommendation_number = 0;
    std::string agency;
    std::string owner;
    std::string text;
    Date due;
    /// The date each step was taken, indexed by ActionStatus; steps[0] (agreed) is always set.
    std::array<std::optional<Date>, 5> steps;

    /// The last step taken; nullopt when the action did not exist yet on `as_of`.
    std::optional<ActionStatus> status_as_of(Date as_of) const;
    ActionStatus current_status() const;
};

/// The status and RAG of an action as of a date (see Rag for the rules).
/// @pre the action existed on `as_of` (record.status_as_of(as_of) is set).
ActionRow action_row(const ActionRecord& record, Date as_of, const RagPolicy& policy);
/// The same without the strings (review, agency, owner, text left empty): for ranking many rows.
ActionRow action_row_status(const ActionRecord& record, Date as_of, const RagPolicy& policy);

}  // namespace model
