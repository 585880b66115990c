// SPDX-License-Identifier: MIT
#include "swimlane_timeline.h"

#include <wx/dcbuffer.h>
#include <wx/dcgraph.h>
#include <wx/settings.h>

#include <algorithm>
#include <cmath>

namespace gui {
namespace {

constexpr double kMaxScale = 600;     // pixels per day: about 25 per hour
constexpr double kMinDaysShown = 0.5;
constexpr double kMaxDaysShown = 365.25 * 200;

}  // namespace

SwimlaneTimeline::SwimlaneTimeline(wxWindow* parent)
    : wxPanel(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxWANTS_CHARS | wxFULL_REPAINT_ON_RESIZE) {
    SetBackgroundStyle(wxBG_STYLE_PAINT);
    SetBackgroundColour(wxSystemSettings::GetColour(wxSYS_COLOUR_WINDOW));
    Bind(wxEVT_PAINT, &SwimlaneTimeline::OnPaint, this);
    Bind(wxEVT_SIZE, [this](wxSizeEvent& event) {
        // Keep the span in view: a wider window shows it in more detail, not more of it.
        const int width = Measure().plot.width;
        if (!m_fitted) Fit();
        else if (m_plot_width > 1 && width > 1 && width != m_plot_width)
            SetView(m_time.left, m_time.scale * width / m_plot_width);
        m_plot_width = width;
        Refresh();
        event.Skip();
    });
    for (auto type : {wxEVT_LEFT_DOWN, wxEVT_LEFT_UP, wxEVT_MOTION, wxEVT_MOUSEWHEEL, wxEVT_LEAVE_WINDOW})
        Bind(type, &SwimlaneTimeline::OnMouse, this);
    Bind(wxEVT_MOUSE_CAPTURE_LOST, [this](wxMouseCaptureLostEvent&) { m_pressed = m_dragging = false; });
    Bind(wxEVT_KEY_DOWN, &SwimlaneTimeline::OnKey, this);
    Bind(wxEVT_SET_FOCUS, [this](wxFocusEvent& e) { Refresh(); e.Skip(); });
    Bind(wxEVT_KILL_FOCUS, [this](wxFocusEvent& e) { Refresh(); e.Skip(); });
}

void SwimlaneTimeline::SetData(std::vector<TimelineLane> lanes, std::vector<TimelineMark> marks, bool keep_view) {
    m_lanes = std::move(lanes);
    m_marks = std::move(marks);
    m_by_lane.assign(m_lanes.size(), {});
    m_highlighted.clear();
    m_selected = m_hover = -1;
    bool any = false;
    for (int i = 0; i < static_cast<int>(m_marks.size()); ++i) {
        const TimelineMark& m = m_marks[i];
        if (m.lane < 0 || m.lane >= static_cast<int>(m_lanes.size())) continue;
        m_by_lane[m.lane].push_back(i);
        m_data_from = any ? std::min(m_data_from, m.from) : m.from;
        m_data_to = any ? std::max(m_data_to, std::max(m.to, m.from + 1)) : std::max(m.to, m.from + 1);
        any = true;
    }
    if (!any) {
        m_data_from = model::Date::today().serial() - 365;
        m_data_to = model::Date::today().serial() + 1;
    }
    for (auto& lane : m_by_lane)
        std::stable_sort(lane.begin(), lane.end(), [this](int a, int b) { return m_marks[a].from < m_marks[b].from; });
    InvalidateBestSize();
    if (keep_view && m_fitted) SetView(m_time.left, m_time.scale);
    else Fit();
    Refresh();
}

void SwimlaneTimeline::SetSilences(std::vector<TimelineSilence> silences) {
    m_silences = std::move(silences);
    Refresh();
}

void SwimlaneTimeline::SetQuiet(std::vector<wxString> agencies) {
    wxString names;
    for (const auto& a : agencies) names << (names.empty() ? "" : ", ") << a;
    m_quiet = names.empty() ? wxString() : wxString::Format(_("Nothing listed from: %s"), names);
    InvalidateBestSize();
    Refresh();
}

void SwimlaneTimeline::SetHighlighted(std::vector<char> flags) {
    m_highlighted = std::move(flags);
    Refresh();
}

SwimlaneTimeline::Layout SwimlaneTimeline::Measure() const {
    Layout l{};
    const int ch = GetCharHeight();
    l.pad = GetCharWidth();
    int widest = GetTextExtent(_("Agency")).x;
    for (const auto& lane : m_lanes) widest = std::max(widest, GetTextExtent(lane.name).x);
    l.label_width = widest + ch + 3 * l.pad;  // swatch, gaps
    l.axis_height = ch * 2 + l.pad / 2;
    l.lane_height = ch * 4 / 3 + 2;
    l.footer = m_quiet.empty() ? 0 : ch + l.pad;
    const wxSize size = GetClientSize();
    const int lanes = std::max<int>(1, static_cast<int>(m_lanes.size()));
    if (size.y > 0 && size.y < l.axis_height + lanes * (ch + 2) + l.footer) l.footer = 0;  // lanes first
    // Lanes share the height they are given: up to twice their height (easier to aim at), and down
    // to a line of text when the window is short or the font large, so no lane is ever cut off.
    const int spare = (size.y - l.axis_height - l.footer - l.pad / 2) / lanes;
    if (size.y > 0 && spare != l.lane_height) l.lane_height = std::clamp(spare, ch + 2, l.lane_height * 2);
    l.plot = wxRect(l.label_width, l.axis_height, std::max(1, size.x - l.label_width - l.pad), lanes * l.lane_height);
    return l;
}

wxSize SwimlaneTimeline::DoGetBestClientSize() const {
    const Layout l = Measure();
    const int lanes = std::max<int>(1, static_cast<int>(m_lanes.size()));
    const int footer = m_quiet.empty() ? 0 : GetCharHeight() + l.pad;  // whatever the current size
    return wxSize(l.label_width + GetCharWidth() * 40,
                  l.axis_height + lanes * (GetCharHeight() * 4 / 3 + 2) + footer + l.pad / 2);
}

void SwimlaneTimeline::SetView(double left, double scale) {
    const int width = Measure().plot.width;
    scale = std::clamp(scale, width / kMaxDaysShown, std::max(kMaxScale, width / kMinDaysShown));
    const double shown = width / scale;
    // Keep some of the data in view, however far it is panned.
    left = std::clamp(left, m_data_from - shown * 0.9, m_data_to - shown * 0.1);
    if (left == m_time.left && scale == m_time.scale) return;
    m_time.left = left;
    m_time.scale = scale;
    Changed();
}

void SwimlaneTimeline::Changed() {
    Refresh();
    if (m_on_view) m_on_view();
}

void SwimlaneTimeline::Fit() {
    const int width = Measure().plot.width;
    if (width <= 1 || GetClientSize().x <= 0) {
        m_fitted = false;
        return;
    }
    m_fitted = true;
    m_plot_width = width;
    ShowSpan(m_data_from, m_data_to);
}

void SwimlaneTimeline::ShowSpan(double from, double to) {
    const int width = Measure().plot.width;
    const double margin = std::max(1.0, (to - from) * 0.02);
    SetView(from - margin, width / std::max(kMinDaysShown, to - from + 2 * margin));
}

void SwimlaneTimeline::ZoomBy(double factor) { ZoomAround(factor, Measure().plot.width / 2); }

void SwimlaneTimeline::ZoomAround(double factor, int plot_x) {
    const double day = m_time.Day(plot_x);
    const double scale = m_time.scale * factor;
    SetView(day - plot_x / scale, scale);
}

void SwimlaneTimeline::Extent(double* data_from, double* data_to, double* view_from, double* view_to) const {
    *data_from = m_data_from;
    *data_to = m_data_to;
    *view_from = m_time.left;
    *view_to = m_time.Day(Measure().plot.width);
}

void SwimlaneTimeline::ScrollTo(double view_from) { SetView(view_from, m_time.scale); }

void SwimlaneTimeline::SetImportant(int mark, bool important) {
    if (mark < 0 || mark >= static_cast<int>(m_marks.size())) return;
    m_marks[mark].important = important;
    Refresh();
}

void SwimlaneTimeline::SetSelected(int mark) {
    if (mark >= static_cast<int>(m_marks.size())) mark = -1;
    m_selected = mark;
    if (mark >= 0) {
        const double shown = Measure().plot.width / m_time.scale;
        const TimelineMark& m = m_marks[mark];
        if (m.from < m_time.left || m.from > m_time.left + shown) SetView(m.from - shown / 2, m_time.scale);
    }
    Refresh();
}

void SwimlaneTimeline::OnPaint(wxPaintEvent&) {
    wxAutoBufferedPaintDC paint(this);
    paint.SetBackground(wxBrush(GetBackgroundColour()));
    paint.Clear();
    wxGCDC dc(paint);
    dc.SetFont(GetFont());
    const Layout layout = Measure();
    PaintLanes(dc, layout);
    PaintLegend(dc, layout);
    dc.SetClippingRegion(wxRect(layout.plot.x, 0, layout.plot.width, layout.plot.GetBottom() + 1));
    PaintSilences(dc, layout);
    DrawTimeAxis(dc, wxRect(layout.plot.x, 0, layout.plot.width, layout.axis_height), layout.plot, m_time);
    PaintMarks(dc, layout);
    PaintFlags(dc, layout);
    PaintSelection(dc, layout);
    dc.DestroyClippingRegion();
    if (HasFocus()) {
        dc.SetPen(wxPen(wxSystemSettings::GetColour(wxSYS_COLOUR_HIGHLIGHT), 2));
        dc.SetBrush(*wxTRANSPARENT_BRUSH);
        dc.DrawRectangle(wxRect(GetClientSize()).Deflate(1));
    }
}

int SwimlaneTimeline::HitTest(wxPoint point) const {
    const Layout l = Measure();
    if (!l.plot.Contains(point)) return -1;
    const int lane = (point.y - l.plot.y) / l.lane_height;
    if (lane < 0 || lane >= static_cast<int>(m_by_lane.size())) return -1;
    const double day = m_time.Day(point.x - l.plot.x);
    const double reach = std::max(4, l.lane_height / 3) / m_time.scale;
    const auto& marks = m_by_lane[lane];
    auto it = std::lower_bound(marks.begin(), marks.end(), day - reach,
                               [this](int i, double d) { return m_marks[i].from < d; });
    int best = -1, partial = -1;
    double best_distance = reach;
    for (; it != marks.end() && m_marks[*it].from <= day + reach; ++it) {
        const double distance = std::abs(m_marks[*it].from - day);
        if (!m_marks[*it].partial && distance <= best_distance) {
            best = *it;
            best_distance = distance;
        }
    }
    if (best >= 0) return best;
    for (int i : marks)  // partial dates can start long before the point
        if (m_marks[i].partial && m_marks[i].from <= day && day < m_marks[i].to) partial = i;
    return partial;
}

void SwimlaneTimeline::OnMouse(wxMouseEvent& event) {
    const Layout l = Measure();
    if (event.GetEventType() == wxEVT_MOUSEWHEEL) {
        const double steps = static_cast<double>(event.GetWheelRotation()) / std::max(1, event.GetWheelDelta());
        if (event.ControlDown())
            ZoomAround(std::pow(1.25, steps), std::clamp(event.GetX() - l.plot.x, 0, l.plot.width));
        else
            SetView(m_time.left - steps * l.plot.width / 8.0 / m_time.scale *
                                      (event.GetWheelAxis() == wxMOUSE_WHEEL_HORIZONTAL ? -1 : 1),
                    m_time.scale);
        return;
    }
    if (event.LeftDown()) {
        SetFocus();
        m_pressed = true;
        m_dragging = false;
        m_press_x = event.GetX();
        m_press_left = m_time.left;
        CaptureMouse();
        return;
    }
    if (event.Dragging() && m_pressed) {
        const int dx = event.GetX() - m_press_x;
        if (std::abs(dx) > GetCharWidth() / 2) m_dragging = true;
        if (m_dragging) {
            SetCursor(wxCursor(wxCURSOR_SIZEWE));
            SetView(m_press_left - dx / m_time.scale, m_time.scale);
        }
        return;
    }
    if (event.LeftUp() && m_pressed) {
        if (HasCapture()) ReleaseMouse();
        m_pressed = false;
        SetCursor(wxNullCursor);
        if (!m_dragging) {
            const int hit = HitTest(event.GetPosition());
            if (hit >= 0) {
                SetSelected(hit);
                if (m_on_select) m_on_select(hit);
            }
        }
        m_dragging = false;
        return;
    }
    if (event.Moving() || event.Leaving()) {
        const int hit = event.Leaving() ? -1 : HitTest(event.GetPosition());
        if (hit == m_hover) return;
        m_hover = hit;
        if (hit >= 0 && m_describe) SetToolTip(m_describe(hit));
        else UnsetToolTip();
    }
}

void SwimlaneTimeline::OnKey(wxKeyEvent& event) {
    const int width = Measure().plot.width;
    switch (event.GetKeyCode()) {
        case WXK_LEFT: SetView(m_time.left - width / 8.0 / m_time.scale, m_time.scale); break;
        case WXK_RIGHT: SetView(m_time.left + width / 8.0 / m_time.scale, m_time.scale); break;
        case '+': case '=': case WXK_NUMPAD_ADD: ZoomBy(1.5); break;
        case '-': case '_': case WXK_NUMPAD_SUBTRACT: ZoomBy(1 / 1.5); break;
        case WXK_HOME: case '0': Fit(); break;
        case WXK_TAB:  // wants every key, so passes Tab on itself
            Navigate(event.ShiftDown() ? wxNavigationKeyEvent::IsBackward : wxNavigationKeyEvent::IsForward);
            break;
        default: event.Skip();
    }
}

}  // namespace gui
