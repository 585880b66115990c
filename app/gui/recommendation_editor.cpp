// SPDX-License-Identifier: MIT
#include "recommendation_editor.h"

#include "format.h"
#include "learning_format.h"
#include "wrapped_text.h"

#include "model/core/error.h"
#include "model/register/board.h"

#include <wx/button.h>
#include <wx/checklst.h>
#include <wx/choice.h>
#include <wx/combobox.h>
#include <wx/datectrl.h>
#include <wx/msgdlg.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include <algorithm>

namespace gui {
namespace {

constexpr int kCheckDelayMs = 150;  // after the last keystroke: one check per pause, not per key

wxString FindingItem(const model::Finding& finding) {
    wxString text = U8(finding.text);
    if (text.length() > 90) text = text.Left(88) + L"\u2026";
    wxString theme = finding.theme.empty() ? wxString() : U8(finding.theme) + kDash;
    return FindingNumber(finding.number) + "  " + theme + text;
}

}  // namespace

RecommendationEditor::RecommendationEditor(wxWindow* parent) : wxPanel(parent), m_timer(this) {
    const int gap = FromDIP(8);
    m_heading = new wxStaticText(this, wxID_ANY, _("New recommendation"));
    m_heading->SetFont(GetFont().Scaled(1.2f).Bold());

    // The warning strip: yellow while the guard has something to say, green when it has not.
    m_strip = new wxPanel(this);
    m_strip_title = new wxStaticText(m_strip, wxID_ANY, wxString());
    m_strip_title->SetFont(GetFont().Bold());
    m_strip_text = new WrappedText(m_strip);
    auto* strip_sizer = new wxBoxSizer(wxVERTICAL);
    strip_sizer->Add(m_strip_title, wxSizerFlags().Border(wxLEFT | wxRIGHT | wxTOP, gap));
    strip_sizer->Add(m_strip_text, wxSizerFlags().Expand().Border(wxALL, gap));
    m_strip->SetSizer(strip_sizer);
    m_strip->Bind(wxEVT_SIZE, [this](wxSizeEvent& event) {
        event.Skip();
        CallAfter([this] { FitStrip(); });
    });

    m_text = new wxTextCtrl(this, wxID_ANY, wxString(), wxDefaultPosition, wxDefaultSize,
                            wxTE_MULTILINE | wxTE_WORDWRAP);
    m_text->SetMinSize(wxSize(-1, GetCharHeight() * 4 + FromDIP(12)));
    m_text->SetHint(_("Who must do what, by when, and how the board will know it worked"));
    m_addressee = new wxComboBox(this, wxID_ANY);
    m_addressee->SetHint(_("The agency or role that must act"));
    m_type = new wxChoice(this, wxID_ANY);
    for (model::RecommendationType type : AllRecommendationTypes()) m_type->Append(RecommendationTypeLabel(type));
    m_type->SetSelection(0);
    m_type->SetMinSize(wxSize(GetCharWidth() * 16, -1));  // "Supervision" with its arrow
    m_made = new wxDatePickerCtrl(this, wxID_ANY, wxDateTime::Today(), wxDefaultPosition, wxDefaultSize,
                                  wxDP_DROPDOWN | wxDP_SHOWCENTURY);
    m_finding_list = new wxCheckListBox(this, wxID_ANY);
    m_finding_list->SetMinSize(wxSize(-1, GetCharHeight() * 4 + FromDIP(16)));

    auto* form = new wxFlexGridSizer(2, wxSize(FromDIP(10), gap));
    form->AddGrowableCol(1, 1);
    auto row = [&](const wxString& label, wxWindow* control, bool grow = false) {
        form->Add(new wxStaticText(this, wxID_ANY, label),
                  wxSizerFlags().Align(grow ? wxALIGN_TOP : wxALIGN_CENTER_VERTICAL).Border(wxTOP, grow ? FromDIP(4) : 0));
        form->Add(control, wxSizerFlags(1).Expand());
        if (grow) form->AddGrowableRow(form->GetEffectiveRowsCount() - 1, 1);
    };
    row(_("&Recommendation:"), m_text, true);
    row(_("&Addressee:"), m_addressee);
    // Type and date share a line: the draft's text and the warnings need the height more.
    auto* type_line = new wxBoxSizer(wxHORIZONTAL);
    type_line->Add(m_type, wxSizerFlags(1).CentreVertical());
    type_line->Add(new wxStaticText(this, wxID_ANY, _("&Made on:")),
                   wxSizerFlags().CentreVertical().Border(wxLEFT | wxRIGHT, FromDIP(10)));
    type_line->Add(m_made, wxSizerFlags().CentreVertical());
    form->Add(new wxStaticText(this, wxID_ANY, _("&Type:")), wxSizerFlags().Align(wxALIGN_CENTER_VERTICAL));
    form->Add(type_line, wxSizerFlags(1).Expand());
    row(_("&Findings:"), m_finding_list, true);

    m_save = new wxButton(this, wxID_ANY, _("&Save recommendation"));
    m_clear = new wxButton(this, wxID_ANY, _("C&lear"));
    m_saved = new wxStaticText(this, wxID_ANY, wxString());
    auto* buttons = new wxBoxSizer(wxHORIZONTAL);
    buttons->Add(m_save, wxSizerFlags().Border(wxRIGHT, gap));
    buttons->Add(m_clear, wxSizerFlags().Border(wxRIGHT, gap));
    buttons->Add(m_saved, wxSizerFlags(1).CentreVertical());

    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(m_heading, wxSizerFlags().Border(wxLEFT | wxRIGHT | wxTOP, FromDIP(12)));
    sizer->Add(m_strip, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT | wxTOP, FromDIP(12)));
    sizer->Add(form, wxSizerFlags(1).Expand().Border(wxLEFT | wxRIGHT | wxTOP, FromDIP(12)));
    sizer->Add(buttons, wxSizerFlags().Expand().Border(wxALL, FromDIP(12)));
    SetSizer(sizer);

    // The timer has this panel as its owner, so its events arrive here.
    Bind(wxEVT_TIMER, [this](wxTimerEvent&) { Check(); }, m_timer.GetId());
    m_text->Bind(wxEVT_TEXT, [this](wxCommandEvent&) { ScheduleCheck(); });
    m_addressee->Bind(wxEVT_TEXT, [this](wxCommandEvent&) { ScheduleCheck(); });
    m_addressee->Bind(wxEVT_COMBOBOX, [this](wxCommandEvent&) { ScheduleCheck(); });
    m_finding_list->Bind(wxEVT_CHECKLISTBOX, [this](wxCommandEvent&) { ScheduleCheck(); });
    m_save->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { Save(); });
    m_clear->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
        if (m_editing.id) LeaveEdit();
        else Clear();
    });
    ShowWarnings({});
}

void RecommendationEditor::SetReview(model::Board* board, const std::string& ref,
                                     const std::vector<model::Finding>& findings,
                                     const std::vector<std::string>& agencies) {
    const bool same = board == m_board && ref == m_ref;
    std::vector<std::int64_t> checked;
    if (same) checked = Draft().findings;
    m_board = board;
    m_ref = ref;
    m_findings = findings;
    if (!same && m_editing.id) {  // a correction belongs to its review
        m_made->SetValue(m_editing.draft.made.IsValid() ? m_editing.draft.made : wxDateTime::Today());
        m_editing = {};
    }
    ShowMode();

    const wxString addressee = same ? m_addressee->GetValue() : wxString();
    m_filling = true;  // refilling the controls is not the reviewer typing (GTK sends text events)
    m_addressee->Clear();
    for (const std::string& agency : agencies) m_addressee->Append(U8(agency));
    m_addressee->ChangeValue(addressee);

    m_finding_list->Clear();
    for (const model::Finding& finding : m_findings) {
        const int item = m_finding_list->Append(FindingItem(finding));
        if (std::find(checked.begin(), checked.end(), finding.id) != checked.end()) m_finding_list->Check(item);
    }
    m_filling = false;
    if (!same) {
        m_text->ChangeValue(wxString());
        m_type->SetSelection(0);
        m_saved->SetLabel(wxString());
    }
    Layout();
    Check();
}

void RecommendationEditor::SetDraftText(const wxString& text) {
    m_text->ChangeValue(text);
    Check();
}

void RecommendationEditor::FocusText() { m_text->SetFocus(); }

model::NewRecommendation RecommendationEditor::Draft() const {
    model::NewRecommendation draft;
    draft.text = S8(wxString(m_text->GetValue()).Strip(wxString::both));
    draft.addressee = S8(wxString(m_addressee->GetValue()).Strip(wxString::both));
    const int type = m_type->GetSelection();
    if (type >= 0) draft.type = AllRecommendationTypes()[static_cast<size_t>(type)];
    draft.made = FromWx(m_made->GetValue());
    for (unsigned i = 0; i < m_finding_list->GetCount() && i < m_findings.size(); ++i)
        if (m_finding_list->IsChecked(i)) draft.findings.push_back(m_findings[i].id);
    return draft;
}

void RecommendationEditor::ScheduleCheck() {
    if (m_filling) return;
    m_saved->SetLabel(wxString());
    m_timer.StartOnce(kCheckDelayMs);  // restarting pushes the check past the next keystroke
}

void RecommendationEditor::Check() {
    m_timer.Stop();
    if (!m_board) return;
    const model::NewRecommendation draft = Draft();
    if (draft.text.empty()) {
        ShowWarnings({});
        return;
    }
    try {
        ShowWarnings(m_board->learning().check_recommendation(m_ref, draft));
    } catch (const std::exception& e) {
        ShowWarnings({}, U8(e.what()));
    }
}

void RecommendationEditor::ShowWarnings(const std::vector<model::QualityWarning>& warnings, const wxString& problem) {
    m_warnings = warnings;
    const bool empty_draft = m_text->GetValue().Strip(wxString::both).empty();
    model::Rag tone = model::Rag::Green;
    wxString title, body, tooltip;
    if (!problem.empty()) {
        tone = model::Rag::Red;
        title = _("The quality check could not run");
        body = problem;
    } else if (empty_draft) {
        tone = model::Rag::Grey;
        title = _("Quality guard");
        body = _("Warnings appear here as you type: stock phrases, vague wording with no measurable outcome or "
                 "date, recommendations close to an earlier review's, and a missing addressee or finding.");
    } else if (warnings.empty()) {
        title = _("No quality warnings");
        body = _("Specific, addressed and linked to a finding.");
    } else {
        tone = model::Rag::Amber;
        title = wxString::Format(wxPLURAL("%d quality warning", "%d quality warnings", static_cast<int>(warnings.size())),
                                 static_cast<int>(warnings.size()));
        for (const model::QualityWarning& warning : warnings) {
            if (!body.empty()) body += "\n";
            // The model's sentence, first letter up, then the stable code for anyone matching it to the CLI.
            wxString message = U8(warning.message);
            if (warning.code == "similar-to-earlier" && !warning.similar_review.empty()) {
                // The model quotes the earlier recommendation in full; here it would crowd out the
                // form, so name it and show the quote on hover.
                message = wxString::Format(_("Similar to %s recommendation %d (%d%% alike): read it before "
                                             "repeating it, and say what is different this time"),
                                           U8(warning.similar_review), warning.similar_number,
                                           static_cast<int>(warning.similarity * 100 + 0.5));
                tooltip += (tooltip.empty() ? wxString() : wxString("\n\n")) + U8(warning.message);
            }
            if (!message.empty()) message[0] = wxToupper(message[0]);
            body += L"\u25B2 " + message + "  [" + U8(warning.code) + "]";
        }
    }
    const RagColours colours = ColoursFor(tone);
    m_strip->SetBackgroundColour(colours.background);
    m_strip_title->SetForegroundColour(colours.text);
    m_strip_text->SetForegroundColour(colours.text);
    m_strip_title->SetLabel(title);
    m_strip_text->SetText(body);
    m_strip->SetToolTip(tooltip);
    m_strip_text->SetToolTip(tooltip);
    FitStrip();
    m_strip->Refresh();
}

void RecommendationEditor::FitStrip() {
    const int width = m_strip->GetClientSize().x - FromDIP(16);
    if (width <= 0) return;
    const int before = m_strip_text->GetBestSize().y;
    m_strip_text->WrapTo(width);
    if (m_strip_text->GetBestSize().y != before || m_strip->GetBestSize().y != m_strip->GetSize().y) {
        m_strip->InvalidateBestSize();
        Layout();
    }
}

void RecommendationEditor::Save() {
    if (!m_board || m_ref.empty()) return;
    m_timer.Stop();
    try {
        if (m_editing.id) {
            const model::NewRecommendation draft = Draft();
            m_board->learning().update_recommendation(m_editing.id,
                                                      {draft.text, draft.addressee, draft.type, draft.findings});
            const wxString what = wxString::Format(_("Saved changes to %s."), RecNumber(m_editing.number));
            LeaveEdit();
            m_saved->SetLabel(what);
            return;
        }
        const model::SavedRecommendation saved = m_board->learning().add_recommendation(m_ref, Draft());
        const int n = static_cast<int>(saved.warnings.size());
        const wxString what = wxString::Format(_("Saved as %s"), RecNumber(saved.number));
        m_text->ChangeValue(wxString());
        for (unsigned i = 0; i < m_finding_list->GetCount(); ++i) m_finding_list->Check(i, false);
        ShowWarnings({});
        m_saved->SetLabel(n == 0 ? what + "." : what + wxString::Format(wxPLURAL(" with %d warning.", " with %d warnings.", n), n));
        Layout();
        m_text->SetFocus();
    } catch (const model::Error& e) {
        wxMessageBox(U8(e.what()), NotSavedTitle(), wxOK | wxICON_WARNING, this);
    } catch (const std::exception& e) {
        wxMessageBox(wxString::Format(_("Something went wrong: %s"), U8(e.what())), NotSavedTitle(), wxOK | wxICON_ERROR,
                     this);
    }
}

wxString RecommendationEditor::NotSavedTitle() const {
    return m_editing.id ? _("Changes not saved") : _("Recommendation not saved");
}

void RecommendationEditor::EditRecommendation(const model::Recommendation& recommendation) {
    if (!m_editing.id) m_editing.draft = Capture();
    m_editing.id = recommendation.id;
    m_editing.number = recommendation.number;
    FormState state;
    state.text = U8(recommendation.text);
    state.addressee = U8(recommendation.addressee);
    const auto& types = AllRecommendationTypes();
    state.type = static_cast<int>(std::find(types.begin(), types.end(), recommendation.type) - types.begin());
    state.made = ToWx(recommendation.made);
    state.findings = recommendation.findings;
    Restore(state);
    m_saved->SetLabel(wxString());
    ShowMode();
    Check();
    m_text->SetFocus();
}

RecommendationEditor::FormState RecommendationEditor::Capture() const {
    FormState state;
    state.text = m_text->GetValue();
    state.addressee = m_addressee->GetValue();
    state.type = m_type->GetSelection();
    state.made = m_made->GetValue();
    state.findings = Draft().findings;
    return state;
}

void RecommendationEditor::Restore(const FormState& state) {
    m_filling = true;
    m_text->ChangeValue(state.text);
    m_addressee->ChangeValue(state.addressee);
    m_type->SetSelection(state.type >= 0 && static_cast<unsigned>(state.type) < m_type->GetCount() ? state.type : 0);
    m_made->SetValue(state.made.IsValid() ? state.made : wxDateTime::Today());
    for (unsigned i = 0; i < m_finding_list->GetCount() && i < m_findings.size(); ++i)
        m_finding_list->Check(i, std::find(state.findings.begin(), state.findings.end(), m_findings[i].id) !=
                                     state.findings.end());
    m_filling = false;
}

void RecommendationEditor::LeaveEdit() {
    const FormState draft = m_editing.draft;
    m_editing = {};
    Restore(draft);
    m_saved->SetLabel(wxString());
    ShowMode();
    Check();
    m_text->SetFocus();
}

void RecommendationEditor::ShowMode() {
    const bool editing = m_editing.id != 0;
    m_heading->SetLabel(editing ? wxString::Format(_("Edit recommendation %s of %s"), RecNumber(m_editing.number), U8(m_ref))
                                : wxString::Format(_("New recommendation for %s"), U8(m_ref)));
    m_save->SetLabel(editing ? _("&Save changes") : _("&Save recommendation"));
    m_clear->SetLabel(editing ? _("&Cancel edit") : _("C&lear"));
    m_clear->SetToolTip(editing ? _("Leave this recommendation as it was and go back to the new one you were drafting")
                                : wxString());
    // The board's response and the actions are dated against the day it was made.
    m_made->Enable(!editing);
    m_made->SetToolTip(editing ? _("The date a recommendation was made cannot be changed") : wxString());
    Layout();
}

void RecommendationEditor::Clear() {
    m_text->ChangeValue(wxString());
    m_addressee->ChangeValue(wxString());
    m_type->SetSelection(0);
    for (unsigned i = 0; i < m_finding_list->GetCount(); ++i) m_finding_list->Check(i, false);
    m_saved->SetLabel(wxString());
    ShowWarnings({});
    m_text->SetFocus();
}

}  // namespace gui
