// SPDX-License-Identifier: MIT
#include "model/calendar/holiday_calendar.h"

#include "model/core/error.h"

#include <algorithm>
#include <climits>

namespace model {
namespace {

constexpr int kMinYear = 1400;  // Date's range (Boost's)
constexpr int kMaxYear = 9999;

// Day number <-> civil date without Boost, for the hot path (H. Hinnant's algorithms).
std::int32_t days_from_civil(int y, int m, int d) {
    y -= m <= 2;
    const int era = (y >= 0 ? y : y - 399) / 400;
    const int yoe = y - era * 400;
    const int doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

int year_of(std::int32_t z) {
    z += 719468;
    const int era = (z >= 0 ? z : z - 146096) / 146097;
    const int doe = z - era * 146097;
    const int yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const int doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const int mp = (5 * doy + 2) / 153;
    const int m = mp < 10 ? mp + 3 : mp - 9;
    return yoe + era * 400 + (m <= 2);
}

bool weekend_serial(std::int32_t s) {
    int r = ((s % 7) + 7) % 7;  // 0 = Thursday (1970-01-01)
    return r == 2 || r == 3;    // Saturday, Sunday
}

int region_index(Region r) { return static_cast<int>(r); }

bool by_date(const BankHoliday& a, const BankHoliday& b) { return a.date < b.date; }

}  // namespace

void HolidayCalendar::override_with(Region region, const std::vector<BankHoliday>& holidays) {
    std::map<int, std::vector<BankHoliday>> by_year;
    for (const BankHoliday& h : holidays) {
        if (!h.date.valid()) throw bad_input("bank holiday '" + h.title + "' has no valid date");
        by_year[h.date.year()].push_back(h);
    }
    for (auto& [year, list] : by_year) {
        std::stable_sort(list.begin(), list.end(), by_date);
        m_overrides[{region, year}] = std::move(list);
        m_cache.erase({region, year});
    }
    m_hot[region_index(region)] = YearTable{};
}

void HolidayCalendar::override_with(const HolidaySet& set) {
    for (const auto& [region, list] : set) override_with(region, list);
}

std::vector<BankHoliday> HolidayCalendar::holidays(Region region, int year) const {
    auto it = m_overrides.find({region, year});
    if (it != m_overrides.end()) return it->second;
    return derived_bank_holidays(region, year);
}

const HolidayCalendar::YearTable& HolidayCalendar::table(Region region, int year) const {
    auto key = std::make_pair(region, year);
    auto it = m_cache.find(key);
    if (it != m_cache.end()) return it->second;

    if (year < kMinYear || year > kMaxYear)
        throw bad_input("date in year " + std::to_string(year) + " is outside the supported range (" +
                        std::to_string(kMinYear) + "-" + std::to_string(kMaxYear) + ")");
    YearTable t;
    t.first = days_from_civil(year, 1, 1);
    t.days = days_from_civil(year + 1, 1, 1) - t.first;
    for (int i = 0; i < t.days; ++i)
        if (weekend_serial(t.first + i)) t.non_working[i / 64] |= std::uint64_t(1) << (i % 64);
    for (const BankHoliday& h : holidays(region, year)) {
        std::int32_t i = h.date.serial() - t.first;
        if (i < 0 || i >= t.days) continue;
        t.non_working[i / 64] |= std::uint64_t(1) << (i % 64);
        t.holiday[i / 64] |= std::uint64_t(1) << (i % 64);
    }
    return m_cache.emplace(key, t).first->second;
}

const HolidayCalendar::YearTable& HolidayCalendar::table_for(Region region, std::int32_t serial) const {
    YearTable& hot = m_hot[region_index(region)];
    if (static_cast<std::uint32_t>(serial - hot.first) < static_cast<std::uint32_t>(hot.days)) return hot;
    hot = table(region, year_of(serial));
    return hot;
}

bool HolidayCalendar::is_bank_holiday(Region region, Date date) const {
    if (!date.valid()) return false;
    const YearTable& t = table_for(region, date.serial());
    int i = date.serial() - t.first;
    return (t.holiday[i / 64] >> (i % 64)) & 1u;
}

bool HolidayCalendar::is_working_day(Region region, Date date) const {
    if (!date.valid()) return false;
    const YearTable& t = table_for(region, date.serial());
    int i = date.serial() - t.first;
    return !((t.non_working[i / 64] >> (i % 64)) & 1u);
}

Date HolidayCalendar::add_working_days(Region region, Date start, int n) const {
    if (!start.valid()) throw bad_input("cannot add working days to an invalid date");
    if (n == 0) return start;
    const int step = n > 0 ? 1 : -1;
    int remaining = n > 0 ? n : -n;
    std::int32_t s = start.serial();
    const YearTable* t = &table_for(region, s);
    for (;;) {
        s += step;
        std::uint32_t i = static_cast<std::uint32_t>(s - t->first);
        if (i >= static_cast<std::uint32_t>(t->days)) {
            t = &table_for(region, s);
            i = static_cast<std::uint32_t>(s - t->first);
        }
        if (!((t->non_working[i >> 6] >> (i & 63)) & 1u) && --remaining == 0) return Date::from_serial(s);
    }
}

int HolidayCalendar::count_working(Region region, std::int32_t lo, std::int32_t hi) const {
    // Working days in [lo, hi], a year at a time with popcounts.
    int count = 0;
    while (lo <= hi) {
        const YearTable& t = table_for(region, lo);
        int a = lo - t.first;
        int b = std::min(hi - t.first, t.days - 1);  // inclusive
        int non_working = 0;
        for (int w = a / 64; w <= b / 64; ++w) {
            std::uint64_t bits = t.non_working[w];
            int from = std::max(a, w * 64) - w * 64, to = std::min(b, w * 64 + 63) - w * 64;  // inclusive
            std::uint64_t mask = (to == 63 ? ~std::uint64_t(0) : ((std::uint64_t(1) << (to + 1)) - 1)) &
                                 ~((std::uint64_t(1) << from) - 1);
            non_working += __builtin_popcountll(bits & mask);
        }
        count += (b - a + 1) - non_working;
        lo = t.first + b + 1;
    }
    return count;
}

int HolidayCalendar::working_days_between(Region region, Date from, Date to) const {
    if (!from.valid() || !to.valid()) throw bad_input("cannot count working days between invalid dates");
    if (from == to) return 0;
    if (from < to) return count_working(region, from.serial() + 1, to.serial());
    return -count_working(region, to.serial() + 1, from.serial());
}

Date HolidayCalendar::add(Region region, Date start, int amount, DurationUnit unit) const {
    switch (unit) {
        case DurationUnit::WorkingDays: return add_working_days(region, start, amount);
        case DurationUnit::Days:
            if (!start.valid()) throw bad_input("cannot add days to an invalid date");
            return start.add_days(amount);
        case DurationUnit::Months:
            if (!start.valid()) throw bad_input("cannot add months to an invalid date");
            return start.add_months(amount);
    }
    return start;
}

int HolidayCalendar::units_between(Region region, Date from, Date to, DurationUnit unit) const {
    if (unit == DurationUnit::WorkingDays) return working_days_between(region, from, to);
    if (!from.valid() || !to.valid()) throw bad_input("cannot count days between invalid dates");
    return from.days_until(to);
}

}  // namespace model
