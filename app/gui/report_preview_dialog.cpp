// SPDX-License-Identifier: MIT
#include "report_preview_dialog.h"

#include "format.h"
#include "redaction_report_dialog.h"
#include "report_export.h"
#include "report_format.h"
#include "report_preview_html.h"

#include "model/core/error.h"
#include "model/register/board.h"

#include <wx/button.h>
#include <wx/checkbox.h>
#include <wx/choice.h>
#include <wx/display.h>
#include <wx/html/htmlwin.h>
#include <wx/msgdlg.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/utils.h>

#include <algorithm>

namespace gui {

ReportPreviewDialog::ReportPreviewDialog(wxWindow* parent, model::Board& board, const std::string& ref,
                                         model::Date as_of, const std::string& template_name, bool publish)
    : wxDialog(parent, wxID_ANY, wxString::Format(_("Report preview%s%s"), kDash, U8(ref)), wxDefaultPosition,
               wxDefaultSize, wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER | wxMAXIMIZE_BOX),
      m_board(board), m_ref(ref), m_as_of(as_of) {
    m_board.get_review(ref);  // NotFound before anything shows
    m_templates = model::list_report_templates();
    int chosen = -1;
    for (size_t i = 0; i < m_templates.size(); ++i) {
        if (m_templates[i].name == template_name) chosen = static_cast<int>(i);
        if (template_name.empty() && chosen < 0 && !m_templates[i].board_wide) chosen = static_cast<int>(i);
    }
    if (chosen < 0) {
        std::string names;
        for (const auto& t : m_templates) names += (names.empty() ? "" : ", ") + t.name;
        throw model::bad_input("unknown report template '" + template_name + "' (expected one of: " + names + ")");
    }

    const int gap = FromDIP(10);
    m_template = new wxChoice(this, wxID_ANY);
    for (const auto& t : m_templates) {
        wxString label = t.title.empty() ? U8(t.name) : U8(t.title);
        if (t.board_wide) label += _(" (whole board)");
        if (t.overridden) label += _(" (board's own copy)");
        m_template->Append(label);
    }
    m_template->SetSelection(chosen);
    m_format = new wxChoice(this, wxID_ANY);
    for (int i = 0; i < ReportFormatCount(); ++i) m_format->Append(ReportFormatLabel(ReportFormatAt(i)));
    m_format->SetSelection(0);
    m_publish = new wxCheckBox(this, wxID_ANY, _("&Published (redacted)"));
    m_publish->SetValue(publish);
    m_publish->SetToolTip(_("Show people only by pseudonym, as the public would read it. If any text cannot be "
                            "made safe, nothing is produced and the preview says which text is the problem."));

    m_html = new wxHtmlWindow(this, wxID_ANY, wxDefaultPosition, FromDIP(wxSize(860, 600)), wxHW_SCROLLBAR_AUTO);
    m_html->SetBorders(FromDIP(16));
    // Ellipsized with the whole text as a tooltip, and narrow at its minimum: a long list of notes must
    // not widen the dialog.
    m_status = new wxStaticText(this, wxID_ANY, wxString(), wxDefaultPosition, FromDIP(wxSize(200, -1)),
                                wxST_ELLIPSIZE_END | wxST_NO_AUTORESIZE);

    auto* redaction = new wxButton(this, wxID_ANY, _("&Redaction report..."));
    redaction->SetToolTip(_("Check every text of the review as publication would, and resolve what is uncertain"));
    auto* save = new wxButton(this, wxID_SAVE, _("&Export..."));
    auto* close = new wxButton(this, wxID_CLOSE, _("Close"));
    SetEscapeId(wxID_CLOSE);

    auto* choices = new wxBoxSizer(wxHORIZONTAL);
    choices->Add(new wxStaticText(this, wxID_ANY, _("&Template:")), wxSizerFlags().CentreVertical().Border(wxRIGHT, gap / 2));
    choices->Add(m_template, wxSizerFlags().CentreVertical().Border(wxRIGHT, gap * 2));
    choices->Add(m_publish, wxSizerFlags().CentreVertical());
    choices->AddStretchSpacer();
    choices->Add(new wxStaticText(this, wxID_ANY, _("Export &as:")), wxSizerFlags().CentreVertical().Border(wxRIGHT, gap / 2));
    choices->Add(m_format, wxSizerFlags().CentreVertical());

    auto* buttons = new wxBoxSizer(wxHORIZONTAL);
    buttons->Add(redaction);
    buttons->AddStretchSpacer();
    buttons->Add(save, wxSizerFlags().Border(wxRIGHT, gap / 2));
    buttons->Add(close);

    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(choices, wxSizerFlags().Expand().Border(wxALL, gap));
    sizer->Add(m_html, wxSizerFlags(1).Expand().Border(wxLEFT | wxRIGHT, gap));
    sizer->Add(m_status, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT | wxTOP, gap));
    sizer->Add(buttons, wxSizerFlags().Expand().Border(wxALL, gap));
    SetSizerAndFit(sizer);
    SetMinSize(FromDIP(wxSize(640, 480)));
    // A page-like width, as tall as the screen allows.
    const int display = wxDisplay::GetFromWindow(parent ? parent : this);
    const wxRect screen = wxDisplay(display == wxNOT_FOUND ? 0u : static_cast<unsigned>(display)).GetClientArea();
    SetSize(wxSize(std::min(FromDIP(980), screen.width - FromDIP(40)), std::min(FromDIP(820), screen.height - FromDIP(40))));

    m_template->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) { Render(); });
    m_publish->Bind(wxEVT_CHECKBOX, [this](wxCommandEvent&) { Render(); });
    redaction->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { OpenRedactionReport(); });
    save->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { Export(); });
    close->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { CloseDialog(); });
    Bind(wxEVT_CLOSE_WINDOW, [this](wxCloseEvent&) { CloseDialog(); });
    // Links in a report (a web address in the text) open in the browser, never inside the preview.
    m_html->Bind(wxEVT_HTML_LINK_CLICKED, [](wxHtmlLinkEvent& e) { wxLaunchDefaultBrowser(e.GetLinkInfo().GetHref()); });

    Render();
    CentreOnParent();
}

model::ReportOptions ReportPreviewDialog::Options(model::ReportFormat format) const {
    model::ReportOptions options;
    options.template_name = m_templates[static_cast<size_t>(std::max(0, m_template->GetSelection()))].name;
    options.format = format;
    options.publish = m_publish->GetValue();
    options.as_of = m_as_of;
    if (options.publish) options.decisions = DecisionsFor(m_board, m_ref);
    return options;
}

void ReportPreviewDialog::Render() {
    const model::ReportOptions options = Options(model::ReportFormat::Html);
    try {
        model::RenderedReport report;
        {
            wxBusyCursor busy;
            report = model::render_report(m_board, m_ref, options);
            m_html->SetPage(AdaptReportHtmlForPreview(report.bytes));
        }
        wxString status;
        if (options.publish) {
            int names = 0;
            for (const auto& r : report.redaction.replacements) names += r.count;
            status = wxString::Format(wxPLURAL("Published version: %d name replaced by a pseudonym.",
                                               "Published version: %d names replaced by pseudonyms.", names),
                                      names);
        } else {
            status = _("Draft: people are shown by name. Tick \"Published (redacted)\" to see the public version.");
        }
        if (!report.warnings.empty()) {
            wxString notes;
            for (const auto& w : report.warnings) notes << (notes.empty() ? "" : "; ") << U8(w);
            status << "  " << _("Note:") << " " << notes;
            m_status->SetToolTip(notes);
        } else {
            m_status->UnsetToolTip();
        }
        m_status->SetLabel(status);
    } catch (const std::exception& e) {
        const bool refused = options.publish && dynamic_cast<const model::Error*>(&e) &&
                             static_cast<const model::Error&>(e).kind() == model::ErrorKind::BadInput;
        m_html->SetPage(refused ? PreviewMessagePage(_("Publication refused: nothing would be written"), U8(e.what()),
                                                     _("Open the redaction report to see every text the published "
                                                       "version could not be sure about, and resolve each one."))
                                : PreviewMessagePage(_("This report cannot be produced"), U8(e.what()),
                                                     _("Choose another template, or correct the template file.")));
        m_status->SetLabel(refused ? _("Publication refused.") : _("No preview."));
        m_status->SetToolTip(U8(e.what()));
    }
}

void ReportPreviewDialog::Export() {
    const model::ReportOptions options = Options(ReportFormatAt(m_format->GetSelection()));
    try {
        ExportReportWithDialog(this, m_board, m_ref, options);
    } catch (const std::exception& e) {
        ShowReportRefusal(this, e, options.publish, [this] { OpenRedactionReport(); });
    }
}

void ReportPreviewDialog::OpenRedactionReport() {
    try {
        RedactionReportDialog dialog(this, m_board, m_ref);
        dialog.ShowModal();
        if (m_publish->GetValue()) Render();  // decisions recorded there change the published version
    } catch (const std::exception& e) {
        wxMessageBox(U8(e.what()), _("Redaction report"), wxOK | wxICON_WARNING, this);
    }
}

void ReportPreviewDialog::CloseDialog() {
    if (IsModal()) EndModal(wxID_CLOSE);
    else Destroy();
}

}  // namespace gui
