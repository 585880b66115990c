// SPDX-License-Identifier: MIT
#include "imports_dialog.h"

#include "chronology_format.h"
#include "format.h"

#include "model/register/board.h"

#include <wx/button.h>
#include <wx/datetime.h>
#include <wx/listctrl.h>
#include <wx/msgdlg.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/utils.h>

#include <algorithm>

namespace gui {
namespace {

// The model stamps imports in UTC ("2026-05-03T09:12:44.120Z"); a person reads the day and the
// clock where they are.
wxDateTime LocalTime(const std::string& utc_stamp) {
    wxDateTime at;
    if (!at.ParseISOCombined(U8(utc_stamp.substr(0, 19)), 'T')) return wxDateTime();
    at.MakeFromTimezone(wxDateTime::UTC);
    return at;
}

wxString ImportedDay(const model::ImportRecord& r) {
    const wxDateTime at = LocalTime(r.imported_at);
    return at.IsValid() ? LongDate(FromWx(at)) : U8(r.imported_at);
}

wxString ImportedWhen(const model::ImportRecord& r) {
    const wxDateTime at = LocalTime(r.imported_at);
    return at.IsValid() ? LongDate(FromWx(at)) + " " + at.Format("%H:%M") : U8(r.imported_at);
}

int PluralCount(std::size_t n) { return static_cast<int>(std::min<std::size_t>(n, 1000000)); }

}  // namespace

ImportsDialog::ImportsDialog(wxWindow* parent, model::Board& board, const std::string& ref)
    : wxDialog(parent, wxID_ANY, wxString::Format(_("Imports into the chronology of %s"), U8(ref)), wxDefaultPosition,
               wxDefaultSize, wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER),
      m_board(board), m_ref(ref) {
    const int gap = FromDIP(10);
    auto* intro = new wxStaticText(this, wxID_ANY,
                                   _("Every agency submission imported into this review, oldest first. When an agency "
                                     "resends its submission, or a file was imported under the wrong agency or with "
                                     "the wrong columns, withdraw that import and import the right file."));
    intro->Wrap(GetCharWidth() * 96);
    m_summary = new wxStaticText(this, wxID_ANY, wxString());
    m_summary->SetFont(GetFont().Bold());
    m_list = new wxListCtrl(this, wxID_ANY, wxDefaultPosition, wxSize(GetCharWidth() * 100, GetCharHeight() * 12),
                            wxLC_REPORT | wxLC_SINGLE_SEL);
    m_list->AppendColumn(_("When"), wxLIST_FORMAT_LEFT, GetCharWidth() * 25);
    m_list->AppendColumn(_("Agency"), wxLIST_FORMAT_LEFT, GetCharWidth() * 22);
    m_list->AppendColumn(_("File"), wxLIST_FORMAT_LEFT, GetCharWidth() * 26);
    m_list->AppendColumn(_("Rows"), wxLIST_FORMAT_RIGHT, GetCharWidth() * 8);
    m_list->AppendColumn(_("Still listed"), wxLIST_FORMAT_RIGHT, GetCharWidth() * 11);
    m_list->AppendColumn(_("Annotated"), wxLIST_FORMAT_RIGHT, GetCharWidth() * 10);
    int columns = 0;  // every column in view, with room for a scroll bar
    for (int c = 0; c < m_list->GetColumnCount(); ++c) columns += m_list->GetColumnWidth(c);
    m_list->SetMinSize(wxSize(columns + GetCharWidth() * 4, GetCharHeight() * 12));
    m_withdraw = new wxButton(this, wxID_ANY, _("&Withdraw import..."));
    m_withdraw->SetToolTip(_("Remove every entry of the selected import from the chronology (audited)"));
    auto* close = new wxButton(this, wxID_CLOSE, _("Close"));
    SetEscapeId(wxID_CLOSE);

    auto* buttons = new wxBoxSizer(wxHORIZONTAL);
    buttons->Add(m_withdraw);
    buttons->AddStretchSpacer();
    buttons->Add(close);
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(intro, wxSizerFlags().Border(wxALL, gap));
    sizer->Add(m_summary, wxSizerFlags().Border(wxLEFT | wxRIGHT | wxBOTTOM, gap));
    sizer->Add(m_list, wxSizerFlags(1).Expand().Border(wxLEFT | wxRIGHT, gap));
    sizer->Add(buttons, wxSizerFlags().Expand().Border(wxALL, gap));
    SetSizer(sizer);

    m_list->Bind(wxEVT_LIST_ITEM_SELECTED, [this](wxListEvent&) { UpdateButtons(); });
    m_list->Bind(wxEVT_LIST_ITEM_DESELECTED, [this](wxListEvent&) { UpdateButtons(); });
    m_withdraw->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { Withdraw(); });
    close->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { EndModal(wxID_CLOSE); });
    Load();  // throws before the dialog shows
    Fit();
    CentreOnParent();
    m_list->SetFocus();
}

void ImportsDialog::Load() {
    wxBusyCursor busy;
    m_imports = m_board.chronology().imports(m_ref);
    m_list->DeleteAllItems();
    long row = 0;
    for (const auto& r : m_imports) {
        m_list->InsertItem(row, ImportedWhen(r));
        m_list->SetItem(row, 1, U8(r.agency));
        m_list->SetItem(row, 2, U8(r.file));
        m_list->SetItem(row, 3, Count(r.rows_imported));
        m_list->SetItem(row, 4, Count(r.listed));
        m_list->SetItem(row, 5, Count(r.annotated));
        ++row;
    }
    if (row > 0) {
        // The newest is the likeliest to be withdrawn.
        m_list->SetItemState(row - 1, wxLIST_STATE_SELECTED | wxLIST_STATE_FOCUSED,
                             wxLIST_STATE_SELECTED | wxLIST_STATE_FOCUSED);
        m_list->EnsureVisible(row - 1);
    }
    m_summary->SetLabel(m_imports.empty()
                            ? _("Nothing has been imported into this chronology.")
                            : wxString::Format(wxPLURAL("%s import", "%s imports", PluralCount(m_imports.size())),
                                               Count(m_imports.size())));
    UpdateButtons();
    Layout();
}

void ImportsDialog::UpdateButtons() {
    const long row = m_list->GetNextItem(-1, wxLIST_NEXT_ALL, wxLIST_STATE_SELECTED);
    m_withdraw->Enable(row >= 0 && row < static_cast<long>(m_imports.size()));
}

void ImportsDialog::Withdraw() {
    const long row = m_list->GetNextItem(-1, wxLIST_NEXT_ALL, wxLIST_STATE_SELECTED);
    if (row < 0 || row >= static_cast<long>(m_imports.size())) return;
    const model::ImportRecord record = m_imports[static_cast<std::size_t>(row)];
    wxString question = wxString::Format(wxPLURAL("Withdraw the %s entry imported from %s on %s?",
                                                  "Withdraw the %s entries imported from %s on %s?",
                                                  PluralCount(record.entries)),
                                         Count(record.entries), U8(record.file), ImportedDay(record));
    if (record.annotated > 0)
        question += " " + wxString::Format(wxPLURAL("%s of them carries your analysis, which goes with it.",
                                                    "%s of them carry your analysis, which goes with them.",
                                                    PluralCount(record.annotated)),
                                           Count(record.annotated));
    question += " " + _("The audit trail keeps a record.");
    if (wxMessageBox(question, _("Withdraw import"), wxYES_NO | wxNO_DEFAULT | wxICON_QUESTION, this) != wxYES) return;
    try {
        wxBusyCursor busy;
        m_board.chronology().withdraw_import(record.id);
    } catch (const std::exception& e) {
        // A refusal (a finding's evidence, a merge across the import) says what to undo first.
        wxMessageBox(_("The import was not withdrawn") + ":\n\n" + U8(e.what()), GetTitle(), wxOK | wxICON_WARNING,
                     this);
        return;
    }
    try {
        Load();
    } catch (const std::exception& e) {
        wxMessageBox(U8(e.what()), GetTitle(), wxOK | wxICON_WARNING, this);
    }
}

}  // namespace gui
