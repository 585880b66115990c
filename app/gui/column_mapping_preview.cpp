// SPDX-License-Identifier: MIT
#include "column_mapping_preview.h"

#include "chronology_format.h"
#include "format.h"

#include <wx/choice.h>
#include <wx/settings.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

#include <algorithm>

namespace gui {
namespace {

constexpr std::size_t kSampleRows = 5;

wxString OneLine(const std::string& text) {
    wxString s = U8(text);
    s.Replace("\r", " ");
    s.Replace("\n", " ");
    return s;
}

}  // namespace

ColumnMappingPreview::ColumnMappingPreview(wxWindow* parent)
    : wxScrolledWindow(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxHSCROLL | wxVSCROLL | wxBORDER_THEME) {
    SetScrollRate(GetCharWidth() * 2, GetCharHeight());
    SetBackgroundColour(wxSystemSettings::GetColour(wxSYS_COLOUR_WINDOW));
    SetSizer(new wxBoxSizer(wxVERTICAL));
}

void ColumnMappingPreview::SetTables(std::vector<std::pair<model::SourceTable, model::ColumnMapping>> tables) {
    Freeze();
    DestroyChildren();
    m_columns.clear();
    m_tables = std::move(tables);
    wxSizer* sizer = GetSizer();
    sizer->Clear();
    if (m_tables.empty())
        sizer->Add(new wxStaticText(this, wxID_ANY, _("This file has no table with any rows.")),
                   wxSizerFlags().Border(wxALL, FromDIP(8)));
    for (const auto& [table, mapping] : m_tables) AddTable(table, mapping, sizer);
    FitInside();
    Layout();
    Thaw();
}

void ColumnMappingPreview::AddTable(const model::SourceTable& table, const model::ColumnMapping& mapping,
                                    wxSizer* sizer) {
    const int gap = FromDIP(8);
    wxString title = U8(table.name);
    title += kDash + wxString::Format(wxPLURAL("%s row", "%s rows", static_cast<int>(std::min<size_t>(table.rows.size(), 1000000))),
                                      Count(table.rows.size()));
    auto* heading = new wxStaticText(this, wxID_ANY, title);
    heading->SetFont(GetFont().Bold());
    sizer->Add(heading, wxSizerFlags().Border(wxLEFT | wxRIGHT | wxTOP, gap));
    if (!mapping.has(model::ChronologyField::Date) && !mapping.has(model::ChronologyField::DateTime)) {
        auto* warning = new wxStaticText(this, wxID_ANY, _("No date column recognised: choose which column holds "
                                                           "the date, or the import will refuse this table."));
        warning->SetForegroundColour(wxColour(0x8E, 0x1B, 0x16));
        sizer->Add(warning, wxSizerFlags().Border(wxLEFT | wxRIGHT | wxTOP, gap));
    }

    const size_t columns = table.headers.size();
    auto* grid = new wxFlexGridSizer(static_cast<int>(columns), wxSize(gap, gap / 2));
    const int width = GetCharWidth() * 18;
    wxArrayString labels;
    labels.Add(_("(not used: kept as an extra column)"));
    for (auto field : AllFields()) labels.Add(FieldLabel(field));
    for (size_t c = 0; c < columns; ++c) {
        auto* header = new wxStaticText(this, wxID_ANY, OneLine(table.headers[c]), wxDefaultPosition,
                                        wxSize(width, -1), wxST_ELLIPSIZE_END);
        header->SetFont(GetFont().Bold());
        header->SetToolTip(OneLine(table.headers[c]));
        grid->Add(header, wxSizerFlags().Expand());
    }
    for (size_t c = 0; c < columns; ++c) {
        auto* choice = new wxChoice(this, wxID_ANY, wxDefaultPosition, wxDefaultSize, labels);
        choice->SetMinSize(wxSize(width, -1));
        const auto field = c < mapping.fields.size() ? mapping.fields[c] : std::nullopt;
        const auto& all = AllFields();
        const auto at = field ? std::find(all.begin(), all.end(), *field) : all.end();
        choice->SetSelection(at == all.end() ? 0 : static_cast<int>(at - all.begin()) + 1);
        choice->SetToolTip(wxString::Format(_("How to read the column \u201C%s\u201D"), OneLine(table.headers[c])));
        grid->Add(choice, wxSizerFlags().Expand());
        m_columns.push_back({table.headers[c], field, choice});
    }
    for (size_t r = 0; r < std::min(kSampleRows, table.rows.size()); ++r)
        for (size_t c = 0; c < columns; ++c) {
            const auto& cells = table.rows[r].cells;
            const wxString value = c < cells.size() ? OneLine(cells[c]) : wxString();
            auto* cell = new wxStaticText(this, wxID_ANY, value, wxDefaultPosition, wxSize(width, -1),
                                          wxST_ELLIPSIZE_END);
            if (!value.empty()) cell->SetToolTip(value.Left(500));
            grid->Add(cell, wxSizerFlags().Expand());
        }
    sizer->Add(grid, wxSizerFlags().Border(wxALL, gap));
}

std::optional<model::ChronologyField> ColumnMappingPreview::FieldOf(const wxChoice* choice) const {
    const int at = choice->GetSelection();
    if (at <= 0) return std::nullopt;
    return AllFields().at(static_cast<size_t>(at - 1));
}

std::vector<std::pair<std::string, std::string>> ColumnMappingPreview::Overrides() const {
    std::vector<std::pair<std::string, std::string>> out;
    for (const Column& column : m_columns) {
        const auto chosen = FieldOf(column.choice);
        if (chosen == column.recognised) continue;
        out.emplace_back(column.header, chosen ? std::string(model::field_id(*chosen)) : std::string("ignore"));
    }
    return out;
}

std::vector<std::optional<model::ChronologyField>> ColumnMappingPreview::Chosen() const {
    std::vector<std::optional<model::ChronologyField>> out;
    for (const Column& c : m_columns) out.push_back(FieldOf(c.choice));
    return out;
}

bool ColumnMappingPreview::Maps(model::ChronologyField field) const {
    return std::any_of(m_columns.begin(), m_columns.end(),
                       [&](const Column& c) { return FieldOf(c.choice) == field; });
}

std::size_t ColumnMappingPreview::RowCount() const {
    std::size_t n = 0;
    for (const auto& [table, mapping] : m_tables) n += table.rows.size();
    return n;
}

}  // namespace gui
