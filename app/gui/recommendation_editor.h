// SPDX-License-Identifier: MIT
// The recommendation editor beside the Learning page's lists, with the live quality guard: as the
// reviewer types, a short timer (150 ms after the last change) asks the model to check the draft and
// a strip above the form lists every warning (stock phrase, vague, similar to an earlier review's
// recommendation, no addressee, no finding). Saving goes through the model; a refusal is shown and
// the draft kept, so nothing typed is ever lost.
#pragma once
#include "model/core/date.h"
#include "model/learning/learning.h"

#include <wx/panel.h>
#include <wx/timer.h>

#include <functional>
#include <string>
#include <vector>

class wxCheckListBox;
class wxChoice;
class wxComboBox;
class wxDatePickerCtrl;
class wxStaticText;
class wxTextCtrl;

namespace model {
class Board;
}

namespace gui {

class WrappedText;

class RecommendationEditor : public wxPanel {
public:
    explicit RecommendationEditor(wxWindow* parent);

    /// Drafts for `ref` with its findings and the agencies it knows. The same review keeps the
    /// draft (a refresh after a save elsewhere must not wipe what is being typed); another review
    /// starts a fresh draft.
    void SetReview(model::Board* board, const std::string& ref, const std::vector<model::Finding>& findings,
                   const std::vector<std::string>& agencies);
    /// Replaces the draft's text (a launch option opens the editor on a draft) and checks it at once.
    void SetDraftText(const wxString& text);
    /// The warnings shown now (after the last check).
    const std::vector<model::QualityWarning>& Warnings() const { return m_warnings; }
    void FocusText();

private:
    model::NewRecommendation Draft() const;
    void ScheduleCheck();
    void Check();
    void ShowWarnings(const std::vector<model::QualityWarning>& warnings, const wxString& problem = wxString());
    void Save();
    void Clear();
    void FitStrip();

    model::Board* m_board = nullptr;
    std::string m_ref;
    std::vector<model::Finding> m_findings;
    std::vector<model::QualityWarning> m_warnings;
    wxTimer m_timer;
    bool m_filling = false;

    wxStaticText* m_heading = nullptr;
    wxPanel* m_strip = nullptr;
    wxStaticText* m_strip_title = nullptr;
    WrappedText* m_strip_text = nullptr;
    wxTextCtrl* m_text = nullptr;
    wxComboBox* m_addressee = nullptr;
    wxChoice* m_type = nullptr;
    wxCheckListBox* m_finding_list = nullptr;
    wxDatePickerCtrl* m_made = nullptr;
    wxStaticText* m_saved = nullptr;
};

}  // namespace gui
