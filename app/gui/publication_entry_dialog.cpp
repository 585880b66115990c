// SPDX-License-Identifier: MIT
#include "publication_entry_dialog.h"

#include "format.h"
#include "report_format.h"

#include "model/register/board.h"
#include "model/reports/publications.h"
#include "model/reports/report.h"

#include <wx/choice.h>
#include <wx/combobox.h>
#include <wx/datectrl.h>
#include <wx/filepicker.h>
#include <wx/sizer.h>
#include <wx/textctrl.h>

#include <algorithm>

namespace gui {
namespace {

/// What usually comes next, so the common case is one click: draft → final → sent to the panel →
/// published (redacted).
std::string SuggestedNext(const std::string& current) {
    if (current.empty()) return "draft";
    if (current == "draft") return "final";
    if (current == "final") return "sent-to-panel";
    if (current == "sent-to-panel") return "published-redacted";
    return current;
}

}  // namespace

PublicationEntryDialog::PublicationEntryDialog(wxWindow* parent, model::Board& board, const std::string& ref,
                                               const std::string& current, model::Date date)
    : CommandDialog(parent, wxString::Format(_("Add to the publication log of %s"), U8(ref))),
      m_board(board), m_ref(ref), m_statuses(model::publication_statuses()) {
    auto* form = NewForm();
    m_status = new wxChoice(this, wxID_ANY);
    for (const auto& s : m_statuses) m_status->Append(PublicationStatusLabel(s));
    const auto next = std::find(m_statuses.begin(), m_statuses.end(), SuggestedNext(current));
    m_status->SetSelection(next == m_statuses.end() ? 0 : static_cast<int>(next - m_statuses.begin()));
    AddRow(form, _("&Status:"), m_status);
    m_date = NewDate(date);
    AddRow(form, _("&Date:"), m_date);

    const wxString documents = _("Reports (*.docx;*.odt;*.pdf;*.html)|*.docx;*.odt;*.pdf;*.html;*.htm|All files|*");
    m_version = new wxFilePickerCtrl(this, wxID_ANY, wxString(), _("Choose the document issued"), documents,
                                     wxDefaultPosition, wxDefaultSize, wxFLP_OPEN | wxFLP_FILE_MUST_EXIST | wxFLP_USE_TEXTCTRL);
    m_version->SetToolTip(_("Optional. Its name and SHA-256 are kept; a different file is a new version."));
    AddRow(form, _("Document &version:"), m_version);
    m_template = new wxComboBox(this, wxID_ANY);
    try {
        for (const auto& t : model::list_report_templates()) m_template->Append(U8(t.name));
    } catch (const std::exception&) {
        // No template folder: the name can still be typed.
    }
    m_template->SetHint(_("e.g. final-report (optional)"));
    AddRow(form, _("T&emplate:"), m_template);

    m_reasons = NewMultiline(2, _("Required when the report is not published"));
    AddRow(form, _("&Reasons:"), m_reasons, true);
    m_legal = NewMultiline(2, _("e.g. advice on a parallel criminal trial"));
    AddRow(form, _("&Legal advice:"), m_legal, true);
    m_redaction = NewMultiline(2, _("What was redacted and why"));
    AddRow(form, _("Redaction &notes:"), m_redaction, true);
    m_response = new wxFilePickerCtrl(this, wxID_ANY, wxString(), _("Choose the board's response"), documents,
                                      wxDefaultPosition, wxDefaultSize, wxFLP_OPEN | wxFLP_FILE_MUST_EXIST | wxFLP_USE_TEXTCTRL);
    m_response->SetToolTip(_("Optional. Stored in the board database (up to 20 MB)."));
    AddRow(form, _("&Board response:"), m_response);

    Finish(_("Each entry records where the review's report stands. Publishing needs a final version first; "
             "\"Not published\" needs its reasons; \"Published (redacted)\" needs a clean redaction report."),
           form, _("&Add entry"));
    m_status->SetFocus();
}

void PublicationEntryDialog::Apply() {
    model::NewPublicationEntry entry;
    entry.status = m_statuses.at(static_cast<size_t>(std::max(0, m_status->GetSelection())));
    entry.date = DateOf(m_date);
    entry.version_file = S8(m_version->GetPath());
    entry.template_name = S8(wxString(m_template->GetValue()).Strip(wxString::both));
    entry.reasons = TextOf(m_reasons);
    entry.legal_advice = TextOf(m_legal);
    entry.redaction_notes = TextOf(m_redaction);
    entry.board_response_file = S8(m_response->GetPath());
    m_board.publications().add(m_ref, entry);
}

}  // namespace gui
