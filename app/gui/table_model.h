// SPDX-License-Identifier: MIT
// A read-only table of text for wxDataViewCtrl: rows of words, each row optionally styled with a
// status colour. Every table in the app (register, alerts, clocks, holds, people, …) uses it, so
// they all look and behave alike: columns share the width they are given and long text wraps onto
// more lines instead of being cut off or pushed out of sight.
#pragma once
#include <wx/dataview.h>

#include <optional>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

namespace gui {

struct TableRow {
    std::vector<wxString> cells;
    std::optional<wxColour> background;  ///< pale status colour, if any
    std::optional<wxColour> text;        ///< dark text to go with it
    std::string key;                     ///< what the row stands for, e.g. a review ref
    bool whole_row = false;              ///< colour every cell, not only the styled columns
};

class TableModel : public wxDataViewVirtualListModel {
public:
    /// `styled_columns`: the columns that take a row's colours; empty means the whole row.
    /// `bold_columns`: columns drawn bold (a status, say).
    explicit TableModel(std::set<unsigned> styled_columns = {}, std::set<unsigned> bold_columns = {});

    void SetRows(std::vector<TableRow> rows);
    const TableRow* Row(unsigned index) const;
    unsigned RowCount() const { return static_cast<unsigned>(m_rows.size()); }
    bool IsBold(unsigned column) const { return m_bold.count(column) > 0; }

    void GetValueByRow(wxVariant& variant, unsigned row, unsigned col) const override;
    bool SetValueByRow(const wxVariant&, unsigned, unsigned) override { return false; }
    bool GetAttrByRow(unsigned row, unsigned col, wxDataViewItemAttr& attr) const override;

private:
    std::vector<TableRow> m_rows;
    std::set<unsigned> m_styled;
    std::set<unsigned> m_bold;
};

/// A wxDataViewCtrl showing a TableModel. Each column either takes its content's natural width or
/// wraps its text into a share of the width left over.
class TableView : public wxDataViewCtrl {
public:
    TableView(wxWindow* parent, wxObjectDataPtr<TableModel> model);

    /// `wrap_weight` 0: the column is as wide as its widest cell. Otherwise the column wraps and
    /// gets this share of the spare width, never less than `min_chars` average characters.
    void AddColumn(const wxString& title, int wrap_weight = 0, int min_chars = 6);
    /// The key of the selected row, or empty.
    std::string SelectedKey() const;
    /// The key of the row behind an activation event.
    std::string KeyOf(const wxDataViewItem& item) const;
    /// Reselects the row with `key`, if it is still there.
    void SelectKey(const std::string& key);
    /// Replaces the rows, keeping the selection when the same key is still present.
    void SetRows(std::vector<TableRow> rows);

private:
    struct ColumnSpec {
        wxString title;
        int wrap_weight;
        int min_chars;
    };
    /// Sizes the columns to the current width and wraps the rows into the model.
    /// @return false when the view has no width yet.
    bool FitColumns();
    std::vector<int> ColumnWidths(int available) const;
    int TextWidth(const wxString& text, bool bold) const;
    wxString WrapText(const wxString& text, int width, bool bold) const;

    wxObjectDataPtr<TableModel> m_model;
    std::vector<ColumnSpec> m_specs;
    std::vector<TableRow> m_rows;  // as given, unwrapped
    int m_fitted_width = -1;
    mutable std::unordered_map<wxUniChar::value_type, int> m_char_width[2];  // normal, bold
};

}  // namespace gui
