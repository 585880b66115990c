// SPDX-License-Identifier: MIT
#include "evidence_dialog.h"

#include "format.h"
#include "learning_format.h"

#include "model/register/board.h"

#include <wx/choice.h>
#include <wx/datectrl.h>
#include <wx/filename.h>
#include <wx/filepicker.h>
#include <wx/sizer.h>
#include <wx/textctrl.h>

namespace gui {

EvidenceDialog::EvidenceDialog(wxWindow* parent, model::Board& board, const model::Action& action, model::Date today)
    : CommandDialog(parent, wxString::Format(_("Evidence of impact for action %lld"), static_cast<long long>(action.id))),
      m_board(board),
      m_id(action.id) {
    auto* form = NewForm();
    m_kind = new wxChoice(this, wxID_ANY);
    for (model::EvidenceKind kind : AllEvidenceKinds()) m_kind->Append(EvidenceKindLabel(kind));
    m_kind->SetSelection(0);
    AddRow(form, _("&Kind:"), m_kind);
    m_text = NewMultiline(3, _("What it shows, e.g. re-audit of 30 cases: 27 compliant"));
    AddRow(form, _("&What it shows:"), m_text, true);
    m_date = NewDate(today);
    AddRow(form, _("&Dated:"), m_date);
    m_file = new wxFilePickerCtrl(this, wxID_ANY, wxString(), _("Attach a file"), _("All files|*"), wxDefaultPosition,
                                  wxDefaultSize, wxFLP_OPEN | wxFLP_FILE_MUST_EXIST | wxFLP_USE_TEXTCTRL);
    AddRow(form, _("Attach &file:"), m_file);
    Finish(wxString::Format(_("%s %s, %s: %s\nAn attached file (at most %s) is kept inside the board's database."),
                            U8(action.review), RecNumber(action.recommendation_number), U8(action.agency),
                            U8(action.text),
                            wxFileName::GetHumanReadableSize(wxULongLong(model::kEvidenceFileMaxBytes))),
           form, _("&Record evidence"));
    m_text->SetFocus();
}

void EvidenceDialog::Apply() {
    model::NewEvidence evidence;
    evidence.kind = AllEvidenceKinds()[static_cast<size_t>(std::max(0, m_kind->GetSelection()))];
    evidence.text = TextOf(m_text);
    evidence.date = DateOf(m_date);
    evidence.file_path = S8(m_file->GetPath());
    m_board.learning().add_evidence(m_id, evidence);
}

}  // namespace gui
