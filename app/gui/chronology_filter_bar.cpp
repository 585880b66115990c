// SPDX-License-Identifier: MIT
#include "chronology_filter_bar.h"

#include "chronology_format.h"
#include "date_selection.h"
#include "format.h"

#include <wx/button.h>
#include <wx/choice.h>
#include <wx/datectrl.h>
#include <wx/dateevt.h>
#include <wx/menu.h>
#include <wx/sizer.h>
#include <wx/srchctrl.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>
#include <wx/wrapsizer.h>

#include <algorithm>
#include <functional>

namespace gui {
namespace {

constexpr int kAgencyAll = wxID_HIGHEST + 700;
constexpr int kAgencyFirst = kAgencyAll + 1;    // toggles, one per agency
constexpr int kAgencyOnly = kAgencyAll + 500;   // "only this agency", one per agency

bool SameText(const std::string& a, const std::string& b) {
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
               return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
           });
}

}  // namespace

ChronologyFilterBar::ChronologyFilterBar(wxWindow* parent) : wxPanel(parent) {
    const int gap = FromDIP(6);
    auto label = [this](const wxString& text) { return new wxStaticText(this, wxID_ANY, text); };
    auto date = [this] {
        auto* picker = new wxDatePickerCtrl(this, wxID_ANY, wxDefaultDateTime, wxDefaultPosition, wxDefaultSize,
                                            wxDP_DROPDOWN | wxDP_SHOWCENTURY | wxDP_ALLOWNONE);
        picker->Bind(wxEVT_DATE_CHANGED, [this](wxDateEvent&) { FilterChanged(); });
        return picker;
    };
    m_from = date();
    m_to = date();
    m_from->SetToolTip(_("Show entries from this date (empty: from the start)"));
    m_to->SetToolTip(_("Show entries up to this date (empty: to the end)"));
    m_scope = new wxButton(this, wxID_ANY, _("Sco&pe period"), wxDefaultPosition, wxDefaultSize, wxBU_EXACTFIT);
    m_scope->SetToolTip(_("Show the period the terms of reference cover"));
    m_whole = new wxButton(this, wxID_ANY, _("&Whole chronology"), wxDefaultPosition, wxDefaultSize, wxBU_EXACTFIT);
    m_whole->SetToolTip(_("Show every date"));
    m_agency = new wxButton(this, wxID_ANY, _("All agencies"));
    m_agency->SetToolTip(_("Choose which agencies' entries to show"));
    m_significance = new wxChoice(this, wxID_ANY);
    m_episode = new wxChoice(this, wxID_ANY);
    m_episode->SetToolTip(_("Show the entries of one key practice episode"));
    m_search = new wxSearchCtrl(this, wxID_ANY, wxString(), wxDefaultPosition, wxSize(GetCharWidth() * 36, -1),
                                wxTE_PROCESS_ENTER);
    m_search->SetDescriptiveText(_("Search: words, \"a phrase\", prefix*"));
    m_search->ShowCancelButton(true);

    m_scope->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
        UseScope();
        FilterChanged();
    });
    m_whole->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
        ClearDates();
        FilterChanged();
    });
    m_agency->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { ShowAgencyMenu(); });
    m_significance->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) { FilterChanged(); });
    m_episode->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) { FilterChanged(); });
    m_search->Bind(wxEVT_TEXT, [this](wxCommandEvent&) { m_search_timer.StartOnce(400); });
    m_search->Bind(wxEVT_SEARCH, [this](wxCommandEvent&) {
        m_search_timer.Stop();
        if (m_on_search) m_on_search(true);
    });
    m_search->Bind(wxEVT_SEARCH_CANCEL, [this](wxCommandEvent&) {
        m_search->ChangeValue(wxString());
        m_search_timer.Stop();
        if (m_on_search) m_on_search(true);
    });
    m_filter_timer.Bind(wxEVT_TIMER, [this](wxTimerEvent&) {
        if (m_on_filter) m_on_filter();
    });
    m_search_timer.Bind(wxEVT_TIMER, [this](wxTimerEvent&) {
        if (m_on_search) m_on_search(false);
    });

    // Groups wrap onto more lines when the window is narrow or the font large; none is cut off.
    auto group = [&](std::initializer_list<wxWindow*> items) {
        auto* row = new wxBoxSizer(wxHORIZONTAL);
        for (wxWindow* w : items) row->Add(w, wxSizerFlags().CentreVertical().Border(wxRIGHT, gap));
        return row;
    };
    auto* filters = new wxWrapSizer(wxHORIZONTAL);
    const auto flags = wxSizerFlags().CentreVertical().Border(wxRIGHT | wxBOTTOM, gap * 2);
    filters->Add(group({label(_("&From")), m_from, label(_("&to")), m_to, m_scope, m_whole}), flags);
    filters->Add(group({label(_("A&gencies")), m_agency}), flags);
    filters->Add(group({label(_("&Significance")), m_significance}), flags);
    filters->Add(group({label(_("&Episode")), m_episode}), flags);
    filters->Add(group({label(_("Searc&h")), m_search}), flags);
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(filters, wxSizerFlags().Expand().Border(wxTOP, gap));
    SetSizer(sizer);
    SetChoices({}, {}, {});
}

void ChronologyFilterBar::SetScope(std::optional<model::Date> from, std::optional<model::Date> to) {
    m_scope_from = from;
    m_scope_to = to;
    m_scope->Enable(HasScope());
    wxString tip = _("This review's terms of reference set no scope period.");
    if (HasScope())
        tip = wxString::Format(_("Show the scope period: %s to %s"), from ? LongDate(*from) : _("the start"),
                               to ? LongDate(*to) : _("the end"));
    m_scope->SetToolTip(tip);
}

void ChronologyFilterBar::UseScope() {
    SetDate(m_from, m_scope_from);
    SetDate(m_to, m_scope_to);
}

void ChronologyFilterBar::ClearDates() {
    SetDate(m_from, std::nullopt);
    SetDate(m_to, std::nullopt);
}

void ChronologyFilterBar::SetDate(wxDatePickerCtrl* picker, std::optional<model::Date> date) {
    m_quiet = true;
    picker->SetValue(date ? ToWx(*date) : wxDefaultDateTime);
    m_quiet = false;
}

std::optional<model::Date> ChronologyFilterBar::DateOf(const wxDatePickerCtrl* picker) const {
    const wxDateTime value = picker->GetValue();
    if (!value.IsValid()) return std::nullopt;
    return FromWx(value);
}

bool ChronologyFilterBar::DatesAreScope() const {
    return HasScope() && DateOf(m_from) == m_scope_from && DateOf(m_to) == m_scope_to;
}

void ChronologyFilterBar::SetChoices(std::vector<std::string> agencies, std::vector<std::string> significances,
                                     std::vector<std::string> episodes) {
    m_agencies = std::move(agencies);
    m_chosen.erase(std::remove_if(m_chosen.begin(), m_chosen.end(),
                                  [this](const std::string& c) {
                                      return std::none_of(m_agencies.begin(), m_agencies.end(),
                                                          [&](const std::string& a) { return SameText(a, c); });
                                  }),
                   m_chosen.end());
    UpdateAgencyLabel();
    auto fill = [](wxChoice* choice, std::vector<std::string>& values, std::vector<std::string> fresh,
                   const wxString& any, auto label) {
        const int at = choice->GetSelection();
        const std::string current = at > 0 && at - 1 < static_cast<int>(values.size()) ? values[at - 1] : std::string();
        if (!current.empty() && std::find(fresh.begin(), fresh.end(), current) == fresh.end()) fresh.push_back(current);
        values = std::move(fresh);
        choice->Clear();
        choice->Append(any);
        for (const auto& v : values) choice->Append(label(v));
        const auto it = std::find(values.begin(), values.end(), current);
        choice->SetSelection(current.empty() || it == values.end() ? 0 : static_cast<int>(it - values.begin()) + 1);
    };
    fill(m_significance, m_significances, std::move(significances), _("Any"), SignificanceLabel);
    fill(m_episode, m_episodes, std::move(episodes), _("Any"), [](const std::string& v) { return U8(v); });
    Layout();
}

model::ChronologyFilter ChronologyFilterBar::Filter() const {
    model::ChronologyFilter f;
    f.from = DateOf(m_from);
    f.to = DateOf(m_to);
    f.agencies = m_chosen;
    const int s = m_significance->GetSelection(), e = m_episode->GetSelection();
    if (s > 0) f.significance = m_significances[s - 1];
    if (e > 0) f.key_episode = m_episodes[e - 1];
    return f;
}

std::string ChronologyFilterBar::SearchText() const { return S8(wxString(m_search->GetValue()).Strip(wxString::both)); }

void ChronologyFilterBar::SetSearchText(const wxString& text) {
    m_search->ChangeValue(text);
    m_search_timer.Stop();
    if (m_on_search) m_on_search(false);
}

void ChronologyFilterBar::FocusSearch() {
    m_search->SetFocus();
    m_search->SelectAll();
}

void ChronologyFilterBar::ClearDateSelection() {
    gui::ClearDateSelection(m_from);
    gui::ClearDateSelection(m_to);
}

void ChronologyFilterBar::ShowAgencyMenu() {
    wxMenu menu;
    menu.AppendCheckItem(kAgencyAll, _("&All agencies"))->Check(m_chosen.empty());
    menu.AppendSeparator();
    auto chosen = [this](const std::string& a) {
        return m_chosen.empty() || std::any_of(m_chosen.begin(), m_chosen.end(),
                                               [&](const std::string& c) { return SameText(a, c); });
    };
    auto* only = new wxMenu;
    for (size_t i = 0; i < m_agencies.size(); ++i) {
        menu.AppendCheckItem(kAgencyFirst + static_cast<int>(i), U8(m_agencies[i]))->Check(chosen(m_agencies[i]));
        only->Append(kAgencyOnly + static_cast<int>(i), U8(m_agencies[i]));
    }
    if (!m_agencies.empty()) {
        menu.AppendSeparator();
        menu.AppendSubMenu(only, _("&Only"));
    } else {
        delete only;
    }
    const int id = GetPopupMenuSelectionFromUser(menu, m_agency->GetPosition() + wxPoint(0, m_agency->GetSize().y));
    if (id == wxID_NONE) return;
    if (id == kAgencyAll) {
        m_chosen.clear();
    } else if (id >= kAgencyOnly) {
        m_chosen = {m_agencies.at(static_cast<size_t>(id - kAgencyOnly))};
    } else {
        const std::string& agency = m_agencies.at(static_cast<size_t>(id - kAgencyFirst));
        if (m_chosen.empty()) m_chosen = m_agencies;  // all: unticking one leaves the others
        const auto it = std::find_if(m_chosen.begin(), m_chosen.end(), [&](const std::string& c) { return SameText(agency, c); });
        if (it == m_chosen.end()) m_chosen.push_back(agency);
        else if (m_chosen.size() > 1) m_chosen.erase(it);  // the last one stays: no agency shows nothing
        if (m_chosen.size() == m_agencies.size()) m_chosen.clear();
    }
    UpdateAgencyLabel();
    FilterChanged();
}

void ChronologyFilterBar::UpdateAgencyLabel() {
    wxString label;
    if (m_chosen.empty()) label = _("All agencies");
    else if (m_chosen.size() == 1) label = U8(m_chosen.front());
    else label = wxString::Format(_("%zu of %zu agencies"), m_chosen.size(), m_agencies.size());
    m_agency->SetLabel(label + L" \u25BE");
    Layout();
}

void ChronologyFilterBar::FilterChanged() {
    if (!m_quiet) m_filter_timer.StartOnce(250);
}

}  // namespace gui
