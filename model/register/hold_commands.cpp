// SPDX-License-Identifier: MIT
// Holds for parallel proceedings: they pause a review's pausable clocks, never silently.
#include "model/core/error.h"
#include "model/register/board.h"
#include "model/register/board_impl.h"
#include "model/register/validation.h"

namespace model {
namespace {

std::string describe(const Hold& h) {
    return h.proceeding + " hold from " + h.from.iso() + (h.to ? " to " + h.to->iso() : " (still open)");
}

bool overlaps(const Hold& h, Date from, std::optional<Date> to) {
    bool starts_before_other_ends = !h.to || from <= *h.to;
    bool ends_after_other_starts = !to || h.from <= *to;
    return starts_before_other_ends && ends_after_other_starts;
}

}  // namespace

std::int64_t Board::add_hold(const std::string& ref, const NewHold& in) {
    const Review review = m->review(ref);
    NewHold hold = in;
    require_one_of("proceeding", in.proceeding, proceeding_types());
    hold.reason = require_text("reason", in.reason);
    require_date("from", in.from);
    if (in.to && !in.to->valid()) throw bad_input("to is not a valid date");
    if (in.from < review.aware)
        throw bad_input("hold start " + in.from.iso() + " is before " + ref + "'s aware date " + review.aware.iso());
    if (in.to && *in.to < in.from)
        throw bad_input("hold end " + in.to->iso() + " is before its start " + in.from.iso());
    for (const Hold& h : review.holds)
        if (overlaps(h, in.from, in.to))
            throw bad_input("the hold overlaps the existing " + describe(h) + " on " + ref);

    storage::Store::Transaction tx(m->store);
    std::int64_t id = m->store.insert_hold(ref, hold);
    const std::string sid = std::to_string(id);
    m->store.audit(m->actor, "hold.add", ref, "hold", sid, "proceeding", "", hold.proceeding);
    m->store.audit(m->actor, "hold.add", ref, "hold", sid, "reason", "", hold.reason);
    m->store.audit(m->actor, "hold.add", ref, "hold", sid, "from", "", hold.from.iso());
    if (hold.to) m->store.audit(m->actor, "hold.add", ref, "hold", sid, "to", "", hold.to->iso());
    tx.commit();
    m->events.publish({BoardEvent::Type::ReviewChanged, ref});
    return id;
}

void Board::end_hold(const std::string& ref, Date date) {
    const Review review = m->review(ref);
    require_date("date", date);
    const Hold* open = nullptr;
    for (const Hold& h : review.holds)
        if (!h.to) open = &h;
    if (!open) throw bad_input(ref + " has no open hold to end");
    if (date < open->from)
        throw bad_input("end date " + date.iso() + " is before the hold's start " + open->from.iso());

    storage::Store::Transaction tx(m->store);
    m->store.close_hold(open->id, date);
    m->store.audit(m->actor, "hold.end", ref, "hold", std::to_string(open->id), "to", "", date.iso());
    tx.commit();
    m->events.publish({BoardEvent::Type::ReviewChanged, ref});
}

}  // namespace model
