// SPDX-License-Identifier: MIT
#include "finding_dialog.h"

#include "chronology_format.h"
#include "format.h"
#include "learning_format.h"

#include "model/register/board.h"

#include <wx/checklst.h>
#include <wx/choice.h>
#include <wx/datectrl.h>
#include <wx/panel.h>
#include <wx/sizer.h>
#include <wx/srchctrl.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include <algorithm>

namespace gui {
namespace {

wxString EntryItem(const model::ChronologyEntry& entry) {
    wxString event = FirstLine(entry.event);
    if (event.length() > 100) event = event.Left(98) + L"\u2026";
    return EntryDate(entry.date) + "  " + U8(entry.agency) + kDash + event;
}

}  // namespace

FindingDialog::FindingDialog(wxWindow* parent, model::Board& board, const std::string& ref, model::Date today)
    : CommandDialog(parent, wxString::Format(_("Add finding to %s"), U8(ref))), m_board(board), m_ref(ref) {
    Build(today, _("&Add finding"));
}

FindingDialog::FindingDialog(wxWindow* parent, model::Board& board, const model::Finding& finding)
    : CommandDialog(parent, wxString::Format(_("Edit finding %s"), FindingNumber(finding.number))),
      m_board(board),
      m_ref(finding.review),
      m_edit_id(finding.id) {
    Build(finding.recorded, _("&Save changes"), &finding);
}

void FindingDialog::Build(model::Date recorded, const wxString& ok_label, const model::Finding* editing) {
    auto* form = NewForm();
    m_kind = new wxChoice(this, wxID_ANY);
    for (model::FindingKind kind : AllFindingKinds())
        m_kind->Append(FindingKindLabel(kind) + kDash +
                       (kind == model::FindingKind::Systemic ? _("why practice went as it did") : _("what went well")));
    m_kind->SetSelection(0);
    AddRow(form, _("&Kind:"), m_kind);

    m_theme = new wxChoice(this, wxID_ANY);
    m_theme->Append(_("(no theme)"));
    for (const model::Theme& theme : m_board.learning().themes().all()) {
        m_themes.push_back(theme.name);
        m_theme->Append(U8(theme.name));
    }
    m_theme->SetSelection(0);
    m_theme->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) {
        const int i = m_theme->GetSelection();
        const auto& all = m_board.learning().themes().all();  // a kept theme off the list has none
        m_theme->SetToolTip(i > 0 && static_cast<size_t>(i - 1) < all.size() ? U8(all[static_cast<size_t>(i - 1)].description)
                                                                             : wxString());
    });
    AddRow(form, _("T&heme:"), m_theme);

    m_text = NewMultiline(4, _("Why practice went as it did, or what went well"));
    AddRow(form, _("&Finding:"), m_text, true);
    m_recorded = NewDate(recorded);
    AddRow(form, _("&Recorded on:"), m_recorded);

    // Evidence: the review's chronology, filtered by what is typed.
    auto* evidence = new wxPanel(this);
    m_filter = new wxSearchCtrl(evidence, wxID_ANY);
    m_filter->SetDescriptiveText(_("Filter entries by date, agency or words"));
    m_list = new wxCheckListBox(evidence, wxID_ANY);
    m_list->SetMinSize(wxSize(GetCharWidth() * 80, GetCharHeight() * 10));
    m_count = new wxStaticText(evidence, wxID_ANY, wxString());
    auto* column = new wxBoxSizer(wxVERTICAL);
    column->Add(m_filter, wxSizerFlags().Expand());
    column->Add(m_list, wxSizerFlags(1).Expand().Border(wxTOP, FromDIP(4)));
    column->Add(m_count, wxSizerFlags().Border(wxTOP, FromDIP(4)));
    evidence->SetSizer(column);
    AddRow(form, _("&Evidence:"), evidence, true);

    m_entries = m_board.chronology().list(m_ref);
    m_filter->Bind(wxEVT_TEXT, [this](wxCommandEvent&) { FillEntries(); });
    m_list->Bind(wxEVT_CHECKLISTBOX, [this](wxCommandEvent& event) {
        const unsigned item = static_cast<unsigned>(event.GetInt());
        if (item >= m_shown.size()) return;
        const std::int64_t id = m_entries[m_shown[item]].id;
        if (m_list->IsChecked(item)) m_checked.insert(id);
        else m_checked.erase(id);
        UpdateCount();
    });
    if (editing) Fill(*editing);  // before Finish, which sizes the dialog to what it holds
    else FillEntries();
    Finish(m_edit_id ? _("Correct what needs correcting: the audit trail keeps every earlier value. The date "
                         "recorded stays as it was.")
                     : _("A systemic finding says why practice went as it did; a good-practice finding records "
                         "what went well. Tick the chronology entries that evidence it."),
           form, ok_label);
    m_text->SetFocus();
}

void FindingDialog::Fill(const model::Finding& finding) {
    const auto& kinds = AllFindingKinds();
    m_kind->SetSelection(static_cast<int>(std::find(kinds.begin(), kinds.end(), finding.kind) - kinds.begin()));
    if (!finding.theme.empty()) {
        auto it = std::find(m_themes.begin(), m_themes.end(), finding.theme);
        if (it == m_themes.end()) {
            // Taken off the list since it was filed: offered as it is, so that keeping it is possible.
            m_themes.push_back(finding.theme);
            m_theme->Append(wxString::Format(_("%s (no longer on the list)"), U8(finding.theme)));
            it = m_themes.end() - 1;
        }
        m_theme->SetSelection(static_cast<int>(it - m_themes.begin()) + 1);
    }
    m_text->ChangeValue(U8(finding.text));
    m_recorded->Disable();
    m_checked.clear();
    m_checked.insert(finding.evidence.begin(), finding.evidence.end());
    FillEntries();
}

void FindingDialog::FillEntries() {
    const wxString needle = m_filter->GetValue().Strip(wxString::both).Lower();
    m_shown.clear();
    wxArrayString items;
    for (size_t i = 0; i < m_entries.size(); ++i) {
        const wxString item = EntryItem(m_entries[i]);
        if (!needle.empty() && !item.Lower().Contains(needle) && !U8(m_entries[i].details).Lower().Contains(needle))
            continue;
        m_shown.push_back(i);
        items.Add(item);
    }
    m_list->Freeze();
    m_list->Set(items);
    for (unsigned i = 0; i < m_shown.size(); ++i)
        if (m_checked.count(m_entries[m_shown[i]].id)) m_list->Check(i);
    m_list->Thaw();
    UpdateCount();
}

void FindingDialog::UpdateCount() {
    wxString text = m_entries.empty()
                        ? (m_edit_id ? _("This review has no chronology yet: import the agencies' submissions "
                                         "first to link the finding to its evidence.")
                                     : _("This review has no chronology yet: import the agencies' submissions first, "
                                         "or add the finding without evidence."))
                        : wxString::Format(_("%s of %s entries listed; %s ticked."), Count(m_shown.size()),
                                           Count(m_entries.size()), Count(m_checked.size()));
    m_count->SetLabel(text);
}

void FindingDialog::Apply() {
    model::NewFinding finding;
    finding.kind = AllFindingKinds()[static_cast<size_t>(std::max(0, m_kind->GetSelection()))];
    const int theme = m_theme->GetSelection();
    if (theme > 0) finding.theme = m_themes[static_cast<size_t>(theme - 1)];
    finding.text = Required(m_text, _("what the review found"));
    finding.evidence.assign(m_checked.begin(), m_checked.end());
    if (m_edit_id) {
        m_board.learning().update_finding(m_edit_id, {finding.kind, finding.theme, finding.text, finding.evidence});
        return;
    }
    finding.recorded = DateOf(m_recorded);
    m_new_id = m_board.learning().add_finding(m_ref, finding);
}

}  // namespace gui
