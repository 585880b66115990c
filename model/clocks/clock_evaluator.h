// SPDX-License-Identifier: MIT
#pragma once
#include "model/calendar/holiday_calendar.h"
#include "model/clocks/clock_state.h"
#include "model/pathway/pathway.h"
#include "model/register/review.h"

namespace model {

/// Works out every clock of a review as it stood on `as_of`: anything recorded after that date
/// (stage completions, holds) is ignored, so a chair can look back, and look ahead by assuming
/// nothing more happens.
///
/// Rules:
/// - due = start + duration (or start - duration for a "before" clock) in the clock's unit;
/// - a pausable clock is extended by each hold that begins on or before its (extended) due date,
///   by the held span counted in the clock's unit (working days for a working-day clock, else
///   calendar days), up to the clock's end or `as_of`;
/// - met / met-late when the end stage was completed by `as_of`; paused when a hold covers `as_of`;
///   overdue after the due date; due-soon inside the amber window; otherwise on-track.
ClockReport evaluate_clocks(const Pathway& pathway, const Review& review, const HolidayCalendar& calendar,
                            Date as_of);

/// The person most recently appointed to `role` on the review; empty when nobody is.
std::string owner_for(const Review& review, const std::string& role);

}  // namespace model
