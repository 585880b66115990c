// SPDX-License-Identifier: MIT
#include "review_panel.h"

#include "format.h"
#include "review_details.h"
#include "stage_timeline.h"
#include "wrapped_text.h"

#include "model/register/board.h"

#include <wx/settings.h>
#include <wx/sizer.h>

namespace gui {
namespace {

/// The stage a review stood at on `date`: the first required stage not completed by then.
int StageAt(const model::Review& review, const model::Pathway& pathway, model::Date date) {
    const int n = static_cast<int>(pathway.stages.size());
    for (int i = 0; i < n; ++i) {
        const auto* done = review.completion(pathway.stages[i].id);
        if (!done && pathway.stages[i].optional) continue;
        if (!done || done->date > date) return i;
    }
    return n - 1;
}

}  // namespace

ReviewPanel::ReviewPanel(wxWindow* parent) : wxPanel(parent) {
    m_empty = new wxStaticText(this, wxID_ANY,
                               _("No review is open. Open one from the register or the dashboard "
                                 "(double-click a row), or add one with Review > Add review."));
    m_content = new wxScrolledWindow(this, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxVSCROLL);
    m_content->SetScrollRate(0, GetCharHeight());
    const int gap = FromDIP(12);

    m_title = new WrappedText(m_content);
    m_title->SetFont(GetFont().Scaled(1.45f).Bold());

    m_facts = new wxFlexGridSizer(6, wxSize(FromDIP(8), FromDIP(4)));
    m_pathway = AddFact(m_facts, _("Pathway"));
    m_aware = AddFact(m_facts, _("Aware"));
    m_stage = AddFact(m_facts, _("Current stage"));
    m_child = AddFact(m_facts, _("Child"));
    m_region = AddFact(m_facts, _("Region"));
    m_publication = AddFact(m_facts, _("Planned publication"));
    m_stage->SetFont(m_stage->GetFont().Bold());

    m_banner = MakeBanner();
    m_timeline = new StageTimeline(m_content);
    m_timeline->SetOnHeightChanged([this] { Relayout(); });
    m_details = new ReviewDetails(m_content);
    m_details->SetMinSize(wxSize(-1, GetCharHeight() * 12));

    auto* content = new wxBoxSizer(wxVERTICAL);
    content->Add(m_title, wxSizerFlags().Border(wxLEFT | wxRIGHT | wxTOP, gap));
    content->Add(m_facts, wxSizerFlags().Border(wxLEFT | wxRIGHT | wxTOP, gap));
    content->Add(m_banner, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT | wxTOP, gap));
    content->Add(m_timeline, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT | wxTOP, gap));
    content->Add(m_details, wxSizerFlags(1).Expand().Border(wxALL, gap));
    m_content->SetSizer(content);

    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(m_empty, wxSizerFlags().Border(wxALL, FromDIP(24)));
    sizer->Add(m_content, wxSizerFlags(1).Expand());
    SetSizer(sizer);
    m_content->Hide();
    m_content->Bind(wxEVT_SIZE, [this](wxSizeEvent& event) {
        event.Skip();
        CallAfter([this] { FitToWidth(); });
    });
}

void ReviewPanel::FitToWidth() {
    const int width = m_content->GetClientSize().x - 2 * FromDIP(12);
    if (width <= 0) return;
    const wxSize title = m_title->GetBestSize();
    m_title->WrapTo(width);
    const int cols = m_facts->GetCols();
    for (int candidate : {6, 4, 2}) {
        m_facts->SetCols(candidate);
        if (m_facts->CalcMin().x <= width) break;
    }
    if (cols != m_facts->GetCols() || title != m_title->GetBestSize()) Relayout();
}

wxPanel* ReviewPanel::MakeBanner() {
    const StatusColours paused = ColoursFor(model::ClockStatus::Paused);
    auto* banner = new wxPanel(m_content);
    banner->SetBackgroundColour(paused.background);
    m_banner_title = new wxStaticText(banner, wxID_ANY, wxString());
    m_banner_title->SetFont(GetFont().Bold());
    m_banner_title->SetForegroundColour(paused.text);
    m_banner_text = new WrappedText(banner);
    m_banner_text->SetForegroundColour(paused.text);
    const int pad = FromDIP(10);
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(m_banner_title, wxSizerFlags().Border(wxLEFT | wxRIGHT | wxTOP, pad));
    sizer->Add(m_banner_text, wxSizerFlags().Border(wxALL, pad));
    banner->SetSizer(sizer);
    banner->Bind(wxEVT_SIZE, [this, banner, pad](wxSizeEvent& event) {
        event.Skip();
        const int before = m_banner_text->GetSize().y;
        m_banner_text->WrapTo(banner->GetClientSize().x - 2 * pad);
        if (m_banner_text->GetBestSize().y != before) CallAfter([this] { Relayout(); });
    });
    return banner;
}

void ReviewPanel::Relayout() {
    m_content->FitInside();
    m_content->Layout();
}

wxStaticText* ReviewPanel::AddFact(wxSizer* grid, const wxString& label) {
    auto* name = new wxStaticText(m_content, wxID_ANY, label);
    name->SetForegroundColour(wxSystemSettings::GetColour(wxSYS_COLOUR_GRAYTEXT));
    auto* value = new wxStaticText(m_content, wxID_ANY, wxString());
    grid->Add(name, wxSizerFlags().Right());
    grid->Add(value, wxSizerFlags().Border(wxRIGHT, FromDIP(24)));
    return value;
}

void ReviewPanel::ShowReview(const model::Board& board, const std::string& ref, model::Date as_of) {
    if (ref.empty()) {
        m_ref.clear();
        m_content->Hide();
        m_empty->Show();
        Layout();
        return;
    }
    const model::Review review = board.get_review(ref);
    const model::Pathway* pathway = board.pathways().find(review.pathway_id);
    m_ref = ref;
    ShowHeader(review, pathway, as_of);
    if (pathway) ShowTimeline(review, *pathway, as_of);
    m_timeline->Show(pathway != nullptr);
    m_details->ShowReview(review, board.clocks(review, as_of), as_of);
    m_empty->Hide();
    m_content->Show();
    Layout();
    FitToWidth();
    Relayout();
}

void ReviewPanel::ShowHeader(const model::Review& review, const model::Pathway* pathway, model::Date as_of) {
    m_title->SetText(U8(review.ref) + kDash + U8(review.title));
    m_pathway->SetLabel(pathway ? U8(pathway->name) : U8(review.pathway_id));
    m_child->SetLabel(review.child.empty() ? kNone : U8(review.child));
    m_region->SetLabel(RegionLabel(review.region));
    m_aware->SetLabel(LongDate(review.aware));
    m_publication->SetLabel(review.planned_publication ? LongDate(*review.planned_publication) : _("not planned yet"));
    wxString stage = _("All stages complete");
    if (!review.current_stage.empty()) {
        const auto* def = pathway ? pathway->find_stage(review.current_stage) : nullptr;
        stage = def ? U8(def->name) : Humanise(review.current_stage);
    }
    m_stage->SetLabel(stage);

    const model::Hold* covering = nullptr;
    for (const auto& hold : review.holds)
        if (hold.covers(as_of)) covering = &hold;
    if (covering) {
        wxString title = wxString::Format(_("On hold since %s: %s"), LongDate(covering->from),
                                          ProceedingLabel(covering->proceeding).Lower());
        if (covering->to) title += wxString::Format(_(", until %s"), LongDate(*covering->to));
        m_banner_title->SetLabel(title);
        m_banner_text->SetText(wxString::Format(_("Reason: %s"), U8(covering->reason)) + "\n" +
                               _("Pausable clocks are stopped while the hold lasts. Keep recording learning."));
    }
    m_banner->Show(covering != nullptr);
}

void ReviewPanel::ShowTimeline(const model::Review& review, const model::Pathway& pathway, model::Date as_of) {
    std::vector<TimelineStage> stages;
    int last_done = -1;
    for (size_t i = 0; i < pathway.stages.size(); ++i)
        if (review.completion(pathway.stages[i].id)) last_done = static_cast<int>(i);
    for (size_t i = 0; i < pathway.stages.size(); ++i) {
        const model::StageDef& def = pathway.stages[i];
        TimelineStage stage;
        stage.name = U8(def.name);
        stage.description = U8(def.description);
        stage.optional = def.optional;
        if (const auto* done = review.completion(def.id)) {
            stage.state = TimelineStage::State::Done;
            stage.date = done->date;
        } else if (def.id == review.current_stage) {
            stage.state = TimelineStage::State::Current;
        } else if (def.optional && static_cast<int>(i) < last_done) {
            stage.state = TimelineStage::State::Skipped;
        }
        stages.push_back(std::move(stage));
    }
    std::vector<TimelineHold> holds;
    for (const auto& hold : review.holds) {
        TimelineHold band;
        band.first = StageAt(review, pathway, hold.from);
        band.last = StageAt(review, pathway, hold.to ? *hold.to : std::max(as_of, hold.from));
        band.label = wxString::Format(_("On hold: %s"), ProceedingLabel(hold.proceeding));
        band.active = hold.covers(as_of);
        holds.push_back(band);
    }
    m_timeline->SetStages(std::move(stages), std::move(holds));
}

}  // namespace gui
