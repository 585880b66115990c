// SPDX-License-Identifier: MIT
// Export a report without previewing it: template, format and "published (redacted)", then where to
// save. A refused publication keeps the dialog open and offers the redaction report.
#pragma once
#include "model/core/date.h"
#include "model/reports/report.h"

#include <wx/dialog.h>

#include <functional>
#include <string>
#include <vector>

class wxCheckBox;
class wxChoice;
class wxRadioBox;

namespace model {
class Board;
}

namespace gui {

class ReportExportDialog : public wxDialog {
public:
    /// `open_redaction_report` is offered when a publication is refused.
    /// @throws model::Error (NotFound) when there is no template folder.
    ReportExportDialog(wxWindow* parent, const model::Board& board, const std::string& ref, model::Date as_of,
                       std::function<void()> open_redaction_report);

private:
    void Export();

    const model::Board& m_board;
    std::string m_ref;
    model::Date m_as_of;
    std::function<void()> m_open_redaction_report;
    std::vector<model::ReportTemplateInfo> m_templates;
    wxChoice* m_template = nullptr;
    wxRadioBox* m_format = nullptr;
    wxCheckBox* m_publish = nullptr;
};

}  // namespace gui
