// SPDX-License-Identifier: MIT
// The time axis of the swimlane timeline: which ticks and labels to draw for a visible span and a
// zoom, from decades down to single days. Sizes come from the font, so it reads at any font size.
#pragma once
#include <wx/dc.h>
#include <wx/gdicmn.h>

namespace gui {

/// How days map to pixels: `left` is the day (serial, fractional) at x = rect.x, `scale` pixels per day.
struct TimeScale {
    double left = 0;
    double scale = 1;

    double X(double day) const { return (day - left) * scale; }
    double Day(double x) const { return left + x / scale; }
};

/// Draws two rows of labels in `axis` (major: years or months; minor: months or days) and light
/// grid lines down through `plot` at each major tick. Labels of a major period stay in view while
/// any of it is visible.
void DrawTimeAxis(wxDC& dc, const wxRect& axis, const wxRect& plot, const TimeScale& time);

}  // namespace gui
