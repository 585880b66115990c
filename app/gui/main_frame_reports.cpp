// SPDX-License-Identifier: MIT
// The Reports menu of the main window: preview and export reports, the redaction report before
// publishing, the publication log, and whole-review case files. Each handler is a boundary: it
// catches model::Error and shows it.
#include "main_frame.h"

#include "chronology_format.h"
#include "format.h"
#include "publication_log_dialog.h"
#include "redaction_report_dialog.h"
#include "report_export_dialog.h"
#include "report_preview_dialog.h"

#include "model/core/error.h"
#include "model/core/private_file.h"

#include <wx/filedlg.h>
#include <wx/filename.h>
#include <wx/menu.h>
#include <wx/msgdlg.h>
#include <wx/utils.h>

namespace gui {
namespace {

enum ReportsMenuId {
    kPreviewReport = wxID_HIGHEST + 600, kExportReport, kPublicationLog, kRedactionCheck, kExportCaseFile,
    kImportCaseFile,
};

}  // namespace

wxMenu* MainFrame::BuildReportsMenu() {
    auto* reports = new wxMenu;
    reports->Append(kPreviewReport, _("&Preview report...\tCtrl+P"),
                    _("See a report of the review as it will read, as a draft or as published, and export it"));
    reports->Append(kExportReport, _("&Export report..."), _("Save a report of the review as DOCX, ODT, HTML or XML"));
    reports->AppendSeparator();
    reports->Append(kRedactionCheck, _("&Redaction check..."),
                    _("Before publishing: every name the published version replaces, and anything it cannot be sure about"));
    reports->Append(kPublicationLog, _("Publication &log..."),
                    _("Versions, statuses, the board's response, legal advice and redaction notes"));
    reports->AppendSeparator();
    reports->Append(kExportCaseFile, _("Export &case file..."),
                    _("Save the whole review as one XML case file, to import into another board"));
    reports->Append(kImportCaseFile, _("&Import case file..."), _("Add a review from an XML case file to this board"));

    auto on = [this](int id, std::function<void()> handler) {
        Bind(wxEVT_MENU, [handler](wxCommandEvent&) { handler(); }, id);
    };
    on(kPreviewReport, [this] { OnPreviewReport(); });
    on(kExportReport, [this] { OnExportReport(); });
    on(kRedactionCheck, [this] { OnRedactionCheck(); });
    on(kPublicationLog, [this] { OnPublicationLog(); });
    on(kExportCaseFile, [this] { OnExportCaseFile(); });
    on(kImportCaseFile, [this] { OnImportCaseFile(); });
    return reports;
}

void MainFrame::OnPreviewReport() {
    try {
        auto review = ReviewForCommand();
        if (!review) return;
        ReportPreviewDialog dialog(this, *m_board, review->ref, m_as_of);
        dialog.ShowModal();
    } catch (const std::exception& e) {
        ShowError(_("Could not preview the report"), e);
    }
}

void MainFrame::OnExportReport() {
    try {
        auto review = ReviewForCommand();
        if (!review) return;
        const std::string ref = review->ref;
        ReportExportDialog dialog(this, *m_board, ref, m_as_of, [this, ref] { RunRedactionReport(ref); });
        dialog.ShowModal();
    } catch (const std::exception& e) {
        ShowError(_("Could not export the report"), e);
    }
}

void MainFrame::OnRedactionCheck() {
    auto review = ReviewForCommand();
    if (review) RunRedactionReport(review->ref);
}

void MainFrame::RunRedactionReport(const std::string& ref) {
    try {
        RedactionReportDialog dialog(this, *m_board, ref);
        dialog.ShowModal();
    } catch (const std::exception& e) {
        ShowError(_("Could not check the redaction"), e);
    }
}

void MainFrame::OnPublicationLog() {
    try {
        auto review = ReviewForCommand();
        if (!review) return;
        PublicationLogDialog dialog(this, *m_board, review->ref, m_as_of);
        dialog.ShowModal();
    } catch (const std::exception& e) {
        ShowError(_("Could not show the publication log"), e);
    }
}

void MainFrame::OnExportCaseFile() {
    try {
        auto review = ReviewForCommand();
        if (!review) return;
        wxFileDialog files(this, wxString::Format(_("Export %s as a case file"), U8(review->ref)), wxString(),
                           U8(review->ref) + ".xml", _("Case files (*.xml)|*.xml"), wxFD_SAVE | wxFD_OVERWRITE_PROMPT);
        if (files.ShowModal() != wxID_OK) return;
        wxFileName path(files.GetPath());
        if (path.GetExt().Lower() != "xml") path.SetExt("xml");
        {
            wxBusyCursor busy;
            // Case files hold everything about a child: written readable by the owner only.
            model::write_private_file(S8(path.GetFullPath()), m_board->case_files().export_xml(review->ref));
        }
        wxMessageBox(wxString::Format(_("Saved the whole of %s to\n%s\n\nImport it into another board with Reports > "
                                        "Import case file. It holds names: keep it as safe as the board itself."),
                                      U8(review->ref), path.GetFullPath()),
                     _("Case file exported"), wxOK | wxICON_INFORMATION, this);
    } catch (const std::exception& e) {
        ShowError(_("Could not export the case file"), e);
    }
}

void MainFrame::OnImportCaseFile() {
    wxFileDialog files(this, _("Import a case file"), wxString(), wxString(),
                       _("Case files (*.xml)|*.xml;*.XML|All files|*"), wxFD_OPEN | wxFD_FILE_MUST_EXIST);
    if (files.ShowModal() != wxID_OK) return;
    try {
        model::CaseFileImport result;
        {
            wxBusyCursor busy;
            result = m_board->case_files().import_file(S8(files.GetPath()));
        }
        OpenReview(result.ref);
        wxMessageBox(wxString::Format(_("Imported %s from %s: %s records, of which %s chronology entries."),
                                      U8(result.ref), files.GetFilename(), Count(result.rows), Count(result.entries)),
                     _("Case file imported"), wxOK | wxICON_INFORMATION, this);
    } catch (const std::exception& e) {
        ShowError(_("Could not import the case file (nothing was imported)"), e);
    }
}

void MainFrame::ShowReportPreview(const std::string& ref, const std::string& template_name, bool publish) {
    auto* dialog = new ReportPreviewDialog(this, *m_board, ref, m_as_of, template_name, publish);
    m_automation_dialog = dialog;
    dialog->Show();
}

void MainFrame::ShowRedactionReport(const std::string& ref) {
    auto* dialog = new RedactionReportDialog(this, *m_board, ref);
    m_automation_dialog = dialog;
    dialog->Show();
}

wxWindow* MainFrame::ScreenshotWindow() {
    wxDialog* dialog = m_automation_dialog.get();
    return dialog && dialog->IsShown() ? static_cast<wxWindow*>(dialog) : this;
}

}  // namespace gui
