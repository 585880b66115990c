// SPDX-License-Identifier: MIT
#include "timeline_axis.h"

#include "model/core/date.h"

#include <wx/intl.h>

#include <algorithm>
#include <cmath>
#include <vector>

namespace gui {
namespace {

const wxColour kGrid(0xD5, 0xD9, 0xDE);
const wxColour kTick(0x8C, 0x96, 0xA0);
const wxColour kLabel(0x3A, 0x44, 0x4E);

const char* const kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
const char* const kLongMonths[] = {"January", "February", "March",     "April",   "May",      "June",
                                   "July",    "August",   "September", "October", "November", "December"};

double MonthStart(int year, int month) {  // month 1..12, may overflow into the next year
    year += (month - 1) / 12;
    month = (month - 1) % 12 + 1;
    return model::Date::from_ymd(year, month, 1).serial();
}

struct Period {
    double from, to;
    wxString label;
};

/// The periods (years, months or days) that cover [first, last], labelled.
enum class Unit { Year, Month, Day };
std::vector<Period> Periods(Unit unit, double first, double last, int step, bool long_month) {
    std::vector<Period> out;
    const model::Date start = model::Date::from_serial(static_cast<std::int32_t>(std::floor(first)));
    if (unit == Unit::Day) {
        for (double d = std::floor(first); d <= last; d += step) {
            const model::Date date = model::Date::from_serial(static_cast<std::int32_t>(d));
            out.push_back({d, d + step, wxString::Format("%d", date.day())});
        }
    } else if (unit == Unit::Month) {
        int y = start.year(), m = start.month();
        for (double d = MonthStart(y, m); d <= last; d = MonthStart(y, m)) {
            const wxString label = long_month ? wxString::Format("%s %d", wxGetTranslation(kLongMonths[m - 1]), y)
                                              : wxGetTranslation(kMonths[m - 1]);
            out.push_back({d, MonthStart(y, m + step), label});
            m += step;
            y += (m - 1) / 12;
            m = (m - 1) % 12 + 1;
        }
    } else {
        int y = start.year() - start.year() % step;
        for (double d = MonthStart(y, 1); d <= last; d = MonthStart(y, 1)) {
            out.push_back({d, MonthStart(y + step, 1), wxString::Format("%d", y)});
            y += step;
        }
    }
    return out;
}

int TextWidth(wxDC& dc, const wxString& text) { return dc.GetTextExtent(text).x; }

void DrawRow(wxDC& dc, const std::vector<Period>& periods, const TimeScale& time, const wxRect& axis, int y,
             int row_height, bool labels, bool sticky, bool grid, const wxRect& plot) {
    const int pad = dc.GetCharWidth() / 2 + 1;
    for (const Period& p : periods) {
        const int x0 = axis.x + static_cast<int>(std::lround(time.X(p.from)));
        const int x1 = axis.x + static_cast<int>(std::lround(time.X(p.to)));
        if (x1 < axis.x || x0 > axis.GetRight()) continue;
        if (x0 >= axis.x) {
            dc.SetPen(wxPen(kTick));
            dc.DrawLine(x0, y, x0, y + row_height);
            if (grid) {
                dc.SetPen(wxPen(kGrid));
                dc.DrawLine(x0, plot.y, x0, plot.GetBottom() + 1);
            }
        }
        if (!labels) continue;
        const int w = TextWidth(dc, p.label);
        int x = x0 + pad;
        if (sticky) x = std::min(std::max(x, axis.x + pad), x1 - w - pad);
        if (x + w > x1 || x < axis.x || x + w > axis.GetRight() + 1) continue;
        dc.DrawText(p.label, x, y + (row_height - dc.GetCharHeight()) / 2);
    }
}

}  // namespace

void DrawTimeAxis(wxDC& dc, const wxRect& axis, const wxRect& plot, const TimeScale& time) {
    const double first = time.Day(0), last = time.Day(axis.width);
    const int pad = dc.GetCharWidth();
    const double per_month = time.scale * 30.44, per_year = time.scale * 365.25;
    const int row = axis.height / 2;
    dc.SetTextForeground(kLabel);

    // Pick the finest pair of rows whose labels fit.
    const int day_width = TextWidth(dc, "28") + pad;
    const int month_width = TextWidth(dc, "May") + pad;
    const int year_width = TextWidth(dc, "2088") + pad;
    std::vector<Period> major, minor;
    bool minor_labels = true;
    if (time.scale >= day_width) {
        major = Periods(Unit::Month, first, last, 1, true);
        minor = Periods(Unit::Day, first, last, 1, false);
    } else if (time.scale >= pad * 3 / 4 + 2) {  // day ticks while they stay apart
        major = Periods(Unit::Month, first, last, 1, true);
        minor = Periods(Unit::Day, first, last, 1, false);
        minor_labels = false;
    } else if (per_month >= month_width) {
        major = Periods(Unit::Year, first, last, 1, false);
        minor = Periods(Unit::Month, first, last, 1, false);
    } else if (per_month >= TextWidth(dc, "M") + pad / 2) {
        major = Periods(Unit::Year, first, last, 1, false);
        minor = Periods(Unit::Month, first, last, 1, false);
        for (auto& p : minor) p.label = p.label.Left(1);  // J F M A M J …
    } else {
        int step = 1;
        for (int candidate : {1, 2, 5, 10, 20, 50, 100}) {
            step = candidate;
            if (per_year * candidate >= year_width) break;
        }
        major = Periods(Unit::Year, first, last, step, false);
        minor_labels = false;
        if (per_month * 3 >= 4) minor = Periods(Unit::Month, first, last, per_month >= 4 ? 1 : 3, false);
    }

    wxFont bold = dc.GetFont().Bold();
    const wxFont normal = dc.GetFont();
    dc.SetFont(bold);
    DrawRow(dc, major, time, axis, axis.y, row, true, true, true, plot);
    dc.SetFont(normal);
    DrawRow(dc, minor, time, axis, axis.y + row, axis.height - row, minor_labels, false, false, plot);
    dc.SetPen(wxPen(kTick));
    dc.DrawLine(axis.x, axis.GetBottom(), axis.GetRight() + 1, axis.GetBottom());
}

}  // namespace gui
