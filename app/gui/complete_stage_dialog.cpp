// SPDX-License-Identifier: MIT
#include "complete_stage_dialog.h"

#include "format.h"

#include "model/core/error.h"
#include "model/register/board.h"
#include "model/register/stage_rules.h"

#include <wx/choice.h>
#include <wx/datectrl.h>
#include <wx/settings.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

namespace gui {

CompleteStageDialog::CompleteStageDialog(wxWindow* parent, model::Board& board, const model::Review& review,
                                         const model::Pathway& pathway, model::Date date)
    : CommandDialog(parent, _("Complete stage")),
      m_board(board),
      m_ref(review.ref),
      m_stages(model::next_stages(pathway, review)) {
    auto* form = NewForm();

    m_stage = new wxChoice(this, wxID_ANY);
    int current = 0;
    for (const auto* stage : m_stages) {
        if (stage->id == review.current_stage) current = static_cast<int>(m_stage->GetCount());
        m_stage->Append(U8(stage->name) + (stage->optional ? " " + _("(optional)") : wxString()));
    }
    if (!m_stages.empty()) m_stage->SetSelection(current);
    m_stage->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) { OnStageChosen(); });
    AddRow(form, _("&Stage:"), m_stage);

    m_description = new wxStaticText(this, wxID_ANY, wxString());
    m_description->SetForegroundColour(wxSystemSettings::GetColour(wxSYS_COLOUR_GRAYTEXT));
    AddRow(form, wxString(), m_description);

    m_date = NewDate(date);
    AddRow(form, _("&Completed on:"), m_date);

    m_note = NewMultiline(4);
    m_note_label = new wxStaticText(this, wxID_ANY, _("&Note:"));
    form->Add(m_note_label, wxSizerFlags().Top().Border(wxTOP, FromDIP(4)));
    form->Add(m_note, wxSizerFlags(1).Expand());
    form->AddGrowableRow(form->GetEffectiveRowsCount() - 1, 1);

    const wxString intro = m_stages.empty()
        ? _("Every stage of this review is complete.")
        : wxString::Format(_("%s: choose the stage that is done and the date it was done."), U8(review.ref));
    Finish(intro, form, _("&Complete stage"));
    OnStageChosen();
    if (m_stages.empty()) m_stage->Disable();
}

void CompleteStageDialog::OnStageChosen() {
    const int i = m_stage->GetSelection();
    const model::StageDef* stage = i == wxNOT_FOUND ? nullptr : m_stages.at(static_cast<size_t>(i));
    m_description->SetLabel(stage ? U8(stage->description) : wxString());
    m_description->Wrap(GetCharWidth() * 50);
    const bool needs_note = stage && stage->requires_note;
    m_note_label->SetLabel(needs_note ? _("&Rationale (required):") : _("&Note:"));
    m_note->SetToolTip(needs_note ? _("Record why: the rationale is kept with the decision.")
                                  : _("Optional: anything the panel should know about this stage."));
    Layout();
    Fit();
}

void CompleteStageDialog::Apply() {
    const int i = m_stage->GetSelection();
    if (i == wxNOT_FOUND) throw model::bad_input(S8(_("There is no stage left to complete.")));
    const model::StageDef* stage = m_stages.at(static_cast<size_t>(i));
    const std::string note = TextOf(m_note);
    if (stage->requires_note && note.empty()) {
        m_note->SetFocus();
        throw model::bad_input(S8(wxString::Format(_("Completing '%s' needs a rationale: please write it in the box."),
                                                   U8(stage->name))));
    }
    m_board.complete_stage(m_ref, stage->id, DateOf(m_date), note);
}

}  // namespace gui
