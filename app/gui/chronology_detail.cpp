// SPDX-License-Identifier: MIT
#include "chronology_detail.h"

#include "chronology_format.h"
#include "format.h"
#include "wrapped_text.h"

#include <wx/button.h>
#include <wx/choice.h>
#include <wx/combobox.h>
#include <wx/settings.h>
#include <wx/sizer.h>
#include <wx/panel.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>
#include <wx/wrapsizer.h>

namespace gui {
namespace {

wxString DateHeading(const model::ChronologyEntry& e) {
    using P = model::FuzzyDate::Precision;
    wxString date;
    switch (e.date.precision) {
        case P::Day: date = WeekdayDate(e.date.earliest); break;
        case P::Month:
            date = wxString::Format(_("%s (month only)"), U8(e.date.earliest.long_form()).AfterFirst(' '));
            break;
        case P::Year: date = wxString::Format(_("%d (year only)"), e.date.earliest.year()); break;
    }
    if (e.date.uncertain) date = wxString::Format(_("about %s"), date);
    if (e.time) date += ", " + U8(model::format_time(*e.time));
    if (e.end_date) {
        date += wxString::Format(_(" to %s"), LongDate(*e.end_date));
        if (e.end_time) date += ", " + U8(model::format_time(*e.end_time));
    }
    return date + kDash + U8(e.agency);
}

}  // namespace

ChronologyDetail::ChronologyDetail(wxWindow* parent)
    : wxScrolledWindow(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxVSCROLL) {
    SetScrollRate(0, GetCharHeight());
    const int gap = FromDIP(8);
    m_heading = new WrappedText(this, _("Select an entry in the list or on the timeline to see it in full."));
    m_heading->SetFont(GetFont().Scaled(1.15f).Bold());
    m_record = new wxTextCtrl(this, wxID_ANY, wxString(), wxDefaultPosition, wxDefaultSize,
                              wxTE_MULTILINE | wxTE_READONLY | wxTE_RICH2 | wxTE_WORDWRAP);
    m_record->SetMinSize(wxSize(GetCharWidth() * 30, GetCharHeight() * 6));

    // The annotations sit on a panel of their own, so they are enabled only when an entry is shown.
    auto* holder = new wxPanel(this);
    m_annotations = holder;
    auto* title = new wxStaticText(holder, wxID_ANY, _("Reviewer's analysis"));
    title->SetFont(GetFont().Bold());
    auto label = [holder](const wxString& text) { return new wxStaticText(holder, wxID_ANY, text); };
    m_significance = new wxChoice(holder, wxID_ANY);
    m_episode = new wxComboBox(holder, wxID_ANY);
    m_episode->SetHint(_("e.g. Missed referral, spring 2021"));
    // Native combo boxes ask for the width of their longest item: let the pane's width decide.
    m_significance->SetMinSize(wxSize(GetCharWidth() * 12, -1));
    m_episode->SetMinSize(wxSize(GetCharWidth() * 12, -1));
    auto multiline = [holder, this](const wxString& tip, int lines) {
        auto* text = new wxTextCtrl(holder, wxID_ANY, wxString(), wxDefaultPosition, wxDefaultSize,
                                    wxTE_MULTILINE | wxTE_WORDWRAP);
        text->SetMinSize(wxSize(GetCharWidth() * 24, GetCharHeight() * lines + FromDIP(10)));
        text->SetToolTip(tip);
        return text;
    };
    m_analysis = multiline(_("What happened here, and why? What did practitioners know, and what got in the way?"), 5);
    m_human = multiline(_("Workload, supervision, culture, tools, assumptions: the conditions behind the practice."), 3);
    m_save = new wxButton(holder, wxID_SAVE, _("&Save analysis"));
    m_save->SetToolTip(_("Save the significance, analysis, human factors and episode (Ctrl+S)"));
    m_revert = new wxButton(holder, wxID_REVERT_TO_SAVED, _("Re&vert"));
    m_unmerge = new wxButton(holder, wxID_ANY, _("&Undo merge"));
    m_unmerge->SetToolTip(_("List the entries merged into this one on their own again (a merge confirmed by mistake)"));
    m_state = new wxStaticText(holder, wxID_ANY, wxString());
    m_state->SetForegroundColour(wxSystemSettings::GetColour(wxSYS_COLOUR_GRAYTEXT));

    auto* form = new wxFlexGridSizer(2, wxSize(gap, gap / 2));
    form->AddGrowableCol(1, 1);
    form->Add(label(_("Si&gnificance")), wxSizerFlags().CentreVertical());
    form->Add(m_significance, wxSizerFlags().Expand());
    form->Add(label(_("Key practice &episode")), wxSizerFlags().CentreVertical());
    form->Add(m_episode, wxSizerFlags().Expand());
    auto* fields = new wxBoxSizer(wxVERTICAL);
    fields->Add(title, wxSizerFlags().Border(wxBOTTOM, gap));
    fields->Add(form, wxSizerFlags().Expand());
    fields->Add(label(_("&Why did this happen?")), wxSizerFlags().Border(wxTOP, gap));
    fields->Add(m_analysis, wxSizerFlags().Expand().Border(wxTOP, gap / 2));
    fields->Add(label(_("&Human factors")), wxSizerFlags().Border(wxTOP, gap));
    fields->Add(m_human, wxSizerFlags().Expand().Border(wxTOP, gap / 2));
    auto* buttons = new wxWrapSizer(wxHORIZONTAL);  // the state moves under the buttons when narrow
    buttons->Add(m_save, wxSizerFlags().CentreVertical().Border(wxRIGHT | wxBOTTOM, gap));
    buttons->Add(m_revert, wxSizerFlags().CentreVertical().Border(wxRIGHT | wxBOTTOM, gap));
    buttons->Add(m_unmerge, wxSizerFlags().CentreVertical().Border(wxRIGHT | wxBOTTOM, gap));
    buttons->Add(m_state, wxSizerFlags().CentreVertical().Border(wxBOTTOM, gap));
    fields->Add(buttons, wxSizerFlags().Expand().Border(wxTOP, gap));
    holder->SetSizer(fields);

    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(m_heading, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT | wxTOP, gap));
    sizer->Add(m_record, wxSizerFlags(1).Expand().Border(wxALL, gap));
    // The record takes the spare height (a box sizer keeps proportions even in its minimum, so only
    // one item grows).
    sizer->Add(holder, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT | wxBOTTOM, gap));
    SetSizer(sizer);

    m_save->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { Save(); });
    m_unmerge->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
        if (m_on_unmerge && !m_saved.merged_from.empty()) m_on_unmerge(m_saved.merged_from);
    });
    m_revert->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
        const model::ChronologyEntry saved = m_saved;
        ShowEntry(&saved);
    });
    for (wxWindow* w : std::initializer_list<wxWindow*>{m_analysis, m_human, m_episode})
        w->Bind(wxEVT_TEXT, [this](wxCommandEvent& e) { UpdateState(); e.Skip(); });
    m_significance->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) { UpdateState(); });
    m_episode->Bind(wxEVT_COMBOBOX, [this](wxCommandEvent&) { UpdateState(); });
    Bind(wxEVT_SIZE, [this](wxSizeEvent& event) {
        event.Skip();
        CallAfter([this] {
            m_heading->WrapTo(GetClientSize().x - 2 * FromDIP(8));
            FitInside();
            Layout();
        });
    });
    wxAcceleratorEntry keys[] = {{wxACCEL_CTRL, 'S', wxID_SAVE}};
    SetAcceleratorTable(wxAcceleratorTable(1, keys));
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { Save(); }, wxID_SAVE);
    ShowEntry(nullptr);
}

void ChronologyDetail::ShowEntry(const model::ChronologyEntry* entry) {
    m_id.reset();
    m_annotations->Enable(entry != nullptr);
    m_unmerge->Show(entry && !entry->merged_from.empty());
    if (!entry) {
        m_saved = model::ChronologyEntry();
        m_heading->SetText(_("Select an entry in the list or on the timeline to see it in full."));
        m_record->Clear();
        FillSignificance({});
        m_episode->ChangeValue(wxString());
        m_analysis->ChangeValue(wxString());
        m_human->ChangeValue(wxString());
        UpdateState();
        return;
    }
    m_saved = *entry;
    m_heading->SetText(DateHeading(*entry));
    ShowRecord(*entry);
    FillSignificance(entry->significance);
    m_episode->ChangeValue(U8(entry->key_episode));
    m_analysis->ChangeValue(U8(entry->analysis));
    m_human->ChangeValue(U8(entry->human_factors));
    m_id = entry->id;
    UpdateState();
    m_heading->WrapTo(GetClientSize().x - 2 * FromDIP(8));
    FitInside();
    Layout();
}

void ChronologyDetail::ShowRecord(const model::ChronologyEntry& e) {
    m_record->Freeze();
    m_record->Clear();
    const wxTextAttr normal(m_record->GetForegroundColour(), wxNullColour, m_record->GetFont());
    const wxTextAttr bold(m_record->GetForegroundColour(), wxNullColour, m_record->GetFont().Bold());
    bool first = true;
    auto section = [&](const wxString& title, const std::string& text) {
        if (text.empty()) return;
        if (!first) m_record->AppendText("\n\n");
        first = false;
        m_record->SetDefaultStyle(bold);
        m_record->AppendText(title + "\n");
        m_record->SetDefaultStyle(normal);
        m_record->AppendText(U8(text));
    };
    auto line = [&](const wxString& title, const wxString& text) {
        if (text.empty()) return;
        m_record->AppendText(first ? "" : "\n");
        first = false;
        m_record->SetDefaultStyle(bold);
        m_record->AppendText(title + ": ");
        m_record->SetDefaultStyle(normal);
        m_record->AppendText(text);
    };
    section(_("Event"), e.event.empty() ? std::string("\xE2\x80\x94") : e.event);
    section(_("Details"), e.details);
    section(_("Outcome"), e.outcome);
    m_record->AppendText("\n");
    line(_("Practitioner"), U8(e.practitioner));
    line(_("Agency's reference"), U8(e.source));
    line(_("Agency's sequence"), U8(e.sequence));
    line(_("Source"), SourceText(e.origin));
    for (const auto& [header, value] : e.extra)
        if (!value.empty()) line(U8(header), U8(value));
    if (!e.merged_from.empty()) {
        wxString ids;
        for (auto id : e.merged_from) ids << (ids.empty() ? "" : ", ") << id;
        line(_("Also recorded as (merged duplicates)"), ids);
    }
    m_record->SetInsertionPoint(0);
    m_record->ShowPosition(0);
    m_record->Thaw();
}

void ChronologyDetail::FillSignificance(const std::string& current) {
    m_significance_values = SignificanceLevels();
    if (std::find(m_significance_values.begin(), m_significance_values.end(), current) == m_significance_values.end())
        m_significance_values.push_back(current);  // imported text is kept, never lost
    m_significance->Clear();
    for (const auto& v : m_significance_values) m_significance->Append(SignificanceLabel(v));
    const auto at = std::find(m_significance_values.begin(), m_significance_values.end(), current);
    m_significance->SetSelection(static_cast<int>(at - m_significance_values.begin()));
}

std::string ChronologyDetail::Significance() const {
    const int i = m_significance->GetSelection();
    return i >= 0 && i < static_cast<int>(m_significance_values.size()) ? m_significance_values[i] : std::string();
}

void ChronologyDetail::SetEpisodes(const std::vector<std::string>& episodes) {
    const wxString value = m_episode->GetValue();
    wxArrayString items;
    for (const auto& e : episodes) items.Add(U8(e));
    m_episode->Set(items);
    m_episode->ChangeValue(value);
}

model::Annotation ChronologyDetail::Edits() const {
    model::Annotation a;
    auto changed = [](const wxString& now, const std::string& saved) -> std::optional<std::string> {
        const std::string value = S8(wxString(now).Strip(wxString::both));
        if (value == saved) return std::nullopt;
        return value;
    };
    if (Significance() != m_saved.significance) a.significance = Significance();
    a.key_episode = changed(m_episode->GetValue(), m_saved.key_episode);
    a.analysis = changed(m_analysis->GetValue(), m_saved.analysis);
    a.human_factors = changed(m_human->GetValue(), m_saved.human_factors);
    return a;
}

bool ChronologyDetail::Dirty() const {
    if (!m_id) return false;
    const model::Annotation a = Edits();
    return a.significance || a.key_episode || a.analysis || a.human_factors;
}

void ChronologyDetail::UpdateState() {
    const bool dirty = Dirty();
    m_save->Enable(dirty);
    m_revert->Enable(dirty);
    m_state->SetLabel(!m_id ? wxString() : dirty ? _("Unsaved changes") : _("Saved"));
}

void ChronologyDetail::Save() {
    if (!Dirty() || !m_on_save) return;
    m_on_save();  // the panel shows the entry again once saved
}

void ChronologyDetail::FocusAnnotations() { m_significance->SetFocus(); }

}  // namespace gui
