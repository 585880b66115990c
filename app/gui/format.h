// SPDX-License-Identifier: MIT
// The words and colours the desktop app puts on model data. The model returns enums, dates and
// counts; everything a person reads is chosen here, in one place.
#pragma once
#include "model/calendar/duration.h"
#include "model/calendar/region.h"
#include "model/clocks/clock_state.h"
#include "model/core/date.h"

#include <wx/colour.h>
#include <wx/datetime.h>
#include <wx/string.h>

#include <optional>
#include <string>

namespace gui {

/// Model strings are UTF-8; wx strings are not, until converted.
inline wxString U8(const std::string& s) { return wxString::FromUTF8(s.data(), s.size()); }
inline std::string S8(const wxString& s) { return s.utf8_string(); }

/// The separator used in titles and summaries ("Case Review Manager — board.db").
extern const wxString kDash;
/// What an empty cell shows.
extern const wxString kNone;

wxDateTime ToWx(model::Date date);
model::Date FromWx(const wxDateTime& date);

/// "3 April 2015"; kNone for an invalid date.
wxString LongDate(model::Date date);
/// "Monday 3 April 2015", for headings.
wxString WeekdayDate(model::Date date);

/// "Overdue", "Due soon", "On track", "Met", "Met late", "Paused".
wxString StatusLabel(model::ClockStatus status);

/// A readable pairing: a pale background with dark text of the same hue.
struct StatusColours {
    wxColour background;
    wxColour text;
};
StatusColours ColoursFor(model::ClockStatus status);

/// "1 working day", "12 working days", "3 days", "6 months".
wxString Amount(int n, model::DurationUnit unit);
/// How late or how close: "12 working days late", "3 days left", "due today", "met 4 March 2025",
/// "met 2 days late".
wxString LateOrLeft(const model::ClockState& clock);
/// Who answers for a clock: the appointed person, or the role in words.
wxString OwnerText(const model::ClockState& clock);

/// "lead-reviewer" -> "Lead reviewer": for role and proceeding ids that have no better wording.
wxString Humanise(const std::string& id);
/// "police" -> "Police investigation", "coroner" -> "Coroner's inquest", …
wxString ProceedingLabel(const std::string& id);
wxString RegionLabel(model::Region region);

}  // namespace gui
