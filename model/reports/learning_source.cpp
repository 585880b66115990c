// SPDX-License-Identifier: MIT
// The one file of model/reports that reads the learning model (findings, recommendations, actions),
// so that a change there is absorbed here and nowhere else in the report code.
#include "model/reports/report_data.h"

#include "model/learning/learning.h"
#include "model/register/board.h"

#include <algorithm>

namespace model::report {
namespace {

ActionLine line_of(const model::ActionRow& a) {
    ActionLine out;
    out.id = a.id;
    out.recommendation = a.recommendation_id;
    out.recommendation_number = a.recommendation_number;
    out.review_ref = a.review;
    out.agency = a.agency;
    out.owner = a.owner;
    out.text = a.text;
    if (a.due.valid()) out.due = a.due;
    out.status = to_string(a.status);
    out.rag = to_string(a.rag);
    return out;
}

}  // namespace

LearningData load_learning(const Board& board, const std::string& ref, Date as_of) {
    LearningData out;
    out.available = true;
    const model::Learning& learning = board.learning();
    for (const Finding& f : learning.findings(ref))
        out.findings.push_back(FindingRow{f.id, to_string(f.kind), f.theme, f.text});
    for (const Recommendation& r : learning.recommendations(ref)) {
        RecommendationRow row;
        row.id = r.id;
        row.text = r.text;
        row.addressee = r.addressee;
        row.type = to_string(r.type);
        row.finding = r.findings.empty() ? 0 : r.findings.front();
        if (r.response) {
            row.decision = decision_label(r.response->decision);
            row.response = r.response->text;
        }
        out.recommendations.push_back(std::move(row));
    }
    ActionFilter filter;
    filter.review = ref;
    for (const model::ActionRow& a : learning.actions(as_of, filter)) out.actions.push_back(line_of(a));
    // The action plan reads in recommendation order, not urgency order.
    std::stable_sort(out.actions.begin(), out.actions.end(), [](const ActionLine& a, const ActionLine& b) {
        return a.recommendation_number != b.recommendation_number ? a.recommendation_number < b.recommendation_number : a.id < b.id;
    });
    return out;
}

std::vector<ActionLine> board_actions(const Board& board, Date as_of) {
    std::vector<ActionLine> out;
    for (const model::ActionRow& a : board.learning().actions(as_of)) out.push_back(line_of(a));
    return out;
}

}  // namespace model::report
