// SPDX-License-Identifier: MIT
#include "dashboard_panel.h"

#include "format.h"
#include "summary_tile.h"

#include <wx/sizer.h>

#include <set>

namespace gui {
namespace {

constexpr model::ClockStatus kTileStatuses[] = {model::ClockStatus::Overdue, model::ClockStatus::DueSoon,
                                                model::ClockStatus::Paused, model::ClockStatus::OnTrack};

bool IsRunning(model::ClockStatus s) { return s != model::ClockStatus::Met && s != model::ClockStatus::MetLate; }

TableRow AlertRow(const model::ClockState& clock) {
    TableRow row;
    row.key = clock.review_ref;
    row.cells = {StatusLabel(clock.status),
                 U8(clock.clock_name),
                 U8(clock.review_ref) + kDash + U8(clock.review_title),
                 LongDate(clock.due),
                 LateOrLeft(clock),
                 OwnerText(clock)};
    const StatusColours colours = ColoursFor(clock.status);
    row.background = colours.background;
    row.text = colours.text;
    row.whole_row = clock.status != model::ClockStatus::OnTrack;  // calm rows for what needs no action
    return row;
}

}  // namespace

DashboardPanel::DashboardPanel(wxWindow* parent, OpenReview open_review)
    : wxPanel(parent), m_open(std::move(open_review)) {
    auto* tiles = new wxBoxSizer(wxHORIZONTAL);
    for (model::ClockStatus status : kTileStatuses) {
        auto* tile = new SummaryTile(this, status, [this](model::ClockStatus s) { ToggleFilter(s); });
        m_tiles.push_back(tile);
        tiles->Add(tile, wxSizerFlags(1).Expand().Border(wxRIGHT, FromDIP(12)));
    }

    m_heading = new wxStaticText(this, wxID_ANY, wxString());
    m_heading->SetFont(GetFont().Scaled(1.2f).Bold());
    m_note = new wxStaticText(this, wxID_ANY, wxString());

    wxObjectDataPtr<TableModel> model(new TableModel({0}, {0}));
    m_table = new TableView(this, model);
    m_table->AddColumn(_("Status"));
    m_table->AddColumn(_("Clock"), 3, 14);
    m_table->AddColumn(_("Review"), 4, 16);
    m_table->AddColumn(_("Due"));
    m_table->AddColumn(_("How late / time left"));
    m_table->AddColumn(_("Owner"), 2, 12);
    m_table->Bind(wxEVT_DATAVIEW_ITEM_ACTIVATED, [this](wxDataViewEvent& event) {
        const std::string ref = m_table->KeyOf(event.GetItem());
        if (!ref.empty()) m_open(ref);
    });

    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(tiles, wxSizerFlags().Expand().Border(wxLEFT | wxTOP, FromDIP(12)));
    sizer->AddSpacer(FromDIP(8));
    sizer->Add(m_heading, wxSizerFlags().Border(wxLEFT | wxRIGHT | wxTOP, FromDIP(12)));
    sizer->Add(m_note, wxSizerFlags().Border(wxLEFT | wxRIGHT, FromDIP(12)));
    m_learning = MakeLearningLine();
    sizer->Add(m_learning, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT | wxTOP, FromDIP(12)));
    sizer->Add(m_table, wxSizerFlags(1).Expand().Border(wxALL, FromDIP(12)));
    SetSizer(sizer);
}

void DashboardPanel::ShowAlerts(const std::vector<model::ClockState>& alerts, model::Date as_of) {
    m_alerts.clear();
    for (const auto& clock : alerts)
        if (IsRunning(clock.status)) m_alerts.push_back(clock);
    m_as_of = as_of;
    for (size_t i = 0; i < m_tiles.size(); ++i) {
        int n = 0;
        for (const auto& clock : m_alerts) n += clock.status == kTileStatuses[i];
        m_tiles[i]->SetCount(n);
    }
    Rebuild();
}

void DashboardPanel::ToggleFilter(model::ClockStatus status) {
    if (m_only == status) m_only.reset();
    else m_only = status;
    Rebuild();
}

void DashboardPanel::Rebuild() {
    int overdue = 0;
    std::set<std::string> overdue_reviews;
    std::vector<TableRow> rows;
    for (const auto& clock : m_alerts) {
        if (clock.status == model::ClockStatus::Overdue) {
            ++overdue;
            overdue_reviews.insert(clock.review_ref);
        }
        if (!m_only || clock.status == *m_only) rows.push_back(AlertRow(clock));
    }
    for (size_t i = 0; i < m_tiles.size(); ++i) m_tiles[i]->SetSelected(m_only == kTileStatuses[i]);

    const int reviews = static_cast<int>(overdue_reviews.size());
    wxString heading = wxString::Format(_("As of %s: "), WeekdayDate(m_as_of));
    if (overdue == 0)
        heading += _("nothing is overdue");
    else
        heading += wxString::Format(wxPLURAL("%d clock overdue", "%d clocks overdue", overdue), overdue) + " " +
                   wxString::Format(wxPLURAL("in %d review", "in %d reviews", reviews), reviews);
    m_heading->SetLabel(heading);

    if (m_only)
        m_note->SetLabel(wxString::Format(_("Showing %s clocks only. Click the tile again to show every running "
                                            "clock."),
                                          StatusLabel(*m_only).Lower()));
    else if (m_alerts.empty())
        m_note->SetLabel(_("No clock is running. Clocks start when a review is added or a stage is completed."));
    else
        m_note->SetLabel(_("Every running clock, most urgent first. Double-click a row to open the review."));
    m_table->SetRows(std::move(rows));
    Layout();
}

}  // namespace gui
