// SPDX-License-Identifier: MIT
#pragma once
#include "model/core/date.h"

#include <optional>
#include <string>
#include <string_view>
#include <variant>

namespace model {

/// A date as an agency wrote it: exact ("22/05/2016"), partial ("June 2016", "2016"), or uncertain
/// ("?22 May 2016", "c. May 2016"). Kept with its precision so that a chronology sorts sensibly (a
/// month-only entry sorts at the start of its month, after exact entries of the day before) and shows
/// what the agency actually knew.
struct FuzzyDate {
    enum class Precision { Day, Month, Year };

    Date earliest;               ///< first day the date can mean (1 June 2016 for "June 2016")
    Date latest;                 ///< last day it can mean (30 June 2016)
    Precision precision = Precision::Day;
    bool uncertain = false;      ///< written with "?", "c.", "approx", "circa", "about", …

    /// ISO for a day ("2016-05-22"), "2016-06" for a month, "2016" for a year; "~" prefixed when uncertain.
    std::string display() const;
    /// For people, day-first and unambiguous in any locale: "22 May 2016", "May 2016", "2016";
    /// "c. " prefixed when uncertain (which parse_uk_date reads back).
    std::string long_form() const;
};

/// Why a date could not be read, for the import's error message.
struct DateProblem {
    std::string reason;  ///< "no such day: 31/02/2015 (February 2015 has 28 days)", "not a date: 'tbc'",
                         ///< "year out of range: …", "not a time: …"
};

/// Reads the date forms agencies use, always day-first (UK): `22/05/2016`, `22/05/16`, `22.05.16`,
/// `22-05-2016`, `22-may-16`, `22 May 2016`, `3rd April 2015`, `Tuesday 3 April 2015`, `April 2015`,
/// `Apr-15`, `2016-05-22`, `2016`, with an optional uncertainty marker. Two-digit years: 00–69 are 20xx,
/// 70–99 are 19xx. Never guesses month-first.
/// @return the date, or the reason it is not one (an impossible day is a problem, not a guess).
std::variant<FuzzyDate, DateProblem> parse_uk_date(std::string_view text);

/// An Excel serial day number (1900 date system, with Excel's phantom 29 Feb 1900) as a date:
/// 1 = 1900-01-01, 59 = 1900-02-28, 61 = 1900-03-01, 42512 = 2016-05-22. The fraction (time) is ignored.
/// @return nullopt below 1, above 2958465 (9999-12-31), for NaN, and for 60, the 29 February 1900 that
/// never was (reported rather than silently moved to a neighbouring day).
std::optional<Date> excel_serial_date(double serial);

/// A time of day in minutes after midnight: `14:30`, `14.30`, `1430`, `2.30pm`, `2:30 PM`, `09:05:00`,
/// `noon`, `midnight`. Empty text is "no time" (nullopt, not a problem). An Excel time cell's fraction
/// of a day with one leading zero ("0.604166", "0.5") is read as such ("00.30" is 00:30).
/// @return minutes, nullopt for empty, or a problem.
std::variant<std::optional<int>, DateProblem> parse_time_of_day(std::string_view text);

/// "14:30".
std::string format_time(int minutes);

}  // namespace model
