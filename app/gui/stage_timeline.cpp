// SPDX-License-Identifier: MIT
#include "stage_timeline.h"

#include "format.h"

#include <wx/dcbuffer.h>
#include <wx/graphics.h>
#include <wx/settings.h>

#include <algorithm>
#include <memory>

namespace gui {
namespace {

const wxColour kDoneColour(0x2E, 0x7D, 0x5B);
const wxColour kCurrentColour(0x1F, 0x5F, 0xAD);
const wxColour kHaloColour(0xCF, 0xE0, 0xF5);
const wxColour kTodoColour(0x8C, 0x96, 0xA0);
const wxColour kCaptionColour(0x55, 0x60, 0x6B);

}  // namespace

StageTimeline::StageTimeline(wxWindow* parent) : wxPanel(parent, wxID_ANY) {
    SetBackgroundStyle(wxBG_STYLE_PAINT);
    Bind(wxEVT_PAINT, &StageTimeline::OnPaint, this);
    Bind(wxEVT_SIZE, &StageTimeline::OnSize, this);
    Bind(wxEVT_MOTION, [this](wxMouseEvent& event) {
        const auto& nodes = Nodes();
        const int reach = Measure(GetClientSize().x).cell / 2;
        wxString tip;
        for (size_t i = 0; i < nodes.size(); ++i)
            if (std::abs(event.GetX() - nodes[i].centre.x) < reach && std::abs(event.GetY() - nodes[i].centre.y) < reach)
                tip = m_stages[i].description;
        if (tip != GetToolTipText()) SetToolTip(tip);
    });
}

void StageTimeline::SetStages(std::vector<TimelineStage> stages, std::vector<TimelineHold> holds) {
    m_stages = std::move(stages);
    m_holds = std::move(holds);
    m_nodes_width = -1;
    UpdateHeight();
    Refresh();
}

StageTimeline::Metrics StageTimeline::Measure(int width) const {
    Metrics m{};
    const int ch = GetCharHeight();
    int text_width = 0;
    const wxFont name_font = NameFont();
    GetTextExtent("Ag", &text_width, &m.line_height, nullptr, nullptr, &name_font);
    m.margin = ch;
    m.radius = std::max(ch * 6 / 10, 7);
    m.hold_line = m_holds.empty() ? 0 : ch * 5 / 4;
    const int cell_min = GetCharWidth() * 15;
    const int avail = std::max(width - 2 * m.margin, cell_min);
    const int n = std::max<int>(1, static_cast<int>(m_stages.size()));
    int per_row = std::clamp(avail / cell_min, 1, n);
    const int rows = (n + per_row - 1) / per_row;
    per_row = (n + rows - 1) / rows;  // balance the rows
    m.cell = avail / per_row;
    m.per_row = per_row;
    return m;
}

std::vector<wxString> StageTimeline::Wrap(const wxString& text, const wxFont& font, int width) const {
    std::vector<wxString> lines;
    wxString line;
    for (const wxString& word : wxSplit(text, ' ', '\0')) {
        const wxString candidate = line.empty() ? word : line + " " + word;
        int w = 0, h = 0;
        GetTextExtent(candidate, &w, &h, nullptr, nullptr, &font);
        if (w > width && !line.empty()) {
            lines.push_back(line);
            line = word;
        } else {
            line = candidate;
        }
    }
    if (!line.empty()) lines.push_back(line);
    return lines;
}

wxFont StageTimeline::NameFont() const { return GetFont().Scaled(0.92f); }

wxString StageTimeline::Caption(const TimelineStage& stage) const {
    switch (stage.state) {
        case TimelineStage::State::Done: return LongDate(stage.date);
        case TimelineStage::State::Current: return _("current stage");
        case TimelineStage::State::Skipped: return _("skipped");
        case TimelineStage::State::Todo: return stage.optional ? _("optional") : wxString();
    }
    return wxString();
}

std::vector<StageTimeline::Node> StageTimeline::LayOut(int width, int* height) const {
    const Metrics m = Measure(width);
    const wxFont bold = NameFont().Bold();
    const size_t per_row = static_cast<size_t>(m.per_row);
    std::vector<Node> nodes(m_stages.size());
    int top = m.margin / 2;
    for (size_t first = 0; first < m_stages.size(); first += per_row) {
        const size_t last = std::min(m_stages.size(), first + per_row);
        const int row = static_cast<int>(first / per_row);
        bool has_hold = false;  // only rows that carry a hold band make room for its label
        for (const auto& hold : m_holds)
            has_hold |= hold.first / m.per_row <= row && row <= hold.last / m.per_row;
        size_t max_lines = 1;
        for (size_t i = first; i < last; ++i) {
            nodes[i].lines = Wrap(m_stages[i].name, bold, m.cell - m.line_height / 2);
            nodes[i].caption = Caption(m_stages[i]);
            nodes[i].row = static_cast<int>(first / per_row);
            max_lines = std::max(max_lines, nodes[i].lines.size());
        }
        const int centre_y = top + (has_hold ? m.hold_line : 0) + m.radius * 8 / 5;
        for (size_t i = first; i < last; ++i)
            nodes[i].centre = wxPoint(m.margin + m.cell * static_cast<int>(i - first) + m.cell / 2, centre_y);
        top = centre_y + m.radius * 8 / 5 + m.line_height / 4 + static_cast<int>(max_lines + 1) * m.line_height +
              m.line_height / 2;
    }
    if (height) *height = top + m.margin / 2;
    return nodes;
}

const std::vector<StageTimeline::Node>& StageTimeline::Nodes() {
    const int width = GetClientSize().x;
    if (width != m_nodes_width) {
        m_nodes = LayOut(width, nullptr);
        m_nodes_width = width;
    }
    return m_nodes;
}

wxSize StageTimeline::DoGetBestClientSize() const {
    int height = m_height;
    if (height == 0) LayOut(GetCharWidth() * 100, &height);
    return wxSize(GetCharWidth() * 40, height);
}

void StageTimeline::UpdateHeight() {
    const int width = GetClientSize().x > 0 ? GetClientSize().x : GetCharWidth() * 100;
    int height = 0;
    LayOut(width, &height);
    if (height == m_height) return;
    m_height = height;
    SetMinSize(wxSize(-1, height));
    InvalidateBestSize();
    if (m_on_height) CallAfter([this] { m_on_height(); });
    else if (wxWindow* parent = GetParent()) parent->CallAfter([parent] { parent->Layout(); });
}

void StageTimeline::OnSize(wxSizeEvent& event) {
    UpdateHeight();
    Refresh();
    event.Skip();
}

void StageTimeline::OnPaint(wxPaintEvent&) {
    wxAutoBufferedPaintDC dc(this);
    dc.SetBackground(wxBrush(GetBackgroundColour()));
    dc.Clear();
    std::unique_ptr<wxGraphicsContext> gc(wxGraphicsContext::Create(dc));
    if (!gc || m_stages.empty()) return;

    const int width = GetClientSize().x;
    const Metrics m = Measure(width);
    const auto& nodes = Nodes();
    const wxColour text_colour = wxSystemSettings::GetColour(wxSYS_COLOUR_WINDOWTEXT);
    const wxFont font = NameFont();
    const wxFont bold = font.Bold();
    const wxFont small = GetFont().Scaled(0.85f);

    // Holds: a band behind the stages each one spanned, row by row, labelled above the nodes.
    const StatusColours paused = ColoursFor(model::ClockStatus::Paused);
    for (const auto& hold : m_holds) {
        if (hold.first < 0 || hold.last >= static_cast<int>(nodes.size()) || hold.first > hold.last) continue;
        for (int row = nodes[hold.first].row; row <= nodes[hold.last].row; ++row) {
            int x0 = m.margin, x1 = width - m.margin, cy = 0;
            for (const Node& node : nodes)
                if (node.row == row) cy = node.centre.y;
            if (row == nodes[hold.first].row) x0 = nodes[hold.first].centre.x - m.cell / 2 + m.radius / 2;
            if (row == nodes[hold.last].row) x1 = nodes[hold.last].centre.x + m.cell / 2 - m.radius / 2;
            if (row == nodes[hold.first].row) {  // wide enough for its label
                double label_width = 0, label_height = 0;
                gc->SetFont(small, paused.text);
                gc->GetTextExtent(hold.label, &label_width, &label_height);
                const int needed = static_cast<int>(label_width) + 2 * m.radius;
                x1 = std::max(x1, x0 + needed);
                if (x1 > width - m.margin / 2) {  // at the right edge: grow leftwards instead
                    x1 = width - m.margin / 2;
                    x0 = std::max(m.margin / 2, std::min(x0, x1 - needed));
                }
            }
            const int y0 = cy - m.radius - m.hold_line;
            gc->SetBrush(wxBrush(paused.background));
            gc->SetPen(hold.active ? wxPen(paused.text, 1) : *wxTRANSPARENT_PEN);
            gc->DrawRoundedRectangle(x0, y0, x1 - x0, m.hold_line + 2 * m.radius + m.line_height / 2, m.radius);
            gc->SetFont(small, paused.text);
            gc->DrawText(hold.label, x0 + m.radius, y0 + m.line_height / 4);
        }
    }

    // Connectors between neighbours on the same row.
    for (size_t i = 1; i < nodes.size(); ++i) {
        if (nodes[i].row != nodes[i - 1].row) continue;
        const bool done = m_stages[i - 1].state == TimelineStage::State::Done &&
                          m_stages[i].state != TimelineStage::State::Todo;
        gc->SetPen(wxPen(done ? kDoneColour : kTodoColour, done ? 3 : 2));
        gc->StrokeLine(nodes[i - 1].centre.x + m.radius, nodes[i].centre.y, nodes[i].centre.x - m.radius,
                       nodes[i].centre.y);
    }

    for (size_t i = 0; i < nodes.size(); ++i) {
        const Node& node = nodes[i];
        const TimelineStage& stage = m_stages[i];
        const double x = node.centre.x, y = node.centre.y, r = m.radius;
        switch (stage.state) {
            case TimelineStage::State::Done: {
                gc->SetPen(wxPen(kDoneColour, 2));
                gc->SetBrush(wxBrush(kDoneColour));
                gc->DrawEllipse(x - r, y - r, 2 * r, 2 * r);
                wxGraphicsPath tick = gc->CreatePath();
                tick.MoveToPoint(x - r * 0.45, y + r * 0.02);
                tick.AddLineToPoint(x - r * 0.1, y + r * 0.38);
                tick.AddLineToPoint(x + r * 0.5, y - r * 0.35);
                gc->SetPen(wxPen(*wxWHITE, std::max(2, m.radius / 4)));
                gc->StrokePath(tick);
                break;
            }
            case TimelineStage::State::Current:
                gc->SetPen(*wxTRANSPARENT_PEN);
                gc->SetBrush(wxBrush(kHaloColour));
                gc->DrawEllipse(x - r * 1.6, y - r * 1.6, 3.2 * r, 3.2 * r);
                gc->SetPen(wxPen(kCurrentColour, 2));
                gc->SetBrush(wxBrush(kCurrentColour));
                gc->DrawEllipse(x - r, y - r, 2 * r, 2 * r);
                break;
            case TimelineStage::State::Skipped:
            case TimelineStage::State::Todo:
                gc->SetPen(wxPen(kTodoColour, 2, stage.optional ? wxPENSTYLE_SHORT_DASH : wxPENSTYLE_SOLID));
                gc->SetBrush(wxBrush(GetBackgroundColour()));
                gc->DrawEllipse(x - r, y - r, 2 * r, 2 * r);
                if (stage.state == TimelineStage::State::Skipped) {
                    gc->SetPen(wxPen(kTodoColour, 2));
                    gc->StrokeLine(x - r * 0.5, y, x + r * 0.5, y);
                }
                break;
        }

        double ty = y + r * 1.6 + m.line_height / 4;
        const bool current = stage.state == TimelineStage::State::Current;
        gc->SetFont(current ? bold : font,
                    current ? kCurrentColour : stage.state == TimelineStage::State::Todo ? kCaptionColour : text_colour);
        for (const wxString& line : node.lines) {
            double w = 0, h = 0;
            gc->GetTextExtent(line, &w, &h);
            gc->DrawText(line, x - w / 2, ty);
            ty += m.line_height;
        }
        if (!node.caption.empty()) {
            gc->SetFont(small, current ? kCurrentColour : kCaptionColour);
            double w = 0, h = 0;
            gc->GetTextExtent(node.caption, &w, &h);
            gc->DrawText(node.caption, x - w / 2, ty + 2);
        }
    }
}

}  // namespace gui
