// SPDX-License-Identifier: MIT
#pragma once
#include "model/calendar/duration.h"
#include "model/core/date.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace model {

enum class ClockStatus { OnTrack, DueSoon, Overdue, Met, MetLate, Paused };

/// The unit lateness, days left and hold extensions are counted in: the clock's own unit, except
/// that a month clock counts calendar days (a paused fortnight is a fortnight).
inline DurationUnit counting_unit(DurationUnit unit) {
    return unit == DurationUnit::Months ? DurationUnit::Days : unit;
}

/// "on-track", "due-soon", "overdue", "met", "met-late", "paused".
std::string_view status_id(ClockStatus status);
/// Sort key: what a chair must look at first (overdue, due soon, paused, on track, met late, met).
int urgency(ClockStatus status);

/// A running (or finished) clock of one review as of a date.
struct ClockState {
    std::string review_ref;
    std::string review_title;
    std::string clock_id;
    std::string clock_name;
    Date start;               ///< the anchor date (for a "before" clock, the event it precedes)
    Date base_due;            ///< due date before any hold
    Date due;                 ///< due date with holds applied
    int paused = 0;           ///< hold extension, in counting_unit(unit)
    DurationUnit unit = DurationUnit::Days;  ///< the clock's own unit
    ClockStatus status = ClockStatus::OnTrack;
    int days_late = 0;        ///< in the clock's unit (working days, else calendar days); 0 when not late
    int days_left = 0;        ///< same unit; 0 when due today or late
    std::optional<Date> met_on;
    std::string owner;        ///< the person appointed to owner_role; empty when nobody is
    std::string owner_role;
    bool pausable = false;
};

/// A clock whose start has not happened yet (e.g. no planned publication date).
struct PendingClock {
    std::string clock_id;
    std::string clock_name;
    std::string waiting_for;  ///< "stage 'decision'", "a planned publication date"
};

struct ClockReport {
    std::vector<ClockState> clocks;
    std::vector<PendingClock> pending;
};

}  // namespace model
