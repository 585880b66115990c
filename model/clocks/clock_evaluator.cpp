// SPDX-License-Identifier: MIT
#include "model/clocks/clock_evaluator.h"

#include <algorithm>

namespace model {
namespace {

std::optional<Date> completed_by(const Review& review, const std::string& stage_id, Date as_of) {
    const StageCompletion* c = review.completion(stage_id);
    if (!c || c->date > as_of) return std::nullopt;
    return c->date;
}

std::optional<Date> anchor_date(const ClockAnchor& anchor, const Review& review, Date as_of) {
    if (anchor.kind == ClockAnchor::Kind::Stage) return completed_by(review, anchor.id, as_of);
    if (anchor.id == "aware") return review.aware;
    if (anchor.id == "planned-publication") return review.planned_publication;
    return std::nullopt;
}

std::string waiting_for(const ClockAnchor& anchor, const Pathway& pathway) {
    if (anchor.kind == ClockAnchor::Kind::Stage) {
        const StageDef* s = pathway.find_stage(anchor.id);
        return "stage '" + (s ? s->name : anchor.id) + "'";
    }
    if (anchor.id == "planned-publication") return "a planned publication date";
    return "the date '" + anchor.id + "'";
}

}  // namespace

std::string owner_for(const Review& review, const std::string& role) {
    if (role.empty()) return "";
    for (auto it = review.appointments.rbegin(); it != review.appointments.rend(); ++it)
        if (it->role == role) return it->name;
    return "";
}

ClockReport evaluate_clocks(const Pathway& pathway, const Review& review, const HolidayCalendar& calendar,
                            Date as_of) {
    ClockReport report;
    const Region region = review.region;
    for (const ClockDef& def : pathway.clocks) {
        std::optional<Date> start = anchor_date(def.start, review, as_of);
        if (!start) {
            report.pending.push_back({def.id, def.name, waiting_for(def.start, pathway)});
            continue;
        }
        ClockState c;
        c.review_ref = review.ref;
        c.review_title = review.title;
        c.clock_id = def.id;
        c.clock_name = def.name;
        c.unit = def.duration.unit;
        c.pausable = def.pausable;
        c.owner_role = def.owner_role;
        c.owner = owner_for(review, def.owner_role);
        c.start = *start;
        int amount = def.before ? -def.duration.amount : def.duration.amount;
        c.base_due = calendar.add(region, *start, amount, def.duration.unit);
        c.due = c.base_due;
        c.met_on = completed_by(review, def.end_stage.empty() ? def.id : def.end_stage, as_of);

        const DurationUnit unit = counting_unit(def.duration.unit);
        const Date stop = c.met_on ? std::min(*c.met_on, as_of) : as_of;
        bool paused_now = false;
        if (def.pausable && !def.before) {
            for (const Hold& h : review.holds) {  // sorted by start
                if (h.from > as_of || h.from > c.due || h.from > stop) continue;
                Date held_to = h.to ? std::min(*h.to, stop) : stop;
                Date held_from = std::max(h.from, *start);
                if (held_to < held_from) continue;
                // The held span, inclusive of both ends, in the clock's own unit.
                int span = calendar.units_between(region, held_from.add_days(-1), held_to, unit);
                if (span <= 0) continue;
                c.paused += span;
                c.due = calendar.add(region, c.due, span, unit);
                if (!c.met_on && h.covers(as_of)) paused_now = true;
            }
        }

        if (c.met_on) {
            c.status = *c.met_on <= c.due ? ClockStatus::Met : ClockStatus::MetLate;
            if (c.status == ClockStatus::MetLate) c.days_late = calendar.units_between(region, c.due, *c.met_on, unit);
        } else if (paused_now) {
            c.status = ClockStatus::Paused;
            c.days_left = std::max(0, calendar.units_between(region, as_of, c.due, unit));
        } else if (as_of > c.due) {
            c.status = ClockStatus::Overdue;
            c.days_late = calendar.units_between(region, c.due, as_of, unit);
        } else {
            c.days_left = calendar.units_between(region, as_of, c.due, unit);
            Date amber_from = calendar.add(region, c.due, -def.amber.amount, def.amber.unit);
            c.status = (def.amber.amount > 0 && as_of >= amber_from) ? ClockStatus::DueSoon : ClockStatus::OnTrack;
        }
        report.clocks.push_back(std::move(c));
    }
    return report;
}

}  // namespace model
