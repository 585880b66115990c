// SPDX-License-Identifier: MIT
// What a board does with a review's learning: challenge and escalation, dissemination, and the
// view across reviews (recurring themes and recommendations, alerts).
#pragma once
#include "model/core/date.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace model {

/// The challenge and escalation log: what the board did when an agency did not act, and how it ended.
struct NewChallenge {
    std::string agency;        ///< required
    Date raised;               ///< required
    std::string issue;         ///< required: what the agency did not do
    std::string board_action;  ///< what the board did (letter from the chair, escalation meeting, …)
};

struct Challenge {
    std::int64_t id = 0;
    std::string review;
    std::string agency;
    Date raised;
    std::string issue;
    std::string board_action;
    std::string outcome;          ///< empty while open
    std::optional<Date> closed;   ///< empty while open
};

/// Dissemination: a briefing, workshop or conference where the review's learning was shared.
struct NewLearningEvent {
    Date date;             ///< required
    std::string title;     ///< required
    std::string audience;  ///< "health visitors and school nurses"
    int attendance = 0;    ///< people who attended; 0 when not counted
    std::string presenter;
};

struct LearningEvent {
    std::int64_t id = 0;
    std::string review;
    Date date;
    std::string title;
    std::string audience;
    int attendance = 0;
    std::string presenter;
};

/// Findings of one theme in one year (the year the finding was recorded).
struct ThemeYear {
    int year = 0;
    int findings = 0;
    std::vector<std::string> reviews;  ///< refs, sorted
};

/// A theme that came up in more than one review: "the same lessons again".
struct RecurringTheme {
    std::string theme;
    int findings = 0;
    std::vector<std::string> reviews;  ///< refs, sorted
    std::vector<ThemeYear> years;      ///< ascending
};

/// A recommendation as it appears in a cluster.
struct RecommendationRef {
    std::int64_t id = 0;
    std::string review;
    int number = 0;
    std::string text;
    std::string addressee;
    Date made;
};

/// Similar recommendations made in two or more reviews, oldest first.
struct RecommendationCluster {
    std::vector<RecommendationRef> members;
    std::vector<std::string> reviews;  ///< distinct refs, sorted
    std::vector<std::string> terms;    ///< the words they share most, for a label
};

/// A learning alert as of a date (joins the register's clock alerts).
///  - `action-overdue`: an action past its due date and not implemented;
///  - `effect-not-checked`: implemented more than RagPolicy::effect_check_days ago, never reviewed
///    for effect;
///  - `recommendation-without-action`: a recommendation with no action agreed.
struct LearningAlert {
    std::string kind;
    std::string review;
    std::int64_t recommendation_id = 0;
    int recommendation_number = 0;
    std::int64_t action_id = 0;   ///< 0 for recommendation-without-action
    std::string agency;           ///< the action's agency, or the recommendation's addressee
    std::optional<Date> due;      ///< the action's due date; the date made for a recommendation
    std::string status;           ///< the action's status as of the date; "no-action"
    int days_late = 0;            ///< days past due / since implemented / since made
    std::string message;          ///< one sentence for people
};

}  // namespace model
