// SPDX-License-Identifier: MIT
// What the chronology shows: a date range (the terms of reference scope period by default, or the
// whole chronology), which agencies, a significance and a key practice episode, and a ranked
// full-text search. Changes are reported after a short pause, so typing a date or a search does not
// reload the list on every key.
#pragma once
#include "model/chronology/chronology_entry.h"
#include "model/core/date.h"

#include <wx/panel.h>
#include <wx/timer.h>

#include <functional>
#include <optional>
#include <string>
#include <vector>

class wxButton;
class wxChoice;
class wxDatePickerCtrl;
class wxSearchCtrl;

namespace gui {

class ChronologyFilterBar : public wxPanel {
public:
    explicit ChronologyFilterBar(wxWindow* parent);

    /// The review's scope period (either end may be open); none disables "Scope period".
    void SetScope(std::optional<model::Date> from, std::optional<model::Date> to);
    bool HasScope() const { return m_scope_from || m_scope_to; }
    /// Sets the dates to the scope period, or clears them when there is none.
    void UseScope();
    /// Clears both dates (the whole chronology), reporting nothing.
    void ClearDates();
    /// The choices offered. Values already chosen stay chosen.
    void SetChoices(std::vector<std::string> agencies, std::vector<std::string> significances,
                    std::vector<std::string> episodes);
    model::ChronologyFilter Filter() const;
    /// True when the date range is exactly the scope period.
    bool DatesAreScope() const;
    /// The search text, trimmed; empty when not searching.
    std::string SearchText() const;
    /// Puts `text` in the search box and searches at once, as a pause in typing would.
    void SetSearchText(const wxString& text);
    void FocusSearch();
    /// Clears the text selection the date fields keep after losing the focus, so nothing on the
    /// bar looks focused when the focus is elsewhere.
    void ClearDateSelection();

    /// Called when the filter changes (after a pause).
    void SetOnFilter(std::function<void()> callback) { m_on_filter = std::move(callback); }
    /// Called when the search changes: `explicit_request` is true for Enter, false for a pause in typing.
    void SetOnSearch(std::function<void(bool explicit_request)> callback) { m_on_search = std::move(callback); }

private:
    std::optional<model::Date> DateOf(const wxDatePickerCtrl* picker) const;
    void SetDate(wxDatePickerCtrl* picker, std::optional<model::Date> date);
    void ShowAgencyMenu();
    void UpdateAgencyLabel();
    void FilterChanged();

    std::optional<model::Date> m_scope_from, m_scope_to;
    std::vector<std::string> m_agencies;  // known
    std::vector<std::string> m_chosen;    // empty: all
    std::vector<std::string> m_significances, m_episodes;
    wxDatePickerCtrl* m_from = nullptr;
    wxDatePickerCtrl* m_to = nullptr;
    wxButton* m_scope = nullptr;
    wxButton* m_whole = nullptr;
    wxButton* m_agency = nullptr;
    wxChoice* m_significance = nullptr;
    wxChoice* m_episode = nullptr;
    wxSearchCtrl* m_search = nullptr;
    wxTimer m_filter_timer;
    wxTimer m_search_timer;
    bool m_quiet = false;  // setting values from code: report nothing
    std::function<void()> m_on_filter;
    std::function<void(bool)> m_on_search;
};

}  // namespace gui
