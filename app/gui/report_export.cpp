// SPDX-License-Identifier: MIT
#include "report_export.h"

#include "format.h"
#include "report_format.h"

#include "model/core/error.h"
#include "model/register/board.h"

#include <wx/filedlg.h>
#include <wx/filename.h>
#include <wx/msgdlg.h>
#include <wx/utils.h>

namespace gui {

std::vector<model::RedactionDecision> DecisionsFor(const model::Board& board, const std::string& ref) {
    std::vector<model::RedactionDecision> decisions;
    if (ref.empty()) return decisions;
    for (const auto& stored : board.publications().redaction_decisions(ref))
        decisions.push_back(static_cast<const model::RedactionDecision&>(stored));
    return decisions;
}

bool ExportReportWithDialog(wxWindow* parent, const model::Board& board, const std::string& ref,
                            const model::ReportOptions& options) {
    const wxString ext = U8(std::string(model::format_id(options.format)));
    wxString name = U8(ref.empty() ? std::string("board") : ref) + "-" + U8(options.template_name);
    if (options.publish) name += "-published";
    wxFileDialog files(parent,
                       options.publish ? _("Export the published (redacted) report") : _("Export the report"),
                       wxString(), name + "." + ext, ReportFormatWildcard(options.format),
                       wxFD_SAVE | wxFD_OVERWRITE_PROMPT);
    if (files.ShowModal() != wxID_OK) return false;
    wxFileName path(files.GetPath());
    if (path.GetExt().Lower() != ext) path.SetExt(ext);

    model::RenderedReport report;
    {
        wxBusyCursor busy;
        report = model::write_report(board, ref, options, S8(path.GetFullPath()));
    }
    wxString summary = wxString::Format(_("Saved \"%s\" as %s to\n%s"), U8(report.title),
                                        ReportFormatLabel(report.format), path.GetFullPath());
    if (options.publish) {
        int names = 0;
        for (const auto& r : report.redaction.replacements) names += r.count;
        summary << "\n\n"
                << wxString::Format(wxPLURAL("Published version: %d name was replaced by a pseudonym.",
                                             "Published version: %d names were replaced by pseudonyms.", names),
                                    names);
    }
    if (!report.warnings.empty()) {
        summary << "\n\n" << _("Please note:");
        for (const auto& w : report.warnings) summary << "\n\u2022 " << U8(w);
    }
    wxMessageBox(summary, _("Report exported"), wxOK | wxICON_INFORMATION, parent);
    return true;
}

void ShowReportRefusal(wxWindow* parent, const std::exception& error, bool publishing,
                       const std::function<void()>& open_redaction_report) {
    const auto* model_error = dynamic_cast<const model::Error*>(&error);
    const bool refused = publishing && model_error && model_error->kind() == model::ErrorKind::BadInput;
    if (!refused || !open_redaction_report) {
        wxMessageBox(U8(error.what()), refused ? _("Publication refused") : _("Could not produce the report"),
                     wxOK | wxICON_WARNING, parent);
        return;
    }
    wxMessageDialog ask(parent,
                        U8(error.what()) + "\n\n" + _("The redaction report lists every text the published version could not be sure about, and lets you resolve each one."),
                        _("Publication refused"), wxYES_NO | wxICON_WARNING);
    ask.SetYesNoLabels(_("Open the &redaction report"), _("Close"));
    if (ask.ShowModal() == wxID_YES) open_redaction_report();
}

}  // namespace gui
