// SPDX-License-Identifier: MIT
// Learning: themes, findings, recommendations and the quality guard.
#include "model/learning/learning.h"

#include "model/core/error.h"
#include "model/learning/learning_impl.h"
#include "model/learning/quality_guard.h"
#include "model/register/board_impl.h"
#include "model/register/validation.h"

#include <algorithm>
#include <set>

namespace model {
namespace learning_rules {

std::string join_ids(const std::vector<std::int64_t>& ids) {
    std::string out;
    for (auto id : ids) out += (out.empty() ? "" : ",") + std::to_string(id);
    return out;
}

std::vector<std::int64_t> unique_sorted(std::vector<std::int64_t> ids) {
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    return ids;
}

void require_entries_of(const storage::LearningStore& store, const std::vector<std::int64_t>& entries,
                        std::int64_t review_id, const std::string& ref) {
    for (auto entry : entries) {
        const auto owner = store.review_of_entry(entry);
        if (!owner) throw bad_input("evidence: no chronology entry " + std::to_string(entry));
        if (*owner != review_id)
            throw bad_input("evidence: chronology entry " + std::to_string(entry) + " is not part of " + ref);
    }
}

void require_findings_of(const storage::LearningStore& store, const std::vector<std::int64_t>& findings,
                         std::int64_t review_id, const std::string& ref) {
    if (findings.empty()) throw bad_input("finding: a recommendation must answer at least one finding of " + ref);
    for (auto finding : findings) {
        const auto owner = store.review_of_finding(finding);
        if (!owner) throw bad_input("finding: no finding " + std::to_string(finding));
        if (*owner != review_id) throw bad_input("finding: finding " + std::to_string(finding) + " is not part of " + ref);
    }
}

std::string require_addressee(const std::string& addressee) {
    std::string out = trimmed(addressee);
    if (out.empty()) throw bad_input("addressee must not be empty: name the agency or role that must act");
    return out;
}

}  // namespace learning_rules

using learning_rules::join_ids;
using learning_rules::unique_sorted;

Learning::Learning(Board& board) : m_board(board), m(std::make_unique<Impl>()) {}
Learning::~Learning() = default;

// ---- themes -------------------------------------------------------------------------------------

const ThemeList& Learning::themes() const {
    if (!m->themes) m->themes = ThemeList::load_default();
    return *m->themes;
}

void Learning::set_themes(ThemeList themes) { m->themes = std::move(themes); }

const RagPolicy& Learning::policy() const { return m->policy; }

void Learning::set_policy(const RagPolicy& policy) {
    if (policy.amber_days < 0) throw bad_input("amber window must not be negative (got " + std::to_string(policy.amber_days) + ")");
    if (policy.effect_check_days < 0)
        throw bad_input("effect check period must not be negative (got " + std::to_string(policy.effect_check_days) + ")");
    m->policy = policy;
}

// ---- findings -----------------------------------------------------------------------------------

std::int64_t Learning::add_finding(const std::string& ref, const NewFinding& in) {
    auto& b = *m_board.m;
    b.review(ref);  // unknown review: NotFound
    const std::int64_t review_id = b.store.review_id(ref);
    storage::LearningStore ls(b.store);

    Finding f;
    f.kind = in.kind;
    f.text = require_text("finding text", in.text);
    if (!trimmed(in.theme).empty()) f.theme = themes().require(trimmed(in.theme));
    f.evidence = unique_sorted(in.evidence);
    learning_rules::require_entries_of(ls, f.evidence, review_id, ref);
    f.recorded = in.recorded.value_or(Date::today());
    require_date("finding date", f.recorded);

    storage::Store::Transaction tx(b.store);
    f.number = ls.next_finding_number(review_id);
    const std::int64_t id = ls.insert_finding(review_id, f);
    const std::string sid = std::to_string(id);
    b.store.audit(b.actor, "finding.add", ref, "finding", sid, "number", "", std::to_string(f.number));
    b.store.audit(b.actor, "finding.add", ref, "finding", sid, "kind", "", to_string(f.kind));
    if (!f.theme.empty()) b.store.audit(b.actor, "finding.add", ref, "finding", sid, "theme", "", f.theme);
    b.store.audit(b.actor, "finding.add", ref, "finding", sid, "text", "", f.text);
    if (!f.evidence.empty()) b.store.audit(b.actor, "finding.add", ref, "finding", sid, "evidence", "", join_ids(f.evidence));
    b.store.audit(b.actor, "finding.add", ref, "finding", sid, "recorded", "", f.recorded.iso());
    tx.commit();
    m->publish_own(b.events, {BoardEvent::Type::LearningChanged, ref}, false);
    return id;
}

std::vector<Finding> Learning::findings(const std::string& ref) const {
    auto& b = *m_board.m;
    b.review(ref);
    return storage::LearningStore(b.store).load_findings(ref);
}

Finding Learning::finding(std::int64_t id) const {
    auto f = storage::LearningStore(m_board.m->store).load_finding(id);
    if (!f) throw not_found("unknown finding " + std::to_string(id));
    return std::move(*f);
}

// ---- recommendations ----------------------------------------------------------------------------

std::vector<QualityWarning> Learning::check_recommendation(const std::string& ref, const NewRecommendation& draft) const {
    auto& b = *m_board.m;
    storage::LearningStore ls(b.store);
    std::vector<QualityWarning> out;
    if (trimmed(draft.addressee).empty())
        out.push_back({"no-addressee", "no addressee: name the agency or role that must act", {}, {}, 0, 0, 0});
    if (draft.findings.empty())
        out.push_back({"no-finding", "not linked to a finding: say which finding this answers", {}, {}, 0, 0, 0});
    const auto terms = learning_text::terms(draft.text);
    if (trimmed(draft.text).empty()) return out;

    if (auto phrase = find_stock_phrase(terms)) {
        QualityWarning w;
        w.code = "stock-phrase";
        w.phrase = *phrase;
        w.message = "reads like the stock phrase \"" + *phrase +
                    "\": say who must do what differently, for which children, and how the board will know";
        out.push_back(std::move(w));
    }
    const Vagueness vague = find_vagueness(terms);
    if (vague.no_measure || vague.no_timescale) {
        std::string missing = vague.no_measure && vague.no_timescale ? "no measurable outcome and no date or timescale"
                              : vague.no_measure                      ? "no measurable outcome"
                                                                      : "no date or timescale";
        std::string hint = vague.no_measure && vague.no_timescale ? "say what will change, how it will be measured, and by when"
                           : vague.no_measure                      ? "say what will change and how it will be measured"
                                                                   : "say by when";
        out.push_back({"vague", missing + " (" + hint + ")", {}, {}, 0, 0, 0});
    }

    m->sync(ls, b.events);
    const auto& index = m->recommendation_index(ls);
    for (const auto& match : index.similar(terms, ref, kSimilarThreshold, 3)) {
        const Recommendation& earlier = index.doc(match.doc);
        QualityWarning w;
        w.code = "similar-to-earlier";
        w.similar_review = earlier.review;
        w.similar_number = earlier.number;
        w.similar_id = earlier.id;
        w.similarity = match.score;
        w.message = "similar to " + earlier.review + " recommendation " + std::to_string(earlier.number) + " (" +
                    std::to_string(int(match.score * 100 + 0.5)) + "% alike): \"" + earlier.text + "\"";
        out.push_back(std::move(w));
    }
    return out;
}

SavedRecommendation Learning::add_recommendation(const std::string& ref, const NewRecommendation& in) {
    auto& b = *m_board.m;
    b.review(ref);
    const std::int64_t review_id = b.store.review_id(ref);
    storage::LearningStore ls(b.store);

    Recommendation r;
    r.text = require_text("recommendation text", in.text);
    r.addressee = learning_rules::require_addressee(in.addressee);
    r.findings = unique_sorted(in.findings);
    learning_rules::require_findings_of(ls, r.findings, review_id, ref);
    r.type = in.type;
    r.made = in.made.value_or(Date::today());
    require_date("recommendation date", r.made);

    SavedRecommendation saved;
    NewRecommendation checked = in;
    checked.addressee = r.addressee;
    checked.findings = r.findings;
    saved.warnings = check_recommendation(ref, checked);

    storage::Store::Transaction tx(b.store);
    r.number = ls.next_recommendation_number(review_id);
    saved.id = ls.insert_recommendation(review_id, r);
    saved.number = r.number;
    const std::string sid = std::to_string(saved.id);
    b.store.audit(b.actor, "recommendation.add", ref, "recommendation", sid, "number", "", std::to_string(r.number));
    b.store.audit(b.actor, "recommendation.add", ref, "recommendation", sid, "text", "", r.text);
    b.store.audit(b.actor, "recommendation.add", ref, "recommendation", sid, "addressee", "", r.addressee);
    b.store.audit(b.actor, "recommendation.add", ref, "recommendation", sid, "type", "", to_string(r.type));
    b.store.audit(b.actor, "recommendation.add", ref, "recommendation", sid, "made", "", r.made.iso());
    b.store.audit(b.actor, "recommendation.add", ref, "recommendation", sid, "findings", "", join_ids(r.findings));
    tx.commit();
    // Saving one recommendation must not cost a rebuild of the whole near-duplicate index: add it to
    // the index (fresh from the check above) and keep the cached actions, which it does not change.
    r.id = saved.id;
    r.review = ref;
    if (m->index_fresh) m->index.add(r);
    m->publish_own(b.events, {BoardEvent::Type::LearningChanged, ref}, false);
    return saved;
}

std::vector<Recommendation> Learning::recommendations(const std::string& ref) const {
    auto& b = *m_board.m;
    b.review(ref);
    return storage::LearningStore(b.store).load_recommendations(ref);
}

Recommendation Learning::recommendation(std::int64_t id) const {
    auto r = storage::LearningStore(m_board.m->store).load_recommendation(id);
    if (!r) throw not_found("unknown recommendation " + std::to_string(id));
    return std::move(*r);
}

void Learning::respond(std::int64_t recommendation_id, ResponseDecision decision, const std::string& text_in,
                       std::optional<Date> date_in) {
    auto& b = *m_board.m;
    const Recommendation rec = recommendation(recommendation_id);  // NotFound
    const std::string what = "recommendation " + std::to_string(rec.number) + " of " + rec.review;
    const std::string text = trimmed(text_in);
    if (text.empty())
        throw bad_input(decision == ResponseDecision::NotAccepted
                            ? "response text must not be empty: give the board's reason for not accepting " + what
                            : "response text must not be empty: say what the board will do about " + what);
    RecommendationResponse response{decision, text, date_in.value_or(Date::today()), b.actor};
    require_date("response date", response.date);
    if (response.date < rec.made)
        throw bad_input("response date " + response.date.iso() + " is before " + what + " was made (" + rec.made.iso() + ")");

    // With no earlier response the old values are empty, and the new ones never are.
    const auto& old = rec.response;
    const std::string old_decision = old ? to_string(old->decision) : "", new_decision = to_string(decision);
    const std::string old_text = old ? old->text : "";
    const std::string old_date = old ? old->date.iso() : "", new_date = response.date.iso();
    if (old_decision == new_decision && old_text == text && old_date == new_date) return;

    storage::LearningStore ls(b.store);
    storage::Store::Transaction tx(b.store);
    ls.save_response(recommendation_id, response);
    const std::string sid = std::to_string(recommendation_id);
    auto audit = [&](const char* field, const std::string& before, const std::string& after) {
        if (before != after)
            b.store.audit(b.actor, "recommendation.respond", rec.review, "recommendation", sid, field, before, after);
    };
    audit("response_decision", old_decision, new_decision);
    audit("response_text", old_text, text);
    audit("response_date", old_date, new_date);
    tx.commit();
    m->publish_own(b.events, {BoardEvent::Type::LearningChanged, rec.review}, false);
}

std::optional<RecommendationResponse> Learning::response(std::int64_t recommendation_id) const {
    return recommendation(recommendation_id).response;
}

RecommendationMix Learning::mix(const std::string& ref) const {
    RecommendationMix mix;
    for (const auto& r : recommendations(ref)) {
        ++mix.total;
        switch (r.type) {
        case RecommendationType::Procedure: ++mix.procedure; break;
        case RecommendationType::Training: ++mix.training; break;
        case RecommendationType::Supervision: ++mix.supervision; break;
        case RecommendationType::Other: ++mix.other; break;
        }
    }
    return mix;
}

}  // namespace model
