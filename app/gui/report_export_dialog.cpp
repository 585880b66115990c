// SPDX-License-Identifier: MIT
#include "report_export_dialog.h"

#include "format.h"
#include "report_export.h"
#include "report_format.h"

#include "model/register/board.h"

#include <wx/button.h>
#include <wx/checkbox.h>
#include <wx/choice.h>
#include <wx/radiobox.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

#include <algorithm>

namespace gui {

ReportExportDialog::ReportExportDialog(wxWindow* parent, const model::Board& board, const std::string& ref,
                                       model::Date as_of, std::function<void()> open_redaction_report)
    : wxDialog(parent, wxID_ANY, wxString::Format(_("Export report%s%s"), kDash, U8(ref))),
      m_board(board), m_ref(ref), m_as_of(as_of), m_open_redaction_report(std::move(open_redaction_report)),
      m_templates(model::list_report_templates()) {
    const int gap = FromDIP(12);
    m_template = new wxChoice(this, wxID_ANY);
    int chosen = -1;
    for (size_t i = 0; i < m_templates.size(); ++i) {
        const auto& t = m_templates[i];
        m_template->Append((t.title.empty() ? U8(t.name) : U8(t.title)) + (t.board_wide ? _(" (whole board)") : wxString()));
        if (chosen < 0 && t.name == "final-report") chosen = static_cast<int>(i);
    }
    m_template->SetSelection(std::max(0, chosen));
    wxArrayString formats;
    for (int i = 0; i < ReportFormatCount(); ++i) formats.Add(ReportFormatLabel(ReportFormatAt(i)));
    m_format = new wxRadioBox(this, wxID_ANY, _("Format"), wxDefaultPosition, wxDefaultSize, formats, 1);
    m_publish = new wxCheckBox(this, wxID_ANY, _("&Published (redacted): people shown only by pseudonym"));

    auto* row = new wxBoxSizer(wxHORIZONTAL);
    row->Add(new wxStaticText(this, wxID_ANY, _("&Template:")), wxSizerFlags().CentreVertical().Border(wxRIGHT, gap / 2));
    row->Add(m_template, wxSizerFlags(1).CentreVertical());
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(row, wxSizerFlags().Expand().Border(wxALL, gap));
    sizer->Add(m_format, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT, gap));
    sizer->Add(m_publish, wxSizerFlags().Border(wxALL, gap));
    sizer->Add(CreateStdDialogButtonSizer(wxOK | wxCANCEL), wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT | wxBOTTOM, gap));
    if (auto* ok = wxDynamicCast(FindWindow(wxID_OK), wxButton)) ok->SetLabel(_("&Export..."));
    SetSizerAndFit(sizer);
    CentreOnParent();
    Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { Export(); }, wxID_OK);
}

void ReportExportDialog::Export() {
    model::ReportOptions options;
    options.template_name = m_templates[static_cast<size_t>(std::max(0, m_template->GetSelection()))].name;
    options.format = ReportFormatAt(m_format->GetSelection());
    options.publish = m_publish->GetValue();
    options.as_of = m_as_of;
    if (options.publish) options.decisions = DecisionsFor(m_board, m_ref);
    try {
        if (ExportReportWithDialog(this, m_board, m_ref, options)) EndModal(wxID_OK);
    } catch (const std::exception& e) {
        // Keep the dialog: the user may resolve the problems and try again.
        ShowReportRefusal(this, e, options.publish, m_open_redaction_report);
    }
}

}  // namespace gui
