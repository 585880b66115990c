// SPDX-License-Identifier: MIT
// The recommendation editor beside the Learning page's lists, with the live quality guard: as the
// reviewer types, a short timer (150 ms after the last change) asks the model to check the draft and
// a strip above the form lists every warning (stock phrase, vague, similar to an earlier review's
// recommendation, no addressee, no finding). Saving goes through the model; a refusal is shown and
// the draft kept, so nothing typed is ever lost.
#pragma once
#include "model/core/date.h"
#include "model/learning/learning.h"

#include <wx/datetime.h>
#include <wx/panel.h>
#include <wx/timer.h>

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

class wxButton;
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
    /// Loads a saved recommendation of the shown review for correcting: the form holds its values,
    /// Save reads "Save changes" and corrects it through the model, and Cancel edit goes back to the
    /// new recommendation that was being drafted (kept aside meanwhile, so nothing typed is lost).
    void EditRecommendation(const model::Recommendation& recommendation);
    /// The recommendation being corrected, or 0 when drafting a new one.
    std::int64_t EditingId() const { return m_editing.id; }
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
    /// The form's values, to put a new draft aside while a saved recommendation is corrected.
    struct FormState {
        wxString text, addressee;
        int type = 0;
        wxDateTime made;
        std::vector<std::int64_t> findings;
    };
    FormState Capture() const;
    void Restore(const FormState& state);
    /// Back to drafting a new recommendation, with the draft put aside.
    void LeaveEdit();
    /// The heading, the buttons' labels and the date's state for drafting or correcting.
    void ShowMode();
    wxString NotSavedTitle() const;
    void FitStrip();

    model::Board* m_board = nullptr;
    std::string m_ref;
    std::vector<model::Finding> m_findings;
    std::vector<model::QualityWarning> m_warnings;
    wxTimer m_timer;
    bool m_filling = false;
    struct Editing {
        std::int64_t id = 0;  // 0: drafting a new recommendation
        int number = 0;
        FormState draft;      // the new recommendation put aside
    } m_editing;

    wxStaticText* m_heading = nullptr;
    wxPanel* m_strip = nullptr;
    wxStaticText* m_strip_title = nullptr;
    WrappedText* m_strip_text = nullptr;
    wxTextCtrl* m_text = nullptr;
    wxComboBox* m_addressee = nullptr;
    wxChoice* m_type = nullptr;
    wxCheckListBox* m_finding_list = nullptr;
    wxDatePickerCtrl* m_made = nullptr;
    wxButton* m_save = nullptr;
    wxButton* m_clear = nullptr;
    wxStaticText* m_saved = nullptr;
};

}  // namespace gui
