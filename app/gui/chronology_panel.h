// SPDX-License-Identifier: MIT
// The chronology workbench page of one review: the filter bar, a summary line, the swimlane
// timeline, the list and the selected entry in full with its annotations. It loads the filtered
// chronology once per change of filter and renders the list and timeline from that on demand.
// Every handler here is a boundary: a model::Error is shown in a dialog and the user's input kept.
#pragma once
#include "chronology_format.h"

#include "model/chronology/chronology_entry.h"

#include <wx/panel.h>

#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

class wxSplitterWindow;
class wxStaticText;

namespace model {
class Board;
}

namespace gui {

class ChronologyDetail;
class ChronologyFilterBar;
class ChronologyList;
class TimelinePane;

class ChronologyPanel : public wxPanel {
public:
    explicit ChronologyPanel(wxWindow* parent);

    /// The board to read and annotate; set again whenever the main window changes board.
    void SetBoard(model::Board* board);
    /// Shows the chronology of `ref`, or a hint when empty. Another review than before starts with
    /// its terms of reference scope period; the same review keeps the filters and the selection.
    /// @throws model::Error (NotFound) for an unknown ref.
    void ShowReview(const std::string& ref);
    const std::string& Ref() const { return m_ref; }
    /// What the list shows now (for export).
    model::ChronologyFilter Filter() const;
    std::size_t EntriesShown() const { return m_entries.size(); }
    /// Every agency known to the review or seen in its entries.
    std::vector<std::string> KnownAgencies() const;
    /// Shows the span [from, to] on the timeline and selects the first entry from `to` on (the one
    /// that ends a silence), widening the dates to the whole chronology if needed.
    /// Selects `entry` instead when it is given and shown.
    void ShowSpan(model::Date from, model::Date to, std::int64_t entry = 0);
    void FocusList();
    void FocusSearch();
    /// Searches the chronology for `text` as if it had been typed in the search box.
    void SetSearch(const wxString& text);
    /// True once after a chronology change this panel made itself (an annotation it already shows).
    bool TakeOwnChange();

private:
    // chronology_panel.cpp: loading and showing
    void Load(bool keep_view);
    void TryLoad();
    void ShowRows();
    void UpdateTimeline(bool keep_view);
    void UpdateSilences();
    void UpdateSummary();
    void CountHidden();
    void PlaceSashes();
    void Relayout();
    // chronology_panel_actions.cpp: search, selection, annotation
    void Search(bool explicit_request);
    void Select(int entry, bool from_timeline);
    bool SaveAnnotations();
    void Unmerge(const std::vector<std::int64_t>& merged);
    int IndexOf(std::int64_t id) const;
    wxString Describe(int entry) const;

    model::Board* m_board = nullptr;
    std::string m_ref;
    static constexpr std::size_t kTextBlock = 128;  // about four screens of rows
    /// Reads the text of the entries around `entry` if it has not been read (see m_text_read).
    void ReadText(int entry) const;

    // An outline of every entry (dates, agency, annotations: what sorting, filters and the timeline
    // need), its text read a block at a time for the rows that are shown. Both are a cache that
    // const reads fill, hence mutable.
    mutable std::vector<model::ChronologyEntry> m_entries;
    mutable std::vector<char> m_text_read;  // per block of kTextBlock entries
    std::optional<model::ChronologyEntry> m_shown;   // the selected entry in full
    std::unordered_map<std::int64_t, int> m_index;  // entry id -> index in m_entries
    std::vector<std::string> m_agencies;             // known or seen, by name
    std::vector<std::string> m_lanes;                // agencies with a timeline lane, in order
    std::set<std::string> m_significances, m_episodes;  // values seen
    std::size_t m_present_agencies = 0;              // agencies among the entries listed
    AgencyPalette m_palette;
    std::optional<std::size_t> m_total;  // entries with no filter; counted after the first paint
    // search
    std::string m_query;
    std::vector<int> m_hits;
    std::size_t m_hits_elsewhere = 0;
    static constexpr std::size_t kSearchLimit = 1000;  // hits a search shows
    bool m_hits_capped = false;
    bool m_hits_by_date = false;  // too many matches to rank: the earliest came back, in date order
    wxString m_search_problem;
    int m_selected = -1;
    bool m_own_change = false;
    bool m_reselecting = false;
    bool m_sashes_placed = false;

    wxStaticText* m_empty = nullptr;
    wxPanel* m_content = nullptr;
    ChronologyFilterBar* m_filters = nullptr;
    wxSplitterWindow* m_outer = nullptr;  // timeline and list left, the entry in full right
    wxSplitterWindow* m_inner = nullptr;  // timeline above the list
    TimelinePane* m_timeline = nullptr;
    ChronologyList* m_list = nullptr;
    ChronologyDetail* m_detail = nullptr;
};

}  // namespace gui
