// SPDX-License-Identifier: MIT
// Status and RAG of an action as of a date, from the dates its lifecycle steps were taken.
#include "model/learning/action_record.h"

namespace model {

std::optional<ActionStatus> ActionRecord::status_as_of(Date as_of) const {
    // Steps are taken in order and their dates never go backwards, so the status on a date is the
    // last step dated on or before it.
    std::optional<ActionStatus> status;
    for (std::size_t i = 0; i < steps.size(); ++i) {
        if (!steps[i] || as_of < *steps[i]) break;
        status = static_cast<ActionStatus>(i);
    }
    return status;
}

ActionStatus ActionRecord::current_status() const {
    std::size_t last = 0;
    for (std::size_t i = 0; i < steps.size() && steps[i]; ++i) last = i;
    return static_cast<ActionStatus>(last);
}

ActionRow action_row(const ActionRecord& r, Date as_of, const RagPolicy& policy) {
    ActionRow row = action_row_status(r, as_of, policy);
    row.review = r.review;
    row.agency = r.agency;
    row.owner = r.owner;
    row.text = r.text;
    return row;
}

ActionRow action_row_status(const ActionRecord& r, Date as_of, const RagPolicy& policy) {
    ActionRow row;
    row.id = r.id;
    row.recommendation_id = r.recommendation_id;
    row.recommendation_number = r.recommendation_number;
    row.due = r.due;
    row.status = r.status_as_of(as_of).value_or(ActionStatus::Agreed);
    row.status_date = *r.steps[static_cast<std::size_t>(row.status)];
    switch (row.status) {
    case ActionStatus::Closed:
        row.rag = Rag::Grey;
        break;
    case ActionStatus::EffectivenessReviewed:
        row.rag = Rag::Green;
        break;
    case ActionStatus::Implemented:
        // Done, but the sources' complaint is boards that never check whether it made a difference.
        row.rag = row.status_date.days_until(as_of) > policy.effect_check_days ? Rag::Amber : Rag::Green;
        break;
    case ActionStatus::Agreed:
    case ActionStatus::Ratified: {
        const int to_due = as_of.days_until(r.due);
        if (to_due < 0) {
            row.rag = Rag::Red;
            row.days_late = -to_due;
        } else {
            row.rag = to_due <= policy.amber_days ? Rag::Amber : Rag::Green;
        }
        break;
    }
    }
    return row;
}

}  // namespace model
