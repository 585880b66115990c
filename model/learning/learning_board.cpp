// SPDX-License-Identifier: MIT
// Learning for the board as a whole: challenge and escalation, learning events, recurring themes and
// recommendations, and the learning alerts.
#include "model/learning/learning.h"

#include "model/core/error.h"
#include "model/learning/learning_impl.h"
#include "model/register/board_impl.h"
#include "model/register/validation.h"

#include <algorithm>
#include <map>
#include <numeric>
#include <set>

namespace model {

// ---- challenge and escalation -------------------------------------------------------------------

std::int64_t Learning::add_challenge(const std::string& ref, const NewChallenge& in) {
    auto& b = *m_board.m;
    const Review review = b.review(ref);
    NewChallenge c;
    c.agency = require_text("agency", in.agency);
    c.issue = require_text("issue", in.issue);
    c.board_action = trimmed(in.board_action);
    require_date("raised date", in.raised);
    c.raised = in.raised;
    if (c.raised < review.aware)
        throw bad_input("raised date " + c.raised.iso() + " is before " + ref + "'s aware date " + review.aware.iso());

    storage::LearningStore ls(b.store);
    storage::Store::Transaction tx(b.store);
    const std::int64_t id = ls.insert_challenge(b.store.review_id(ref), c);
    const std::string sid = std::to_string(id);
    b.store.audit(b.actor, "challenge.add", ref, "challenge", sid, "agency", "", c.agency);
    b.store.audit(b.actor, "challenge.add", ref, "challenge", sid, "raised", "", c.raised.iso());
    b.store.audit(b.actor, "challenge.add", ref, "challenge", sid, "issue", "", c.issue);
    if (!c.board_action.empty())
        b.store.audit(b.actor, "challenge.add", ref, "challenge", sid, "board_action", "", c.board_action);
    tx.commit();
    m->publish_own(b.events, {BoardEvent::Type::LearningChanged, ref}, false);
    return id;
}

void Learning::close_challenge(std::int64_t id, Date closed, const std::string& outcome_text) {
    auto& b = *m_board.m;
    storage::LearningStore ls(b.store);
    const auto c = ls.load_challenge(id);
    if (!c) throw not_found("unknown challenge " + std::to_string(id));
    if (c->closed) throw bad_input("challenge " + std::to_string(id) + " was already closed on " + c->closed->iso());
    const std::string outcome = require_text("outcome", outcome_text);
    require_date("closed date", closed);
    if (closed < c->raised)
        throw bad_input("closed date " + closed.iso() + " is before the challenge was raised (" + c->raised.iso() + ")");

    storage::Store::Transaction tx(b.store);
    ls.close_challenge(id, closed, outcome);
    const std::string sid = std::to_string(id);
    b.store.audit(b.actor, "challenge.close", c->review, "challenge", sid, "outcome", "", outcome);
    b.store.audit(b.actor, "challenge.close", c->review, "challenge", sid, "closed", "", closed.iso());
    tx.commit();
    m->publish_own(b.events, {BoardEvent::Type::LearningChanged, c->review}, false);
}

std::vector<Challenge> Learning::challenges(const std::string& ref) const {
    auto& b = *m_board.m;
    if (!ref.empty()) b.review(ref);
    return storage::LearningStore(b.store).load_challenges(ref);
}

// ---- dissemination ------------------------------------------------------------------------------

std::int64_t Learning::add_learning_event(const std::string& ref, const NewLearningEvent& in) {
    auto& b = *m_board.m;
    b.review(ref);
    NewLearningEvent e;
    e.title = require_text("title", in.title);
    require_date("event date", in.date);
    e.date = in.date;
    e.audience = trimmed(in.audience);
    e.presenter = trimmed(in.presenter);
    if (in.attendance < 0) throw bad_input("attendance must not be negative (got " + std::to_string(in.attendance) + ")");
    e.attendance = in.attendance;

    storage::LearningStore ls(b.store);
    storage::Store::Transaction tx(b.store);
    const std::int64_t id = ls.insert_learning_event(b.store.review_id(ref), e);
    const std::string sid = std::to_string(id);
    const char* act = "learning-event.add";
    b.store.audit(b.actor, act, ref, "learning_event", sid, "title", "", e.title);
    b.store.audit(b.actor, act, ref, "learning_event", sid, "date", "", e.date.iso());
    if (!e.audience.empty()) b.store.audit(b.actor, act, ref, "learning_event", sid, "audience", "", e.audience);
    b.store.audit(b.actor, act, ref, "learning_event", sid, "attendance", "", std::to_string(e.attendance));
    if (!e.presenter.empty()) b.store.audit(b.actor, act, ref, "learning_event", sid, "presenter", "", e.presenter);
    tx.commit();
    m->publish_own(b.events, {BoardEvent::Type::LearningChanged, ref}, false);
    return id;
}

std::vector<LearningEvent> Learning::learning_events(const std::string& ref) const {
    auto& b = *m_board.m;
    if (!ref.empty()) b.review(ref);
    return storage::LearningStore(b.store).load_learning_events(ref);
}

// ---- across reviews -----------------------------------------------------------------------------

std::vector<RecurringTheme> Learning::recurring_themes() const {
    std::map<std::string, RecurringTheme> by_theme;
    std::map<std::pair<std::string, int>, ThemeYear> by_year;
    for (const Finding& f : storage::LearningStore(m_board.m->store).load_findings({})) {
        if (f.theme.empty()) continue;
        auto& t = by_theme[f.theme];
        t.theme = f.theme;
        ++t.findings;
        t.reviews.push_back(f.review);
        auto& y = by_year[{f.theme, f.recorded.year()}];
        y.year = f.recorded.year();
        ++y.findings;
        y.reviews.push_back(f.review);
    }
    auto dedupe = [](std::vector<std::string>& v) {
        std::sort(v.begin(), v.end());
        v.erase(std::unique(v.begin(), v.end()), v.end());
    };
    for (auto& [key, y] : by_year) {
        dedupe(y.reviews);
        by_theme[key.first].years.push_back(y);  // map order: years ascending
    }
    std::vector<RecurringTheme> out;
    for (auto& [name, t] : by_theme) {
        dedupe(t.reviews);
        if (t.reviews.size() >= 2) out.push_back(std::move(t));
    }
    std::stable_sort(out.begin(), out.end(), [](const RecurringTheme& a, const RecurringTheme& b) {
        return a.reviews.size() != b.reviews.size() ? a.reviews.size() > b.reviews.size() : a.findings > b.findings;
    });
    return out;
}

std::vector<RecommendationCluster> Learning::recurring_recommendations(double min_similarity) const {
    if (!(min_similarity > 0 && min_similarity <= 1))
        throw bad_input("similarity threshold must be above 0 and at most 1 (got " + std::to_string(min_similarity) + ")");
    auto& b = *m_board.m;
    storage::LearningStore ls(b.store);
    m->sync(ls, b.events);
    const RecommendationIndex& index = m->recommendation_index(ls);

    // Star clusters: every recommendation's neighbours in other reviews; the one with most neighbours
    // becomes a centre and takes its unassigned neighbours, and so on. Unlike single-link clustering
    // this does not chain "A like B like C" into one cluster of everything on a large board.
    std::vector<std::vector<std::size_t>> neighbours(index.size());
    for (std::size_t d = 0; d < index.size(); ++d)
        for (const auto& match : index.similar_to(d, min_similarity, 50)) neighbours[d].push_back(match.doc);
    std::vector<std::size_t> order(index.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t x, std::size_t y) { return neighbours[x].size() > neighbours[y].size(); });
    std::vector<bool> assigned(index.size(), false);
    std::map<std::size_t, std::vector<std::size_t>> groups;
    for (std::size_t centre : order) {
        if (assigned[centre] || neighbours[centre].empty()) continue;
        std::vector<std::size_t> docs{centre};
        for (std::size_t n : neighbours[centre])
            if (!assigned[n]) docs.push_back(n);
        if (docs.size() < 2) continue;
        for (std::size_t d : docs) assigned[d] = true;
        groups[centre] = std::move(docs);
    }
    std::vector<RecommendationCluster> out;
    for (auto& [r, docs] : groups) {
        if (docs.size() < 2) continue;
        RecommendationCluster c;
        for (auto d : docs) {
            const Recommendation& rec = index.doc(d);
            c.members.push_back({rec.id, rec.review, rec.number, rec.text, rec.addressee, rec.made});
            c.reviews.push_back(rec.review);
        }
        std::sort(c.reviews.begin(), c.reviews.end());
        c.reviews.erase(std::unique(c.reviews.begin(), c.reviews.end()), c.reviews.end());
        std::sort(c.members.begin(), c.members.end(), [](const RecommendationRef& a, const RecommendationRef& b) {
            return a.made != b.made ? a.made < b.made : a.id < b.id;
        });
        c.terms = index.shared_words(docs, 5);
        out.push_back(std::move(c));
    }
    std::stable_sort(out.begin(), out.end(), [](const RecommendationCluster& a, const RecommendationCluster& b) {
        return a.reviews.size() != b.reviews.size() ? a.reviews.size() > b.reviews.size() : a.members.size() > b.members.size();
    });
    return out;
}

std::vector<LearningAlert> Learning::alerts(Date as_of) const {
    require_date("as-of date", as_of);
    auto& b = *m_board.m;
    storage::LearningStore ls(b.store);
    m->sync(ls, b.events);
    std::vector<LearningAlert> out;
    std::set<std::int64_t> with_action;
    for (const ActionRecord& r : m->action_records(ls)) {
        if (!r.status_as_of(as_of)) continue;
        with_action.insert(r.recommendation_id);
        const ActionRow row = action_row(r, as_of, m->policy);
        LearningAlert a;
        a.review = r.review;
        a.recommendation_id = r.recommendation_id;
        a.recommendation_number = r.recommendation_number;
        a.action_id = r.id;
        a.agency = r.agency;
        a.due = r.due;
        a.status = to_string(row.status);
        const std::string what = "action " + std::to_string(r.id) + " (" + r.agency + ", recommendation " +
                                 std::to_string(r.recommendation_number) + ")";
        if (row.rag == Rag::Red) {
            a.kind = "action-overdue";
            a.days_late = row.days_late;
            a.message = what + " is " + std::to_string(row.days_late) + " days past its due date " + r.due.long_form() +
                        " and still " + a.status;
        } else if (row.status == ActionStatus::Implemented && row.rag == Rag::Amber) {
            a.kind = "effect-not-checked";
            a.days_late = row.status_date.days_until(as_of) - m->policy.effect_check_days;
            a.message = what + " was implemented on " + row.status_date.long_form() + " and its effect has not been reviewed after " +
                        std::to_string(row.status_date.days_until(as_of)) + " days";
        } else {
            continue;
        }
        out.push_back(std::move(a));
    }
    for (const Recommendation& rec : ls.load_recommendations({})) {
        if (rec.made > as_of || with_action.count(rec.id)) continue;
        LearningAlert a;
        a.kind = "recommendation-without-action";
        a.review = rec.review;
        a.recommendation_id = rec.id;
        a.recommendation_number = rec.number;
        a.agency = rec.addressee;
        a.due = rec.made;
        a.status = "no-action";
        a.days_late = rec.made.days_until(as_of);
        a.message = "recommendation " + std::to_string(rec.number) + " of " + rec.review + " (to " + rec.addressee +
                    ", made " + rec.made.long_form() + ") has no action agreed";
        out.push_back(std::move(a));
    }
    std::stable_sort(out.begin(), out.end(), [](const LearningAlert& x, const LearningAlert& y) {
        return x.days_late > y.days_late;
    });
    return out;
}

}  // namespace model
