// SPDX-License-Identifier: MIT
// The redaction report before publishing: a verdict in plain words ("Safe to publish" or
// "Publication refused: 2 problems"), every problem with where it is and why, every name replaced by
// a pseudonym, and the decisions people have recorded. A problem can be resolved from here.
#pragma once
#include "model/reports/publications.h"

#include <wx/dialog.h>

#include <string>

class wxButton;
class wxListCtrl;
class wxNotebook;
class wxPanel;
class wxStaticText;
class wxTextCtrl;

namespace model {
class Board;
}

namespace gui {

class RedactionReportDialog : public wxDialog {
public:
    /// Runs the check. @throws model::Error (NotFound) for an unknown review.
    RedactionReportDialog(wxWindow* parent, model::Board& board, const std::string& ref);

    bool Safe() const { return m_check.safe(); }

private:
    void Check();
    void ShowVerdict();
    void FillProblems();
    void FillReplacements();
    void FillDecisions();
    void ShowSelectedProblem();
    void ResolveSelected();
    long SelectedProblem() const;
    void CloseDialog();

    model::Board& m_board;
    std::string m_ref;
    model::RedactionCheck m_check;
    wxPanel* m_banner = nullptr;
    wxStaticText* m_verdict = nullptr;
    wxStaticText* m_verdict_detail = nullptr;
    wxNotebook* m_book = nullptr;
    wxListCtrl* m_problems = nullptr;
    wxTextCtrl* m_problem_detail = nullptr;
    wxListCtrl* m_replacements = nullptr;
    wxListCtrl* m_decisions = nullptr;
    wxButton* m_resolve = nullptr;
};

}  // namespace gui
