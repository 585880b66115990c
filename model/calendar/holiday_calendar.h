// SPDX-License-Identifier: MIT
#pragma once
#include "model/calendar/bank_holiday.h"
#include "model/calendar/duration.h"
#include "model/calendar/region.h"
#include "model/core/date.h"

#include <cstdint>
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
    /// One (region, year): bit i of `non_working` is set when day `first + i` is a weekend day or a
    /// bank holiday; bit i of `holiday` when it is a bank holiday. 48 bytes each, so copying one into
    /// the per-region hot slot is cheap and keeps the class safely copyable (no pointers into caches).
    struct YearTable {
        static constexpr int kWords = 6;  // 6 * 64 = 384 >= 366 days
        std::int32_t first = 0;           // serial of 1 January
        std::int32_t days = 0;            // 365 or 366; 0 marks an empty slot
        std::uint64_t non_working[kWords] = {};
        std::uint64_t holiday[kWords] = {};
    };
    const YearTable& table(Region region, int year) const;
    /// The table whose year contains `serial`, through the region's hot slot.
    const YearTable& table_for(Region region, std::int32_t serial) const;
    int count_working(Region region, std::int32_t lo, std::int32_t hi) const;  // in [lo, hi]

    std::map<std::pair<Region, int>, std::vector<BankHoliday>> m_overrides;
    mutable std::map<std::pair<Region, int>, YearTable> m_cache;
    mutable YearTable m_hot[3];  // last table used per region
};

}  // namespace model
