// SPDX-License-Identifier: MIT
// The chronology as a virtual list: Date, Time, Agency (with its colour), Practitioner, Event (first
// line, or the search snippet with the matched words highlighted), Source and Significance. Rows are
// indices into the entries the panel loaded; text is read and made only for the rows on screen, so
// 50,000 entries cost no more to show than 50.
#pragma once
#include "chronology_format.h"

#include "model/chronology/chronology_entry.h"

#include <wx/dataview.h>

#include <functional>
#include <vector>

namespace gui {

class ChronologyListModel : public wxDataViewVirtualListModel {
public:
    enum Column : unsigned { kDate, kTime, kAgency, kPractitioner, kEvent, kSource, kSignificance, kColumns };

    ChronologyListModel();
    /// Every entry in order (`rows` empty and `all` true), or the given entry indices, each with a
    /// search snippet (markup) when searching.
    void Show(const std::vector<model::ChronologyEntry>* entries, const AgencyPalette* palette, bool all,
              std::vector<int> rows, std::vector<wxString> snippets);
    /// Called before a row's text (practitioner, event, source) is shown, with its entry index: the
    /// entries may be an outline whose text is read for the rows on screen.
    void SetTextReader(std::function<void(int entry)> reader) { m_read_text = std::move(reader); }
    unsigned RowCount() const;
    /// The entry index shown in a row, or -1.
    int EntryAt(unsigned row) const;
    /// The row showing an entry, or -1.
    int RowOf(int entry) const;

    void GetValueByRow(wxVariant& variant, unsigned row, unsigned col) const override;
    bool SetValueByRow(const wxVariant&, unsigned, unsigned) override { return false; }
    bool GetAttrByRow(unsigned row, unsigned col, wxDataViewItemAttr& attr) const override;

private:
    const std::vector<model::ChronologyEntry>* m_entries = nullptr;
    const AgencyPalette* m_palette = nullptr;
    bool m_all = true;
    std::vector<int> m_rows;
    std::vector<wxString> m_snippets;
    std::function<void(int)> m_read_text;
};

class ChronologyList : public wxDataViewCtrl {
public:
    explicit ChronologyList(wxWindow* parent);

    ChronologyListModel& Model() { return *m_model; }
    /// Sizes the columns for the agencies named, giving the event the rest of the width.
    void FitColumns(const std::vector<std::string>& agencies);
    /// The selected entry index, or -1.
    int SelectedEntry() const;
    /// Selects and scrolls to an entry; clears the selection when it is not listed.
    void SelectEntry(int entry);
    void SetOnSelect(std::function<void(int entry)> callback) { m_on_select = std::move(callback); }

private:
    void FitEventColumn();

    wxObjectDataPtr<ChronologyListModel> m_model;
    std::function<void(int)> m_on_select;
    int m_fixed_width = 0;  // all columns but the event
};

}  // namespace gui
