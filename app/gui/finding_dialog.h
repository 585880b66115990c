// SPDX-License-Identifier: MIT
// Record a finding: systemic ("why") or good practice, a theme from the controlled list, the text,
// and the chronology entries that evidence it, picked from the review's chronology (a filter box
// narrows the list; ticks survive filtering).
// The same dialog corrects a saved finding: its values filled in, saving through
// Learning::update_finding (every change audited with the earlier value).
#pragma once
#include "command_dialog.h"

#include "model/chronology/chronology_entry.h"
#include "model/learning/finding.h"

#include <cstdint>
#include <set>
#include <string>
#include <vector>

class wxCheckListBox;
class wxChoice;
class wxSearchCtrl;
class wxStaticText;

namespace model {
class Board;
}

namespace gui {

class FindingDialog : public CommandDialog {
public:
    FindingDialog(wxWindow* parent, model::Board& board, const std::string& ref, model::Date today);
    /// Corrects `finding`: "Edit finding F3", its values filled in.
    FindingDialog(wxWindow* parent, model::Board& board, const model::Finding& finding);
    std::int64_t NewId() const { return m_new_id; }

private:
    void Build(model::Date recorded, const wxString& ok_label, const model::Finding* editing = nullptr);
    void Fill(const model::Finding& finding);
    void Apply() override;
    void FillEntries();
    void UpdateCount();

    model::Board& m_board;
    std::string m_ref;
    std::vector<model::ChronologyEntry> m_entries;
    std::vector<size_t> m_shown;      // indexes into m_entries, as listed
    std::set<std::int64_t> m_checked; // entry ids ticked, shown or not
    std::vector<std::string> m_themes;
    std::int64_t m_new_id = 0;
    std::int64_t m_edit_id = 0;  // the finding being corrected, or 0 when adding

    wxChoice* m_kind = nullptr;
    wxChoice* m_theme = nullptr;
    wxTextCtrl* m_text = nullptr;
    wxDatePickerCtrl* m_recorded = nullptr;
    wxSearchCtrl* m_filter = nullptr;
    wxCheckListBox* m_list = nullptr;
    wxStaticText* m_count = nullptr;
};

}  // namespace gui
