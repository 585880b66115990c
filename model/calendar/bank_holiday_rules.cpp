// SPDX-License-Identifier: MIT
// Bank holidays of the three UK divisions, derived from the standing rules (Banking and Financial
// Dealings Act 1971, St Andrew's Day Bank Holiday (Scotland) Act 2007, the annual royal
// proclamations) and the one-off changes by proclamation. Titles, notes and bunting follow GOV.UK's
// bank-holidays.json so that derived and imported lists compare equal.
#include "model/calendar/bank_holiday.h"

#include "model/core/error.h"

#include <boost/date_time/gregorian/gregorian.hpp>

#include <algorithm>

namespace model {
namespace {

namespace greg = boost::gregorian;

// GOV.UK writes these with a right single quotation mark (U+2019).
const char* const kNewYear = "New Year\xE2\x80\x99s Day";
const char* const kSecondJanuary = "2nd January";
const char* const kGoodFriday = "Good Friday";
const char* const kEasterMonday = "Easter Monday";
const char* const kEarlyMay = "Early May bank holiday";
const char* const kSpring = "Spring bank holiday";
const char* const kSummer = "Summer bank holiday";
const char* const kStAndrew = "St Andrew\xE2\x80\x99s Day";
const char* const kStPatrick = "St Patrick\xE2\x80\x99s Day";
const char* const kBoyne = "Battle of the Boyne (Orangemen\xE2\x80\x99s Day)";
const char* const kChristmas = "Christmas Day";
const char* const kBoxing = "Boxing Day";
const char* const kSubstitute = "Substitute day";
const char* const kExtra = "Extra bank holiday";

const greg::date kEpoch(1970, 1, 1);

Date to_date(const greg::date& d) { return Date::from_serial(static_cast<std::int32_t>((d - kEpoch).days())); }

greg::date ymd(int year, int month, int day) {
    return greg::date(static_cast<unsigned short>(year), static_cast<unsigned short>(month),
                      static_cast<unsigned short>(day));
}

bool weekend(const greg::date& d) {
    auto w = d.day_of_week().as_number();  // 0 = Sunday
    return w == 0 || w == 6;
}

greg::date first_monday(int year, int month) {
    using nth = greg::nth_kday_of_month;
    return nth(nth::first, greg::Monday, static_cast<unsigned short>(month)).get_date(static_cast<unsigned short>(year));
}

greg::date last_monday(int year, int month) {
    return greg::last_kday_of_month(greg::Monday, static_cast<unsigned short>(month))
        .get_date(static_cast<unsigned short>(year));
}

/// The first Monday on or after `d` (the substitute for a fixed holiday at a weekend).
greg::date monday_on_or_after(const greg::date& d) {
    return greg::first_kday_after(greg::Monday).get_date(d - greg::days(1));
}

/// Easter Sunday by the anonymous Gregorian algorithm (Meeus/Jones/Butcher).
greg::date easter_sunday(int year) {
    int a = year % 19, b = year / 100, c = year % 100;
    int d = b / 4, e = b % 4;
    int f = (b + 8) / 25, g = (b - f + 1) / 3;
    int h = (19 * a + b - d - g + 15) % 30;
    int i = c / 4, k = c % 4;
    int l = (32 + 2 * e + 2 * i - h - k) % 7;
    int m = (a + 11 * h + 22 * l) / 451;
    int month = (h + l - 7 * m + 114) / 31;
    int day = (h + l - 7 * m + 114) % 31 + 1;
    return ymd(year, month, day);
}

class Builder {
public:
    void add(const greg::date& d, const char* title, const char* notes = "", bool bunting = true) {
        m_list.push_back(BankHoliday{to_date(d), title, notes, bunting});
    }
    bool taken(const greg::date& d) const {
        Date x = to_date(d);
        return std::any_of(m_list.begin(), m_list.end(), [x](const BankHoliday& h) { return h.date == x; });
    }
    /// A fixed-date holiday that moves to the next free weekday when it falls at a weekend or on a
    /// day already taken.
    void add_rolling(const greg::date& nominal, const char* title) {
        greg::date d = nominal;
        while (weekend(d) || taken(d)) d += greg::days(1);
        add(d, title, d == nominal ? "" : kSubstitute);
    }
    std::vector<BankHoliday> take() {
        std::stable_sort(m_list.begin(), m_list.end(),
                         [](const BankHoliday& a, const BankHoliday& b) { return a.date < b.date; });
        return std::move(m_list);
    }

private:
    std::vector<BankHoliday> m_list;
};

void new_year(Builder& b, Region region, int year) {
    // Scotland: 1 and 2 January, each rolling forward in order past weekends and each other
    // (2023: New Year's Day on Mon 2, 2nd January on Tue 3, as GOV.UK lists them).
    b.add_rolling(ymd(year, 1, 1), kNewYear);
    if (region == Region::Scotland) b.add_rolling(ymd(year, 1, 2), kSecondJanuary);
}

void christmas(Builder& b, int year) {
    // A day that is itself a weekday keeps its date; a weekend one takes the next free weekday.
    // 25 Dec on Sunday: Boxing Day stays Mon 26 and Christmas moves to Tue 27.
    greg::date xmas = ymd(year, 12, 25), boxing = ymd(year, 12, 26);
    if (!weekend(xmas)) b.add(xmas, kChristmas);
    if (!weekend(boxing)) b.add(boxing, kBoxing);
    if (weekend(xmas)) b.add_rolling(xmas, kChristmas);
    if (weekend(boxing)) b.add_rolling(boxing, kBoxing);
}

void monday_substituted(Builder& b, const greg::date& nominal, const char* title, bool bunting) {
    if (weekend(nominal))
        b.add(monday_on_or_after(nominal), title, kSubstitute, bunting);
    else
        b.add(nominal, title, "", bunting);
}

void early_may(Builder& b, int year) {
    if (year < 1978) return;  // first observed in 1978
    if (year == 1995 || year == 2020) {
        // Moved to 8 May for the 50th and 75th anniversaries of VE Day.
        b.add(ymd(year, 5, 8), "Early May bank holiday (VE day)");
        return;
    }
    b.add(first_monday(year, 5), kEarlyMay);
}

void spring(Builder& b, int year) {
    switch (year) {
        case 1977: b.add(ymd(1977, 6, 6), kSpring, kSubstitute); return;  // Silver Jubilee
        case 2002: b.add(ymd(2002, 6, 4), kSpring, kSubstitute); return;  // Golden Jubilee
        case 2012: b.add(ymd(2012, 6, 4), kSpring, kSubstitute); return;  // Diamond Jubilee
        case 2022: b.add(ymd(2022, 6, 2), kSpring); return;               // Platinum Jubilee
        default: b.add(last_monday(year, 5), kSpring); return;
    }
}

/// One-off extra days, the same in every division.
void extras(Builder& b, int year) {
    switch (year) {
        case 1977: b.add(ymd(1977, 6, 7), "Queen\xE2\x80\x99s Silver Jubilee", kExtra); break;
        case 1981: b.add(ymd(1981, 7, 29), "Royal wedding", kExtra); break;
        case 1999: b.add(ymd(1999, 12, 31), "Millennium celebrations", kExtra); break;
        case 2002: b.add(ymd(2002, 6, 3), "Queen\xE2\x80\x99s Golden Jubilee", kExtra); break;
        case 2011: b.add(ymd(2011, 4, 29), "Royal wedding", kExtra); break;
        case 2012: b.add(ymd(2012, 6, 5), "Queen\xE2\x80\x99s Diamond Jubilee", kExtra); break;
        case 2022:
            b.add(ymd(2022, 6, 3), "Platinum Jubilee bank holiday");
            b.add(ymd(2022, 9, 19), "Bank Holiday for the State Funeral of Queen Elizabeth II", "", false);
            break;
        case 2023: b.add(ymd(2023, 5, 8), "Bank holiday for the coronation of King Charles III"); break;
        default: break;
    }
}

}  // namespace

std::vector<BankHoliday> derived_bank_holidays(Region region, int year) {
    if (year < 1400 || year > 9999)
        throw bad_input("bank holidays for year " + std::to_string(year) + " are outside the supported range");

    Builder b;
    const greg::date easter = easter_sunday(year);

    new_year(b, region, year);
    if (region == Region::NorthernIreland) monday_substituted(b, ymd(year, 3, 17), kStPatrick, true);
    b.add(easter - greg::days(2), kGoodFriday, "", false);
    if (region != Region::Scotland)
        b.add(easter + greg::days(1), kEasterMonday, "", year != 2020);  // no bunting in lockdown
    early_may(b, year);
    spring(b, year);
    if (region == Region::NorthernIreland) monday_substituted(b, ymd(year, 7, 12), kBoyne, false);
    b.add(region == Region::Scotland ? first_monday(year, 8) : last_monday(year, 8), kSummer);
    if (region == Region::Scotland && year >= 2007) monday_substituted(b, ymd(year, 11, 30), kStAndrew, true);
    extras(b, year);
    christmas(b, year);
    return b.take();
}

}  // namespace model
