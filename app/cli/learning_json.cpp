// SPDX-License-Identifier: MIT
#include "learning_json.h"

#include <cmath>

namespace cli {
namespace {

using nlohmann::json;

json date_or_null(const std::optional<model::Date>& d) { return d ? json(d->iso()) : json(nullptr); }

}  // namespace

json to_json(const model::Finding& f) {
    return {{"id", f.id},          {"review", f.review},   {"number", f.number},
            {"kind", to_string(f.kind)}, {"theme", f.theme}, {"text", f.text},
            {"evidence", f.evidence}, {"recorded", f.recorded.iso()}};
}

json to_json(const model::QualityWarning& w) {
    json j = {{"code", w.code}, {"message", w.message}};
    if (!w.phrase.empty()) j["phrase"] = w.phrase;
    if (!w.similar_review.empty()) {
        j["review"] = w.similar_review;
        j["number"] = w.similar_number;
        j["recommendation"] = w.similar_id;
        j["similarity"] = std::round(w.similarity * 100) / 100;
    }
    return j;
}

json to_json(const model::RecommendationResponse& r) {
    return {{"decision", to_string(r.decision)}, {"text", r.text}, {"date", r.date.iso()}, {"recorded_by", r.recorded_by}};
}

json to_json(const model::Recommendation& r) {
    return {{"id", r.id},       {"review", r.review},     {"number", r.number},
            {"text", r.text},   {"addressee", r.addressee}, {"type", to_string(r.type)},
            {"made", r.made.iso()}, {"findings", r.findings}, {"actions", r.action_count},
            {"response", r.response ? to_json(*r.response) : json(nullptr)}};
}

json to_json(const model::RecommendationMix& m) {
    return {{"total", m.total}, {"procedure", m.procedure}, {"training", m.training},
            {"supervision", m.supervision}, {"other", m.other}};
}

json to_json(const model::ActionRow& a) {
    return {{"id", a.id},
            {"review", a.review},
            {"recommendation", a.recommendation_id},
            {"recommendation_number", a.recommendation_number},
            {"agency", a.agency},
            {"owner", a.owner},
            {"text", a.text},
            {"due", a.due.iso()},
            {"status", to_string(a.status)},
            {"status_date", a.status_date.iso()},
            {"rag", to_string(a.rag)},
            {"days_late", a.days_late}};
}

json to_json(const model::ImpactEvidence& e) {
    json j = {{"id", e.id},     {"kind", to_string(e.kind)}, {"text", e.text},
              {"date", e.date.iso()}, {"recorded_by", e.recorded_by}};
    j["file"] = e.file_name.empty() ? json(nullptr)
                                    : json{{"name", e.file_name}, {"size", e.file_size}, {"sha256", e.sha256}};
    return j;
}

json to_json(const model::Action& a) {
    json history = json::array();
    for (const auto& h : a.history)
        history.push_back({{"status", to_string(h.status)}, {"date", h.date.iso()}, {"evidence", h.evidence}, {"by", h.actor}});
    json evidence = json::array();
    for (const auto& e : a.evidence) evidence.push_back(to_json(e));
    return {{"id", a.id},           {"review", a.review},   {"recommendation", a.recommendation_id},
            {"recommendation_number", a.recommendation_number},
            {"agency", a.agency},   {"owner", a.owner},     {"text", a.text},
            {"due", a.due.iso()},   {"status", to_string(a.status)},
            {"history", history},   {"evidence", evidence}};
}

json to_json(const model::Challenge& c) {
    return {{"id", c.id},         {"review", c.review},   {"agency", c.agency},
            {"raised", c.raised.iso()}, {"issue", c.issue}, {"board_action", c.board_action},
            {"outcome", c.outcome}, {"closed", date_or_null(c.closed)}};
}

json to_json(const model::LearningEvent& e) {
    return {{"id", e.id},       {"review", e.review},     {"date", e.date.iso()},
            {"title", e.title}, {"audience", e.audience}, {"attendance", e.attendance},
            {"presenter", e.presenter}};
}

json to_json(const model::RecurringTheme& t) {
    json years = json::array();
    for (const auto& y : t.years) years.push_back({{"year", y.year}, {"findings", y.findings}, {"reviews", y.reviews}});
    return {{"theme", t.theme}, {"findings", t.findings}, {"reviews", t.reviews}, {"years", years}};
}

json to_json(const model::RecommendationCluster& c) {
    json members = json::array();
    for (const auto& m : c.members)
        members.push_back({{"id", m.id}, {"review", m.review}, {"number", m.number}, {"text", m.text},
                           {"addressee", m.addressee}, {"made", m.made.iso()}});
    return {{"reviews", c.reviews}, {"terms", c.terms}, {"recommendations", members}};
}

json to_json(const model::LearningAlert& a) {
    return {{"kind", a.kind},
            {"review", a.review},
            {"recommendation", a.recommendation_id},
            {"recommendation_number", a.recommendation_number},
            {"action", a.action_id == 0 ? json(nullptr) : json(a.action_id)},
            {"agency", a.agency},
            {"due", date_or_null(a.due)},
            {"status", a.status},
            {"days_late", a.days_late},
            {"message", a.message}};
}

json alert_record(const model::LearningAlert& a) {
    const std::string clock = a.action_id ? "action-" + std::to_string(a.action_id)
                                          : "recommendation-" + std::to_string(a.recommendation_number);
    json j = to_json(a);
    j["clock"] = clock;
    j["name"] = a.action_id ? "Action " + std::to_string(a.action_id) + " (" + a.agency + ")"
                            : "Recommendation " + std::to_string(a.recommendation_number) + " without action";
    // Every learning alert is something overdue; the action's own status is kept beside it.
    j["action_status"] = a.status;
    j["status"] = "overdue";
    return j;
}

}  // namespace cli
