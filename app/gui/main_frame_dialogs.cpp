// SPDX-License-Identifier: MIT
// Dialogs opened from the command line (--dialog): what a user would reach through a menu, opened
// directly so that a screenshot or a GUI test sees it, or so that a script can hand a file to import.
#include "main_frame.h"

#include "duplicates_dialog.h"
#include "gaps_dialog.h"
#include "import_dialog.h"
#include "imports_dialog.h"
#include "learning_dialogs.h"
#include "learning_panel.h"

#include "model/core/error.h"

#include <wx/menu.h>

#include <optional>

namespace gui {

void MainFrame::ShowDialog(const std::string& name, const wxString& file, bool modeless) {
    const std::string ref = !m_chronology_ref.empty() ? m_chronology_ref : m_review_ref;
    if (ref.empty()) throw model::bad_input("--dialog " + name + " needs a review: the board has none");
    std::optional<model::Recommendation> recommendation;
    if (name == "response") {
        const auto recommendations = m_board->learning().recommendations(ref);
        if (recommendations.empty()) throw model::bad_input(ref + " has no recommendation to record a response to");
        recommendation = recommendations.front();
    }

    if (!modeless) {
        CallAfter([this, name, file, ref] {
            if (name == "import") ImportSubmission(ref, file);
            else if (name == "imports") OnShowImports();
            else if (name == "duplicates") OnFindDuplicates();
            else if (name == "gaps") OnShowGaps();
            else {
                OpenLearning(ref);
                wxCommandEvent command(wxEVT_MENU, kRecordResponseCommand);
                ProcessWindowEvent(command);
            }
        });
        return;
    }
    wxDialog* dialog = nullptr;
    if (name == "import") dialog = new ImportDialog(this, *m_board, ref, file, m_board->chronology().agencies(ref));
    else if (name == "imports") dialog = new ImportsDialog(this, *m_board, ref);
    else if (name == "duplicates") dialog = new DuplicatesDialog(this, *m_board, ref);
    else if (name == "gaps") dialog = new GapsDialog(this, *m_board, ref, 28, ShowSpanOf(ref));
    else dialog = new ResponseDialog(this, *m_board, *recommendation, m_as_of);
    m_automation_dialog = dialog;
    dialog->Show();
}

}  // namespace gui
