// SPDX-License-Identifier: MIT
#include "model/core/date.h"

#include "model/core/error.h"

#include <boost/date_time/gregorian/gregorian.hpp>

#include <cstdio>
#include <ctime>

namespace model {
namespace {

namespace greg = boost::gregorian;

const greg::date kEpoch(1970, 1, 1);

greg::date to_boost(Date d) { return kEpoch + greg::date_duration(d.serial()); }

Date from_boost(const greg::date& d) { return Date::from_serial(static_cast<std::int32_t>((d - kEpoch).days())); }

bool all_digits(std::string_view s) {
    for (char c : s)
        if (c < '0' || c > '9') return false;
    return !s.empty();
}

// Digits only, checked by the caller; hot when loading thousands of rows.
int to_int(std::string_view digits) {
    int v = 0;
    for (char c : digits) v = v * 10 + (c - '0');
    return v;
}

const char* const kMonthNames[] = {"January", "February", "March",     "April",   "May",      "June",
                                   "July",    "August",   "September", "October", "November", "December"};

}  // namespace

int days_in_month(int year, int month) {
    return greg::gregorian_calendar::end_of_month_day(static_cast<unsigned short>(year),
                                                      static_cast<unsigned short>(month));
}

std::optional<Date> Date::try_ymd(int year, int month, int day) {
    // Boost's range is 1400-9999; reviews live well inside it.
    if (year < 1400 || year > 9999 || month < 1 || month > 12 || day < 1) return std::nullopt;
    if (day > days_in_month(year, month)) return std::nullopt;
    return from_boost(greg::date(static_cast<unsigned short>(year), static_cast<unsigned short>(month),
                                 static_cast<unsigned short>(day)));
}

Date Date::from_ymd(int year, int month, int day) {
    if (auto d = try_ymd(year, month, day)) return *d;
    char buf[64];
    std::snprintf(buf, sizeof buf, "invalid date '%04d-%02d-%02d'", year, month, day);
    throw bad_input(buf);
}

std::optional<Date> Date::try_parse_iso(std::string_view s) {
    if (s.size() != 10 || s[4] != '-' || s[7] != '-') return std::nullopt;
    auto y = s.substr(0, 4), m = s.substr(5, 2), d = s.substr(8, 2);
    if (!all_digits(y) || !all_digits(m) || !all_digits(d)) return std::nullopt;
    return try_ymd(to_int(y), to_int(m), to_int(d));
}

Date Date::parse_iso(std::string_view s) {
    if (auto d = try_parse_iso(s)) return *d;
    throw bad_input("invalid date '" + std::string(s) + "' (expected YYYY-MM-DD)");
}

Date Date::today() {
    std::time_t t = std::time(nullptr);
    std::tm local{};
    localtime_r(&t, &local);
    return from_ymd(local.tm_year + 1900, local.tm_mon + 1, local.tm_mday);
}

int Date::year() const { return to_boost(*this).year(); }
int Date::month() const { return to_boost(*this).month(); }
int Date::day() const { return to_boost(*this).day(); }

int Date::iso_weekday() const {
    // 1970-01-01 was a Thursday (ISO 4).
    int r = ((m_days % 7) + 7) % 7;  // 0 = Thursday
    return (r + 3) % 7 + 1;
}

std::string Date::iso() const {
    if (!valid()) return "";
    auto ymd = to_boost(*this).year_month_day();
    char buf[32];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", int(ymd.year), int(ymd.month), int(ymd.day));
    return buf;
}

std::string Date::long_form() const {
    if (!valid()) return "";
    auto ymd = to_boost(*this).year_month_day();
    return std::to_string(int(ymd.day)) + " " + kMonthNames[ymd.month - 1] + " " + std::to_string(int(ymd.year));
}

Date Date::add_months(int n) const {
    auto ymd = to_boost(*this).year_month_day();
    int index = int(ymd.year) * 12 + (int(ymd.month) - 1) + n;
    int year = index / 12, month = index % 12 + 1;
    int day = std::min<int>(ymd.day, days_in_month(year, month));
    return from_ymd(year, month, day);
}

}  // namespace model
