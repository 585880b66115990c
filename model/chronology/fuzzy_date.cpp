// SPDX-License-Identifier: MIT
// Reading agencies' dates. One hand-written pass over the text (no std::regex, no exceptions, no
// allocation unless the text is rejected): an import of 200,000 rows must not notice it.
//
// Decisions the header leaves open, taken here:
//   * Always day-first. All-numeric forms are D/M/Y, Y-M-D (four-digit year first), M/Y or Y-M.
//   * A month name followed by a two-digit number and nothing else ("Jun-16", "June 16") is a
//     month and a two-digit year (Excel's "mmm-yy"), never a day without a year.
//   * A weekday ("Tuesday 3 April 2015") is ignored, not checked: agencies get it wrong often
//     (3 April 2015 was a Friday) and the day and month are what they meant.
//   * "early/mid/late/beginning/start/end" are uncertainty: "early June 2016" is June 2016, uncertain.
//   * A time after the date ("2016-05-22T14:30", "22/05/2016 14:30:00", "22/05/2016 at 2.30pm") must be
//     a valid time, and only the date is kept. Times with a colon are found on the fast path; others
//     ("14.30", "2pm") only after the plain reading failed, and never a bare number ("2015 2016").
//   * Periods ("2015-2016", "May-June 2016") are not dates: the caller gets a problem, not a guess.
#include "model/chronology/fuzzy_date.h"

#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstring>

namespace model {
namespace {

constexpr int kMinYear = 1900;
constexpr int kMaxYear = 2100;

constexpr bool is_leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

constexpr int month_days(int y, int m) {
    constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m == 2 && is_leap(y) ? 29 : kDays[m - 1];
}

// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil), matching
// model::Date's serial without a round trip through Boost.
constexpr std::int32_t days_from_civil(int y, int m, int d) {
    y -= m <= 2;
    const int era = (y >= 0 ? y : y - 399) / 400;
    const int yoe = y - era * 400;                                  // [0, 399]
    const int doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;  // [0, 365]
    const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;          // [0, 146096]
    return era * 146097 + doe - 719468;
}

Date make_date(int y, int m, int d) { return Date::from_serial(days_from_civil(y, m, d)); }

constexpr const char* kMonthNames[] = {"january", "february", "march",     "april",   "may",      "june",
                                       "july",    "august",   "september", "october", "november", "december"};
constexpr const char* kMonthTitles[] = {"January", "February", "March",     "April",   "May",      "June",
                                        "July",    "August",   "September", "October", "November", "December"};
constexpr const char* kWeekdayNames[] = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                                         "sunday"};

inline bool is_digit(char c) { return c >= '0' && c <= '9'; }
inline bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
inline char to_lower(char c) { return (c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : c; }

// Length of the blank at the start of `s` at `i`: ASCII white space or a UTF-8 no-break space
// (spreadsheets are full of them). 0 when not blank.
inline std::size_t blank_at(std::string_view s, std::size_t i) {
    char c = s[i];
    if (c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v') return 1;
    if (c == '\xC2' && i + 1 < s.size() && s[i + 1] == '\xA0') return 2;
    return 0;
}

std::string_view trim(std::string_view s) {
    std::size_t b = 0;
    while (b < s.size()) {
        std::size_t n = blank_at(s, b);
        if (n == 0) break;
        b += n;
    }
    std::size_t e = s.size();
    while (e > b) {
        if (blank_at(s, e - 1) == 1) {
            --e;
        } else if (e - b >= 2 && s[e - 2] == '\xC2' && s[e - 1] == '\xA0') {
            e -= 2;
        } else {
            break;
        }
    }
    return s.substr(b, e - b);
}

// True when `word` (lower case) is at least `min_len` letters and a prefix of `name`.
inline bool abbreviates(std::string_view word, const char* name, std::size_t min_len = 3) {
    std::size_t n = std::strlen(name);
    return word.size() >= min_len && word.size() <= n && std::memcmp(word.data(), name, word.size()) == 0;
}

enum class WordKind { Month, Weekday, Ordinal, Of, Uncertain, Other };

struct Word {
    WordKind kind;
    int month;  // 1-12 for Month
};

Word classify(std::string_view w) {
    // Months: any abbreviation of three letters or more ("Sep", "Sept", "Septem"), case already folded.
    for (int m = 0; m < 12; ++m)
        if (abbreviates(w, kMonthNames[m])) return {WordKind::Month, m + 1};
    for (const char* day : kWeekdayNames)
        if (abbreviates(w, day)) return {WordKind::Weekday, 0};
    if (w == "weds") return {WordKind::Weekday, 0};
    if (w == "st" || w == "nd" || w == "rd" || w == "th") return {WordKind::Ordinal, 0};
    if (w == "of" || w == "at" || w == "on") return {WordKind::Of, 0};
    static constexpr std::string_view kUncertain[] = {
        "c",     "ca",    "circa",    "approx", "approximately", "about", "around", "abt",
        "est",   "estimated", "roughly", "possibly", "probably",  "early", "mid",    "late",
        "beginning", "start", "end"};
    for (std::string_view u : kUncertain)
        if (w == u) return {WordKind::Uncertain, 0};
    return {WordKind::Other, 0};
}

// One number or month name of the date, with the separator that came before it.
struct Part {
    int value = 0;      // the number, or the month (1-12) when is_month
    int digits = 0;     // digits written (0 for a month name)
    bool is_month = false;
    bool ordinal = false;  // "22nd"
    char sep = 0;       // before it: 0 none, ' ' blank, '/', '.', '-', or 'x' (mixed, or a word between)
};

enum class Outcome { Ok, NotADate, NoYear };

struct Parsed {
    int year = 0, month = 0, day = 0;
    FuzzyDate::Precision precision = FuzzyDate::Precision::Day;
    bool uncertain = false;
};

// Text for messages: the value as written, cut short if someone pasted a paragraph into a date cell.
std::string shown(std::string_view text) {
    constexpr std::size_t kMax = 40;
    if (text.size() <= kMax) return std::string(text);
    std::size_t n = kMax;
    while (n > 0 && (static_cast<unsigned char>(text[n]) & 0xC0) == 0x80) --n;  // whole UTF-8 characters
    return std::string(text.substr(0, n)) + "...";
}

DateProblem not_a_date(std::string_view text, const char* why = nullptr) {
    std::string reason = "not a date: '" + shown(text) + "'";
    if (why) reason += std::string(" (") + why + ")";
    return DateProblem{std::move(reason)};
}

int full_year(const Part& p) { return p.digits == 2 ? (p.value < 70 ? 2000 + p.value : 1900 + p.value) : p.value; }
bool year_like(const Part& p) { return !p.is_month && !p.ordinal && (p.digits == 2 || p.digits == 4); }
bool day_like(const Part& p) { return !p.is_month && (p.digits == 1 || p.digits == 2); }
bool month_number(const Part& p) { return !p.is_month && !p.ordinal && (p.digits == 1 || p.digits == 2); }
bool four_digit_year(const Part& p) { return !p.is_month && !p.ordinal && p.digits == 4; }
bool date_sep(char c) { return c == '/' || c == '.' || c == '-' || c == ' '; }

// Splits the text into at most three parts (numbers and one month name), noting uncertainty markers
// and dropping weekdays, ordinal suffixes and "of".
Outcome tokenise(std::string_view s, Part (&parts)[3], int& count, bool& uncertain) {
    count = 0;
    char gap = 0;
    bool saw_month = false;
    std::size_t i = 0;
    const std::size_t n = s.size();
    while (i < n) {
        const char c = s[i];
        if (is_digit(c)) {
            if (count == 3) return Outcome::NotADate;
            int value = 0, digits = 0;
            while (i < n && is_digit(s[i])) {
                if (++digits > 4) return Outcome::NotADate;
                value = value * 10 + (s[i] - '0');
                ++i;
            }
            Part& p = parts[count++];
            p = Part{};
            p.value = value;
            p.digits = digits;
            p.sep = gap;
            gap = 0;
            continue;
        }
        if (is_alpha(c)) {
            const bool after_digit = i > 0 && is_digit(s[i - 1]);
            char buf[16];
            std::size_t len = 0;
            while (i < n && is_alpha(s[i])) {
                if (len == sizeof buf) return Outcome::NotADate;
                buf[len++] = to_lower(s[i++]);
            }
            const Word w = classify(std::string_view(buf, len));
            switch (w.kind) {
            case WordKind::Month:
                if (saw_month || count == 3) return Outcome::NotADate;
                saw_month = true;
                parts[count] = Part{};
                parts[count].value = w.month;
                parts[count].is_month = true;
                parts[count].sep = gap;
                ++count;
                gap = 0;
                break;
            case WordKind::Ordinal:
                // Only straight after the day's digits: "22nd", never "22 nd" or "May nd".
                if (!after_digit || count == 0 || parts[count - 1].is_month || parts[count - 1].digits > 2)
                    return Outcome::NotADate;
                parts[count - 1].ordinal = true;
                break;
            case WordKind::Uncertain:
                uncertain = true;
                gap = 'x';
                break;
            case WordKind::Weekday:
            case WordKind::Of:
                gap = 'x';
                break;
            case WordKind::Other:
                return Outcome::NotADate;
            }
            continue;
        }
        if (c == '/' || c == '.' || c == '-') {
            gap = (gap == 0 || gap == ' ') ? c : 'x';
        } else if (c == '?' || c == '~') {
            uncertain = true;
            if (gap == 0) gap = ' ';
        } else if (c == ',' || c == '\'' || c == '(' || c == ')' || blank_at(s, i) == 1) {
            if (gap == 0) gap = ' ';
        } else if (blank_at(s, i) == 2) {
            if (gap == 0) gap = ' ';
            ++i;
        } else {
            return Outcome::NotADate;
        }
        ++i;
    }
    // "2016-" or "/05/2016": a dangling separator is a fragment, not a date.
    if (gap == '/' || gap == '-') return Outcome::NotADate;
    if (count > 0 && (parts[0].sep == '/' || parts[0].sep == '-')) return Outcome::NotADate;
    return Outcome::Ok;
}

Outcome interpret(const Part (&p)[3], int count, Parsed& out) {
    using P = FuzzyDate::Precision;
    int month_at = -1;
    for (int k = 0; k < count; ++k)
        if (p[k].is_month) month_at = k;

    if (month_at < 0) {  // all numbers: D/M/Y, Y-M-D, M/Y, Y-M, Y
        if (count == 1) {
            if (!four_digit_year(p[0])) return Outcome::NotADate;
            out = Parsed{p[0].value, 1, 1, P::Year};
            return Outcome::Ok;
        }
        if (count == 2) {
            if (!date_sep(p[1].sep)) return Outcome::NotADate;
            if (four_digit_year(p[0]) && month_number(p[1])) {
                out = Parsed{p[0].value, p[1].value, 1, P::Month};
                return Outcome::Ok;
            }
            if (month_number(p[0]) && four_digit_year(p[1])) {
                out = Parsed{p[1].value, p[0].value, 1, P::Month};
                return Outcome::Ok;
            }
            if (day_like(p[0]) && month_number(p[1])) return Outcome::NoYear;  // "22/05"
            return Outcome::NotADate;
        }
        if (count == 3) {
            if (!date_sep(p[1].sep) || p[2].sep != p[1].sep) return Outcome::NotADate;
            if (four_digit_year(p[0]) && month_number(p[1]) && month_number(p[2])) {
                out = Parsed{p[0].value, p[1].value, p[2].value, P::Day};
                return Outcome::Ok;
            }
            if (day_like(p[0]) && month_number(p[1]) && year_like(p[2])) {
                out = Parsed{full_year(p[2]), p[1].value, p[0].value, P::Day};
                return Outcome::Ok;
            }
        }
        return Outcome::NotADate;
    }

    const int month = p[month_at].value;
    if (count == 1) return Outcome::NoYear;  // "May"
    if (count == 2) {
        const Part& other = p[1 - month_at];
        if (month_at == 0) {  // "June 2016", "Jun-16"
            if (year_like(other)) {
                out = Parsed{full_year(other), month, 1, P::Month};
                return Outcome::Ok;
            }
            if (day_like(other)) return Outcome::NoYear;  // "May 5", "May 5th"
            return Outcome::NotADate;
        }
        if (four_digit_year(other)) {  // "2016 June"
            out = Parsed{other.value, month, 1, P::Month};
            return Outcome::Ok;
        }
        if (day_like(other)) return Outcome::NoYear;  // "22 May"
        return Outcome::NotADate;
    }
    // Three parts with a month name.
    if (month_at == 1) {
        if (day_like(p[0]) && year_like(p[2])) {  // "22 May 2016", "22-may-16", "22nd of May 2016"
            out = Parsed{full_year(p[2]), month, p[0].value, P::Day};
            return Outcome::Ok;
        }
        if (four_digit_year(p[0]) && day_like(p[2])) {  // "2016 May 22", "2016-May-22"
            out = Parsed{p[0].value, month, p[2].value, P::Day};
            return Outcome::Ok;
        }
        return Outcome::NotADate;
    }
    if (month_at == 0 && day_like(p[1]) && year_like(p[2])) {  // "May 22, 2016", "May 22nd 2016"
        out = Parsed{full_year(p[2]), month, p[1].value, P::Day};
        return Outcome::Ok;
    }
    return Outcome::NotADate;
}

Outcome read_date(std::string_view text, Parsed& out, bool& uncertain) {
    Part parts[3];
    int count = 0;
    Outcome outcome = tokenise(text, parts, count, uncertain);
    if (outcome != Outcome::Ok) return outcome;
    return count == 0 ? Outcome::NotADate : interpret(parts, count, out);
}

// Where a time written with a colon starts ("2016-05-22T14:30", "22/05/2016 14:30:00"), and where
// the date before it ends; npos when there is none.
struct Split {
    std::size_t date_end = std::string_view::npos;
    std::size_t time_begin = 0;
    std::size_t time_end = 0;
};

Split split_time(std::string_view s) {
    Split out;
    const void* colon = std::memchr(s.data(), ':', s.size());
    if (!colon) return out;
    std::size_t c = static_cast<std::size_t>(static_cast<const char*>(colon) - s.data());
    std::size_t b = c;
    while (b > 0 && is_digit(s[b - 1])) --b;
    if (b == c || b == 0) return out;
    const char before = s[b - 1];
    if (before != 'T' && before != 't' && blank_at(s, b - 1) != 1) return out;
    out.date_end = b - 1;
    out.time_begin = b;
    out.time_end = s.size();
    if (before == 'T' || before == 't') {
        // ISO: drop a zone ("Z", "+01:00", "-05:00").
        for (std::size_t k = b; k < s.size(); ++k)
            if (s[k] == 'Z' || s[k] == 'z' || s[k] == '+' || s[k] == '-') {
                out.time_end = k;
                break;
            }
    }
    return out;
}

}  // namespace

std::string FuzzyDate::display() const {
    if (!earliest.valid()) return "";
    std::string iso = earliest.iso();
    switch (precision) {
    case Precision::Day: break;
    case Precision::Month: iso.resize(7); break;
    case Precision::Year: iso.resize(4); break;
    }
    return uncertain ? "~" + iso : iso;
}

std::string FuzzyDate::long_form() const {
    if (!earliest.valid()) return "";
    static const char* const kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                          "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    std::string text = std::to_string(earliest.year());
    if (precision != Precision::Year) text = std::string(kMonths[earliest.month() - 1]) + " " + text;
    if (precision == Precision::Day) text = std::to_string(earliest.day()) + " " + text;
    return uncertain ? "c. " + text : text;
}

std::variant<FuzzyDate, DateProblem> parse_uk_date(std::string_view text) {
    const std::string_view s = trim(text);
    std::string_view date_text = s;

    const Split split = split_time(s);
    if (split.date_end != std::string_view::npos) {
        auto time = parse_time_of_day(s.substr(split.time_begin, split.time_end - split.time_begin));
        if (std::holds_alternative<DateProblem>(time))
            return DateProblem{"not a time: '" + shown(s.substr(split.time_begin)) + "' in '" + shown(s) + "'"};
        date_text = s.substr(0, split.date_end);
    }

    Parsed parsed;
    bool uncertain = false;
    Outcome outcome = read_date(date_text, parsed, uncertain);
    if (outcome == Outcome::NotADate && split.date_end == std::string_view::npos) {
        // Off the hot path: a time without a colon after the date ("22/05/2016 14.30", "… 2.30 pm").
        std::string_view head = s;
        for (int attempt = 0; attempt < 2; ++attempt) {
            const std::size_t blank = head.find_last_of(" \t");
            if (blank == std::string_view::npos) break;
            head = trim(head.substr(0, blank));
            const std::string_view tail = trim(s.substr(head.size()));
            if (tail.find_first_not_of("0123456789") == std::string_view::npos) continue;  // "2015 2016"
            auto time = parse_time_of_day(tail);
            if (auto* minutes = std::get_if<std::optional<int>>(&time); !minutes || !*minutes) continue;
            Parsed retry;
            bool retry_uncertain = false;
            if (read_date(head, retry, retry_uncertain) == Outcome::Ok) {
                outcome = Outcome::Ok;
                parsed = retry;
                uncertain = retry_uncertain;
                break;
            }
        }
    }
    if (outcome == Outcome::NotADate) return not_a_date(s);
    if (outcome == Outcome::NoYear) return not_a_date(s, "no year");

    const int y = parsed.year, m = parsed.month, d = parsed.day;
    const bool day_precision = parsed.precision == FuzzyDate::Precision::Day;
    if (y < kMinYear || y > kMaxYear)
        return DateProblem{"year out of range: " + shown(s) + " (dates from 1900 to 2100 are accepted)"};
    if (m < 1 || m > 12) {
        return DateProblem{std::string(day_precision ? "no such day: " : "no such month: ") + shown(s) +
                           " (there is no month " + std::to_string(m) + ")"};
    }
    const int last = month_days(y, m);
    if (d < 1 || d > last) {
        std::string why = d < 1 ? "there is no day 0"
                                : std::string(kMonthTitles[m - 1]) + " " + std::to_string(y) + " has " +
                                      std::to_string(last) + " days";
        return DateProblem{"no such day: " + shown(s) + " (" + why + ")"};
    }

    FuzzyDate out;
    out.precision = parsed.precision;
    out.uncertain = uncertain;
    switch (parsed.precision) {
    case FuzzyDate::Precision::Day:
        out.earliest = out.latest = make_date(y, m, d);
        break;
    case FuzzyDate::Precision::Month:
        out.earliest = make_date(y, m, 1);
        out.latest = make_date(y, m, last);
        break;
    case FuzzyDate::Precision::Year:
        out.earliest = make_date(y, 1, 1);
        out.latest = make_date(y, 12, 31);
        break;
    }
    return out;
}

std::optional<Date> excel_serial_date(double serial) {
    // 1 = 1900-01-01. Excel counts a 29 February 1900 that never was (serial 60): that serial is no
    // date at all (nullopt, so a reader reports it rather than shifting it a day); from 61 on, serials
    // count from 1899-12-30. 2958465 = 9999-12-31, Excel's last day.
    if (!(serial >= 1.0) || serial >= 2958466.0) return std::nullopt;  // also NaN
    const auto day = static_cast<std::int32_t>(std::floor(serial));
    if (day == 60) return std::nullopt;
    const std::int32_t base = day < 60 ? days_from_civil(1899, 12, 31) : days_from_civil(1899, 12, 30);
    return Date::from_serial(base + day);
}

std::variant<std::optional<int>, DateProblem> parse_time_of_day(std::string_view text) {
    const std::string_view s = trim(text);
    if (s.empty()) return std::optional<int>{};

    auto not_a_time = [&] { return DateProblem{"not a time: '" + shown(s) + "'"}; };
    auto no_such_time = [&] { return DateProblem{"no such time: " + shown(s)}; };

    char buf[32];
    if (s.size() > sizeof buf) return not_a_time();
    std::size_t n = 0;
    for (char c : s) buf[n++] = to_lower(c);
    std::string_view t(buf, n);

    if (t == "noon" || t == "midday" || t == "12 noon") return std::optional<int>{720};
    if (t == "midnight" || t == "12 midnight") return std::optional<int>{0};

    // An Excel time cell's fraction of a day: "0.604166" (one leading zero; "00.30" is half past
    // midnight, "0.30" is 07:12). Rounded to the second, then to the minute below, as Excel shows it.
    if (t == "0" || (t.size() > 2 && t[0] == '0' && t[1] == '.') || (t.size() > 1 && t[0] == '.')) {
        const std::size_t first = t[0] == '.' ? 1 : 2;
        bool digits_only = true;
        double fraction = 0, scale = 0.1;
        for (std::size_t k = first; k < t.size(); ++k) {
            if (!is_digit(t[k])) {
                digits_only = false;
                break;
            }
            fraction += (t[k] - '0') * scale;
            scale /= 10;
        }
        if (digits_only) {
            long long seconds = std::llround(fraction * 86400.0);
            int minutes = static_cast<int>(seconds / 60);
            return std::optional<int>{minutes >= 1440 ? 1439 : minutes};
        }
    }

    // Trailing words: "hrs", "hours", "h"; then "am"/"pm" ("a.m.", "p.m.").
    auto strip_blanks = [](std::string_view v) {
        while (!v.empty() && v.back() == ' ') v.remove_suffix(1);
        return v;
    };
    auto ends_with = [](std::string_view v, std::string_view suffix) {
        return v.size() >= suffix.size() && v.substr(v.size() - suffix.size()) == suffix;
    };
    bool hours_word = false;
    for (std::string_view suffix : {"hours", "hrs", "hr", "h"}) {
        if (ends_with(t, suffix)) {
            t.remove_suffix(suffix.size());
            t = strip_blanks(t);
            hours_word = true;
            break;
        }
    }
    int meridiem = 0;  // 0 none, 1 am, 2 pm
    for (std::string_view suffix : {"a.m.", "a.m", "am", "p.m.", "p.m", "pm"}) {
        if (!hours_word && ends_with(t, suffix)) {
            meridiem = suffix[0] == 'a' ? 1 : 2;
            t.remove_suffix(suffix.size());
            t = strip_blanks(t);
            break;
        }
    }

    // Numbers: H[H] (only with am/pm or "hrs"), HMM / HHMM, H[H]:MM or H[H].MM, H[H]:MM:SS[.fff].
    std::size_t k = 0;
    auto read_digits = [&](int& value) {
        std::size_t start = k;
        value = 0;
        while (k < t.size() && is_digit(t[k]) && k - start < 4) value = value * 10 + (t[k++] - '0');
        return k - start;
    };
    int hour = 0, minute = 0, second = 0;
    int first = 0;
    const std::size_t first_digits = read_digits(first);
    if (first_digits == 0) return not_a_time();
    if (k == t.size()) {
        if (first_digits <= 2) {
            if (!meridiem && !hours_word) return not_a_time();  // "14" alone is not a time
            hour = first;
        } else {
            hour = first / 100;
            minute = first % 100;
        }
    } else {
        if (first_digits > 2 || (t[k] != ':' && t[k] != '.')) return not_a_time();
        const char sep = t[k++];
        hour = first;
        if (read_digits(minute) != 2) return not_a_time();
        if (k < t.size()) {
            if (sep != ':' || t[k] != ':') return not_a_time();
            ++k;
            if (read_digits(second) != 2) return not_a_time();
            if (k < t.size() && t[k] == '.') {  // fractional seconds, ignored
                ++k;
                int ignored = 0;
                if (read_digits(ignored) == 0) return not_a_time();
                while (k < t.size() && is_digit(t[k])) ++k;
            }
            if (k != t.size()) return not_a_time();
        }
    }
    if (minute > 59 || second > 59) return no_such_time();
    if (meridiem) {
        if (hour < 1 || hour > 12) return no_such_time();
        hour = hour % 12 + (meridiem == 2 ? 12 : 0);
    } else if (hour > 23) {
        return no_such_time();
    }
    return std::optional<int>{hour * 60 + minute};
}

std::string format_time(int minutes) {
    minutes = ((minutes % 1440) + 1440) % 1440;
    char buf[8];
    std::snprintf(buf, sizeof buf, "%02d:%02d", minutes / 60, minutes % 60);
    return buf;
}

}  // namespace model
