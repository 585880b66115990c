// SPDX-License-Identifier: MIT
// Learning: actions, their lifecycle and RAG, and evidence of impact.
#include "model/learning/learning.h"

#include "model/core/capped_file.h"
#include "model/core/error.h"
#include "model/learning/learning_impl.h"
#include "model/core/sha256.h"
#include "model/register/board_impl.h"
#include "model/register/validation.h"

#include <algorithm>
#include <cctype>
#include <filesystem>

namespace model {
namespace {

bool same_ignoring_case(const std::string& a, const std::string& b) {
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
               return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
           });
}

int rank(Rag rag) {
    switch (rag) {
    case Rag::Red: return 0;
    case Rag::Amber: return 1;
    case Rag::Green: return 2;
    case Rag::Grey: return 3;
    }
    return 4;
}


}  // namespace

std::int64_t Learning::add_action(std::int64_t recommendation_id, const NewAction& in) {
    auto& b = *m_board.m;
    const Recommendation rec = recommendation(recommendation_id);  // NotFound
    NewAction a;
    a.agency = require_text("agency", in.agency);
    a.owner = require_text("owner", in.owner);
    a.text = require_text("action text", in.text);
    require_date("due date", in.due);
    a.due = in.due;
    const Date agreed = in.agreed.value_or(Date::today());
    require_date("agreed date", agreed);
    if (agreed < rec.made)
        throw bad_input("agreed date " + agreed.iso() + " is before recommendation " + std::to_string(rec.number) +
                        " of " + rec.review + " was made (" + rec.made.iso() + ")");
    if (a.due < rec.made)
        throw bad_input("due date " + a.due.iso() + " is before recommendation " + std::to_string(rec.number) + " of " +
                        rec.review + " was made (" + rec.made.iso() + ")");
    if (a.due < agreed)
        throw bad_input("due date " + a.due.iso() + " is before the action was agreed (" + agreed.iso() + ")");

    storage::LearningStore ls(b.store);
    storage::Store::Transaction tx(b.store);
    const std::int64_t id = ls.insert_action(recommendation_id, a, agreed, b.actor);
    const std::string sid = std::to_string(id);
    const char* act = "action.add";
    b.store.audit(b.actor, act, rec.review, "action", sid, "recommendation", "", std::to_string(recommendation_id));
    b.store.audit(b.actor, act, rec.review, "action", sid, "agency", "", a.agency);
    b.store.audit(b.actor, act, rec.review, "action", sid, "owner", "", a.owner);
    b.store.audit(b.actor, act, rec.review, "action", sid, "text", "", a.text);
    b.store.audit(b.actor, act, rec.review, "action", sid, "due", "", a.due.iso());
    b.store.audit(b.actor, act, rec.review, "action", sid, "status", "", "agreed " + agreed.iso());
    tx.commit();
    // Keep the cached rows (ordered by id) in step instead of reloading 50,000 of them.
    if (m->actions_fresh) {
        ActionRecord r;
        r.id = id;
        r.recommendation_id = recommendation_id;
        r.review = rec.review;
        r.recommendation_number = rec.number;
        r.agency = a.agency;
        r.owner = a.owner;
        r.text = a.text;
        r.due = a.due;
        r.steps[0] = agreed;
        m->actions.push_back(std::move(r));
    }
    m->publish_own(b.events, {BoardEvent::Type::LearningChanged, rec.review}, false);
    return id;
}

void Learning::set_action_status(std::int64_t action_id, ActionStatus status, Date date, const std::string& evidence_text) {
    auto& b = *m_board.m;
    storage::LearningStore ls(b.store);
    const auto record = ls.load_action_record(action_id);
    if (!record) throw not_found("unknown action " + std::to_string(action_id));
    require_date("status date", date);
    const ActionStatus current = record->current_status();
    const std::string evidence = trimmed(evidence_text);

    if (current == ActionStatus::Closed) throw bad_input("status: action " + std::to_string(action_id) + " is already closed");
    const auto next = static_cast<ActionStatus>(static_cast<int>(current) + 1);
    if (status != next)
        throw bad_input("status: action " + std::to_string(action_id) + " cannot go from " + to_string(current) + " to " +
                        to_string(status) + "; the next step is " + to_string(next));
    const Date previous = *record->steps[static_cast<std::size_t>(current)];
    if (date < previous)
        throw bad_input("status date " + date.iso() + " is before the action became " + to_string(current) + " (" +
                        previous.iso() + ")");
    if (status == ActionStatus::Closed && evidence.empty())
        throw bad_input("evidence: closing action " + std::to_string(action_id) +
                        " needs evidence that it is complete and has made a difference");
    if (status == ActionStatus::EffectivenessReviewed) {
        const auto held = ls.load_evidence(action_id);
        const bool any = std::any_of(held.begin(), held.end(), [&](const ImpactEvidence& e) { return e.date <= date; });
        if (!any)
            throw bad_input("evidence: the effectiveness review of action " + std::to_string(action_id) +
                            " needs evidence of impact (re-audit, outcome measure or practitioner feedback) recorded on or "
                            "before " + date.iso());
    }

    storage::Store::Transaction tx(b.store);
    ls.insert_step(action_id, status, date, evidence, b.actor);
    const std::string sid = std::to_string(action_id);
    b.store.audit(b.actor, "action.status", record->review, "action", sid, "status",
                  to_string(current) + " " + previous.iso(), to_string(status) + " " + date.iso());
    if (!evidence.empty()) b.store.audit(b.actor, "action.status", record->review, "action", sid, "evidence", "", evidence);
    tx.commit();
    if (m->actions_fresh) {
        auto cached = std::lower_bound(m->actions.begin(), m->actions.end(), action_id,
                                       [](const ActionRecord& r, std::int64_t id) { return r.id < id; });
        if (cached != m->actions.end() && cached->id == action_id)
            cached->steps[static_cast<std::size_t>(status)] = date;
        else
            m->actions_fresh = false;
    }
    m->publish_own(b.events, {BoardEvent::Type::LearningChanged, record->review}, false);
}

Action Learning::action(std::int64_t id) const {
    storage::LearningStore ls(m_board.m->store);
    const auto r = ls.load_action_record(id);
    if (!r) throw not_found("unknown action " + std::to_string(id));
    Action a;
    a.id = r->id;
    a.recommendation_id = r->recommendation_id;
    a.review = r->review;
    a.recommendation_number = r->recommendation_number;
    a.agency = r->agency;
    a.owner = r->owner;
    a.text = r->text;
    a.due = r->due;
    a.status = r->current_status();
    a.history = ls.load_history(id);
    a.evidence = ls.load_evidence(id);
    return a;
}

std::vector<ActionRow> Learning::actions(Date as_of, const ActionFilter& filter) const {
    require_date("as-of date", as_of);
    auto& b = *m_board.m;
    if (!filter.review.empty()) b.review(filter.review);  // unknown review: NotFound
    storage::LearningStore ls(b.store);
    m->sync(ls, b.events);
    // Rank small keys first and build the rows (their strings) once, in the final order: moving whole
    // rows about in the sort, or copying text for rows filtered out, is most of the cost at 50,000.
    struct Ranked {
        int rag;
        int days_late;
        Date due;
        std::int64_t id;
        std::uint32_t index;
    };
    const auto& records = m->action_records(ls);
    std::vector<Ranked> ranked;
    ranked.reserve(records.size());
    for (std::size_t i = 0; i < records.size(); ++i) {
        const ActionRecord& r = records[i];
        if (!filter.review.empty() && r.review != filter.review) continue;
        if (!filter.agency.empty() && !same_ignoring_case(r.agency, filter.agency)) continue;
        if (!r.status_as_of(as_of)) continue;  // not agreed yet on that date
        const ActionRow row = action_row_status(r, as_of, m->policy);
        if (filter.status && row.status != *filter.status) continue;
        if (filter.rag && row.rag != *filter.rag) continue;
        ranked.push_back({rank(row.rag), row.days_late, row.due, row.id, std::uint32_t(i)});
    }
    // Most urgent first: red (most days late first), amber, green, grey; then due date, then id.
    std::sort(ranked.begin(), ranked.end(), [](const Ranked& a, const Ranked& b) {
        if (a.rag != b.rag) return a.rag < b.rag;
        if (a.days_late != b.days_late) return a.days_late > b.days_late;
        if (a.due != b.due) return a.due < b.due;
        return a.id < b.id;
    });
    std::vector<ActionRow> out;
    out.reserve(ranked.size());
    for (const auto& x : ranked) out.push_back(action_row(records[x.index], as_of, m->policy));
    return out;
}

std::vector<ActionRow> Learning::actions_of(std::int64_t recommendation_id, Date as_of) const {
    require_date("as-of date", as_of);
    const Recommendation rec = recommendation(recommendation_id);
    auto& b = *m_board.m;
    storage::LearningStore ls(b.store);
    m->sync(ls, b.events);
    std::vector<ActionRow> out;
    for (const ActionRecord& r : m->action_records(ls))
        if (r.recommendation_id == recommendation_id && r.status_as_of(as_of)) out.push_back(action_row(r, as_of, m->policy));
    return out;
}

std::vector<std::string> Learning::action_agencies() const {
    return storage::LearningStore(m_board.m->store).action_agencies();
}

// ---- evidence of impact -------------------------------------------------------------------------

std::int64_t Learning::add_evidence(std::int64_t action_id, const NewEvidence& in) {
    auto& b = *m_board.m;
    storage::LearningStore ls(b.store);
    const auto record = ls.load_action_record(action_id);
    if (!record) throw not_found("unknown action " + std::to_string(action_id));

    ImpactEvidence e;
    e.action_id = action_id;
    e.kind = in.kind;
    e.text = require_text("evidence text", in.text);
    e.date = in.date.value_or(Date::today());
    require_date("evidence date", e.date);
    const Date agreed = *record->steps[0];
    if (e.date < agreed)
        throw bad_input("evidence date " + e.date.iso() + " is before action " + std::to_string(action_id) +
                        " was agreed (" + agreed.iso() + ")");
    e.recorded_by = b.actor;
    std::vector<unsigned char> content;
    if (!in.file_path.empty()) {
        const std::string bytes = read_file_capped(in.file_path, kEvidenceFileMaxBytes);
        content.assign(bytes.begin(), bytes.end());
        e.file_name = std::filesystem::path(in.file_path).filename().string();
        e.file_size = std::int64_t(content.size());
        e.sha256 = sha256_hex(std::string_view(reinterpret_cast<const char*>(content.data()), content.size()));
    }

    storage::Store::Transaction tx(b.store);
    const std::int64_t id = ls.insert_evidence(e, content);
    const std::string sid = std::to_string(id);
    b.store.audit(b.actor, "evidence.add", record->review, "evidence", sid, "action", "", std::to_string(action_id));
    b.store.audit(b.actor, "evidence.add", record->review, "evidence", sid, "kind", "", to_string(e.kind));
    b.store.audit(b.actor, "evidence.add", record->review, "evidence", sid, "text", "", e.text);
    b.store.audit(b.actor, "evidence.add", record->review, "evidence", sid, "date", "", e.date.iso());
    if (!e.file_name.empty())
        b.store.audit(b.actor, "evidence.add", record->review, "evidence", sid, "file", "",
                      e.file_name + " (" + std::to_string(e.file_size) + " bytes, sha256 " + e.sha256 + ")");
    tx.commit();
    m->publish_own(b.events, {BoardEvent::Type::LearningChanged, record->review}, false);
    return id;
}

std::vector<unsigned char> Learning::evidence_file(std::int64_t evidence_id) const {
    auto content = storage::LearningStore(m_board.m->store).evidence_content(evidence_id);
    if (!content) throw not_found("unknown evidence " + std::to_string(evidence_id));
    return std::move(*content);
}

}  // namespace model
