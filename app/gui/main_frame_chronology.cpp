// SPDX-License-Identifier: MIT
// The Chronology menu of the main window. Each handler is a boundary: it catches model::Error and
// shows it; the chronology page refreshes from the board's ChronologyChanged events.
#include "main_frame.h"

#include "add_agency_dialog.h"
#include "chronology_format.h"
#include "chronology_panel.h"
#include "dashboard_panel.h"
#include "duplicates_dialog.h"
#include "format.h"
#include "gaps_dialog.h"
#include "import_dialog.h"
#include "imports_dialog.h"
#include "register_panel.h"
#include "review_panel.h"

#include "model/core/error.h"

#include <wx/filedlg.h>
#include <wx/menu.h>
#include <wx/filename.h>
#include <wx/msgdlg.h>
#include <wx/utils.h>

namespace gui {
namespace {

enum ChronologyMenuId {
    kImportSubmission = wxID_HIGHEST + 200, kAddAgency, kFindDuplicates, kShowGaps, kExportChronology, kSearchChronology,
    kShowImports,
};

}  // namespace

wxMenu* MainFrame::BuildChronologyMenu() {
    auto* chronology = new wxMenu;
    chronology->Append(kImportSubmission, _("&Import agency submission...\tCtrl+I"),
                       _("Add an agency's chronology (CSV, Excel or Word tables) to the review's chronology"));
    chronology->Append(kAddAgency, _("Add agency &involved...\tCtrl+Shift+G"),
                       _("Record an agency known to be involved, so a missing submission shows"));
    chronology->Append(kShowImports, _("Im&ports..."),
                       _("The submissions imported into the review; withdraw one imported by mistake"));
    chronology->AppendSeparator();
    chronology->Append(kSearchChronology, _("&Search chronology\tCtrl+Shift+F"), _("Ranked full-text search"));
    chronology->Append(kFindDuplicates, _("Find &duplicates...\tCtrl+Shift+D"),
                       _("The same event recorded by two agencies: merge or keep apart"));
    chronology->Append(kShowGaps, _("Show &gaps...\tCtrl+G"),
                       _("Long silences, and agencies involved that submitted nothing"));
    chronology->AppendSeparator();
    chronology->Append(kExportChronology, _("&Export...\tCtrl+Shift+E"),
                       _("Save the chronology as shown (filters applied) as CSV or Excel"));

    auto on = [this](int id, std::function<void()> handler) {
        Bind(wxEVT_MENU, [handler](wxCommandEvent&) { handler(); }, id);
    };
    on(kImportSubmission, [this] { OnImportSubmission(); });
    on(kAddAgency, [this] { OnAddAgency(); });
    on(kShowImports, [this] { OnShowImports(); });
    on(kFindDuplicates, [this] { OnFindDuplicates(); });
    on(kShowGaps, [this] { OnShowGaps(); });
    on(kExportChronology, [this] { OnExportChronology(); });
    on(kSearchChronology, [this] {
        if (CurrentView() != View::Chronology) OnViewChronology();
        if (CurrentView() == View::Chronology) ChronologyPage()->FocusSearch();
    });
    return chronology;
}

void MainFrame::OnViewChronology() {
    std::string ref = m_chronology_ref;
    if (ref.empty()) ref = m_review_ref;
    if (ref.empty()) ref = SelectedInList();
    if (ref.empty()) {
        ShowView(View::Chronology);  // shows how to open a review
        return;
    }
    try {
        OpenChronology(ref);
    } catch (const std::exception& e) {
        ShowError(_("Could not open the chronology"), e);
    }
}

std::string MainFrame::ChronologyRefForCommand() {
    if (CurrentView() == View::Chronology && !m_chronology_ref.empty()) return m_chronology_ref;
    auto review = ReviewForCommand();
    return review ? review->ref : std::string();
}

void MainFrame::OnImportSubmission() {
    try {
        const std::string ref = ChronologyRefForCommand();
        if (ref.empty()) return;
        wxFileDialog files(this, wxString::Format(_("Import an agency submission into %s"), U8(ref)), wxString(),
                           wxString(),
                           _("Agency chronologies (*.csv;*.xlsx;*.docx)|*.csv;*.CSV;*.xlsx;*.XLSX;*.docx;*.DOCX|"
                             "CSV (*.csv)|*.csv;*.CSV|Excel workbooks (*.xlsx)|*.xlsx;*.XLSX|"
                             "Word documents with tables (*.docx)|*.docx;*.DOCX|All files|*"),
                           wxFD_OPEN | wxFD_FILE_MUST_EXIST);
        if (files.ShowModal() == wxID_OK) ImportSubmission(ref, files.GetPath());
    } catch (const std::exception& e) {
        ShowError(_("Could not import the submission"), e);
    }
}

void MainFrame::ImportSubmission(const std::string& ref, const wxString& path) {
    try {
        ImportDialog dialog(this, *m_board, ref, path, m_board->chronology().agencies(ref));
        if (dialog.ShowModal() != wxID_OK) return;
        OpenChronology(ref);
        ShowImportResult(this, wxFileName(path).GetFullName(), dialog.Result());
    } catch (const std::exception& e) {
        ShowError(_("Could not import the submission"), e);
    }
}

void MainFrame::OnAddAgency() {
    try {
        const std::string ref = ChronologyRefForCommand();
        if (ref.empty()) return;
        AddAgencyDialog dialog(this, *m_board, ref, m_board->chronology().agencies(ref));
        dialog.ShowModal();
    } catch (const std::exception& e) {
        ShowError(_("Could not add the agency"), e);
    }
}

void MainFrame::OnShowImports() {
    try {
        const std::string ref = ChronologyRefForCommand();
        if (ref.empty()) return;
        ImportsDialog dialog(this, *m_board, ref);
        dialog.ShowModal();
    } catch (const std::exception& e) {
        ShowError(_("Could not list the imports"), e);
    }
}

void MainFrame::OnFindDuplicates() {
    try {
        const std::string ref = ChronologyRefForCommand();
        if (ref.empty()) return;
        DuplicatesDialog dialog(this, *m_board, ref);
        if (!dialog.HasPairs()) {
            wxMessageBox(wxString::Format(_("No likely duplicates are left to decide in %s's chronology."), U8(ref)),
                         _("Likely duplicates"), wxOK | wxICON_INFORMATION, this);
            return;
        }
        dialog.ShowModal();
    } catch (const std::exception& e) {
        ShowError(_("Could not look for duplicates"), e);
    }
}

void MainFrame::OnShowGaps() {
    try {
        const std::string ref = ChronologyRefForCommand();
        if (ref.empty()) return;
        GapsDialog dialog(this, *m_board, ref, 28, ShowSpanOf(ref));
        dialog.ShowModal();
    } catch (const std::exception& e) {
        ShowError(_("Could not find the gaps"), e);
    }
}

std::function<void(model::Date, model::Date)> MainFrame::ShowSpanOf(const std::string& ref) {
    return [this, ref](model::Date from, model::Date to) {
        try {
            OpenChronology(ref);
            ChronologyPage()->ShowSpan(from, to);
        } catch (const std::exception& e) {
            ShowError(_("Could not show the chronology"), e);
        }
    };
}

void MainFrame::OnExportChronology() {
    try {
        const std::string ref = ChronologyRefForCommand();
        if (ref.empty()) return;
        // Export what the page shows when it shows this review; otherwise the whole chronology.
        const bool shown = m_chronology && m_chronology->Ref() == ref;
        const model::ChronologyFilter filter = shown ? ChronologyPage()->Filter() : model::ChronologyFilter();
        wxFileDialog files(this, wxString::Format(_("Export the chronology of %s"), U8(ref)), wxString(),
                           U8(ref) + "-chronology.xlsx",
                           _("Excel workbook (*.xlsx)|*.xlsx|CSV, UTF-8 (*.csv)|*.csv"), wxFD_SAVE | wxFD_OVERWRITE_PROMPT);
        if (files.ShowModal() != wxID_OK) return;
        wxFileName path(files.GetPath());
        const bool csv = files.GetFilterIndex() == 1 || path.GetExt().Lower() == "csv";
        if (path.GetExt().Lower() != (csv ? "csv" : "xlsx")) path.SetExt(csv ? "csv" : "xlsx");
        {
            wxBusyCursor busy;
            if (csv) m_board->chronology().export_csv(ref, S8(path.GetFullPath()), filter);
            else m_board->chronology().export_xlsx(ref, S8(path.GetFullPath()), filter);
        }
        wxString what = shown ? wxString::Format(wxPLURAL("the %s entry shown", "the %s entries shown",
                                                          static_cast<int>(std::min<size_t>(ChronologyPage()->EntriesShown(), 1000000))),
                                                 Count(ChronologyPage()->EntriesShown()))
                              : _("the whole chronology");
        wxMessageBox(wxString::Format(_("Exported %s to %s."), what, path.GetFullPath()), _("Export finished"),
                     wxOK | wxICON_INFORMATION, this);
    } catch (const std::exception& e) {
        ShowError(_("Could not export the chronology"), e);
    }
}

}  // namespace gui
