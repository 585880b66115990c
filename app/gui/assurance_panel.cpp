// SPDX-License-Identifier: MIT
#include "assurance_panel.h"

#include "format.h"
#include "learning_format.h"

#include "model/register/board.h"

#include <wx/notebook.h>
#include <wx/utils.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

#include <algorithm>
#include <array>
#include <map>

namespace gui {
namespace {

enum Tab { kAlertsTab, kClustersTab, kChallengesTab, kEventsTab };

// Alert rows listed at most (the most urgent); the tiles and the tab count every alert.
constexpr size_t kMaxAlertRows = 1000;

wxString Join(const std::vector<std::string>& items, const wxString& separator = ", ") {
    wxString out;
    for (const std::string& item : items) out += (out.empty() ? wxString() : separator) + U8(item);
    return out;
}

}  // namespace

AssurancePanel::AssurancePanel(wxWindow* parent, OpenReview open_learning)
    : wxPanel(parent), m_open(std::move(open_learning)) {
    const int pad = FromDIP(12);
    m_heading = new wxStaticText(this, wxID_ANY, wxString());
    m_heading->SetFont(GetFont().Scaled(1.2f).Bold());

    // Four counts, in the colours of what they mean.
    const wxString labels[4] = {_("Actions past due"), _("Implemented, effect never checked"),
                                _("Recommendations without an action"), _("Challenges still open")};
    const RagColours tones[4] = {ColoursFor(model::Rag::Red), ColoursFor(model::Rag::Amber),
                                 ColoursFor(model::Rag::Amber), ColoursFor(model::Rag::Grey)};
    auto* tiles = new wxBoxSizer(wxHORIZONTAL);
    for (int i = 0; i < 4; ++i) {
        auto* tile = new wxPanel(this);
        tile->SetBackgroundColour(tones[i].background);
        m_tile_numbers[i] = new wxStaticText(tile, wxID_ANY, "0");
        m_tile_numbers[i]->SetFont(GetFont().Scaled(2.2f).Bold());
        m_tile_numbers[i]->SetForegroundColour(tones[i].text);
        auto* label = new wxStaticText(tile, wxID_ANY, labels[i]);
        label->SetForegroundColour(tones[i].text);
        auto* box = new wxBoxSizer(wxVERTICAL);
        box->Add(m_tile_numbers[i], wxSizerFlags().Border(wxLEFT | wxRIGHT | wxTOP, FromDIP(10)));
        box->Add(label, wxSizerFlags().Border(wxLEFT | wxRIGHT | wxBOTTOM, FromDIP(10)));
        tile->SetSizer(box);
        tiles->Add(tile, wxSizerFlags(1).Expand().Border(wxRIGHT, pad));
        auto show_tab = [this, i](wxMouseEvent&) { m_tabs->SetSelection(i == 3 ? kChallengesTab : kAlertsTab); };
        tile->Bind(wxEVT_LEFT_UP, show_tab);
        m_tile_numbers[i]->Bind(wxEVT_LEFT_UP, show_tab);
        label->Bind(wxEVT_LEFT_UP, show_tab);
    }

    auto heading = [this](const wxString& text) {
        auto* h = new wxStaticText(this, wxID_ANY, text);
        h->SetFont(GetFont().Scaled(1.1f).Bold());
        return h;
    };
    m_agencies = NewTable(this, {0});  // the agency takes the colour of its worst action
    m_agencies->AddColumn(_("Agency"), 1, 12);
    m_agencies->AddColumn(_("Red"));
    m_agencies->AddColumn(_("Amber"));
    m_agencies->AddColumn(_("Green"));
    m_agencies->AddColumn(_("Closed"));
    m_agencies->AddColumn(_("All"));
    m_themes = NewTable(this);
    m_themes->AddColumn(_("Theme"), 1, 12);
    m_themes->AddColumn(_("Reviews"));
    m_themes->AddColumn(_("Findings by year"), 2, 14);

    m_tabs = new wxNotebook(this, wxID_ANY);
    m_alerts = NewTable(m_tabs, {0});
    m_alerts->AddColumn(_("Alert"));
    m_alerts->AddColumn(_("Review"));
    m_alerts->AddColumn(_("Agency"), 1, 10);
    m_alerts->AddColumn(_("What"), 4, 20);
    m_clusters = NewTable(m_tabs);
    m_clusters->AddColumn(_("Shared words"), 1, 12);
    m_clusters->AddColumn(_("Reviews"), 1, 12);
    m_clusters->AddColumn(_("Recommendations"), 4, 24);
    m_challenges = NewTable(m_tabs, {5});
    m_challenges->AddColumn(_("Raised"));
    m_challenges->AddColumn(_("Review"));
    m_challenges->AddColumn(_("Agency"), 1, 10);
    m_challenges->AddColumn(_("Issue"), 3, 16);
    m_challenges->AddColumn(_("What the board did"), 2, 14);
    m_challenges->AddColumn(_("Outcome"), 2, 12);
    m_events = NewTable(m_tabs);
    m_events->AddColumn(_("Date"));
    m_events->AddColumn(_("Review"));
    m_events->AddColumn(_("Event"), 3, 16);
    m_events->AddColumn(_("Audience"), 2, 12);
    m_events->AddColumn(_("Attended"));
    m_events->AddColumn(_("Presenter"), 1, 10);
    m_tabs->AddPage(m_alerts, _("Learning alerts"));
    m_tabs->AddPage(m_clusters, _("Recurring recommendations"));
    m_tabs->AddPage(m_challenges, _("Challenge log"));
    m_tabs->AddPage(m_events, _("Learning events"));
    m_tabs->Bind(wxEVT_NOTEBOOK_PAGE_CHANGED, [this](wxBookCtrlEvent& event) {
        event.Skip();
        if (event.GetSelection() == kClustersTab) CallAfter([this] { ShowClusters(); });
    });

    auto* left = new wxBoxSizer(wxVERTICAL);
    left->Add(heading(_("Actions by agency")), wxSizerFlags().Expand());
    left->Add(m_agencies, wxSizerFlags(1).Expand().Border(wxTOP | wxBOTTOM, FromDIP(6)));
    left->Add(heading(_("Recurring themes")), wxSizerFlags().Expand().Border(wxTOP, FromDIP(6)));
    left->Add(m_themes, wxSizerFlags(1).Expand().Border(wxTOP, FromDIP(6)));
    auto* body = new wxBoxSizer(wxHORIZONTAL);
    body->Add(left, wxSizerFlags(2).Expand().Border(wxRIGHT, pad));
    body->Add(m_tabs, wxSizerFlags(3).Expand());

    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(m_heading, wxSizerFlags().Border(wxLEFT | wxRIGHT | wxTOP, pad));
    sizer->Add(tiles, wxSizerFlags().Expand().Border(wxLEFT | wxTOP, pad));
    sizer->Add(body, wxSizerFlags(1).Expand().Border(wxALL, pad));
    SetSizer(sizer);
}

TableView* AssurancePanel::NewTable(wxWindow* parent, std::set<unsigned> styled) {
    wxObjectDataPtr<TableModel> model(new TableModel(std::move(styled), {}));
    auto* table = new TableView(parent, model);
    table->Bind(wxEVT_DATAVIEW_ITEM_ACTIVATED, [this, table](wxDataViewEvent& event) {
        const std::string ref = table->KeyOf(event.GetItem());
        if (!ref.empty() && m_open) m_open(ref);
    });
    return table;
}

void AssurancePanel::ShowBoard(const model::Board& board, model::Date as_of) {
    m_heading->SetLabel(wxString::Format(_("Board assurance across every review, as of %s"), WeekdayDate(as_of)));
    ShowAgencies(board, as_of);
    ShowThemes(board);
    ShowAlerts(board, as_of);
    m_board = &board;
    m_clusters_stale = true;
    if (m_tabs->GetSelection() == kClustersTab) ShowClusters();
    else m_tabs->SetPageText(kClustersTab, _("Recurring recommendations"));
    ShowChallenges(board);
    ShowEvents(board);
    Layout();
}

void AssurancePanel::ShowAgencies(const model::Board& board, model::Date as_of) {
    std::map<std::string, std::array<int, 4>> counts;
    for (const model::ActionRow& row : board.learning().actions(as_of)) counts[row.agency][static_cast<int>(row.rag)]++;
    std::vector<TableRow> rows;
    for (const auto& [agency, n] : counts) {
        TableRow row;
        row.cells = {U8(agency), wxString::Format("%d", n[0]), wxString::Format("%d", n[1]), wxString::Format("%d", n[2]),
                     wxString::Format("%d", n[3]), wxString::Format("%d", n[0] + n[1] + n[2] + n[3])};
        // An agency with anything past due shows red, else amber if anything needs attention.
        const model::Rag worst = n[0] ? model::Rag::Red : n[1] ? model::Rag::Amber : n[2] ? model::Rag::Green : model::Rag::Grey;
        const RagColours colours = ColoursFor(worst);
        row.background = colours.background;
        row.text = colours.text;
        rows.push_back(std::move(row));
    }
    m_agencies->SetRows(std::move(rows));
}

void AssurancePanel::ShowThemes(const model::Board& board) {
    std::vector<TableRow> rows;
    for (const model::RecurringTheme& theme : board.learning().recurring_themes()) {
        wxString years;
        for (const model::ThemeYear& year : theme.years)
            years += (years.empty() ? wxString() : wxString("; ")) +
                     wxString::Format("%d: %d (%s)", year.year, year.findings, Join(year.reviews));
        TableRow row;
        row.cells = {U8(theme.theme), wxString::Format("%zu", theme.reviews.size()), years};
        rows.push_back(std::move(row));
    }
    m_themes->SetRows(std::move(rows));
}

void AssurancePanel::ShowAlerts(const model::Board& board, model::Date as_of) {
    int counts[3] = {0, 0, 0};
    std::vector<TableRow> rows;
    // Overdue actions first, then effect never checked, then recommendations with no action; the
    // model's order (most days late first) within each.
    std::vector<model::LearningAlert> alerts = board.learning().alerts(as_of);
    auto rank = [](const std::string& kind) {
        return kind == "action-overdue" ? 0 : kind == "effect-not-checked" ? 1 : 2;
    };
    std::stable_sort(alerts.begin(), alerts.end(), [&](const model::LearningAlert& a, const model::LearningAlert& b) {
        return rank(a.kind) < rank(b.kind);
    });
    for (const model::LearningAlert& alert : alerts) {
        if (alert.kind == "action-overdue") ++counts[0];
        else if (alert.kind == "effect-not-checked") ++counts[1];
        else if (alert.kind == "recommendation-without-action") ++counts[2];
        if (rows.size() >= kMaxAlertRows) continue;
        TableRow row;
        row.key = alert.review;
        wxString message = U8(alert.message);
        if (!message.empty()) message[0] = wxToupper(message[0]);
        row.cells = {AlertKindLabel(alert.kind), U8(alert.review), U8(alert.agency), message};
        const RagColours colours = AlertColours(alert.kind);
        row.background = colours.background;
        row.text = colours.text;
        rows.push_back(std::move(row));
    }
    const int total = static_cast<int>(alerts.size());
    m_alerts->SetRows(std::move(rows));
    for (int i = 0; i < 3; ++i) m_tile_numbers[i]->SetLabel(wxString::Format("%d", counts[i]));
    m_tabs->SetPageText(kAlertsTab, wxString::Format(_("Alerts (%d)"), total));
}

void AssurancePanel::ShowClusters() {
    if (!m_board || !m_clusters_stale) return;
    m_clusters_stale = false;
    wxBusyCursor busy;
    std::vector<TableRow> rows;
    for (const model::RecommendationCluster& cluster : m_board->learning().recurring_recommendations()) {
        wxString members;
        for (const model::RecommendationRef& rec : cluster.members) {
            wxString text = U8(rec.text);
            if (text.length() > 140) text = text.Left(138) + L"\u2026";
            members += (members.empty() ? wxString() : wxString("\n")) + U8(rec.review) + " " + RecNumber(rec.number) +
                       " (" + LongDate(rec.made) + "): " + text;
        }
        TableRow row;
        row.key = cluster.reviews.empty() ? std::string() : cluster.reviews.back();
        row.cells = {Join(cluster.terms), Join(cluster.reviews), members};
        rows.push_back(std::move(row));
    }
    const int total = static_cast<int>(rows.size());
    m_clusters->SetRows(std::move(rows));
    m_tabs->SetPageText(kClustersTab, wxString::Format(_("Recurring recommendations (%d)"), total));
}

void AssurancePanel::ShowChallenges(const model::Board& board) {
    int open = 0;
    std::vector<TableRow> rows;
    for (const model::Challenge& c : board.learning().challenges()) {
        TableRow row;
        row.key = c.review;
        const wxString outcome = c.closed ? wxString::Format(_("Closed %s: %s"), LongDate(*c.closed), U8(c.outcome))
                                          : _("Open");
        row.cells = {LongDate(c.raised), U8(c.review), U8(c.agency), U8(c.issue), U8(c.board_action), outcome};
        if (!c.closed) {
            ++open;
            const RagColours colours = ColoursFor(model::Rag::Amber);
            row.background = colours.background;
            row.text = colours.text;
        }
        rows.push_back(std::move(row));
    }
    m_challenges->SetRows(std::move(rows));
    m_tile_numbers[3]->SetLabel(wxString::Format("%d", open));
    m_tabs->SetPageText(kChallengesTab, wxString::Format(_("Challenges (%d open)"), open));
}

void AssurancePanel::ShowEvents(const model::Board& board) {
    std::vector<TableRow> rows;
    for (const model::LearningEvent& e : board.learning().learning_events()) {
        TableRow row;
        row.key = e.review;
        row.cells = {LongDate(e.date), U8(e.review), U8(e.title), U8(e.audience),
                     e.attendance > 0 ? wxString::Format("%d", e.attendance) : kNone, U8(e.presenter)};
        rows.push_back(std::move(row));
    }
    const int total = static_cast<int>(rows.size());
    m_events->SetRows(std::move(rows));
    m_tabs->SetPageText(kEventsTab, wxString::Format(_("Learning events (%d)"), total));
}

void AssurancePanel::FocusList() { m_alerts->SetFocus(); }

}  // namespace gui
