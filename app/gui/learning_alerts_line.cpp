// SPDX-License-Identifier: MIT
// The chair's dashboard's line of learning alerts: clocks say whether reviews are on time, this says
// whether their learning is being acted on. Kept out of dashboard_panel.cpp, which is about clocks.
#include "dashboard_panel.h"

#include "format.h"
#include "learning_format.h"

#include <wx/hyperlink.h>
#include <wx/sizer.h>

namespace gui {

wxWindow* DashboardPanel::MakeLearningLine() {
    auto* line = new wxPanel(this);
    m_learning_text = new wxStaticText(line, wxID_ANY, wxString());
    m_learning_text->SetFont(GetFont().Bold());
    auto* link = new wxHyperlinkCtrl(line, wxID_ANY, _("Open board assurance (F9)"), wxString(), wxDefaultPosition,
                                     wxDefaultSize, wxHL_ALIGN_LEFT | wxNO_BORDER);
    link->Bind(wxEVT_HYPERLINK, [this](wxHyperlinkEvent&) { if (m_open_assurance) m_open_assurance(); });
    auto* sizer = new wxBoxSizer(wxHORIZONTAL);
    sizer->Add(m_learning_text, wxSizerFlags().CentreVertical().Border(wxALL, FromDIP(8)));
    sizer->AddStretchSpacer();
    sizer->Add(link, wxSizerFlags().CentreVertical().Border(wxALL, FromDIP(8)));
    line->SetSizer(sizer);
    return line;
}

void DashboardPanel::ShowLearningAlerts(const std::vector<model::LearningAlert>& alerts) {
    int overdue = 0, unchecked = 0, without = 0;
    for (const model::LearningAlert& alert : alerts) {
        if (alert.kind == "action-overdue") ++overdue;
        else if (alert.kind == "effect-not-checked") ++unchecked;
        else if (alert.kind == "recommendation-without-action") ++without;
    }
    wxString text = _("Learning: ");
    if (alerts.empty()) {
        text += _("nothing needs attention (no action past due or unchecked, no recommendation without an action)");
    } else {
        text += wxString::Format(wxPLURAL("%d action past due", "%d actions past due", overdue), overdue) + ", " +
                wxString::Format(wxPLURAL("%d implemented but never checked for effect",
                                          "%d implemented but never checked for effect", unchecked),
                                 unchecked) +
                ", " +
                wxString::Format(wxPLURAL("%d recommendation without an action", "%d recommendations without an action",
                                          without),
                                 without);
    }
    const RagColours colours = ColoursFor(overdue > 0 ? model::Rag::Red : alerts.empty() ? model::Rag::Green : model::Rag::Amber);
    m_learning->SetBackgroundColour(colours.background);
    m_learning_text->SetForegroundColour(colours.text);
    m_learning_text->SetLabel(text);
    m_learning->Refresh();
    Layout();
}

}  // namespace gui
