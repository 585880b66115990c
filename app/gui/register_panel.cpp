// SPDX-License-Identifier: MIT
#include "register_panel.h"

#include "format.h"

#include <wx/sizer.h>

#include <unordered_map>

namespace gui {
namespace {

enum Column { kRef, kTitle, kPathway, kStage, kAware, kNextClock, kStatus };

bool IsMet(model::ClockStatus s) { return s == model::ClockStatus::Met || s == model::ClockStatus::MetLate; }

/// The clock a chair should look at for each review: the most urgent one still running, else the
/// last one met. `alerts` arrive most urgent first.
std::unordered_map<std::string, const model::ClockState*> PressingClocks(
    const std::vector<model::ClockState>& alerts) {
    std::unordered_map<std::string, const model::ClockState*> pressing;
    for (const auto& clock : alerts) {
        auto [it, inserted] = pressing.emplace(clock.review_ref, &clock);
        if (!inserted && IsMet(it->second->status) && !IsMet(clock.status)) it->second = &clock;
    }
    return pressing;
}

wxString StageName(const model::Pathway* pathway, const std::string& stage_id) {
    if (stage_id.empty()) return _("All stages complete");
    if (pathway)
        if (const auto* stage = pathway->find_stage(stage_id)) return U8(stage->name);
    return Humanise(stage_id);
}

}  // namespace

RegisterPanel::RegisterPanel(wxWindow* parent, OpenReview open_review)
    : wxPanel(parent), m_open(std::move(open_review)) {
    wxObjectDataPtr<TableModel> model(new TableModel({kStatus}, {kStatus}));
    m_table = new TableView(this, model);
    m_table->AddColumn(_("Ref"));
    m_table->AddColumn(_("Title"), 4, 16);
    m_table->AddColumn(_("Pathway"), 3, 14);
    m_table->AddColumn(_("Current stage"), 2, 12);
    m_table->AddColumn(_("Aware"));
    m_table->AddColumn(_("Next clock"), 3, 14);
    m_table->AddColumn(_("Status"));
    m_table->Bind(wxEVT_DATAVIEW_ITEM_ACTIVATED, [this](wxDataViewEvent& event) {
        const std::string ref = m_table->KeyOf(event.GetItem());
        if (!ref.empty()) m_open(ref);
    });

    m_count = new wxStaticText(this, wxID_ANY, wxString());
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(m_count, wxSizerFlags().Border(wxLEFT | wxRIGHT | wxTOP));
    sizer->Add(m_table, wxSizerFlags(1).Expand().Border());
    SetSizer(sizer);
}

void RegisterPanel::ShowReviews(const model::PathwayLibrary& pathways,
                                const std::vector<model::ReviewSummary>& reviews,
                                const std::vector<model::ClockState>& alerts) {
    const auto pressing = PressingClocks(alerts);
    m_all.clear();
    m_search_text.clear();
    m_all.reserve(reviews.size());
    m_search_text.reserve(reviews.size());
    for (const auto& review : reviews) {
        const model::Pathway* pathway = pathways.find(review.pathway_id);
        TableRow row;
        row.key = review.ref;
        row.cells = {U8(review.ref),
                     U8(review.title),
                     pathway ? U8(pathway->name) : U8(review.pathway_id),
                     StageName(pathway, review.current_stage),
                     LongDate(review.aware),
                     kNone,
                     kNone};
        if (auto it = pressing.find(review.ref); it != pressing.end()) {
            const model::ClockState& clock = *it->second;
            if (IsMet(clock.status)) {
                row.cells[kNextClock] = _("All started clocks met");
                row.cells[kStatus] = StatusLabel(clock.status);
            } else {
                row.cells[kNextClock] = U8(clock.clock_name) + "\n" + wxString::Format(_("due %s"), LongDate(clock.due));
                row.cells[kStatus] = StatusLabel(clock.status) + "\n" + LateOrLeft(clock);
            }
            const StatusColours colours = ColoursFor(clock.status);
            row.background = colours.background;
            row.text = colours.text;
        }
        wxString haystack;
        for (int c : {kRef, kTitle, kPathway, kStage}) haystack << row.cells[c] << '\n';
        haystack << U8(review.child);
        m_search_text.push_back(haystack.Lower());
        m_all.push_back(std::move(row));
    }
    ApplyFilter();
}

void RegisterPanel::SetFilter(const wxString& text) {
    m_filter = text.Strip(wxString::both).Lower();
    ApplyFilter();
}

void RegisterPanel::ApplyFilter() {
    std::vector<TableRow> shown;
    if (m_filter.empty()) {
        shown = m_all;
    } else {
        for (size_t i = 0; i < m_all.size(); ++i)
            if (m_search_text[i].Contains(m_filter)) shown.push_back(m_all[i]);
    }
    const int total = static_cast<int>(m_all.size());
    if (m_filter.empty())
        m_count->SetLabel(wxString::Format(wxPLURAL("%d review", "%d reviews", total), total));
    else
        m_count->SetLabel(wxString::Format(_("%d of %d reviews match \"%s\""), static_cast<int>(shown.size()),
                                           total, m_filter));
    m_table->SetRows(std::move(shown));
    Layout();
}

}  // namespace gui
