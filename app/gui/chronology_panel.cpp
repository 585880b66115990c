// SPDX-License-Identifier: MIT
#include "chronology_panel.h"

#include "chronology_detail.h"
#include "chronology_filter_bar.h"
#include "chronology_list.h"
#include "format.h"
#include "timeline_pane.h"

#include "model/chronology/duplicate_finder.h"
#include "model/core/error.h"
#include "model/register/board.h"

#include <wx/msgdlg.h>
#include <wx/settings.h>
#include <wx/sizer.h>
#include <wx/splitter.h>
#include <wx/stattext.h>

#include <algorithm>
#include <cctype>
#include <unordered_set>
#include <utility>

namespace gui {
namespace {

std::string LowerCase(std::string s) {
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return std::tolower(c); });
    return s;
}

}  // namespace

ChronologyPanel::ChronologyPanel(wxWindow* parent) : wxPanel(parent) {
    m_empty = new wxStaticText(this, wxID_ANY,
                               _("No review is open. Open one from the register or the dashboard (double-click "
                                 "a row), then choose View > Chronology."));
    m_content = new wxPanel(this);
    m_filters = new ChronologyFilterBar(m_content);

    m_outer = new wxSplitterWindow(m_content, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                                   wxSP_LIVE_UPDATE | wxSP_3DSASH);
    m_inner = new wxSplitterWindow(m_outer, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                                   wxSP_LIVE_UPDATE | wxSP_3DSASH);
    m_timeline = new TimelinePane(m_inner);
    m_list = new ChronologyList(m_inner);
    m_detail = new ChronologyDetail(m_outer);
    m_inner->SplitHorizontally(m_timeline, m_list);
    m_inner->SetSashGravity(0.0);
    m_inner->SetMinimumPaneSize(GetCharHeight() * 5);
    m_outer->SplitVertically(m_inner, m_detail);
    m_outer->SetSashGravity(1.0);
    m_outer->SetMinimumPaneSize(GetCharWidth() * 30);

    const int gap = FromDIP(6);
    auto* content = new wxBoxSizer(wxVERTICAL);
    content->Add(m_filters, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT | wxBOTTOM, gap));
    content->Add(m_outer, wxSizerFlags(1).Expand());
    m_content->SetSizer(content);
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(m_empty, wxSizerFlags().Border(wxALL, FromDIP(24)));
    sizer->Add(m_content, wxSizerFlags(1).Expand());
    SetSizer(sizer);
    m_content->Hide();

    m_filters->SetOnFilter([this] { TryLoad(); });
    m_filters->SetOnSearch([this](bool explicit_request) { Search(explicit_request); });
    m_list->SetOnSelect([this](int entry) { Select(entry, false); });
    m_list->Model().SetTextReader([this](int entry) { ReadText(entry); });
    m_timeline->Timeline()->SetOnSelect([this](int entry) { Select(entry, true); });
    m_timeline->Timeline()->SetDescribe([this](int entry) { return Describe(entry); });
    m_timeline->SetOnSilenceDays([this](int) { UpdateSilences(); });
    m_detail->SetOnSave([this] { return SaveAnnotations(); });
    m_detail->SetOnUnmerge([this](const std::vector<std::int64_t>& merged) { Unmerge(merged); });
    m_list->Bind(wxEVT_DATAVIEW_ITEM_ACTIVATED, [this](wxDataViewEvent&) { m_detail->FocusAnnotations(); });
    // Once the page has a size: the entry in full on the right, the timeline as tall as its lanes (at
    // most half the height) above the list. The sashes stay movable.
    m_filters->Bind(wxEVT_SIZE, [this](wxSizeEvent& event) {
        event.Skip();
        if (m_filters->GetBestSize().y != m_filters->GetSize().y) CallAfter([this] { m_content->Layout(); });
    });
    m_outer->Bind(wxEVT_SIZE, [this](wxSizeEvent& event) {
        event.Skip();
        if (m_sashes_placed || !m_content->IsShown() || m_outer->GetClientSize().x < GetCharWidth() * 60) return;
        m_sashes_placed = true;
        CallAfter([this] { PlaceSashes(); });
    });
}

void ChronologyPanel::PlaceSashes() {
    const int width = m_outer->GetClientSize().x;
    m_outer->SetSashPosition(width - std::max(GetCharWidth() * 40, width * 28 / 100));
    CallAfter([this] {
        const int want = m_timeline->GetBestSize().y;
        m_inner->SetSashPosition(std::min(want, m_inner->GetClientSize().y * 3 / 5));
    });
}

void ChronologyPanel::Relayout() {
    // The filter bar wraps: its height depends on the width it was last given, so lay out twice.
    Layout();
    m_content->Layout();
    Layout();
    m_content->Layout();
}

void ChronologyPanel::SetBoard(model::Board* board) {
    m_board = board;
    m_ref.clear();
}

void ChronologyPanel::ShowReview(const std::string& ref) {
    if (ref.empty() || !m_board) {
        m_ref.clear();
        m_entries.clear();
        m_content->Hide();
        m_empty->Show();
        Layout();
        return;
    }
    const bool same = ref == m_ref;
    if (!same) {
        const model::Review review = m_board->get_review(ref);  // NotFound for an unknown ref
        const auto* terms = review.current_terms();
        m_filters->SetScope(terms ? terms->scope_from : std::nullopt, terms ? terms->scope_to : std::nullopt);
        m_filters->UseScope();
        m_agencies.clear();
        m_significances.clear();
        m_episodes.clear();
        m_selected = -1;
        m_detail->ShowEntry(nullptr);
    }
    m_ref = ref;
    m_empty->Hide();
    m_content->Show();
    Relayout();
    if (!m_sashes_placed && m_outer->GetClientSize().x >= GetCharWidth() * 60) {
        m_sashes_placed = true;
        CallAfter([this] { PlaceSashes(); });
    }
    Load(same);
}

void ChronologyPanel::TryLoad() {
    try {
        Load(false);
    } catch (const std::exception& e) {
        wxMessageBox(_("Could not show the chronology") + ":\n\n" + U8(e.what()), _("Chronology"),
                     wxOK | wxICON_WARNING, this);
    }
}

void ChronologyPanel::Load(bool keep_view) {
    if (m_ref.empty() || !m_board) return;
    const std::int64_t keep = m_selected >= 0 ? m_entries[m_selected].id : 0;
    if (m_detail->Dirty() && !SaveAnnotations()) return;
    const model::ChronologyFilter filter = m_filters->Filter();
    const auto& chronology = m_board->chronology();
    // Only what the list and the timeline show; the selected entry is read in full when chosen.
    m_entries = chronology.list_outline(m_ref, filter);
    m_text_read.assign(m_entries.size() / kTextBlock + 1, 0);
    m_index.clear();
    m_index.reserve(m_entries.size());
    std::set<std::string> seen;
    for (const auto& a : m_agencies) seen.insert(LowerCase(a));
    for (const auto& a : chronology.agencies(m_ref))
        if (seen.insert(LowerCase(a)).second) m_agencies.push_back(a);
    std::unordered_set<std::string> present;  // exact names: few, so cheap to look up per entry
    std::set<std::string> present_lower;
    for (size_t i = 0; i < m_entries.size(); ++i) {
        const auto& e = m_entries[i];
        m_index.emplace(e.id, static_cast<int>(i));
        if (present.insert(e.agency).second) {
            present_lower.insert(LowerCase(e.agency));
            if (seen.insert(LowerCase(e.agency)).second) m_agencies.push_back(e.agency);
        }
        if (!e.significance.empty()) m_significances.insert(e.significance);
        if (!e.key_episode.empty()) m_episodes.insert(e.key_episode);
    }
    // The filter offers every value in use, also on entries the filters hide now (unfiltered, the
    // entries just read are all there are).
    if (filter.narrows()) {
        const model::AnnotationValues in_use = chronology.annotation_values(m_ref);
        m_significances.insert(in_use.significances.begin(), in_use.significances.end());
        m_episodes.insert(in_use.episodes.begin(), in_use.episodes.end());
    }
    m_present_agencies = present_lower.size();
    std::sort(m_agencies.begin(), m_agencies.end(), [](const auto& a, const auto& b) { return LowerCase(a) < LowerCase(b); });
    m_palette.Assign(m_agencies);

    // Significance levels in their order of weight, then any other (imported) wording.
    std::vector<std::string> significances;
    for (const auto& level : SignificanceLevels())
        if (m_significances.count(level)) significances.push_back(level);
    for (const auto& s : m_significances)
        if (std::find(significances.begin(), significances.end(), s) == significances.end()) significances.push_back(s);
    const std::vector<std::string> episodes(m_episodes.begin(), m_episodes.end());
    m_filters->SetChoices(m_agencies, significances, episodes);
    m_detail->SetEpisodes(episodes);
    m_list->FitColumns(m_agencies);

    UpdateTimeline(keep_view);
    m_selected = -1;
    if (m_query.empty()) ShowRows();
    else Search(false);
    const int again = keep ? IndexOf(keep) : -1;
    if (again >= 0) {
        Select(again, false);
        m_list->SelectEntry(again);
    } else {
        m_detail->ShowEntry(nullptr);
        m_timeline->Timeline()->SetSelected(-1);
    }
    m_total.reset();
    UpdateSummary();
    CallAfter([this] { CountHidden(); });  // after the first paint: the count scans the table
}

void ChronologyPanel::ReadText(int entry) const {
    if (entry < 0 || static_cast<std::size_t>(entry) >= m_entries.size() || !m_board) return;
    const std::size_t block = static_cast<std::size_t>(entry) / kTextBlock;
    if (m_text_read[block]) return;
    m_text_read[block] = 1;  // once, even if it fails: a row without text beats a retry per paint
    try {
        m_board->chronology().fill_text(m_entries, block * kTextBlock, (block + 1) * kTextBlock);
    } catch (const std::exception&) {
    }
}

void ChronologyPanel::CountHidden() {
    if (m_ref.empty() || !m_board) return;
    try {
        m_total = m_filters->Filter().narrows() ? m_board->chronology().count(m_ref) : m_entries.size();
    } catch (const std::exception&) {
        m_total.reset();  // the summary simply says less
    }
    UpdateSummary();
}

void ChronologyPanel::ShowRows() {
    m_list->Model().Show(&m_entries, &m_palette, true, {}, {});
    m_timeline->Timeline()->SetHighlighted({});
}

void ChronologyPanel::UpdateTimeline(bool keep_view) {
    // One lane per agency with entries listed; agencies involved but with none listed are named
    // under the lanes, so a missing submission shows without taking a lane.
    const model::ChronologyFilter filter = m_filters->Filter();
    std::set<std::string> listed;
    {
        std::unordered_set<std::string> exact;
        for (const auto& e : m_entries)
            if (exact.insert(e.agency).second) listed.insert(LowerCase(e.agency));
    }
    std::vector<TimelineLane> lanes;
    std::vector<wxString> quiet;
    std::unordered_map<std::string, int> lane_of;
    for (const auto& a : m_agencies) {
        const bool chosen = filter.agencies.empty() ||
                            std::any_of(filter.agencies.begin(), filter.agencies.end(),
                                        [&](const std::string& c) { return LowerCase(c) == LowerCase(a); });
        if (!chosen) continue;
        if (!listed.count(LowerCase(a))) {
            quiet.push_back(U8(a));
            continue;
        }
        lane_of[LowerCase(a)] = static_cast<int>(lanes.size());
        lanes.push_back({U8(a), m_palette.For(a)});
    }
    m_timeline->Timeline()->SetQuiet(std::move(quiet));
    std::unordered_map<std::string, int> lane_of_name;  // exact spelling -> lane
    auto lane = [&](const std::string& agency) {
        auto it = lane_of_name.find(agency);
        if (it != lane_of_name.end()) return it->second;
        const auto found = lane_of.find(LowerCase(agency));
        return lane_of_name[agency] = found == lane_of.end() ? -1 : found->second;
    };
    std::vector<TimelineMark> marks;
    marks.reserve(m_entries.size());
    using P = model::FuzzyDate::Precision;
    for (const auto& e : m_entries) {
        TimelineMark m;
        m.lane = lane(e.agency);
        m.partial = e.date.precision != P::Day;
        m.uncertain = e.date.uncertain;
        m.important = e.significance == "key" || e.significance == "high";
        m.from = e.date.earliest.serial() + (e.time ? *e.time / 1440.0 : 0.5);
        m.to = m.partial ? e.date.latest.serial() + 1.0 : m.from;
        if (m.partial) m.from = e.date.earliest.serial();
        marks.push_back(m);
    }
    m_timeline->Timeline()->SetData(std::move(lanes), std::move(marks), keep_view);
    UpdateSilences();
    m_timeline->InvalidateBestSize();
}

void ChronologyPanel::UpdateSilences() {
    std::vector<TimelineSilence> shaded;
    for (const model::Gap& g : model::find_silences(m_entries, m_timeline->SilenceDays()))
        shaded.push_back({g.from.serial() + 1.0, static_cast<double>(g.to.serial()), g.days});
    m_timeline->Timeline()->SetSilences(std::move(shaded));
}

void ChronologyPanel::UpdateSummary() {
    wxString text;
    if (!m_query.empty()) {
        if (m_hits_by_date)
            text = wxString::Format(_("More than %s matches for \u201C%s\u201D: the earliest, by date (add words to rank them)"),
                                    Count(kSearchLimit), U8(m_query));
        else
            text = wxString::Format(wxPLURAL("%s match for \u201C%s\u201D, best first",
                                             "%s matches for \u201C%s\u201D, best first", static_cast<int>(m_hits.size())),
                                    Count(m_hits.size()), U8(m_query));
        if (m_hits_elsewhere)
            text += wxString::Format(_("; %s more outside the filters"), Count(m_hits_elsewhere));
        if (m_hits_capped && !m_hits_by_date) text += _(" (the best are shown: add words to narrow the search)");
        if (!m_search_problem.empty()) text = m_search_problem;
    } else {
        const std::size_t agencies = m_present_agencies;
        text = wxString::Format(wxPLURAL("%s entry", "%s entries", static_cast<int>(std::min<std::size_t>(m_entries.size(), 1000000))),
                                Count(m_entries.size()));
        text += wxString::Format(wxPLURAL(" from %zu agency", " from %zu agencies", static_cast<int>(agencies)),
                                 agencies);
        const auto f = m_filters->Filter();
        if (m_total && *m_total > m_entries.size()) {
            const std::size_t hidden = *m_total - m_entries.size();
            const bool dates_only = f.agencies.empty() && f.significance.empty() && f.key_episode.empty();
            if (dates_only && m_filters->DatesAreScope())
                text += wxString::Format(_("; %s outside the scope period hidden"), Count(hidden));
            else if (dates_only)
                text += wxString::Format(_("; %s outside the dates chosen hidden"), Count(hidden));
            else
                text += wxString::Format(_("; %s hidden by the filters"), Count(hidden));
        }
        if (m_total && *m_total == 0)
            text = _("No entries yet. Import each agency's submission with Chronology > Import agency submission "
                     "(Ctrl+I).");
    }
    m_timeline->SetSummary(text, !m_search_problem.empty() && !m_query.empty());
}

model::ChronologyFilter ChronologyPanel::Filter() const { return m_filters->Filter(); }

std::vector<std::string> ChronologyPanel::KnownAgencies() const { return m_agencies; }

void ChronologyPanel::FocusList() {
    if (!m_content->IsShown()) {  // only the hint: keep the focus where keys still work
        GetParent()->SetFocus();
        return;
    }
    m_list->SetFocus();
    m_filters->ClearDateSelection();
}

void ChronologyPanel::FocusSearch() { m_filters->FocusSearch(); }

void ChronologyPanel::SetSearch(const wxString& text) { m_filters->SetSearchText(text); }

bool ChronologyPanel::TakeOwnChange() { return std::exchange(m_own_change, false); }

}  // namespace gui
