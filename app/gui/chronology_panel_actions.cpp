// SPDX-License-Identifier: MIT
// The chronology page's interactions: ranked search, selecting an entry from the list or the
// timeline, and saving the reviewer's annotations.
#include "chronology_panel.h"

#include "chronology_detail.h"
#include "chronology_filter_bar.h"
#include "chronology_list.h"
#include "format.h"
#include "timeline_pane.h"

#include "model/core/error.h"
#include "model/register/board.h"

#include <wx/msgdlg.h>
#include <wx/stattext.h>

#include <algorithm>

namespace gui {

int ChronologyPanel::IndexOf(std::int64_t id) const {
    const auto it = m_index.find(id);
    return it == m_index.end() ? -1 : it->second;
}

void ChronologyPanel::Search(bool explicit_request) {
    if (m_ref.empty() || !m_board) return;
    m_query = m_filters->SearchText();
    m_search_problem.clear();
    m_hits.clear();
    m_hits_elsewhere = 0;
    m_hits_capped = false;
    m_hits_by_date = false;
    if (m_query.empty()) {
        ShowRows();
        UpdateSummary();
        return;
    }
    std::vector<model::SearchHit> hits;
    try {
        hits = m_board->chronology().search(m_ref, m_query, kSearchLimit);
    } catch (const model::Error& e) {
        // While typing, a half-written query ("an unclosed quote) is only noted; Enter asks for a fix.
        m_search_problem = wxString::Format(_("Cannot search for that: %s"), U8(e.what()));
        if (explicit_request)
            wxMessageBox(m_search_problem, _("Search the chronology"), wxOK | wxICON_INFORMATION, this);
    }
    std::vector<int> rows;
    std::vector<wxString> snippets;
    std::vector<char> flags(m_entries.size(), 0);
    for (const auto& hit : hits) {
        const int index = IndexOf(hit.id);
        if (index < 0) {
            ++m_hits_elsewhere;  // outside the dates, agencies or annotations chosen
            continue;
        }
        rows.push_back(index);
        snippets.push_back(SnippetMarkup(hit.snippet));
        flags[index] = 1;
    }
    m_hits = rows;
    m_hits_capped = hits.size() >= kSearchLimit;
    m_hits_by_date = m_hits_capped && hits.front().score == 0;  // Chronology::search: unranked beyond 1,000
    const int keep = m_selected;
    m_list->Model().Show(&m_entries, &m_palette, false, std::move(rows), std::move(snippets));
    m_timeline->Timeline()->SetHighlighted(std::move(flags));
    if (keep >= 0) m_list->SelectEntry(keep);
    UpdateSummary();
}

void ChronologyPanel::Select(int entry, bool from_timeline) {
    if (m_reselecting || entry == m_selected) return;
    if (m_detail->Dirty() && !SaveAnnotations()) {
        // Keep the unsaved analysis on screen: go back to the entry it belongs to.
        m_reselecting = true;
        m_list->SelectEntry(m_selected);
        m_timeline->Timeline()->SetSelected(m_selected);
        m_reselecting = false;
        return;
    }
    m_selected = entry >= 0 && entry < static_cast<int>(m_entries.size()) ? entry : -1;
    // The list holds brief entries; the pane shows the whole entry, read now.
    m_shown.reset();
    if (m_selected >= 0 && m_board) {
        try {
            m_shown = m_board->chronology().get(m_entries[m_selected].id);
        } catch (const std::exception& e) {
            wxMessageBox(_("Could not read the entry") + ":\n\n" + U8(e.what()), _("Chronology"), wxOK | wxICON_WARNING, this);
        }
    }
    m_detail->ShowEntry(m_shown ? &*m_shown : nullptr);
    if (from_timeline) {
        m_reselecting = true;
        m_list->SelectEntry(m_selected);
        m_reselecting = false;
    } else {
        m_timeline->Timeline()->SetSelected(m_selected);
    }
}

bool ChronologyPanel::SaveAnnotations() {
    const auto id = m_detail->EntryId();
    if (!id || !m_board) return true;
    try {
        m_own_change = true;  // the change event that follows needs no reload: this page shows it
        m_board->chronology().annotate(*id, m_detail->Edits());
        m_own_change = false;
        model::ChronologyEntry saved = m_board->chronology().get(*id);
        if (!saved.significance.empty()) m_significances.insert(saved.significance);
        if (!saved.key_episode.empty()) m_episodes.insert(saved.key_episode);
        m_detail->SetEpisodes(std::vector<std::string>(m_episodes.begin(), m_episodes.end()));
        const int index = IndexOf(*id);
        if (index >= 0) {
            m_entries[index] = std::move(saved);
            const std::string& significance = m_entries[index].significance;
            m_timeline->Timeline()->SetImportant(index, significance == "key" || significance == "high");
            if (index == m_selected) {
                m_shown = m_entries[index];
                m_detail->ShowEntry(&*m_shown);
            }
            const int row = m_list->Model().RowOf(index);
            if (row >= 0) m_list->Model().RowChanged(static_cast<unsigned>(row));
        }
        return true;
    } catch (const std::exception& e) {
        m_own_change = false;
        wxMessageBox(_("Could not save the analysis") + ":\n\n" + U8(e.what()), _("Chronology"),
                     wxOK | wxICON_WARNING, this);
        return false;
    }
}

void ChronologyPanel::Unmerge(const std::vector<std::int64_t>& merged) {
    if (!m_board || merged.empty()) return;
    if (m_detail->Dirty() && !SaveAnnotations()) return;
    wxString ids;
    for (auto id : merged) ids << (ids.empty() ? "" : ", ") << id;
    if (wxMessageBox(wxString::Format(_("List entry %s on its own again? The pair can then be judged again in "
                                        "Find duplicates."), ids),
                     _("Undo merge"), wxYES_NO | wxICON_QUESTION, this) != wxYES)
        return;
    try {
        // One audited command per entry; each change reloads the page through the board's event.
        for (auto id : merged) m_board->chronology().unmerge(id);
    } catch (const std::exception& e) {
        wxMessageBox(_("Could not undo the merge") + ":\n\n" + U8(e.what()), _("Chronology"), wxOK | wxICON_WARNING, this);
    }
}

wxString ChronologyPanel::Describe(int entry) const {
    if (entry < 0 || entry >= static_cast<int>(m_entries.size())) return wxString();
    ReadText(entry);
    const auto& e = m_entries[entry];
    wxString text = EntryDate(e.date);
    if (e.time) text += " " + EntryTime(e);
    text += kDash + U8(e.agency) + "\n" + FirstLine(e.event);
    if (text.length() > 300) text = text.Left(297) + "...";
    return text + "\n" + _("Click to show it in full");
}

void ChronologyPanel::ShowSpan(model::Date from, model::Date date, std::int64_t entry) {
    const auto f = m_filters->Filter();
    if ((f.from && from < *f.from) || (f.to && date > *f.to)) {
        m_filters->ClearDates();  // the date is outside the range shown: show the whole chronology
        TryLoad();
    }
    int best = entry ? IndexOf(entry) : -1;
    for (size_t i = 0; best < 0 && i < m_entries.size(); ++i)
        if (m_entries[i].date.earliest >= date) {
            best = static_cast<int>(i);
            break;
        }
    if (best < 0 && !m_entries.empty()) best = static_cast<int>(m_entries.size()) - 1;
    const double margin = std::max(14, from.days_until(date) / 3);
    m_timeline->Timeline()->ShowSpan(from.serial() - margin, date.serial() + margin);
    if (best >= 0) {
        Select(best, true);
        m_timeline->Timeline()->SetSelected(best);
    }
}

}  // namespace gui
