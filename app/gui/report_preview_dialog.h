// SPDX-License-Identifier: MIT
// The report preview: choose a template, see the review's report as it will read (the HTML rendering
// in a wxHtmlWindow), tick "Published (redacted)" to see what the public would read — or why it
// cannot be published — then export it as DOCX, ODT, HTML or XML.
#pragma once
#include "model/core/date.h"
#include "model/reports/report.h"

#include <wx/dialog.h>

#include <string>
#include <vector>

class wxCheckBox;
class wxChoice;
class wxHtmlWindow;
class wxStaticText;

namespace model {
class Board;
}

namespace gui {

class ReportPreviewDialog : public wxDialog {
public:
    /// Lists the templates and renders `template_name` (empty: the first per-review template).
    /// Works shown modal or modeless (it destroys itself when closed modeless).
    /// @throws model::Error (NotFound) when there is no template folder or `ref` is unknown;
    ///         (BadInput) for an unknown `template_name`.
    ReportPreviewDialog(wxWindow* parent, model::Board& board, const std::string& ref, model::Date as_of,
                        const std::string& template_name = {}, bool publish = false);

private:
    model::ReportOptions Options(model::ReportFormat format) const;
    void Render();
    void Export();
    void OpenRedactionReport();
    void CloseDialog();

    model::Board& m_board;
    std::string m_ref;
    model::Date m_as_of;
    std::vector<model::ReportTemplateInfo> m_templates;
    wxChoice* m_template = nullptr;
    wxChoice* m_format = nullptr;
    wxCheckBox* m_publish = nullptr;
    wxHtmlWindow* m_html = nullptr;
    wxStaticText* m_status = nullptr;
};

}  // namespace gui
