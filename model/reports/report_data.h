// SPDX-License-Identifier: MIT
// Internal to model/reports: what a report can show, gathered from the board's public API.
#pragma once
#include "model/chronology/chronology_entry.h"
#include "model/clocks/clock_state.h"
#include "model/register/review.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace model {
class Board;
}

namespace model::report {

// Findings, recommendations and actions as reports show them. Kept apart from model/learning's own
// types so that a report template language stays stable when the learning model grows.
struct FindingRow {
    std::int64_t id = 0;
    std::string kind;  ///< "systemic", "good-practice"
    std::string theme;
    std::string text;
};

struct RecommendationRow {
    std::int64_t id = 0;
    std::string text;
    std::string addressee;
    std::string type;
    std::int64_t finding = 0;
    std::string decision;  ///< the board's decision ("Accepted in part"), when a response is recorded
    std::string response;  ///< the board's response, when recorded
};

struct ActionLine {
    std::int64_t id = 0;
    std::int64_t recommendation = 0;
    int recommendation_number = 0;  ///< 1-based position of its recommendation; 0 when unknown
    std::string review_ref;
    std::string agency;
    std::string owner;
    std::string text;
    std::optional<Date> due;
    std::string status;
    std::string rag;  ///< "red", "amber", "green", "done" (as of the report date)
};

struct LearningData {
    std::vector<FindingRow> findings;
    std::vector<RecommendationRow> recommendations;  ///< in their review's order
    std::vector<ActionLine> actions;
    bool available = false;  ///< false while this build has no learning model
};

/// One review's data as of a date. The chronology is loaded once, on first use, and shared by every
/// extract of the report (an extract is a filtered view, not a copy).
struct ReviewData {
    Review review;
    std::string pathway_name;
    ClockReport clocks;
    LearningData learning;
};

/// Everything a template may ask for.
struct ReportData {
    const Board* board = nullptr;
    Date as_of;
    std::optional<ReviewData> review;  ///< empty for a board-wide report without REF

    /// The review's whole merged chronology, loaded on first use; shared, so that streamed tables
    /// can keep it alive without copying it.
    std::shared_ptr<const std::vector<ChronologyEntry>> chronology() const;
    /// Every review of the board (board-wide templates), loaded on first use.
    const std::vector<Review>& all_reviews() const;

private:
    mutable std::shared_ptr<const std::vector<ChronologyEntry>> m_chronology;
    mutable std::shared_ptr<const std::vector<Review>> m_reviews;
};

/// @throws NotFound for an unknown review.
ReviewData load_review_data(const Board& board, const std::string& ref, Date as_of);

/// The findings, recommendations and actions of one review (empty when ref is empty: board-wide
/// actions are in board_actions()). Empty, with available=false, until the learning model exists.
LearningData load_learning(const Board& board, const std::string& ref, Date as_of);
/// Every action of the board as of a date, for board-wide reports.
std::vector<ActionLine> board_actions(const Board& board, Date as_of);

}  // namespace model::report
