// SPDX-License-Identifier: MIT
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace model {

/// A calendar date (proleptic Gregorian), stored as a day number so that comparisons and day
/// arithmetic are integer operations: the working-day calendar adds millions of days a second.
/// Kept free of Boost in the header so that every translation unit stays light.
class Date {
public:
    /// An invalid date; valid() is false. Only useful as a placeholder.
    Date() = default;

    /// @throws model::Error (BadInput) naming the value when there is no such day (2025-02-30).
    static Date from_ymd(int year, int month, int day);
    static std::optional<Date> try_ymd(int year, int month, int day);

    /// Strict ISO 8601 `YYYY-MM-DD`.
    /// @throws model::Error (BadInput) `invalid date '2025-02-30'` when malformed or impossible.
    static Date parse_iso(std::string_view text);
    static std::optional<Date> try_parse_iso(std::string_view text);

    static Date from_serial(std::int32_t days_since_epoch) { Date d; d.m_days = days_since_epoch; return d; }

    /// Today in the local time zone.
    static Date today();

    bool valid() const { return m_days != kInvalid; }
    int year() const;
    int month() const;
    int day() const;
    /// ISO weekday: 1 = Monday … 7 = Sunday.
    int iso_weekday() const;
    bool is_weekend() const { return iso_weekday() >= 6; }

    std::string iso() const;
    /// "3 April 2015": the form people read in reports and dialogs.
    std::string long_form() const;

    Date add_days(int n) const { return from_serial(m_days + n); }
    /// The corresponding-date rule: same day number in the target month, or that month's last day
    /// when it has no such day (31 Aug + 6 months = 28/29 Feb; 28 Feb + 6 months = 28 Aug).
    Date add_months(int n) const;
    /// Calendar days from this date to `other` (negative when `other` is earlier).
    int days_until(Date other) const { return other.m_days - m_days; }

    std::int32_t serial() const { return m_days; }

    friend bool operator==(Date a, Date b) { return a.m_days == b.m_days; }
    friend bool operator!=(Date a, Date b) { return a.m_days != b.m_days; }
    friend bool operator<(Date a, Date b) { return a.m_days < b.m_days; }
    friend bool operator<=(Date a, Date b) { return a.m_days <= b.m_days; }
    friend bool operator>(Date a, Date b) { return a.m_days > b.m_days; }
    friend bool operator>=(Date a, Date b) { return a.m_days >= b.m_days; }

private:
    static constexpr std::int32_t kInvalid = INT32_MIN;
    std::int32_t m_days = kInvalid;  // days since 1970-01-01
};

/// Days in a month of a year (leap years included).
int days_in_month(int year, int month);

}  // namespace model
