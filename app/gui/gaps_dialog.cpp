// SPDX-License-Identifier: MIT
#include "gaps_dialog.h"

#include "chronology_format.h"
#include "format.h"

#include "model/register/board.h"

#include <wx/button.h>
#include <wx/listctrl.h>
#include <wx/msgdlg.h>
#include <wx/sizer.h>
#include <wx/spinctrl.h>
#include <wx/stattext.h>
#include <wx/utils.h>

namespace gui {

GapsDialog::GapsDialog(wxWindow* parent, const model::Board& board, const std::string& ref, int min_days,
                       std::function<void(model::Date, model::Date)> show_on_timeline)
    : wxDialog(parent, wxID_ANY, _("Gaps in the chronology"), wxDefaultPosition, wxDefaultSize,
               wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER),
      m_board(board), m_ref(ref), m_show(std::move(show_on_timeline)) {
    const int gap = FromDIP(10);
    m_days = new wxSpinCtrl(this, wxID_ANY, wxString(), wxDefaultPosition, wxDefaultSize, wxSP_ARROW_KEYS, 1, 3650,
                            min_days);
    m_summary = new wxStaticText(this, wxID_ANY, wxString());
    m_summary->SetFont(GetFont().Bold());
    m_list = new wxListCtrl(this, wxID_ANY, wxDefaultPosition, wxSize(GetCharWidth() * 80, GetCharHeight() * 14),
                            wxLC_REPORT | wxLC_SINGLE_SEL);
    m_list->AppendColumn(_("Last entry before"), wxLIST_FORMAT_LEFT, GetCharWidth() * 24);
    m_list->AppendColumn(_("First entry after"), wxLIST_FORMAT_LEFT, GetCharWidth() * 24);
    m_list->AppendColumn(_("Silence"), wxLIST_FORMAT_RIGHT, GetCharWidth() * 16);
    m_missing = new wxStaticText(this, wxID_ANY, wxString());
    auto* show = new wxButton(this, wxID_ANY, _("&Show on timeline"));
    show->SetToolTip(_("Close this list and show the silence on the timeline (also: double-click a row)"));
    auto* close = new wxButton(this, wxID_CLOSE, _("Close"));
    SetEscapeId(wxID_CLOSE);

    auto* row = new wxBoxSizer(wxHORIZONTAL);
    row->Add(new wxStaticText(this, wxID_ANY, _("Silences longer than")), wxSizerFlags().CentreVertical().Border(wxRIGHT, gap / 2));
    row->Add(m_days, wxSizerFlags().CentreVertical().Border(wxRIGHT, gap / 2));
    row->Add(new wxStaticText(this, wxID_ANY, _("days, when no agency recorded anything:")), wxSizerFlags().CentreVertical());
    auto* buttons = new wxBoxSizer(wxHORIZONTAL);
    buttons->Add(show);
    buttons->AddStretchSpacer();
    buttons->Add(close);
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(row, wxSizerFlags().Border(wxALL, gap));
    sizer->Add(m_summary, wxSizerFlags().Border(wxLEFT | wxRIGHT | wxBOTTOM, gap));
    sizer->Add(m_list, wxSizerFlags(1).Expand().Border(wxLEFT | wxRIGHT, gap));
    sizer->Add(m_missing, wxSizerFlags().Expand().Border(wxALL, gap));
    sizer->Add(buttons, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT | wxBOTTOM, gap));
    SetSizer(sizer);

    m_days->Bind(wxEVT_SPINCTRL, [this](wxSpinEvent&) {
        try {
            Load();
        } catch (const std::exception& e) {
            wxMessageBox(U8(e.what()), GetTitle(), wxOK | wxICON_WARNING, this);
        }
    });
    m_list->Bind(wxEVT_LIST_ITEM_ACTIVATED, [this](wxListEvent&) { ShowSelected(); });
    show->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { ShowSelected(); });
    close->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { EndModal(wxID_CLOSE); });
    Load();  // throws before the dialog shows
    Fit();
    CentreOnParent();
    m_list->SetFocus();
}

void GapsDialog::Load() {
    wxBusyCursor busy;
    m_report = m_board.chronology().gaps(m_ref, m_days->GetValue());
    m_list->DeleteAllItems();
    long row = 0;
    for (const auto& g : m_report.silences) {
        m_list->InsertItem(row, LongDate(g.from));
        m_list->SetItem(row, 1, LongDate(g.to));
        m_list->SetItem(row, 2, wxString::Format(wxPLURAL("%d day", "%d days", g.days), g.days));
        ++row;
    }
    if (row > 0) m_list->SetItemState(0, wxLIST_STATE_SELECTED | wxLIST_STATE_FOCUSED, wxLIST_STATE_SELECTED | wxLIST_STATE_FOCUSED);
    m_summary->SetLabel(m_report.silences.empty()
                            ? _("No silences that long.")
                            : wxString::Format(wxPLURAL("%zu silence", "%zu silences", static_cast<int>(m_report.silences.size())),
                                               m_report.silences.size()));
    wxString missing;
    if (m_report.missing_agencies.empty()) {
        missing = _("Every agency known to be involved has submitted entries. (Add the others with Chronology > Add "
                    "agency involved, so a missing submission shows here.)");
    } else {
        wxString names;
        for (const auto& a : m_report.missing_agencies) names << (names.empty() ? "" : ", ") << U8(a);
        missing = wxString::Format(_("Nothing submitted yet by: %s."), names);
    }
    m_missing->SetLabel(missing);
    m_missing->Wrap(GetCharWidth() * 78);
    Layout();
}

void GapsDialog::ShowSelected() {
    const long row = m_list->GetNextItem(-1, wxLIST_NEXT_ALL, wxLIST_STATE_SELECTED);
    if (row < 0 || row >= static_cast<long>(m_report.silences.size())) return;
    const model::Gap gap = m_report.silences[row];
    EndModal(wxID_OK);
    if (m_show) m_show(gap.from, gap.to);
}

}  // namespace gui
