// SPDX-License-Identifier: MIT
#include "add_review_dialog.h"

#include "format.h"

#include "model/core/error.h"
#include "model/register/board.h"

#include <wx/choice.h>
#include <wx/datectrl.h>
#include <wx/sizer.h>
#include <wx/textctrl.h>

namespace gui {

AddReviewDialog::AddReviewDialog(wxWindow* parent, model::Board& board, model::Date aware)
    : CommandDialog(parent, _("Add review")), m_board(board) {
    auto* form = NewForm();

    m_pathway = new wxChoice(this, wxID_ANY);
    int preferred = 0;  // the most common pathway first
    for (const auto& pathway : board.pathways().all()) {
        if (pathway.id == "cspr-england") preferred = static_cast<int>(m_pathway->GetCount());
        m_pathway->Append(U8(pathway.name));
    }
    if (!m_pathway->IsEmpty()) m_pathway->SetSelection(preferred);
    AddRow(form, _("&Pathway:"), m_pathway);

    m_title = NewText(_("A short name the panel will recognise"));
    AddRow(form, _("&Title:"), m_title);

    m_aware = NewDate(aware);
    m_aware->SetToolTip(_("The date the board became aware of the incident; the first clocks start here."));
    AddRow(form, _("&Aware on:"), m_aware);

    m_child = NewText(_("e.g. Child A (optional)"));
    AddRow(form, _("&Child's pseudonym:"), m_child);

    m_region = new wxChoice(this, wxID_ANY);
    for (model::Region region : model::kAllRegions) m_region->Append(RegionLabel(region));
    m_region->SetSelection(0);
    m_region->SetToolTip(_("Working-day clocks skip this region's bank holidays."));
    AddRow(form, _("&Region:"), m_region);

    Finish(_("The review gets a reference and its pathway's first clocks start from the aware date."), form,
           _("&Add review"));
    m_title->SetFocus();
}

void AddReviewDialog::Apply() {
    const int pathway = m_pathway->GetSelection();
    if (pathway == wxNOT_FOUND) throw model::bad_input(S8(_("Please choose a pathway.")));
    model::NewReview review;
    review.pathway_id = m_board.pathways().all().at(static_cast<size_t>(pathway)).id;
    review.title = Required(m_title, _("a title"));
    review.aware = DateOf(m_aware);
    review.child = TextOf(m_child);
    review.region = model::kAllRegions.at(static_cast<size_t>(std::max(0, m_region->GetSelection())));
    m_ref = m_board.add_review(review);
}

}  // namespace gui
