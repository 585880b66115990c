// SPDX-License-Identifier: MIT
// Registering reviews and moving them through their pathway's stages.
#include "model/core/error.h"
#include "model/register/board.h"
#include "model/register/board_impl.h"
#include "model/register/validation.h"

namespace model {

std::string Board::add_review(const NewReview& in) {
    const Pathway& pathway = m->pathways.get(in.pathway_id);
    NewReview review = in;
    review.title = require_text("title", in.title);
    review.child = trimmed(in.child);
    require_date("aware", in.aware);

    const std::string prefix = ref_prefix(pathway.id);
    const int year = review.aware.year();
    storage::Store::Transaction tx(m->store);
    const int number = m->store.last_ref_number(prefix, year) + 1;
    char ref[64];
    std::snprintf(ref, sizeof ref, "%s-%d-%03d", prefix.c_str(), year, number);
    m->store.insert_review(ref, review);
    const std::string& who = m->actor;
    m->store.audit(who, "review.add", ref, "review", ref, "pathway", "", pathway.id);
    m->store.audit(who, "review.add", ref, "review", ref, "title", "", review.title);
    m->store.audit(who, "review.add", ref, "review", ref, "aware", "", review.aware.iso());
    m->store.audit(who, "review.add", ref, "review", ref, "region", "", std::string(region_id(review.region)));
    if (!review.child.empty()) m->store.audit(who, "review.add", ref, "review", ref, "child", "", review.child);
    tx.commit();
    m->events.publish({BoardEvent::Type::ReviewAdded, ref});
    return ref;
}

void Board::complete_stage(const std::string& ref, const std::string& stage_id, Date date, const std::string& note) {
    const Review review = m->review(ref);
    const Pathway& pathway = m->pathway_of(review);
    const int index = pathway.stage_index(stage_id);
    if (index < 0) {
        std::string known;
        for (const auto& s : pathway.stages) known += (known.empty() ? "" : ", ") + s.id;
        throw not_found("unknown stage '" + stage_id + "' for pathway " + pathway.id + " (stages: " + known + ")");
    }
    require_date("date", date);
    if (const StageCompletion* done = review.completion(stage_id))
        throw bad_input("stage '" + stage_id + "' of " + ref + " was already completed on " + done->date.iso());
    if (date < review.aware)
        throw bad_input("date " + date.iso() + " is before " + ref + "'s aware date " + review.aware.iso());
    for (int i = 0; i < index; ++i) {
        const StageDef& earlier = pathway.stages[std::size_t(i)];
        const StageCompletion* done = review.completion(earlier.id);
        if (!done && !earlier.optional)
            throw bad_input("cannot complete stage '" + stage_id + "' of " + ref + " before stage '" + earlier.id +
                            "' (" + earlier.name + ")");
        if (done && date < done->date)
            throw bad_input("date " + date.iso() + " for stage '" + stage_id + "' is before stage '" + earlier.id +
                            "' was completed on " + done->date.iso());
    }
    // A later stage already done means this one was skipped as optional: completing it now would
    // rewrite history out of order.
    for (std::size_t i = std::size_t(index) + 1; i < pathway.stages.size(); ++i)
        if (const StageCompletion* later = review.completion(pathway.stages[i].id))
            throw bad_input("cannot complete stage '" + stage_id + "' of " + ref + " after the later stage '" +
                            later->stage_id + "' (completed " + later->date.iso() + ")");

    storage::Store::Transaction tx(m->store);
    m->store.insert_stage(ref, {stage_id, date, trimmed(note)});
    m->store.audit(m->actor, "stage.complete", ref, "stage", stage_id, "completed_on", "", date.iso());
    if (!trimmed(note).empty()) m->store.audit(m->actor, "stage.complete", ref, "stage", stage_id, "note", "", trimmed(note));
    tx.commit();
    m->events.publish({BoardEvent::Type::ReviewChanged, ref});
}

void Board::set_planned_publication(const std::string& ref, std::optional<Date> date) {
    const Review review = m->review(ref);
    if (date) {
        require_date("planned publication", *date);
        if (*date < review.aware)
            throw bad_input("planned publication " + date->iso() + " is before " + ref + "'s aware date " +
                            review.aware.iso());
    }
    storage::Store::Transaction tx(m->store);
    m->store.set_planned_publication(ref, date);
    m->store.audit(m->actor, "review.plan-publication", ref, "review", ref, "planned_publication",
                   review.planned_publication ? review.planned_publication->iso() : "", date ? date->iso() : "");
    tx.commit();
    m->events.publish({BoardEvent::Type::ReviewChanged, ref});
}

}  // namespace model
