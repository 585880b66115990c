// SPDX-License-Identifier: MIT
// The selected chronology entry in full (event, details, outcome, practitioner, the agency's document
// reference, where it came from and every extra column) above the reviewer's annotations:
// significance, "why did this happen?", human factors and the key practice episode. Save writes the
// changed annotations; the panel decides how (and shows any refusal).
#pragma once
#include "model/chronology/chronology_entry.h"

#include <wx/scrolwin.h>

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

class wxButton;
class wxChoice;
class wxComboBox;
class wxStaticText;
class wxTextCtrl;

namespace gui {

class WrappedText;

class ChronologyDetail : public wxScrolledWindow {
public:
    explicit ChronologyDetail(wxWindow* parent);

    /// Shows an entry, or a hint when there is none. Discards unsaved edits: save them first.
    void ShowEntry(const model::ChronologyEntry* entry);
    /// The key practice episodes offered (free text is allowed too).
    void SetEpisodes(const std::vector<std::string>& episodes);
    /// The entry shown, if any.
    std::optional<std::int64_t> EntryId() const { return m_id; }
    /// True when an annotation differs from what is saved.
    bool Dirty() const;
    /// The annotations that changed (unchanged fields left unset).
    model::Annotation Edits() const;
    /// Called by Save (button or Ctrl+S); returns true when the edits were saved.
    void SetOnSave(std::function<bool()> callback) { m_on_save = std::move(callback); }
    /// Called by "Undo merge" with the entries merged into the one shown.
    void SetOnUnmerge(std::function<void(const std::vector<std::int64_t>&)> callback) { m_on_unmerge = std::move(callback); }
    void FocusAnnotations();

private:
    void ShowRecord(const model::ChronologyEntry& entry);
    void FillSignificance(const std::string& current);
    std::string Significance() const;
    void UpdateState();
    void Save();

    std::optional<std::int64_t> m_id;
    model::ChronologyEntry m_saved;  // the annotations as stored
    std::vector<std::string> m_significance_values;  // one per choice item
    WrappedText* m_heading = nullptr;
    wxTextCtrl* m_record = nullptr;
    wxChoice* m_significance = nullptr;
    wxComboBox* m_episode = nullptr;
    wxTextCtrl* m_analysis = nullptr;
    wxTextCtrl* m_human = nullptr;
    wxButton* m_save = nullptr;
    wxButton* m_revert = nullptr;
    wxButton* m_unmerge = nullptr;  // shown for an entry that absorbed confirmed duplicates
    wxStaticText* m_state = nullptr;
    wxWindow* m_annotations = nullptr;
    std::function<bool()> m_on_save;
    std::function<void(const std::vector<std::int64_t>&)> m_on_unmerge;
};

}  // namespace gui
