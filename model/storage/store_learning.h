// SPDX-License-Identifier: MIT
// Internal to the model: the SQL of findings, recommendations, actions, evidence of impact, the
// challenge log and learning events (migration 0003_learning.sql), and the board's responses to
// recommendations (0007_recommendation_response.sql), over the Store's connection.
// Speaks domain types only; validation is the caller's (model/learning), the schema's CHECKs are a
// last line of defence.
#pragma once
#include "model/learning/action_record.h"
#include "model/learning/board_learning.h"
#include "model/learning/finding.h"
#include "model/learning/recommendation.h"
#include "model/storage/store.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace model::storage {

class LearningStore {
public:
    explicit LearningStore(Store& store) : m_store(store) {}

    /// Changes whenever another connection commits to the database (PRAGMA data_version).
    std::int64_t data_version() const;
    struct RowCounts {
        std::int64_t recommendations = 0, max_recommendation = 0, actions = 0, max_action = 0;
    };
    /// How many recommendations and actions there are, and their highest ids: rows are only ever
    /// added, so this tells whether a cache of them is complete.
    RowCounts row_counts() const;

    // ---- findings ----
    int next_finding_number(std::int64_t review_id) const;
    /// Inserts the finding and its evidence links; `f.number`, `f.recorded` are used as given.
    std::int64_t insert_finding(std::int64_t review_id, const Finding& f);
    /// Rewrites `f.id`'s kind, theme and text and replaces its evidence links with `f.evidence`.
    void update_finding(const Finding& f);
    /// Every finding of a review (all reviews when `ref` is empty), by review then number.
    std::vector<Finding> load_findings(const std::string& ref) const;
    std::optional<Finding> load_finding(std::int64_t id) const;
    /// The review id a chronology entry / finding belongs to; nullopt when there is no such row.
    std::optional<std::int64_t> review_of_entry(std::int64_t entry_id) const;
    std::optional<std::int64_t> review_of_finding(std::int64_t finding_id) const;

    // ---- recommendations ----
    int next_recommendation_number(std::int64_t review_id) const;
    std::int64_t insert_recommendation(std::int64_t review_id, const Recommendation& r);
    /// Rewrites `r.id`'s text, addressee and type and replaces its finding links with `r.findings`.
    void update_recommendation(const Recommendation& r);
    /// Every recommendation of a review (all when `ref` is empty), by review then number, with
    /// findings and action counts.
    std::vector<Recommendation> load_recommendations(const std::string& ref) const;
    std::optional<Recommendation> load_recommendation(std::int64_t id) const;
    /// Inserts or replaces the board's response to a recommendation (migration 0007).
    void save_response(std::int64_t recommendation_id, const RecommendationResponse& response);

    // ---- actions ----
    /// Inserts the action with its first step (`agreed` on `agreed`).
    std::int64_t insert_action(std::int64_t recommendation_id, const NewAction& a, Date agreed, const std::string& actor);
    void insert_step(std::int64_t action_id, ActionStatus status, Date date, const std::string& evidence,
                     const std::string& actor);
    /// Every action (optionally of one review), with its step dates.
    std::vector<ActionRecord> load_action_records(const std::string& ref) const;
    std::optional<ActionRecord> load_action_record(std::int64_t id) const;
    std::vector<StatusChange> load_history(std::int64_t action_id) const;
    std::vector<std::string> action_agencies() const;

    // ---- evidence of impact ----
    std::int64_t insert_evidence(const ImpactEvidence& e, const std::vector<unsigned char>& content);
    std::vector<ImpactEvidence> load_evidence(std::int64_t action_id) const;
    /// nullopt when there is no such evidence; an empty vector when it has no file.
    std::optional<std::vector<unsigned char>> evidence_content(std::int64_t evidence_id) const;

    // ---- challenge log, learning events ----
    std::int64_t insert_challenge(std::int64_t review_id, const NewChallenge& c);
    std::optional<Challenge> load_challenge(std::int64_t id) const;
    void close_challenge(std::int64_t id, Date closed, const std::string& outcome);
    std::vector<Challenge> load_challenges(const std::string& ref) const;
    std::int64_t insert_learning_event(std::int64_t review_id, const NewLearningEvent& e);
    std::vector<LearningEvent> load_learning_events(const std::string& ref) const;

private:
    Store& m_store;
};

}  // namespace model::storage
