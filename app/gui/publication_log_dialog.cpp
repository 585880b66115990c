// SPDX-License-Identifier: MIT
#include "publication_log_dialog.h"

#include "format.h"
#include "publication_entry_dialog.h"
#include "report_format.h"

#include "model/core/private_file.h"
#include "model/register/board.h"

#include <wx/button.h>
#include <wx/filedlg.h>
#include <wx/listctrl.h>
#include <wx/msgdlg.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

namespace gui {
namespace {

wxString Size(std::int64_t bytes) {
    if (bytes < 1024) return wxString::Format(_("%lld bytes"), static_cast<long long>(bytes));
    if (bytes < 1024 * 1024) return wxString::Format(_("%.0f KB"), bytes / 1024.0);
    return wxString::Format(_("%.1f MB"), bytes / (1024.0 * 1024.0));
}

}  // namespace

PublicationLogDialog::PublicationLogDialog(wxWindow* parent, model::Board& board, const std::string& ref,
                                           model::Date as_of)
    : wxDialog(parent, wxID_ANY, wxString::Format(_("Publication log%s%s"), kDash, U8(ref)), wxDefaultPosition,
               wxDefaultSize, wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER),
      m_board(board), m_ref(ref), m_as_of(as_of) {
    const int gap = FromDIP(10);
    const int ch = GetCharWidth();
    m_current = new wxStaticText(this, wxID_ANY, wxString());
    m_current->SetFont(GetFont().Bold().Scaled(1.2f));
    m_list = new wxListCtrl(this, wxID_ANY, wxDefaultPosition, wxSize(ch * 112, GetCharHeight() * 12),
                            wxLC_REPORT | wxLC_SINGLE_SEL);
    m_list->AppendColumn(_("Date"), wxLIST_FORMAT_LEFT, ch * 17);
    m_list->AppendColumn(_("Status"), wxLIST_FORMAT_LEFT, ch * 24);
    m_list->AppendColumn(_("Version"), wxLIST_FORMAT_RIGHT, ch * 8);
    m_list->AppendColumn(_("Document"), wxLIST_FORMAT_LEFT, ch * 26);
    m_list->AppendColumn(_("Board response"), wxLIST_FORMAT_LEFT, ch * 20);
    m_list->AppendColumn(_("Recorded by"), wxLIST_FORMAT_LEFT, ch * 14);
    m_detail = new wxTextCtrl(this, wxID_ANY, wxString(), wxDefaultPosition, wxSize(-1, GetCharHeight() * 7),
                              wxTE_MULTILINE | wxTE_READONLY | wxTE_WORDWRAP);

    auto* add = new wxButton(this, wxID_ADD, _("&Add status..."));
    m_save_response = new wxButton(this, wxID_ANY, _("&Save board response..."));
    auto* close = new wxButton(this, wxID_CLOSE, _("Close"));
    SetEscapeId(wxID_CLOSE);
    auto* buttons = new wxBoxSizer(wxHORIZONTAL);
    buttons->Add(add, wxSizerFlags().Border(wxRIGHT, gap / 2));
    buttons->Add(m_save_response);
    buttons->AddStretchSpacer();
    buttons->Add(close);

    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(m_current, wxSizerFlags().Border(wxALL, gap));
    sizer->Add(m_list, wxSizerFlags(1).Expand().Border(wxLEFT | wxRIGHT, gap));
    sizer->Add(m_detail, wxSizerFlags().Expand().Border(wxALL, gap));
    sizer->Add(buttons, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT | wxBOTTOM, gap));
    SetSizer(sizer);

    m_list->Bind(wxEVT_LIST_ITEM_SELECTED, [this](wxListEvent&) { ShowSelected(); });
    add->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { AddEntry(); });
    m_save_response->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { SaveResponse(); });
    close->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { EndModal(wxID_CLOSE); });

    Load();  // throws before the dialog shows
    Fit();
    CentreOnParent();
    m_list->SetFocus();
}

void PublicationLogDialog::Load() {
    m_log = m_board.publications().log(m_ref);
    m_list->DeleteAllItems();
    long row = 0;
    for (const auto& e : m_log) {
        m_list->InsertItem(row, LongDate(e.date));
        m_list->SetItem(row, 1, PublicationStatusLabel(e.status));
        m_list->SetItem(row, 2, e.version > 0 ? wxString::Format("%d", e.version) : kNone);
        m_list->SetItem(row, 3, e.file_name.empty() ? kNone : U8(e.file_name));
        m_list->SetItem(row, 4, e.board_response_name.empty() ? kNone : U8(e.board_response_name));
        m_list->SetItem(row, 5, U8(e.recorded_by));
        ++row;
    }
    if (m_log.empty()) {
        m_current->SetLabel(_("Nothing recorded in the publication log yet"));
        m_detail->SetValue(_("Record the first draft, the final version, sending it to the national panel, and "
                             "whether it was published (in full, redacted, or not, with reasons) with Add status."));
    } else {
        const auto& last = m_log.back();
        wxString current = wxString::Format(_("Now: %s since %s"), PublicationStatusLabel(last.status), LongDate(last.date));
        int version = 0;
        for (const auto& e : m_log) version = std::max(version, e.version);
        if (version > 0) current += wxString::Format(_(" (latest version %d)"), version);
        m_current->SetLabel(current);
        m_list->SetItemState(row - 1, wxLIST_STATE_SELECTED | wxLIST_STATE_FOCUSED,
                             wxLIST_STATE_SELECTED | wxLIST_STATE_FOCUSED);
        m_list->EnsureVisible(row - 1);
    }
    ShowSelected();
    Layout();
}

long PublicationLogDialog::Selected() const {
    const long row = m_list->GetNextItem(-1, wxLIST_NEXT_ALL, wxLIST_STATE_SELECTED);
    return row >= 0 && row < static_cast<long>(m_log.size()) ? row : -1;
}

void PublicationLogDialog::ShowSelected() {
    const long row = Selected();
    m_save_response->Enable(row >= 0 && !m_log[static_cast<size_t>(row)].board_response_name.empty());
    if (row < 0) return;
    const auto& e = m_log[static_cast<size_t>(row)];
    wxString text = wxString::Format(_("%s on %s, recorded by %s at %s UTC."), PublicationStatusLabel(e.status),
                                     LongDate(e.date), U8(e.recorded_by), U8(e.recorded_at));
    if (!e.file_name.empty()) {
        text << "\n" << wxString::Format(_("Document: %s, version %d"), U8(e.file_name), e.version);
        if (!e.template_name.empty() || !e.format.empty())
            text << " (" << U8(e.template_name) << (e.template_name.empty() || e.format.empty() ? "" : ", ")
                 << U8(e.format) << ")";
        text << wxString::Format(_(", %s, SHA-256 %s"), Size(e.file_size), U8(e.sha256));
    }
    if (!e.board_response_name.empty())
        text << "\n" << wxString::Format(_("Board response: %s, %s"), U8(e.board_response_name), Size(e.board_response_size));
    if (!e.reasons.empty()) text << "\n" << _("Reasons: ") << U8(e.reasons);
    if (!e.legal_advice.empty()) text << "\n" << _("Legal advice: ") << U8(e.legal_advice);
    if (!e.redaction_notes.empty()) text << "\n" << _("Redaction notes: ") << U8(e.redaction_notes);
    m_detail->SetValue(text);
}

void PublicationLogDialog::AddEntry() {
    try {
        PublicationEntryDialog dialog(this, m_board, m_ref, m_log.empty() ? std::string() : m_log.back().status,
                                      m_as_of);
        if (dialog.ShowModal() == wxID_OK) Load();
    } catch (const std::exception& e) {
        wxMessageBox(U8(e.what()), GetTitle(), wxOK | wxICON_WARNING, this);
    }
}

void PublicationLogDialog::SaveResponse() {
    const long row = Selected();
    if (row < 0) return;
    const auto& e = m_log[static_cast<size_t>(row)];
    wxFileDialog files(this, _("Save the board's response"), wxString(), U8(e.board_response_name), _("All files|*"),
                       wxFD_SAVE | wxFD_OVERWRITE_PROMPT);
    if (files.ShowModal() != wxID_OK) return;
    try {
        const auto bytes = m_board.publications().board_response(e.id);
        model::write_private_file(S8(files.GetPath()), std::string(bytes.begin(), bytes.end()));
    } catch (const std::exception& error) {
        wxMessageBox(U8(error.what()), GetTitle(), wxOK | wxICON_WARNING, this);
    }
}

}  // namespace gui
