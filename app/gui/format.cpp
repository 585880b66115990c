// SPDX-License-Identifier: MIT
#include "format.h"

#include <wx/intl.h>

namespace gui {

const wxString kDash = L" \u2014 ";
const wxString kNone = L"\u2014";

wxDateTime ToWx(model::Date date) {
    if (!date.valid()) return wxDefaultDateTime;
    return wxDateTime(static_cast<wxDateTime::wxDateTime_t>(date.day()),
                      static_cast<wxDateTime::Month>(date.month() - 1), date.year());
}

model::Date FromWx(const wxDateTime& date) {
    if (!date.IsValid()) return {};
    return model::Date::from_ymd(date.GetYear(), date.GetMonth() + 1, date.GetDay());
}

wxString LongDate(model::Date date) { return date.valid() ? U8(date.long_form()) : kNone; }

wxString WeekdayDate(model::Date date) {
    if (!date.valid()) return kNone;
    static const char* const kDays[] = {"Monday", "Tuesday", "Wednesday", "Thursday",
                                        "Friday", "Saturday", "Sunday"};
    return wxString::Format("%s %s", wxGetTranslation(kDays[date.iso_weekday() - 1]), LongDate(date));
}

wxString StatusLabel(model::ClockStatus status) {
    switch (status) {
        case model::ClockStatus::Overdue: return _("Overdue");
        case model::ClockStatus::DueSoon: return _("Due soon");
        case model::ClockStatus::OnTrack: return _("On track");
        case model::ClockStatus::Met: return _("Met");
        case model::ClockStatus::MetLate: return _("Met late");
        case model::ClockStatus::Paused: return _("Paused");
    }
    return wxString();
}

StatusColours ColoursFor(model::ClockStatus status) {
    switch (status) {
        case model::ClockStatus::Overdue: return {wxColour(0xFB, 0xE0, 0xDE), wxColour(0x8E, 0x1B, 0x16)};
        case model::ClockStatus::DueSoon: return {wxColour(0xFD, 0xEF, 0xC8), wxColour(0x6E, 0x47, 0x00)};
        case model::ClockStatus::Paused: return {wxColour(0xE1, 0xE9, 0xF4), wxColour(0x24, 0x45, 0x6E)};
        case model::ClockStatus::OnTrack: return {wxColour(0xDF, 0xF1, 0xE2), wxColour(0x1C, 0x5A, 0x2B)};
        case model::ClockStatus::MetLate: return {wxColour(0xEF, 0xEA, 0xE2), wxColour(0x5E, 0x48, 0x27)};
        case model::ClockStatus::Met: return {wxColour(0xEC, 0xEF, 0xEC), wxColour(0x3B, 0x4A, 0x3E)};
    }
    return {wxColour(255, 255, 255), wxColour(0, 0, 0)};
}

wxString Amount(int n, model::DurationUnit unit) {
    switch (unit) {
        case model::DurationUnit::WorkingDays:
            return wxString::Format(wxPLURAL("%d working day", "%d working days", n), n);
        case model::DurationUnit::Days: return wxString::Format(wxPLURAL("%d day", "%d days", n), n);
        case model::DurationUnit::Months: return wxString::Format(wxPLURAL("%d month", "%d months", n), n);
    }
    return wxString::Format("%d", n);
}

namespace {
/// Lateness and time left are counted in the clock's unit, except that month clocks count days.
model::DurationUnit CountingUnit(model::DurationUnit unit) {
    return unit == model::DurationUnit::Months ? model::DurationUnit::Days : unit;
}
}  // namespace

wxString LateOrLeft(const model::ClockState& clock) {
    const auto unit = CountingUnit(clock.unit);
    switch (clock.status) {
        case model::ClockStatus::Met:
            return clock.met_on ? wxString::Format(_("met %s"), LongDate(*clock.met_on)) : _("met");
        case model::ClockStatus::MetLate:
            return wxString::Format(_("met %s late"), Amount(clock.days_late, unit));
        case model::ClockStatus::Overdue:
            return wxString::Format(_("%s late"), Amount(clock.days_late, unit));
        default:
            if (clock.days_left <= 0) return _("due today");
            return wxString::Format(_("%s left"), Amount(clock.days_left, unit));
    }
}

wxString OwnerText(const model::ClockState& clock) {
    if (!clock.owner.empty()) return U8(clock.owner);
    if (clock.owner_role.empty()) return kNone;
    return wxString::Format(_("%s (not appointed)"), Humanise(clock.owner_role));
}

wxString Humanise(const std::string& id) {
    wxString s = U8(id);
    s.Replace("-", " ");
    if (!s.empty()) s[0] = wxToupper(s[0]);
    return s;
}

wxString ProceedingLabel(const std::string& id) {
    if (id == "police") return _("Police investigation");
    if (id == "criminal-court") return _("Criminal trial");
    if (id == "family-court") return _("Family court");
    if (id == "coroner") return _("Coroner's inquest");
    if (id == "dhr") return _("Domestic homicide review");
    if (id == "sar") return _("Safeguarding adults review");
    if (id == "other") return _("Other proceedings");
    return Humanise(id);
}

wxString RegionLabel(model::Region region) { return U8(std::string(model::region_name(region))); }

}  // namespace gui
