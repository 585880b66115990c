// SPDX-License-Identifier: MIT
// Recommendations, their type mix and the quality guard's warnings.
#pragma once
#include "model/core/date.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace model {

/// The sources note procedure-heavy, supervision-light recommendation sets; the type makes the mix
/// visible.
enum class RecommendationType { Procedure, Training, Supervision, Other };

/// "procedure", "training", "supervision", "other".
std::string to_string(RecommendationType type);
/// @throws model::Error (BadInput) `unknown recommendation type 'x' (expected procedure, …)`.
RecommendationType recommendation_type_from(const std::string& text);

/// The safeguarding board's decision on a recommendation.
enum class ResponseDecision { Accepted, AcceptedInPart, NotAccepted };

/// "accepted", "accepted-in-part", "not-accepted".
std::string to_string(ResponseDecision decision);
/// @throws model::Error (BadInput) `unknown decision 'x' (expected accepted, accepted-in-part, not-accepted)`.
ResponseDecision response_decision_from(const std::string& text);
/// For people: "Accepted", "Accepted in part", "Not accepted".
std::string decision_label(ResponseDecision decision);

/// The board's response to one recommendation (Learning::respond): its decision and what it says
/// (for "not accepted", the reason).
struct RecommendationResponse {
    ResponseDecision decision = ResponseDecision::Accepted;
    std::string text;
    Date date;                ///< the date of the response; never before the recommendation was made
    std::string recorded_by;  ///< the board's user who recorded it
};

/// A recommendation as drafted: what Learning::check_recommendation examines and
/// Learning::add_recommendation saves.
struct NewRecommendation {
    std::string text;
    std::string addressee;                ///< the agency or role that must act; required to save
    std::vector<std::int64_t> findings;   ///< finding ids of the same review; at least one to save
    RecommendationType type = RecommendationType::Other;
    std::optional<Date> made;             ///< the date the recommendation was made; defaults to today
};

/// A correction to a saved recommendation (Learning::update_recommendation): only the fields given
/// change, under the same rules as NewRecommendation (an addressee and at least one finding of the
/// review). The number and the date it was made stay as they were: the board's response and the
/// actions are dated against it.
struct RecommendationChange {
    std::optional<std::string> text;
    std::optional<std::string> addressee;
    std::optional<RecommendationType> type;
    std::optional<std::vector<std::int64_t>> findings;  ///< replaces the links
};

/// One quality warning: a stable `code` for programs and a sentence for people.
///  - `no-addressee`: nobody is named to act;
///  - `no-finding`: not linked to any finding;
///  - `stock-phrase`: a phrase the sources call banal ("better information sharing", "more
///    communication between partners", "more curious inquiry", "do more to engage the family"),
///    or a paraphrase of one; `phrase` names which;
///  - `vague`: no measurable outcome, or no date or timescale (the message says which);
///  - `similar-to-earlier`: close to a recommendation of another review; `similar_review`,
///    `similar_number` and `similarity` (0–1) name it.
struct QualityWarning {
    std::string code;
    std::string message;
    std::string phrase;          ///< stock-phrase: the stock phrase matched
    std::string similar_review;  ///< similar-to-earlier: that review's ref
    int similar_number = 0;      ///< similar-to-earlier: its recommendation number there
    std::int64_t similar_id = 0; ///< similar-to-earlier: its id
    double similarity = 0;       ///< similar-to-earlier: 0–1
};

struct Recommendation {
    std::int64_t id = 0;
    std::string review;   ///< review ref
    int number = 0;       ///< 1, 2, … within the review
    std::string text;
    std::string addressee;
    RecommendationType type = RecommendationType::Other;
    Date made;
    std::vector<std::int64_t> findings;  ///< finding ids, ascending
    int action_count = 0;                ///< actions agreed against it
    std::optional<RecommendationResponse> response;  ///< the board's response; empty until recorded
};

/// What Learning::add_recommendation returns: the new row, and the warnings it was saved with.
struct SavedRecommendation {
    std::int64_t id = 0;
    int number = 0;
    std::vector<QualityWarning> warnings;
};

/// Count and mix of one review's recommendations.
struct RecommendationMix {
    int total = 0;
    int procedure = 0;
    int training = 0;
    int supervision = 0;
    int other = 0;
};

}  // namespace model
