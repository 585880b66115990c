// SPDX-License-Identifier: MIT
// Internal to model/learning: the state behind Learning — the theme list, the RAG policy and the
// in-memory caches that make the quality guard and the actions listing fast.
#pragma once
#include "model/core/publisher.h"
#include "model/learning/action_record.h"
#include "model/learning/learning.h"
#include "model/learning/recommendation_index.h"
#include "model/register/board.h"
#include "model/storage/store_learning.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace model {

struct Learning::Impl {
    std::optional<ThemeList> themes;
    RagPolicy policy;

    // Caches, built on first use. The learning commands keep them in step; a change by another part
    // of this board that could add learning rows (a review added, e.g. by a case-file import) is
    // checked against a cheap count of the rows; a change by another connection (the CLI while the
    // desktop app is open) shows as a new PRAGMA data_version and drops them.
    Subscription subscription;
    bool subscribed = false;
    std::int64_t data_version = -1;
    bool index_fresh = false;
    RecommendationIndex index;
    bool actions_fresh = false;
    std::vector<ActionRecord> actions;  // by id

    // Set by a learning command around its own publish: it knows what it changed, so the caches it
    // did not touch survive (saving 10,000 recommendations must not rebuild the index 10,000 times).
    bool own_change = false;
    bool own_change_touches_actions = false;
    bool suspect = false;  // another part published a change that may have added learning rows

    void invalidate() { index_fresh = actions_fresh = false; }

    /// Publishes a learning command's event after its commit. `touches_actions`: the change alters
    /// actions (their rows or steps); a new recommendation is added to the index by the command itself.
    void publish_own(Publisher<BoardEvent>& events, const BoardEvent& event, bool touches_actions) {
        struct Reset {
            Impl& impl;
            ~Reset() { impl.own_change = impl.own_change_touches_actions = false; }
        } reset{*this};
        own_change = true;
        own_change_touches_actions = touches_actions;
        events.publish(event);
    }

    /// Drops stale caches. Call at the start of every query that uses one.
    void sync(const storage::LearningStore& store, Publisher<BoardEvent>& events) {
        if (!subscribed) {
            subscription = events.subscribe([this](const BoardEvent& e) {
                if (own_change) {
                    if (own_change_touches_actions) actions_fresh = false;
                } else if (e.type != BoardEvent::Type::CalendarChanged && e.type != BoardEvent::Type::ChronologyChanged &&
                           e.type != BoardEvent::Type::PublicationChanged) {
                    suspect = true;
                }
            });
            subscribed = true;
        }
        const std::int64_t version = store.data_version();
        if (version != data_version) {
            invalidate();
            data_version = version;
            suspect = false;
        }
        if (suspect && (index_fresh || actions_fresh)) {
            const auto rows = store.row_counts();
            if (index_fresh && (rows.recommendations != std::int64_t(index.size()) || rows.max_recommendation != index.max_id()))
                index_fresh = false;
            if (actions_fresh && (rows.actions != std::int64_t(actions.size()) ||
                                  rows.max_action != (actions.empty() ? 0 : actions.back().id)))
                actions_fresh = false;
        }
        suspect = false;
    }
    const RecommendationIndex& recommendation_index(const storage::LearningStore& store) {
        if (!index_fresh || index.stale()) {
            index.build(store.load_recommendations({}));
            index_fresh = true;
        }
        return index;
    }
    const std::vector<ActionRecord>& action_records(const storage::LearningStore& store) {
        if (!actions_fresh) {
            actions = store.load_action_records({});
            actions_fresh = true;
        }
        return actions;
    }
};

/// Near-duplicates scoring at least this are reported by the quality guard (0–1 cosine).
inline constexpr double kSimilarThreshold = 0.5;

// Shared by adding and correcting, so that both apply one set of rules and say the same words.
namespace learning_rules {

/// "3,7,12": how a list of ids is audited.
std::string join_ids(const std::vector<std::int64_t>& ids);
std::vector<std::int64_t> unique_sorted(std::vector<std::int64_t> ids);
/// Every id a chronology entry of the review. @throws BadInput `evidence: no chronology entry N`,
/// `evidence: chronology entry N is not part of REF`.
void require_entries_of(const storage::LearningStore& store, const std::vector<std::int64_t>& entries,
                        std::int64_t review_id, const std::string& ref);
/// At least one, and every id a finding of the review. @throws BadInput `finding: …`.
void require_findings_of(const storage::LearningStore& store, const std::vector<std::int64_t>& findings,
                         std::int64_t review_id, const std::string& ref);
/// @return the trimmed addressee. @throws BadInput `addressee must not be empty: …`.
std::string require_addressee(const std::string& addressee);

}  // namespace learning_rules

}  // namespace model
