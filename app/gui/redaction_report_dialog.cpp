// SPDX-License-Identifier: MIT
#include "redaction_report_dialog.h"

#include "format.h"
#include "redaction_decision_dialog.h"
#include "report_format.h"

#include "model/register/board.h"

#include <wx/button.h>
#include <wx/listctrl.h>
#include <wx/msgdlg.h>
#include <wx/notebook.h>
#include <wx/panel.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>
#include <wx/utils.h>

namespace gui {
namespace {

wxListCtrl* NewList(wxWindow* parent, const std::vector<std::pair<wxString, int>>& columns) {
    auto* list = new wxListCtrl(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxLC_REPORT | wxLC_SINGLE_SEL);
    const int ch = parent->GetCharWidth();
    for (const auto& [title, chars] : columns) list->AppendColumn(title, wxLIST_FORMAT_LEFT, ch * chars);
    list->SetMinSize(wxSize(ch * 126, parent->GetCharHeight() * 12));
    return list;
}

}  // namespace

RedactionReportDialog::RedactionReportDialog(wxWindow* parent, model::Board& board, const std::string& ref)
    : wxDialog(parent, wxID_ANY, wxString::Format(_("Redaction report%s%s"), kDash, U8(ref)), wxDefaultPosition,
               wxDefaultSize, wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER),
      m_board(board), m_ref(ref) {
    const int gap = FromDIP(10);

    m_banner = new wxPanel(this);
    m_verdict = new wxStaticText(m_banner, wxID_ANY, wxString());
    m_verdict->SetFont(GetFont().Bold().Scaled(1.4f));
    m_verdict_detail = new wxStaticText(m_banner, wxID_ANY, wxString());
    auto* banner_sizer = new wxBoxSizer(wxVERTICAL);
    banner_sizer->Add(m_verdict, wxSizerFlags().Border(wxLEFT | wxRIGHT | wxTOP, gap));
    banner_sizer->Add(m_verdict_detail, wxSizerFlags().Expand().Border(wxALL, gap));
    m_banner->SetSizer(banner_sizer);

    m_book = new wxNotebook(this, wxID_ANY);
    auto* problems_page = new wxPanel(m_book);
    m_problems = NewList(problems_page, {{_("Where"), 24}, {_("Text"), 44}, {_("Why it cannot be published"), 56}});
    m_problem_detail = new wxTextCtrl(problems_page, wxID_ANY, wxString(), wxDefaultPosition,
                                      wxSize(-1, GetCharHeight() * 4), wxTE_MULTILINE | wxTE_READONLY | wxTE_WORDWRAP);
    m_resolve = new wxButton(problems_page, wxID_ANY, _("&Resolve..."));
    m_resolve->SetToolTip(_("Record that this text is safe as it is, or what replaces it (also: double-click)"));
    auto* problem_buttons = new wxBoxSizer(wxHORIZONTAL);
    problem_buttons->Add(m_resolve);
    auto* problems_sizer = new wxBoxSizer(wxVERTICAL);
    problems_sizer->Add(m_problems, wxSizerFlags(1).Expand().Border(wxALL, gap / 2));
    problems_sizer->Add(m_problem_detail, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT, gap / 2));
    problems_sizer->Add(problem_buttons, wxSizerFlags().Border(wxALL, gap / 2));
    problems_page->SetSizer(problems_sizer);

    auto* replacements_page = new wxPanel(m_book);
    m_replacements = NewList(replacements_page,
                             {{_("Where"), 24}, {_("Found"), 30}, {_("Shown as"), 30}, {_("Times"), 8}});
    auto* replacements_sizer = new wxBoxSizer(wxVERTICAL);
    replacements_sizer->Add(m_replacements, wxSizerFlags(1).Expand().Border(wxALL, gap / 2));
    replacements_page->SetSizer(replacements_sizer);

    auto* decisions_page = new wxPanel(m_book);
    m_decisions = NewList(decisions_page, {{_("Text"), 16}, {_("Where"), 18}, {_("Decision"), 22},
                                           {_("Reason"), 34}, {_("Decided by"), 14}});
    auto* decisions_sizer = new wxBoxSizer(wxVERTICAL);
    decisions_sizer->Add(m_decisions, wxSizerFlags(1).Expand().Border(wxALL, gap / 2));
    decisions_page->SetSizer(decisions_sizer);

    m_book->AddPage(problems_page, _("Problems"));
    m_book->AddPage(replacements_page, _("Names replaced"));
    m_book->AddPage(decisions_page, _("Decisions"));

    auto* again = new wxButton(this, wxID_ANY, _("Check &again"));
    auto* close = new wxButton(this, wxID_CLOSE, _("Close"));
    SetEscapeId(wxID_CLOSE);
    auto* buttons = new wxBoxSizer(wxHORIZONTAL);
    buttons->Add(again);
    buttons->AddStretchSpacer();
    buttons->Add(close);

    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(m_banner, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT | wxTOP, gap));
    sizer->Add(m_book, wxSizerFlags(1).Expand().Border(wxALL, gap));
    sizer->Add(buttons, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT | wxBOTTOM, gap));
    SetSizer(sizer);

    m_problems->Bind(wxEVT_LIST_ITEM_SELECTED, [this](wxListEvent&) { ShowSelectedProblem(); });
    m_problems->Bind(wxEVT_LIST_ITEM_ACTIVATED, [this](wxListEvent&) { ResolveSelected(); });
    m_resolve->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { ResolveSelected(); });
    again->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
        try {
            Check();
        } catch (const std::exception& e) {
            wxMessageBox(U8(e.what()), GetTitle(), wxOK | wxICON_WARNING, this);
        }
    });
    close->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { CloseDialog(); });
    Bind(wxEVT_CLOSE_WINDOW, [this](wxCloseEvent&) { CloseDialog(); });

    Check();  // throws before the dialog shows
    Fit();
    SetMinSize(FromDIP(wxSize(640, 420)));
    CentreOnParent();
}

void RedactionReportDialog::CloseDialog() {
    if (IsModal()) EndModal(wxID_CLOSE);
    else Destroy();
}

void RedactionReportDialog::Check() {
    {
        wxBusyCursor busy;
        m_check = m_board.publications().check_redaction(m_ref);
    }
    ShowVerdict();
    FillProblems();
    FillReplacements();
    FillDecisions();
    // Open on what needs attention: the problems when there are any, else what was replaced.
    m_book->SetSelection(m_check.safe() ? 1 : 0);
    Layout();
}

void RedactionReportDialog::ShowVerdict() {
    const bool safe = m_check.safe();
    m_banner->SetBackgroundColour(VerdictBackground(safe));
    m_verdict->SetForegroundColour(VerdictText(safe));
    m_verdict_detail->SetForegroundColour(VerdictText(safe));
    m_verdict->SetLabel(RedactionVerdict(m_check.report.problems.size()));
    int names = 0;
    for (const auto& r : m_check.report.replacements) names += r.count;
    const wxString checked = wxString::Format(
        wxPLURAL("%zu text of %s checked as publication would check it", "%zu texts of %s checked as publication would check it",
                 static_cast<int>(std::min<std::size_t>(m_check.texts, 1000000))),
        m_check.texts, U8(m_ref));
    const wxString replaced =
        wxString::Format(wxPLURAL("%d name is shown by its pseudonym", "%d names are shown by their pseudonyms", names), names);
    wxString detail = checked + "; " + replaced + ".";
    if (!safe)
        detail << "\n"
               << _("Nothing can be published until each problem is resolved: change the text, or record a decision "
                    "with Resolve.");
    m_verdict_detail->SetLabel(detail);
    m_verdict_detail->Wrap(GetCharWidth() * 120);
    m_banner->Refresh();
}

void RedactionReportDialog::FillProblems() {
    m_problems->DeleteAllItems();
    long row = 0;
    for (const auto& p : m_check.report.problems) {
        m_problems->InsertItem(row, U8(p.where));
        m_problems->SetItem(row, 1, U8(p.excerpt));
        m_problems->SetItem(row, 2, U8(p.reason));
        ++row;
    }
    m_book->SetPageText(0, wxString::Format(_("Problems (%zu)"), m_check.report.problems.size()));
    m_resolve->Enable(row > 0);
    if (row > 0) {
        m_problems->SetItemState(0, wxLIST_STATE_SELECTED | wxLIST_STATE_FOCUSED,
                                 wxLIST_STATE_SELECTED | wxLIST_STATE_FOCUSED);
    } else {
        m_problem_detail->SetValue(_("No problems: every name in the review's texts is replaced by a pseudonym, "
                                     "and nothing looks like a name the redactor could not be sure about."));
    }
    ShowSelectedProblem();
}

void RedactionReportDialog::FillReplacements() {
    m_replacements->DeleteAllItems();
    long row = 0;
    for (const auto& r : m_check.report.replacements) {
        m_replacements->InsertItem(row, U8(r.where));
        m_replacements->SetItem(row, 1, U8(r.found));
        m_replacements->SetItem(row, 2, U8(r.pseudonym));
        m_replacements->SetItem(row, 3, wxString::Format("%d", r.count));
        ++row;
    }
    m_book->SetPageText(1, wxString::Format(_("Names replaced (%zu)"), m_check.report.replacements.size()));
}

void RedactionReportDialog::FillDecisions() {
    const auto decisions = m_board.publications().redaction_decisions(m_ref);
    m_decisions->DeleteAllItems();
    long row = 0;
    for (const auto& d : decisions) {
        m_decisions->InsertItem(row, U8(d.text));
        m_decisions->SetItem(row, 1, d.where.empty() ? _("everywhere") : U8(d.where));
        m_decisions->SetItem(row, 2, d.replacement.empty() ? _("safe as it is")
                                                           : wxString::Format(_("replace with \u201c%s\u201d"),
                                                                              U8(d.replacement)));
        m_decisions->SetItem(row, 3, U8(d.reason));
        m_decisions->SetItem(row, 4, U8(d.decided_by));
        ++row;
    }
    m_book->SetPageText(2, wxString::Format(_("Decisions (%zu)"), decisions.size()));
}

long RedactionReportDialog::SelectedProblem() const {
    const long row = m_problems->GetNextItem(-1, wxLIST_NEXT_ALL, wxLIST_STATE_SELECTED);
    return row >= 0 && row < static_cast<long>(m_check.report.problems.size()) ? row : -1;
}

void RedactionReportDialog::ShowSelectedProblem() {
    const long row = SelectedProblem();
    if (row < 0) return;
    const auto& p = m_check.report.problems[static_cast<size_t>(row)];
    m_problem_detail->SetValue(wxString::Format(_("%s: \u201c%s\u201d\n%s"), U8(p.where), U8(p.excerpt), U8(p.reason)));
}

void RedactionReportDialog::ResolveSelected() {
    const long row = SelectedProblem();
    if (row < 0) return;
    try {
        RedactionDecisionDialog dialog(this, m_board, m_ref, m_check.report.problems[static_cast<size_t>(row)]);
        if (dialog.ShowModal() != wxID_OK) return;
        Check();
    } catch (const std::exception& e) {
        wxMessageBox(U8(e.what()), GetTitle(), wxOK | wxICON_WARNING, this);
    }
}

}  // namespace gui
