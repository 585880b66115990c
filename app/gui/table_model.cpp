// SPDX-License-Identifier: MIT
#include "table_model.h"

#include <wx/settings.h>

#include <algorithm>
#include <numeric>

namespace gui {

TableModel::TableModel(std::set<unsigned> styled_columns, std::set<unsigned> bold_columns)
    : wxDataViewVirtualListModel(0), m_styled(std::move(styled_columns)), m_bold(std::move(bold_columns)) {}

void TableModel::SetRows(std::vector<TableRow> rows) {
    m_rows = std::move(rows);
    Reset(RowCount());
}

const TableRow* TableModel::Row(unsigned index) const {
    return index < m_rows.size() ? &m_rows[index] : nullptr;
}

void TableModel::GetValueByRow(wxVariant& variant, unsigned row, unsigned col) const {
    const TableRow* r = Row(row);
    variant = (r && col < r->cells.size()) ? r->cells[col] : wxString();
}

bool TableModel::GetAttrByRow(unsigned row, unsigned col, wxDataViewItemAttr& attr) const {
    const TableRow* r = Row(row);
    if (!r) return false;
    bool changed = false;
    if (r->whole_row || m_styled.empty() || m_styled.count(col)) {
        if (r->background) { attr.SetBackgroundColour(*r->background); changed = true; }
        if (r->text) { attr.SetColour(*r->text); changed = true; }
    }
    if (m_bold.count(col)) { attr.SetBold(true); changed = true; }
    return changed;
}

TableView::TableView(wxWindow* parent, wxObjectDataPtr<TableModel> model)
    : wxDataViewCtrl(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                     wxDV_SINGLE | wxDV_ROW_LINES | wxDV_VARIABLE_LINE_HEIGHT),
      m_model(std::move(model)) {
    AssociateModel(m_model.get());
    Bind(wxEVT_SIZE, [this](wxSizeEvent& event) {
        event.Skip();
        if (GetClientSize().x != m_fitted_width) CallAfter([this] { FitColumns(); });
    });
}

void TableView::AddColumn(const wxString& title, int wrap_weight, int min_chars) {
    const unsigned index = GetColumnCount();
    AppendTextColumn(title, index, wxDATAVIEW_CELL_INERT, GetCharWidth() * std::max(min_chars, 4), wxALIGN_LEFT,
                     wxDATAVIEW_COL_RESIZABLE);
    m_specs.push_back({title, wrap_weight, min_chars});
}

int TableView::TextWidth(const wxString& text, bool bold) const {
    // Per-character widths, measured once: fast enough to fit a thousand rows at startup.
    auto& cache = m_char_width[bold ? 1 : 0];
    int line = 0, widest = 0;
    for (wxUniChar ch : text) {
        if (ch == '\n') { widest = std::max(widest, line); line = 0; continue; }
        auto it = cache.find(ch.GetValue());
        if (it == cache.end()) {
            const wxFont font = bold ? GetFont().Bold() : GetFont();
            int w = 0, h = 0;
            GetTextExtent(wxString(ch), &w, &h, nullptr, nullptr, &font);
            it = cache.emplace(ch.GetValue(), w).first;
        }
        line += it->second;
    }
    return std::max(widest, line) * 51 / 50;  // a little slack for kerning and rounding
}

wxString TableView::WrapText(const wxString& text, int width, bool bold) const {
    if (TextWidth(text, bold) <= width) return text;
    wxString out, line;
    for (const wxString& word : wxSplit(text, ' ', '\0')) {
        const wxString candidate = line.empty() ? word : line + ' ' + word;
        if (!line.empty() && TextWidth(candidate, bold) > width) {
            out << line << '\n';
            line = word;
        } else {
            line = candidate;
        }
    }
    return out + line;
}

std::vector<int> TableView::ColumnWidths(int available) const {
    const int pad = GetCharWidth() + 6;
    const size_t n = m_specs.size();
    std::vector<int> natural(n, 0), widths(n, 0);
    for (size_t c = 0; c < n; ++c) {
        natural[c] = TextWidth(m_specs[c].title, true) + pad;
        const bool bold = m_model->IsBold(static_cast<unsigned>(c));
        for (const TableRow& row : m_rows)
            if (c < row.cells.size()) natural[c] = std::max(natural[c], TextWidth(row.cells[c], bold) + pad);
    }
    // Natural columns first; wrapping columns share what is left, by weight, none wider than its
    // content needs (what one does not need goes to the others).
    std::vector<size_t> wrapping;
    for (size_t c = 0; c < n; ++c) {
        if (m_specs[c].wrap_weight > 0) wrapping.push_back(c);
        else { widths[c] = natural[c]; available -= natural[c]; }
    }
    while (!wrapping.empty()) {
        int weights = 0;
        for (size_t c : wrapping) weights += m_specs[c].wrap_weight;
        bool settled = false;
        for (auto it = wrapping.begin(); it != wrapping.end(); ++it) {
            const int share = std::max(0, available) * m_specs[*it].wrap_weight / weights;
            if (natural[*it] <= share) {
                widths[*it] = natural[*it];
                available -= natural[*it];
                wrapping.erase(it);
                settled = true;
                break;
            }
        }
        if (settled) continue;
        // A column never narrower than its title or its minimum; what that costs comes out of the
        // columns with room to spare, widest first, so the last column's title is not cut off.
        auto least = [&](size_t c) {
            return std::max(GetCharWidth() * m_specs[c].min_chars, TextWidth(m_specs[c].title, true)) + pad;
        };
        int over = 0;
        for (size_t c : wrapping) {
            const int share = std::max(0, available) * m_specs[c].wrap_weight / weights;
            widths[c] = std::max(share, least(c));
            over += widths[c] - share;
        }
        std::sort(wrapping.begin(), wrapping.end(), [&](size_t a, size_t b) { return widths[a] > widths[b]; });
        for (size_t c : wrapping) {
            const int give = std::min(over, widths[c] - least(c));
            widths[c] -= give;
            over -= give;
        }
        break;
    }
    return widths;
}

bool TableView::FitColumns() {
    const int width = GetClientSize().x;
    if (width <= 0 || m_specs.empty()) return false;
    m_fitted_width = width;
    const int scrollbar = wxSystemSettings::GetMetric(wxSYS_VSCROLL_X, this);
    const std::vector<int> widths = ColumnWidths(width - std::max(scrollbar, 12) - 4);
    const int pad = GetCharWidth() + 6;
    std::vector<TableRow> wrapped = m_rows;
    for (size_t c = 0; c < m_specs.size(); ++c) {
        GetColumn(static_cast<unsigned>(c))->SetWidth(widths[c]);
        if (m_specs[c].wrap_weight == 0) continue;
        const bool bold = m_model->IsBold(static_cast<unsigned>(c));
        for (TableRow& row : wrapped)
            if (c < row.cells.size()) row.cells[c] = WrapText(row.cells[c], widths[c] - pad, bold);
    }
    const std::string selected = SelectedKey();
    m_model->SetRows(std::move(wrapped));
    SelectKey(selected);
    return true;
}

std::string TableView::SelectedKey() const {
    const wxDataViewItem item = GetSelection();
    return item.IsOk() ? KeyOf(item) : std::string();
}

std::string TableView::KeyOf(const wxDataViewItem& item) const {
    const TableRow* row = m_model->Row(m_model->GetRow(item));
    return row ? row->key : std::string();
}

void TableView::SelectKey(const std::string& key) {
    if (key.empty()) return;
    for (unsigned i = 0; i < m_model->RowCount(); ++i) {
        if (m_model->Row(i)->key == key) {
            const wxDataViewItem item = m_model->GetItem(i);
            Select(item);
            EnsureVisible(item);
            return;
        }
    }
}

void TableView::SetRows(std::vector<TableRow> rows) {
    m_rows = std::move(rows);
    if (!FitColumns()) m_model->SetRows(m_rows);  // not sized yet: fitted on the first size event
}

}  // namespace gui
