// SPDX-License-Identifier: MIT
// Learning: correcting a saved finding or recommendation. The rules are add's (learning_rules); the
// audit trail keeps every earlier value, one row per field that changed.
#include "model/learning/learning.h"

#include "model/core/error.h"
#include "model/learning/learning_impl.h"
#include "model/register/board_impl.h"
#include "model/register/validation.h"

namespace model {
namespace {

/// Audits one field of a correction when, and only when, it changed.
struct FieldAudit {
    storage::Store& store;
    const std::string& actor;
    const char* action;
    const std::string& ref;
    const char* entity;
    std::string id;

    void operator()(const char* field, const std::string& before, const std::string& after) const {
        if (before != after) store.audit(actor, action, ref, entity, id, field, before, after);
    }
};

}  // namespace

void Learning::update_finding(std::int64_t id, const FindingChange& change) {
    auto& b = *m_board.m;
    const Finding old = finding(id);  // NotFound
    storage::LearningStore ls(b.store);

    Finding f = old;
    if (change.kind) f.kind = *change.kind;
    if (change.text) f.text = require_text("finding text", *change.text);
    if (change.theme) {
        // A theme taken off the list since keeps its finding: giving it back unchanged is no change.
        const std::string theme = trimmed(*change.theme);
        f.theme = theme.empty() || theme == old.theme ? theme : themes().require(theme);
    }
    if (change.evidence) {
        f.evidence = learning_rules::unique_sorted(*change.evidence);
        learning_rules::require_entries_of(ls, f.evidence, b.store.review_id(old.review), old.review);
    }
    if (f.kind == old.kind && f.text == old.text && f.theme == old.theme && f.evidence == old.evidence) return;

    storage::Store::Transaction tx(b.store);
    ls.update_finding(f);
    const FieldAudit audit{b.store, b.actor, "finding.edit", old.review, "finding", std::to_string(id)};
    audit("kind", to_string(old.kind), to_string(f.kind));
    audit("theme", old.theme, f.theme);
    audit("text", old.text, f.text);
    audit("evidence", learning_rules::join_ids(old.evidence), learning_rules::join_ids(f.evidence));
    tx.commit();
    m->publish_own(b.events, {BoardEvent::Type::LearningChanged, old.review}, false);
}

void Learning::update_recommendation(std::int64_t id, const RecommendationChange& change) {
    auto& b = *m_board.m;
    const Recommendation old = recommendation(id);  // NotFound
    storage::LearningStore ls(b.store);

    Recommendation r = old;
    if (change.text) r.text = require_text("recommendation text", *change.text);
    if (change.addressee) r.addressee = learning_rules::require_addressee(*change.addressee);
    if (change.type) r.type = *change.type;
    if (change.findings) {
        r.findings = learning_rules::unique_sorted(*change.findings);
        learning_rules::require_findings_of(ls, r.findings, b.store.review_id(old.review), old.review);
    }
    if (r.text == old.text && r.addressee == old.addressee && r.type == old.type && r.findings == old.findings) return;

    storage::Store::Transaction tx(b.store);
    ls.update_recommendation(r);
    const FieldAudit audit{b.store, b.actor, "recommendation.edit", old.review, "recommendation", std::to_string(id)};
    audit("text", old.text, r.text);
    audit("addressee", old.addressee, r.addressee);
    audit("type", to_string(old.type), to_string(r.type));
    audit("findings", learning_rules::join_ids(old.findings), learning_rules::join_ids(r.findings));
    tx.commit();
    // The near-duplicate index holds the old wording; rows are not added, so its row count cannot
    // tell. Rebuilt on the next check.
    m->index_fresh = false;
    m->publish_own(b.events, {BoardEvent::Type::LearningChanged, old.review}, false);
}

}  // namespace model
