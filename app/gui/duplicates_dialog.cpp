// SPDX-License-Identifier: MIT
#include "duplicates_dialog.h"

#include "chronology_format.h"
#include "format.h"

#include "model/register/board.h"

#include <wx/button.h>
#include <wx/listctrl.h>
#include <wx/msgdlg.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>
#include <wx/utils.h>

#include <algorithm>
#include <functional>
#include <cmath>

namespace gui {

/// The pairs as a virtual list: score, date, the two agencies, the first event.
class PairList : public wxListCtrl {
public:
    PairList(wxWindow* parent, std::function<wxString(long, long)> text)
        : wxListCtrl(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxLC_REPORT | wxLC_VIRTUAL | wxLC_SINGLE_SEL),
          m_text(std::move(text)) {}
    long Selected() const { return GetNextItem(-1, wxLIST_NEXT_ALL, wxLIST_STATE_SELECTED); }

protected:
    wxString OnGetItemText(long item, long column) const override { return m_text(item, column); }

private:
    std::function<wxString(long, long)> m_text;
};

namespace {

wxString Describe(const model::ChronologyEntry& e) {
    wxString text = U8(e.event);
    if (!e.details.empty()) text += "\n\n" + U8(e.details);
    if (!e.outcome.empty()) text += "\n\n" + _("Outcome: ") + U8(e.outcome);
    if (!e.practitioner.empty()) text += "\n\n" + _("Practitioner: ") + U8(e.practitioner);
    text += "\n" + _("Source: ") + SourceText(e.origin);
    return text;
}

wxString Title(const model::ChronologyEntry& e) {
    wxString title = U8(e.agency) + kDash + EntryDate(e.date);
    if (e.time) title += " " + EntryTime(e);
    return title;
}

}  // namespace

DuplicatesDialog::DuplicatesDialog(wxWindow* parent, model::Board& board, const std::string& ref)
    : wxDialog(parent, wxID_ANY, _("Likely duplicates"), wxDefaultPosition, wxDefaultSize,
               wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER),
      m_board(board), m_ref(ref) {
    {
        wxBusyCursor busy;
        m_pairs = board.chronology().duplicates(ref);
        for (auto& e : board.chronology().list(ref)) m_entries.emplace(e.id, std::move(e));
    }
    const int gap = FromDIP(10);
    auto* intro = new wxStaticText(this, wxID_ANY,
                                   _("The same event recorded by two agencies, best matches first. Confirm a merge to "
                                     "show the event once (the second record stays as a source of the first), or "
                                     "mark the pair as not a duplicate so it is not suggested again."));
    intro->Wrap(GetCharWidth() * 110);
    m_count = new wxStaticText(this, wxID_ANY, wxString());
    m_count->SetFont(GetFont().Bold());
    m_list = new PairList(this, [this](long item, long column) -> wxString {
        if (item < 0 || item >= static_cast<long>(m_pairs.size())) return wxString();
        const auto& p = m_pairs[item];
        const auto* a = Entry(p.a);
        const auto* b = Entry(p.b);
        switch (column) {
            case 0: return wxString::Format("%ld%%", std::lround(p.score * 100));
            case 1: return a ? EntryDate(a->date) : wxString();
            case 2: return a ? U8(a->agency) : wxString();
            case 3: return b ? U8(b->agency) : wxString();
            case 4: return a ? FirstLine(a->event) : wxString();
        }
        return wxString();
    });
    m_list->AppendColumn(_("Match"), wxLIST_FORMAT_RIGHT, GetCharWidth() * 8);
    m_list->AppendColumn(_("Date"), wxLIST_FORMAT_LEFT, GetCharWidth() * 13);
    m_list->AppendColumn(_("First agency"), wxLIST_FORMAT_LEFT, GetCharWidth() * 22);
    m_list->AppendColumn(_("Second agency"), wxLIST_FORMAT_LEFT, GetCharWidth() * 22);
    m_list->AppendColumn(_("Event"), wxLIST_FORMAT_LEFT, GetCharWidth() * 60);
    m_list->SetMinSize(wxSize(GetCharWidth() * 120, GetCharHeight() * 10));
    // The event takes whatever width the other columns leave, so it ends at the list's edge.
    m_list->Bind(wxEVT_SIZE, [this](wxSizeEvent& event) {
        event.Skip();
        int used = 0;
        for (int c = 0; c < 4; ++c) used += m_list->GetColumnWidth(c);
        const int left = m_list->GetClientSize().x - used;
        if (left > GetCharWidth() * 20) m_list->SetColumnWidth(4, left);
    });

    auto* sides = new wxBoxSizer(wxHORIZONTAL);
    for (int i = 0; i < 2; ++i) {
        auto* column = new wxBoxSizer(wxVERTICAL);
        m_titles[i] = new wxStaticText(this, wxID_ANY, wxString());
        m_titles[i]->SetFont(GetFont().Bold());
        m_texts[i] = new wxTextCtrl(this, wxID_ANY, wxString(), wxDefaultPosition,
                                    wxSize(GetCharWidth() * 56, GetCharHeight() * 10),
                                    wxTE_MULTILINE | wxTE_READONLY | wxTE_WORDWRAP);
        column->Add(m_titles[i], wxSizerFlags().Border(wxBOTTOM, gap / 2));
        column->Add(m_texts[i], wxSizerFlags(1).Expand());
        sides->Add(column, wxSizerFlags(1).Expand().Border(i ? wxLEFT : 0, gap));
    }
    m_merge = new wxButton(this, wxID_ANY, _("Confirm &merge"));
    m_merge->SetToolTip(_("The same event: show it once, under the first agency, keeping both sources"));
    m_apart = new wxButton(this, wxID_ANY, _("&Not a duplicate"));
    m_apart->SetToolTip(_("Different events: keep both and stop suggesting this pair"));
    auto* close = new wxButton(this, wxID_CLOSE, _("Close"));
    SetEscapeId(wxID_CLOSE);
    auto* buttons = new wxBoxSizer(wxHORIZONTAL);
    buttons->Add(m_merge, wxSizerFlags().Border(wxRIGHT, gap));
    buttons->Add(m_apart, wxSizerFlags());
    buttons->AddStretchSpacer();
    buttons->Add(close, wxSizerFlags());

    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(intro, wxSizerFlags().Border(wxALL, gap));
    sizer->Add(m_count, wxSizerFlags().Border(wxLEFT | wxRIGHT | wxBOTTOM, gap));
    sizer->Add(m_list, wxSizerFlags(2).Expand().Border(wxLEFT | wxRIGHT, gap));
    sizer->Add(sides, wxSizerFlags(3).Expand().Border(wxALL, gap));
    sizer->Add(buttons, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT | wxBOTTOM, gap));
    SetSizerAndFit(sizer);
    CentreOnParent();

    m_list->Bind(wxEVT_LIST_ITEM_SELECTED, [this](wxListEvent&) { ShowPair(); });
    m_merge->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { Decide(true); });
    m_apart->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { Decide(false); });
    close->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { EndModal(wxID_CLOSE); });
    UpdateCount();
    if (!m_pairs.empty()) {
        m_list->SetItemState(0, wxLIST_STATE_SELECTED | wxLIST_STATE_FOCUSED, wxLIST_STATE_SELECTED | wxLIST_STATE_FOCUSED);
        m_list->SetFocus();
    }
    ShowPair();
}

const model::ChronologyEntry* DuplicatesDialog::Entry(std::int64_t id) const {
    const auto it = m_entries.find(id);
    return it == m_entries.end() ? nullptr : &it->second;
}

void DuplicatesDialog::UpdateCount() {
    m_count->SetLabel(m_pairs.empty() ? _("No likely duplicates left to decide.")
                                      : wxString::Format(wxPLURAL("%s pair to decide", "%s pairs to decide",
                                                                  static_cast<int>(std::min<size_t>(m_pairs.size(), 1000000))),
                                                         Count(m_pairs.size())));
    m_list->SetItemCount(static_cast<long>(m_pairs.size()));
    m_list->Refresh();
}

void DuplicatesDialog::ShowPair() {
    const long row = m_list->Selected();
    const bool ok = row >= 0 && row < static_cast<long>(m_pairs.size());
    m_merge->Enable(ok);
    m_apart->Enable(ok);
    for (int i = 0; i < 2; ++i) {
        const model::ChronologyEntry* e = ok ? Entry(i ? m_pairs[row].b : m_pairs[row].a) : nullptr;
        m_titles[i]->SetLabel(e ? Title(*e) : wxString());
        m_texts[i]->ChangeValue(e ? Describe(*e) : wxString());
    }
    Layout();
}

void DuplicatesDialog::Decide(bool confirmed) {
    const long row = m_list->Selected();
    if (row < 0 || row >= static_cast<long>(m_pairs.size())) return;
    const model::DuplicatePair pair = m_pairs[row];
    try {
        m_board.chronology().decide_duplicate(pair.a, pair.b, confirmed);
    } catch (const std::exception& e) {
        wxMessageBox(_("Could not record the decision") + ":\n\n" + U8(e.what()), GetTitle(), wxOK | wxICON_WARNING, this);
        return;
    }
    // A merged entry can no longer pair with anything; a dismissed pair is simply done.
    m_pairs.erase(std::remove_if(m_pairs.begin(), m_pairs.end(),
                                 [&](const model::DuplicatePair& p) {
                                     if (p.a == pair.a && p.b == pair.b) return true;
                                     return confirmed && (p.a == pair.b || p.b == pair.b);
                                 }),
                  m_pairs.end());
    UpdateCount();
    const long next = std::min<long>(row, static_cast<long>(m_pairs.size()) - 1);
    if (next >= 0) {
        m_list->SetItemState(next, wxLIST_STATE_SELECTED | wxLIST_STATE_FOCUSED, wxLIST_STATE_SELECTED | wxLIST_STATE_FOCUSED);
        m_list->EnsureVisible(next);
    }
    ShowPair();
}

}  // namespace gui
