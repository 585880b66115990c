// SPDX-License-Identifier: MIT
// Painting the swimlane timeline: lanes and their names, the legend, silences, marks binned per pixel
// column, flags for key entries and the selection.
#include "swimlane_timeline.h"

#include <wx/dc.h>
#include <wx/settings.h>

#include <algorithm>
#include <cmath>

namespace gui {
namespace {

const wxColour kLaneEven(0xFF, 0xFF, 0xFF);
const wxColour kLaneOdd(0xF6, 0xF7, 0xF9);
const wxColour kSilence(0xF1, 0xE6, 0xD0);
const wxColour kSilenceText(0x7A, 0x5B, 0x1E);
const wxColour kFaint(0xC9, 0xCE, 0xD4);
const wxColour kSelected(0x11, 0x18, 0x20);
const wxColour kFlag(0xB3, 0x26, 0x1E);

wxColour Mix(const wxColour& a, const wxColour& b, double t) {
    auto m = [t](int x, int y) { return static_cast<unsigned char>(std::lround(x + (y - x) * t)); };
    return wxColour(m(a.Red(), b.Red()), m(a.Green(), b.Green()), m(a.Blue(), b.Blue()));
}

}  // namespace

void SwimlaneTimeline::PaintLanes(wxDC& dc, const Layout& l) {
    const int swatch = GetCharHeight() * 2 / 3;
    dc.SetPen(*wxTRANSPARENT_PEN);
    for (size_t i = 0; i < m_lanes.size(); ++i) {
        const int top = l.plot.y + static_cast<int>(i) * l.lane_height;
        dc.SetBrush(wxBrush(i % 2 ? kLaneOdd : kLaneEven));
        dc.DrawRectangle(l.plot.x, top, l.plot.width, l.lane_height);
        dc.SetBrush(wxBrush(m_lanes[i].colours.pale));
        dc.DrawRectangle(0, top, l.label_width - l.pad / 2, l.lane_height);
        dc.SetBrush(wxBrush(m_lanes[i].colours.mark));
        dc.DrawRectangle(l.pad, top + (l.lane_height - swatch) / 2, swatch, swatch);
        dc.SetTextForeground(m_lanes[i].colours.text);
        dc.DrawText(m_lanes[i].name, l.pad * 2 + swatch, top + (l.lane_height - GetCharHeight()) / 2);
    }
    dc.SetTextForeground(wxSystemSettings::GetColour(wxSYS_COLOUR_GRAYTEXT));
    if (m_lanes.empty()) dc.DrawText(_("No entries to show"), l.plot.x + l.pad, l.plot.y + l.pad / 2);
    if (!m_quiet.empty()) dc.DrawText(m_quiet, l.pad, l.plot.GetBottom() + l.pad / 2 + 1);
}

void SwimlaneTimeline::PaintLegend(wxDC& dc, const Layout& l) {
    // In the corner above the lane names: what each kind of mark means, if it fits.
    const int ch = GetCharHeight(), gap = l.pad, shape = ch;
    const wxString labels[] = {_("dated"), _("month/year"), _("uncertain"), _("silence")};
    int widths[4];
    for (int i = 0; i < 4; ++i) widths[i] = shape + gap / 2 + dc.GetTextExtent(labels[i]).x;
    const int room = l.label_width - l.pad;
    if (std::max(widths[0] + gap + widths[1], widths[2] + gap + widths[3]) > room - l.pad || l.axis_height < 2 * ch)
        return;
    const wxColour ink(0x5F, 0x6B, 0x7A);
    dc.SetTextForeground(wxSystemSettings::GetColour(wxSYS_COLOUR_GRAYTEXT));
    for (int i = 0; i < 4; ++i) {
        const int row = i / 2, x = l.pad + (i % 2 ? widths[row * 2] + gap : 0);
        const int y = row * (l.axis_height / 2) + (l.axis_height / 2 - ch) / 2, mid = y + ch / 2;
        dc.SetPen(*wxTRANSPARENT_PEN);
        dc.SetBrush(wxBrush(ink));
        switch (i) {
            case 0: dc.DrawRectangle(x + shape / 2 - 1, y + ch / 6, std::max(2, FromDIP(2)), ch * 2 / 3); break;
            case 1: dc.DrawRoundedRectangle(x, mid - ch / 8, shape, std::max(3, ch / 4), ch / 8.0); break;
            case 2:
                dc.SetPen(wxPen(ink, 2));
                dc.SetBrush(*wxWHITE_BRUSH);
                dc.DrawCircle(x + shape / 2, mid, ch / 4);
                break;
            case 3:
                dc.SetBrush(wxBrush(kSilence));
                dc.DrawRectangle(x, y + ch / 8, shape, ch * 3 / 4);
                break;
        }
        dc.DrawText(labels[i], x + shape + gap / 2, y);
    }
}

void SwimlaneTimeline::PaintSilences(wxDC& dc, const Layout& l) {
    dc.SetPen(*wxTRANSPARENT_PEN);
    for (const TimelineSilence& s : m_silences) {
        const int x0 = l.plot.x + static_cast<int>(std::floor(m_time.X(s.from)));
        const int x1 = l.plot.x + static_cast<int>(std::ceil(m_time.X(s.to)));
        if (x1 < l.plot.x || x0 > l.plot.GetRight()) continue;
        dc.SetBrush(wxBrush(kSilence));
        dc.DrawRectangle(x0, l.plot.y, std::max(1, x1 - x0), l.plot.height);
        wxString label = wxString::Format(wxPLURAL("%d day silent", "%d days silent", s.days), s.days);
        if (dc.GetTextExtent(label).x + l.pad >= x1 - x0)
            label = wxString::Format(wxPLURAL("%d day", "%d days", s.days), s.days);
        const wxSize extent = dc.GetTextExtent(label);
        if (extent.x + l.pad < x1 - x0) {
            dc.SetTextForeground(kSilenceText);
            const int x = std::clamp((x0 + x1 - extent.x) / 2, l.plot.x + l.pad / 2, std::max(l.plot.x, x1 - extent.x - l.pad / 2));
            dc.DrawText(label, x, l.plot.y + 2);
        }
    }
}

void SwimlaneTimeline::PaintMarks(wxDC& dc, const Layout& l) {
    const int w = l.plot.width;
    // Per lane: solid, hollow, faint counts per column, then difference arrays for solid, hollow and
    // faint bars.
    const size_t stride = static_cast<size_t>(6) * (w + 1);
    m_bins.assign(stride * m_lanes.size(), 0);
    auto bin = [&](int lane, int kind) { return m_bins.data() + lane * stride + kind * (w + 1); };
    for (size_t i = 0; i < m_marks.size(); ++i) {
        const TimelineMark& m = m_marks[i];
        if (m.lane < 0 || m.lane >= static_cast<int>(m_lanes.size())) continue;
        const bool faint = !m_highlighted.empty() && (i >= m_highlighted.size() || !m_highlighted[i]);
        if (m.partial) {
            const int x0 = std::clamp(static_cast<int>(std::floor(m_time.X(m.from))), 0, w);
            const int x1 = std::clamp(static_cast<int>(std::ceil(m_time.X(m.to))), 0, w);
            if (x1 <= x0) continue;
            std::uint32_t* diff = bin(m.lane, faint ? 5 : (m.uncertain ? 4 : 3));
            diff[x0] += 1;
            diff[x1] -= 1;  // wraps, and the prefix sum unwraps it
            continue;
        }
        const double x = m_time.X(m.from);
        if (x < 0 || x >= w) continue;
        bin(m.lane, faint ? 2 : (m.uncertain ? 1 : 0))[static_cast<int>(x)] += 1;
    }

    const int lh = l.lane_height;
    const bool dots = m_time.scale >= lh * 0.8;
    const int tick = std::max(2, FromDIP(2));
    const int radius = std::max(3, lh / 5);
    for (size_t lane = 0; lane < m_lanes.size(); ++lane) {
        const int top = l.plot.y + static_cast<int>(lane) * lh;
        const wxColour mark = m_lanes[lane].colours.mark;
        // Month- and year-only dates: a bar across their span, in the lower part of the lane.
        for (int kind : {5, 3, 4}) {
            std::uint32_t* diff = bin(static_cast<int>(lane), kind);
            std::uint32_t run = 0;
            int start = -1;
            dc.SetPen(kind == 4 ? wxPen(mark, 1) : *wxTRANSPARENT_PEN);
            dc.SetBrush(kind == 5   ? wxBrush(kFaint)
                        : kind == 3 ? wxBrush(Mix(mark, *wxWHITE, 0.35))
                                    : *wxTRANSPARENT_BRUSH);
            const int bar_y = top + lh * 7 / 10, bar_h = std::max(3, lh / 6);
            for (int x = 0; x <= w; ++x) {
                run += diff[x];
                const bool on = x < w && run != 0;
                if (on && start < 0) start = x;
                if (!on && start >= 0) {
                    dc.DrawRoundedRectangle(l.plot.x + start, bar_y, std::max(2, x - start), bar_h, bar_h / 2.0);
                    start = -1;
                }
            }
        }
        // Dated entries: one shape per pixel column; taller where more entries fall.
        const std::uint32_t* solid = bin(static_cast<int>(lane), 0);
        const std::uint32_t* hollow = bin(static_cast<int>(lane), 1);
        const std::uint32_t* faint = bin(static_cast<int>(lane), 2);
        const int centre = top + lh * 2 / 5;
        for (int x = 0; x < w; ++x) {
            const std::uint32_t strong = solid[x] + hollow[x];
            if (strong == 0 && faint[x] == 0) continue;
            const int px = l.plot.x + x;
            if (strong == 0) {
                dc.SetPen(*wxTRANSPARENT_PEN);
                dc.SetBrush(wxBrush(kFaint));
            } else if (solid[x] == 0) {
                dc.SetPen(wxPen(mark, std::max(1, tick / 2 + 1)));
                dc.SetBrush(*wxWHITE_BRUSH);
            } else {
                dc.SetPen(*wxTRANSPARENT_PEN);
                dc.SetBrush(wxBrush(mark));
            }
            if (dots) {
                dc.DrawCircle(px, centre, radius);
            } else {
                const double weight = std::min(1.0, std::log2(1.0 + strong + faint[x]) / 4.0);
                const int h = static_cast<int>(lh * (0.28 + 0.42 * weight));
                dc.DrawRectangle(px, centre - h / 2, tick, h);
            }
        }
    }
}

void SwimlaneTimeline::PaintFlags(wxDC& dc, const Layout& l) {
    // Entries the reviewer marked key or high: a small red flag at the top of the lane. Few, so no
    // binning is needed; one per pixel column and lane all the same.
    const int size = std::max(4, l.lane_height / 4);
    int last_x = -1, last_lane = -1;
    dc.SetPen(*wxTRANSPARENT_PEN);
    dc.SetBrush(wxBrush(kFlag));
    for (const TimelineMark& m : m_marks) {
        if (!m.important || m.lane < 0 || m.lane >= static_cast<int>(m_lanes.size())) continue;
        const int x = l.plot.x + static_cast<int>(std::lround(m_time.X(m.from)));
        if (x < l.plot.x || x > l.plot.GetRight() || (x == last_x && m.lane == last_lane)) continue;
        last_x = x;
        last_lane = m.lane;
        const int top = l.plot.y + m.lane * l.lane_height + 1;
        const wxPoint flag[] = {{x - size / 2 - 1, top}, {x + size / 2 + 1, top}, {x, top + size}};
        dc.DrawPolygon(3, flag);
    }
}

void SwimlaneTimeline::PaintSelection(wxDC& dc, const Layout& l) {
    if (m_selected < 0) return;
    const TimelineMark& m = m_marks[m_selected];
    const int x = l.plot.x + static_cast<int>(std::lround(m_time.X(m.from)));
    const int top = l.plot.y + m.lane * l.lane_height;
    dc.SetPen(wxPen(kSelected, 1, wxPENSTYLE_SHORT_DASH));
    dc.DrawLine(x, l.plot.y, x, l.plot.GetBottom());
    dc.SetPen(wxPen(kSelected, 2));
    dc.SetBrush(*wxTRANSPARENT_BRUSH);
    if (m.partial) {
        const int x1 = l.plot.x + static_cast<int>(std::lround(m_time.X(m.to)));
        dc.DrawRectangle(x - 2, top + l.lane_height * 3 / 5, std::max(4, x1 - x + 4), l.lane_height * 2 / 5 - 1);
    } else {
        dc.DrawCircle(x, top + l.lane_height * 2 / 5, std::max(5, std::min(l.lane_height * 2 / 5, GetCharHeight() * 3 / 4)));
    }
}

}  // namespace gui
