// SPDX-License-Identifier: MIT
#include "chronology_list.h"

#include "format.h"

#include <wx/settings.h>

#include <algorithm>

namespace gui {

ChronologyListModel::ChronologyListModel() : wxDataViewVirtualListModel(0) {}

void ChronologyListModel::Show(const std::vector<model::ChronologyEntry>* entries, const AgencyPalette* palette,
                               bool all, std::vector<int> rows, std::vector<wxString> snippets) {
    m_entries = entries;
    m_palette = palette;
    m_all = all;
    m_rows = std::move(rows);
    m_snippets = std::move(snippets);
    Reset(RowCount());
}

unsigned ChronologyListModel::RowCount() const {
    if (!m_entries) return 0;
    return static_cast<unsigned>(m_all ? m_entries->size() : m_rows.size());
}

int ChronologyListModel::EntryAt(unsigned row) const {
    if (row >= RowCount()) return -1;
    return m_all ? static_cast<int>(row) : m_rows[row];
}

int ChronologyListModel::RowOf(int entry) const {
    if (entry < 0 || !m_entries) return -1;
    if (m_all) return entry < static_cast<int>(m_entries->size()) ? entry : -1;
    const auto it = std::find(m_rows.begin(), m_rows.end(), entry);
    return it == m_rows.end() ? -1 : static_cast<int>(it - m_rows.begin());
}

void ChronologyListModel::GetValueByRow(wxVariant& variant, unsigned row, unsigned col) const {
    const int index = EntryAt(row);
    if (index < 0) {
        variant = wxString();
        return;
    }
    if (m_read_text && (col == kPractitioner || col == kEvent || col == kSource)) m_read_text(index);
    const model::ChronologyEntry& e = (*m_entries)[index];
    switch (col) {
        case kDate: variant = EntryDate(e.date); break;
        case kTime: variant = EntryTime(e); break;
        case kAgency:
            variant = wxString::Format("<span foreground=\"%s\">\u25A0</span> %s",
                                       m_palette->For(e.agency).mark.GetAsString(wxC2S_HTML_SYNTAX),
                                       EscapeMarkup(U8(e.agency)));
            break;
        case kPractitioner: variant = U8(e.practitioner); break;
        case kEvent:
            variant = (!m_all && row < m_snippets.size() && !m_snippets[row].empty()) ? m_snippets[row]
                                                                                     : EscapeMarkup(FirstLine(e.event));
            break;
        case kSource: variant = ShortSource(e.origin); break;
        case kSignificance: variant = e.significance.empty() ? wxString() : SignificanceLabel(e.significance); break;
        default: variant = wxString();
    }
}

bool ChronologyListModel::GetAttrByRow(unsigned row, unsigned col, wxDataViewItemAttr& attr) const {
    const int index = EntryAt(row);
    if (index < 0) return false;
    const model::ChronologyEntry& e = (*m_entries)[index];
    if (col == kDate && e.date.uncertain) {
        attr.SetItalic(true);
        return true;
    }
    if (col == kSignificance && (e.significance == "key" || e.significance == "high")) {
        attr.SetBold(true);
        attr.SetColour(e.significance == "key" ? wxColour(0x8E, 0x1B, 0x16) : wxColour(0x6E, 0x47, 0x00));
        return true;
    }
    return false;
}

ChronologyList::ChronologyList(wxWindow* parent)
    : wxDataViewCtrl(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxDV_SINGLE | wxDV_ROW_LINES),
      m_model(new ChronologyListModel) {
    AssociateModel(m_model.get());
    auto add = [this](const wxString& title, unsigned col, bool markup) {
        auto* renderer = new wxDataViewTextRenderer("string", wxDATAVIEW_CELL_INERT);
        if (markup) renderer->EnableMarkup();
        renderer->EnableEllipsize(wxELLIPSIZE_END);
        auto* column = new wxDataViewColumn(title, renderer, col, GetCharWidth() * 10, wxALIGN_LEFT,
                                            wxDATAVIEW_COL_RESIZABLE);
        AppendColumn(column);
    };
    add(_("Date"), ChronologyListModel::kDate, false);
    add(_("Time"), ChronologyListModel::kTime, false);
    add(_("Agency"), ChronologyListModel::kAgency, true);
    add(_("Practitioner"), ChronologyListModel::kPractitioner, false);
    add(_("Event"), ChronologyListModel::kEvent, true);
    add(_("Source"), ChronologyListModel::kSource, false);
    add(_("Significance"), ChronologyListModel::kSignificance, false);
    Bind(wxEVT_DATAVIEW_SELECTION_CHANGED, [this](wxDataViewEvent&) {
        if (m_on_select) m_on_select(SelectedEntry());
    });
    Bind(wxEVT_SIZE, [this](wxSizeEvent& event) {
        event.Skip();
        CallAfter([this] { FitEventColumn(); });
    });
}

void ChronologyList::FitColumns(const std::vector<std::string>& agencies) {
    const int pad = GetCharWidth() * 2;
    auto width = [this, pad](const wxString& text) { return GetTextExtent(text).x + pad; };
    int agency = width(_("Agency"));
    for (const auto& a : agencies) agency = std::max(agency, width(U8(a)) + GetCharWidth() * 3);
    // Short columns at their natural width; long ones (practitioner, source) ellipsized: the entry
    // pane shows them in full. The event takes what is left.
    const int widths[] = {
        std::max(width("~2088-08-28"), width(_("Date"))),
        std::max(width("88:88"), width(_("Time"))),
        std::min(agency, GetCharWidth() * 24),
        GetCharWidth() * 12,
        0,
        GetCharWidth() * 12,
        std::max(width(_("Significance")), width(_("Medium"))),
    };
    m_fixed_width = 0;
    for (unsigned i = 0; i < ChronologyListModel::kColumns; ++i) {
        if (i == ChronologyListModel::kEvent) continue;
        GetColumn(i)->SetWidth(widths[i]);
        m_fixed_width += widths[i];
    }
    FitEventColumn();
}

void ChronologyList::FitEventColumn() {
    if (m_fixed_width == 0) return;
    const int scrollbar = wxSystemSettings::GetMetric(wxSYS_VSCROLL_X, this);
    const int available = GetClientSize().x - m_fixed_width - scrollbar - 4;
    GetColumn(ChronologyListModel::kEvent)->SetWidth(std::max(GetCharWidth() * 24, available));
}

int ChronologyList::SelectedEntry() const {
    const wxDataViewItem item = GetSelection();
    if (!item.IsOk()) return -1;
    return m_model->EntryAt(m_model->GetRow(item));
}

void ChronologyList::SelectEntry(int entry) {
    const int row = m_model->RowOf(entry);
    if (row < 0) {
        UnselectAll();
        return;
    }
    const wxDataViewItem item = m_model->GetItem(static_cast<unsigned>(row));
    Select(item);
    EnsureVisible(item);
}

}  // namespace gui
