// SPDX-License-Identifier: MIT
// Likely duplicates across agencies, best first: the two entries side by side with their score.
// "Confirm merge" keeps the first and hides the second behind it (its source is kept); "Not a
// duplicate" stops the pair being suggested again. Each decision is saved at once.
#pragma once
#include "model/chronology/chronology_entry.h"

#include <wx/dialog.h>

#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

class wxButton;
class wxStaticText;
class wxTextCtrl;

namespace model {
class Board;
}

namespace gui {

class PairList;

class DuplicatesDialog : public wxDialog {
public:
    /// Finds the pairs. @throws model::Error.
    DuplicatesDialog(wxWindow* parent, model::Board& board, const std::string& ref);
    bool HasPairs() const { return !m_pairs.empty(); }

private:
    void ShowPair();
    void Decide(bool confirmed);
    void UpdateCount();
    const model::ChronologyEntry* Entry(std::int64_t id) const;

    model::Board& m_board;
    std::string m_ref;
    std::vector<model::DuplicatePair> m_pairs;
    std::unordered_map<std::int64_t, model::ChronologyEntry> m_entries;
    PairList* m_list = nullptr;
    wxStaticText* m_count = nullptr;
    wxStaticText* m_titles[2] = {nullptr, nullptr};
    wxTextCtrl* m_texts[2] = {nullptr, nullptr};
    wxButton* m_merge = nullptr;
    wxButton* m_apart = nullptr;
};

}  // namespace gui
