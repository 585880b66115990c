// SPDX-License-Identifier: MIT
#pragma once
#include "model/calendar/bank_holiday.h"
#include "model/calendar/duration.h"
#include "model/calendar/region.h"
#include "model/core/date.h"

#include <map>
#include <set>
#include <vector>

namespace model {

/// Working days per region: Monday to Friday, less that region's bank holidays. Holidays come from
/// the published rules for every year, except the (region, year) pairs covered by imported GOV.UK
/// data, where the imported list replaces the derived one entirely.
///
/// Fast by design: lookups go through a per-region table of non-working days built lazily per year,
/// so `add_working_days` costs a few hundred nanoseconds. Not thread-safe (lazy caches); use one per
/// thread or build it on the main thread.
class HolidayCalendar {
public:
    HolidayCalendar() = default;

    /// Replace the holidays of `region` for every year that `holidays` covers.
    void override_with(Region region, const std::vector<BankHoliday>& holidays);
    void override_with(const HolidaySet& set);

    /// The effective holidays of a region in a year, sorted by date.
    std::vector<BankHoliday> holidays(Region region, int year) const;
    bool is_bank_holiday(Region region, Date date) const;
    bool is_working_day(Region region, Date date) const;

    /// The n-th working day after `start` (n > 0), or before it (n < 0); `start` itself is never
    /// counted. n == 0 returns `start`.
    Date add_working_days(Region region, Date start, int n) const;
    /// Working days in the half-open span (from, to]; negative when `to` is before `from`.
    int working_days_between(Region region, Date from, Date to) const;

    /// Adds a duration in any unit: working days (this region), calendar days, or months by the
    /// corresponding-date rule. A negative amount counts backwards.
    Date add(Region region, Date start, int amount, DurationUnit unit) const;
    /// How many units lie in (from, to]: working days, calendar days; for months, calendar days.
    int units_between(Region region, Date from, Date to, DurationUnit unit) const;

private:
    struct YearTable;
    const YearTable& table(Region region, int year) const;

    std::map<std::pair<Region, int>, std::vector<BankHoliday>> m_overrides;
    mutable std::map<std::pair<Region, int>, YearTable> m_cache;
};

}  // namespace model
