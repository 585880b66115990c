// SPDX-License-Identifier: MIT
#include "model/reports/report_data.h"

#include "model/register/board.h"

namespace model::report {

std::shared_ptr<const std::vector<ChronologyEntry>> ReportData::chronology() const {
    if (!m_chronology) {
        auto entries = std::make_shared<std::vector<ChronologyEntry>>();
        if (review) *entries = board->chronology().list(review->review.ref);
        m_chronology = std::move(entries);
    }
    return m_chronology;
}

const std::vector<Review>& ReportData::all_reviews() const {
    if (!m_reviews) {
        auto reviews = std::make_shared<std::vector<Review>>();
        for (const auto& summary : board->list_reviews()) reviews->push_back(board->get_review(summary.ref));
        m_reviews = std::move(reviews);
    }
    return *m_reviews;
}

ReviewData load_review_data(const Board& board, const std::string& ref, Date as_of) {
    ReviewData data;
    data.review = board.get_review(ref);
    if (const Pathway* p = board.pathways().find(data.review.pathway_id)) data.pathway_name = p->name;
    data.clocks = board.clocks(data.review, as_of);
    data.learning = load_learning(board, ref, as_of);
    return data;
}

}  // namespace model::report
