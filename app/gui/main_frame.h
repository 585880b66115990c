// SPDX-License-Identifier: MIT
// The main window: menus, the "as of" strip and the views (register, chair's dashboard, review
// page, chronology workbench, learning page, actions board, board assurance) over one board. It owns the board, listens to its events and refreshes the views; the
// views themselves only show what they are given.
#pragma once
#include "model/core/date.h"
#include "model/core/publisher.h"
#include "model/register/board.h"

#include <wx/filehistory.h>
#include <wx/frame.h>
#include <wx/dialog.h>
#include <wx/weakref.h>

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

class wxMenu;
class wxNotebook;
class wxPanel;
class wxBookCtrlEvent;

namespace gui {

class ActionsPanel;
class AssurancePanel;
class ChronologyPanel;
class LearningPanel;
class DashboardPanel;
class HeaderStrip;
class RegisterPanel;
class ReviewPanel;

enum class View { Register = 0, Dashboard = 1, Review = 2, Chronology = 3, Learning = 4, Actions = 5, Assurance = 6 };

class MainFrame : public wxFrame {
public:
    /// `remember`: keep window layout, recent files and the last board in wxConfig (off for
    /// automated runs such as screenshots). Shows `view` with clocks computed as of `as_of`.
    MainFrame(std::unique_ptr<model::Board> board, bool remember, model::Date as_of, View view);
    ~MainFrame() override;

    void ShowView(View view);
    /// Makes `ref` the open review and shows its page `view` (the review page, its chronology or its
    /// learning); the review's other pages follow it, each read when it is first shown.
    /// @throws model::Error (NotFound) for an unknown ref.
    void OpenReview(const std::string& ref, View view = View::Review);
    /// Shows the chronology page for `ref`. @throws model::Error (NotFound) for an unknown ref.
    void OpenChronology(const std::string& ref);
    /// Shows entry `id` selected on its review's chronology page, the timeline zoomed to its weeks.
    /// @throws model::Error (NotFound) for an unknown entry.
    void ShowChronologyEntry(std::int64_t id);
    /// Shows the Learning page (findings, recommendations) for `ref`.
    /// @throws model::Error (NotFound) for an unknown ref.
    void OpenLearning(const std::string& ref);
    /// Puts `text` in the Learning page's recommendation editor, checked at once (launch option).
    void SetRecommendationDraft(const std::string& text);
    void SetAsOf(model::Date date);
    /// Puts the keyboard focus in the current view's list.
    void FocusCurrentView();
    /// Puts the keyboard focus in the search box: the chronology's on that page, else the register's.
    void FocusSearch();
    /// Types `text` in the search box FocusSearch would choose (launch option --search).
    void SetSearch(const wxString& text);
    /// Calls `callback` once, when the central view is first painted.
    void OnFirstPaint(std::function<void()> callback);
    /// Opens the report preview of `ref` without waiting (for --report and screenshots).
    /// @throws model::Error for an unknown review or template.
    void ShowReportPreview(const std::string& ref, const std::string& template_name, bool publish);
    /// Opens the redaction report of `ref` without waiting (for --redaction-report and screenshots).
    /// @throws model::Error for an unknown review.
    void ShowRedactionReport(const std::string& ref);
    /// Opens dialog `name` (import, imports, duplicates, gaps, response) on the open review as its menu command
    /// would: at once and modeless when `modeless` (screenshots, tests), else as the command itself once
    /// the window is up. `file` is the submission the import dialog previews.
    /// `name` and `file` as ParseLaunchOptions checked them (a known name; a file for import).
    /// @throws model::Error (BadInput) for no open review, or no recommendation to answer.
    void ShowDialog(const std::string& name, const wxString& file, bool modeless);
    /// What a screenshot shows: the report dialog a launch option opened, while it is open, else the frame.
    wxWindow* ScreenshotWindow();

private:
    // main_frame.cpp
    void BuildMenus();
    void UseBoard(std::unique_ptr<model::Board> board);
    /// OpenReview, showing any error instead of throwing (for event handlers).
    void TryOpenReview(const std::string& ref);
    void ScheduleRefresh();
    void RefreshViews();
    void RefreshPage(View view);
    const std::vector<model::ClockState>& Alerts();
    View CurrentView() const;
    void OnPageChanged(wxBookCtrlEvent& event);
    void OnClose(wxCloseEvent& event);
    void RestoreLayout();

    // main_frame_pages.cpp: each page is built when first asked for, inside its notebook holder.
    RegisterPanel* RegisterPage();
    DashboardPanel* DashboardPage();
    ReviewPanel* ReviewPage();
    ChronologyPanel* ChronologyPage();
    LearningPanel* LearningPage();
    ActionsPanel* ActionsPage();
    AssurancePanel* AssurancePage();
    /// The page `view` (built if it was not), for painting and focus.
    wxWindow* PageWindow(View view);
    /// The review selected on the dashboard when it is shown, else in the register (if built).
    std::string SelectedInList();

    // main_frame_commands.cpp: one handler per menu command, each catching model::Error.
    void OnNewBoard();
    void OnOpenBoard();
    void OpenBoardFile(const wxString& path);
    void OnImportHolidays();
    void OnAddReview();
    void OnCompleteStage();
    void OnAddHold();
    void OnEndHold();
    void OnAddPerson();
    void OnAppoint();
    void OnTerms();
    void OnChooseAsOf();
    void OnAbout();

    // main_frame_chronology.cpp: the Chronology menu, each catching model::Error.
    wxMenu* BuildChronologyMenu();
    /// Shows the chronology of the open review (or the selected one).
    void OnViewChronology();
    void OnImportSubmission();
    /// The import dialog on `path` for `ref`, then the result (also --dialog import --file PATH).
    void ImportSubmission(const std::string& ref, const wxString& path);
    /// What a gap chosen in the gaps dialog does: shows that span of `ref`'s chronology.
    std::function<void(model::Date, model::Date)> ShowSpanOf(const std::string& ref);
    void OnAddAgency();
    void OnShowImports();  // the review's imports; withdraw one (imports_dialog.h)
    void OnFindDuplicates();
    void OnShowGaps();
    void OnExportChronology();
    /// The review a Chronology-menu command acts on: the chronology page's, else as ReviewForCommand.
    std::string ChronologyRefForCommand();
    /// The review a Review-menu command acts on: the open review page, else the selected row.
    std::optional<model::Review> ReviewForCommand();
    void ShowError(const wxString& what, const std::exception& error);

    // main_frame_learning.cpp: the Learning menu (findings, recommendations, actions, assurance).
    wxMenu* BuildLearningMenu();
    void OnViewLearning();
    void OnAddFinding();
    void OnNewRecommendation();
    void OnAddAction();
    void OnMoveAction();
    void OnAddEvidence();
    void OnSaveEvidenceFile();
    void OnAddChallenge();
    void OnCloseChallenge();
    void OnAddLearningEvent();
    /// The review a Learning-menu command acts on: the Learning page's, else as ReviewForCommand.
    std::string LearningRefForCommand();
    /// The action selected on the actions board, or 0 after telling the user to pick one.
    std::int64_t ActionForCommand();
    /// Every agency the review or the board's actions know, for addressee and agency choices.
    std::vector<std::string> KnownAgencies(const std::string& ref);

    // main_frame_reports.cpp: the Reports menu, each catching model::Error.
    wxMenu* BuildReportsMenu();
    void OnPreviewReport();
    void OnExportReport();
    void OnRedactionCheck();
    void OnPublicationLog();
    void OnExportCaseFile();
    void OnImportCaseFile();
    /// The redaction report of `ref`, modal (from the menu and a refused export).
    void RunRedactionReport(const std::string& ref);

    std::unique_ptr<model::Board> m_board;
    model::Subscription m_subscription;
    model::Date m_as_of;
    bool m_remember = false;
    bool m_refresh_pending = false;
    static constexpr int kPageCount = 7;
    bool m_stale[kPageCount] = {true, true, true, true, true, true, true};
    std::string m_review_ref;      // the review the review page shows (once it is refreshed)
    std::string m_chronology_ref;  // the review the chronology page shows (once it is refreshed)
    std::optional<std::vector<model::ClockState>> m_alerts;
    wxFileHistory m_history;
    wxWeakRef<wxDialog> m_automation_dialog;  // a report dialog opened by a launch option

    HeaderStrip* m_header = nullptr;
    wxNotebook* m_book = nullptr;
    wxPanel* m_holders[kPageCount] = {};  // the notebook's pages; each holds its view once built
    RegisterPanel* m_register = nullptr;
    DashboardPanel* m_dashboard = nullptr;
    ReviewPanel* m_review = nullptr;
    ChronologyPanel* m_chronology = nullptr;
    LearningPanel* m_learning = nullptr;
    ActionsPanel* m_actions = nullptr;
    AssurancePanel* m_assurance = nullptr;
    std::string m_learning_ref;  // the review the Learning page shows
};

}  // namespace gui
