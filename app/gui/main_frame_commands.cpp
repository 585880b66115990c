// SPDX-License-Identifier: MIT
// The menu commands of the main window. Each handler is a boundary: it catches model::Error and
// shows it, so a refused command never takes the window down. Views refresh from board events.
#include "main_frame.h"

#include "add_hold_dialog.h"
#include "actions_panel.h"
#include "add_review_dialog.h"
#include "appointment_dialog.h"
#include "complete_stage_dialog.h"
#include "dashboard_panel.h"
#include "format.h"
#include "register_panel.h"
#include "review_panel.h"
#include "small_dialogs.h"
#include "terms_dialog.h"

#include "model/calendar/bank_holiday.h"
#include "model/core/error.h"

#include <wx/aboutdlg.h>
#include <wx/ffile.h>
#include <wx/filedlg.h>
#include <wx/filename.h>
#include <wx/msgdlg.h>
#include <wx/notebook.h>

namespace gui {

void MainFrame::ShowError(const wxString& what, const std::exception& error) {
    wxMessageBox(what + ":\n\n" + U8(error.what()), _("Case Review Manager"), wxOK | wxICON_WARNING, this);
}

std::optional<model::Review> MainFrame::ReviewForCommand() {
    std::string ref;
    switch (CurrentView()) {
        case View::Register: ref = RegisterPage()->SelectedRef(); break;
        case View::Dashboard: ref = DashboardPage()->SelectedRef(); break;
        case View::Review: break;
        case View::Chronology: ref = m_chronology_ref; break;
        case View::Learning: ref = m_learning_ref; break;
        case View::Actions: ref = ActionsPage()->ReviewFilter(); break;
        case View::Assurance: break;
    }
    if (ref.empty()) ref = m_review_ref;
    if (ref.empty()) {
        wxMessageBox(_("Choose a review first: select it in the register or open its page."),
                     _("No review chosen"), wxOK | wxICON_INFORMATION, this);
        return std::nullopt;
    }
    return m_board->get_review(ref);
}

void MainFrame::OnNewBoard() {
    wxFileDialog dialog(this, _("New board"), wxString(), "board.db", _("Board databases (*.db)|*.db"),
                        wxFD_SAVE);
    if (dialog.ShowModal() != wxID_OK) return;
    if (wxFileName::Exists(dialog.GetPath())) {
        wxMessageBox(wxString::Format(_("%s already exists. Use File > Open board to open it."), dialog.GetPath()),
                     _("New board"), wxOK | wxICON_INFORMATION, this);
        return;
    }
    OpenBoardFile(dialog.GetPath());
}

void MainFrame::OnOpenBoard() {
    wxFileDialog dialog(this, _("Open board"), wxString(), wxString(),
                        _("Board databases (*.db)|*.db|All files|*"), wxFD_OPEN | wxFD_FILE_MUST_EXIST);
    if (dialog.ShowModal() == wxID_OK) OpenBoardFile(dialog.GetPath());
}

void MainFrame::OpenBoardFile(const wxString& path) {
    try {
        UseBoard(model::Board::open(S8(path), m_board->pathways()));
        ShowView(View::Register);
    } catch (const std::exception& e) {
        ShowError(wxString::Format(_("Could not open %s"), path), e);
    }
}

void MainFrame::OnImportHolidays() {
    wxFileDialog dialog(this, _("Import bank holidays"), wxString(), "bank-holidays.json",
                        _("GOV.UK bank holidays (*.json)|*.json"), wxFD_OPEN | wxFD_FILE_MUST_EXIST);
    if (dialog.ShowModal() != wxID_OK) return;
    try {
        wxFFile file(dialog.GetPath(), "rb");
        wxString text;
        if (!file.IsOpened() || !file.ReadAll(&text, wxConvUTF8))
            throw model::bad_input(S8(wxString::Format(_("cannot read %s"), dialog.GetPath())));
        const std::string name = S8(dialog.GetFilename());
        const model::HolidaySet holidays = model::parse_govuk_bank_holidays(S8(text), name);
        m_board->import_bank_holidays(holidays, name);
        wxString summary;
        for (const auto& [region, days] : holidays)
            summary << "\n" << wxString::Format(wxPLURAL("%s: %d bank holiday", "%s: %d bank holidays",
                                                         static_cast<int>(days.size())),
                                                RegionLabel(region), static_cast<int>(days.size()));
        wxMessageBox(_("Imported from ") + dialog.GetFilename() + ":" + summary, _("Bank holidays imported"),
                     wxOK | wxICON_INFORMATION, this);
    } catch (const std::exception& e) {
        ShowError(_("Could not import the bank holidays"), e);
    }
}

void MainFrame::OnAddReview() {
    try {
        AddReviewDialog dialog(this, *m_board, m_as_of);
        if (dialog.ShowModal() == wxID_OK) TryOpenReview(dialog.NewRef());
    } catch (const std::exception& e) {
        ShowError(_("Could not add the review"), e);
    }
}

void MainFrame::OnCompleteStage() {
    try {
        auto review = ReviewForCommand();
        if (!review) return;
        const model::Pathway& pathway = m_board->pathways().get(review->pathway_id);
        CompleteStageDialog dialog(this, *m_board, *review, pathway, m_as_of);
        dialog.ShowModal();
    } catch (const std::exception& e) {
        ShowError(_("Could not complete the stage"), e);
    }
}

void MainFrame::OnAddHold() {
    try {
        auto review = ReviewForCommand();
        if (!review) return;
        AddHoldDialog dialog(this, *m_board, review->ref, m_as_of);
        dialog.ShowModal();
    } catch (const std::exception& e) {
        ShowError(_("Could not add the hold"), e);
    }
}

void MainFrame::OnEndHold() {
    try {
        auto review = ReviewForCommand();
        if (!review) return;
        const model::Hold* open = nullptr;
        for (const auto& hold : review->holds)
            if (!hold.to) open = &hold;
        if (!open) {
            wxMessageBox(wxString::Format(_("%s has no open hold."), U8(review->ref)), _("End hold"),
                         wxOK | wxICON_INFORMATION, this);
            return;
        }
        EndHoldDialog dialog(this, *m_board, review->ref, *open, m_as_of);
        dialog.ShowModal();
    } catch (const std::exception& e) {
        ShowError(_("Could not end the hold"), e);
    }
}

void MainFrame::OnAddPerson() {
    try {
        auto review = ReviewForCommand();
        if (!review) return;
        PersonDialog dialog(this, *m_board, review->ref);
        dialog.ShowModal();
    } catch (const std::exception& e) {
        ShowError(_("Could not add the person"), e);
    }
}

void MainFrame::OnAppoint() {
    try {
        auto review = ReviewForCommand();
        if (!review) return;
        AppointmentDialog dialog(this, *m_board, review->ref, m_as_of);
        dialog.ShowModal();
    } catch (const std::exception& e) {
        ShowError(_("Could not record the appointment"), e);
    }
}

void MainFrame::OnTerms() {
    try {
        auto review = ReviewForCommand();
        if (!review) return;
        TermsDialog dialog(this, *m_board, *review, m_as_of);
        dialog.ShowModal();
    } catch (const std::exception& e) {
        ShowError(_("Could not record the terms of reference"), e);
    }
}

void MainFrame::OnChooseAsOf() {
    AsOfDialog dialog(this, m_as_of);
    if (dialog.ShowModal() == wxID_OK) SetAsOf(dialog.Date());
}

void MainFrame::OnAbout() {
    wxAboutDialogInfo info;
    info.SetName(_("Case Review Manager"));
    info.SetVersion("0.1.0");
    info.SetDescription(_("Tracks serious case reviews, child safeguarding practice reviews and local learning "
                          "inquiries against their clocks, from notification to closure."));
    wxAboutBox(info, this);
}

}  // namespace gui
