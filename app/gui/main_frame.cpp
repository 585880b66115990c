// SPDX-License-Identifier: MIT
#include "main_frame.h"

#include "actions_panel.h"
#include "assurance_panel.h"
#include "chronology_panel.h"
#include "dashboard_panel.h"
#include "format.h"
#include "header_strip.h"
#include "learning_panel.h"
#include "register_panel.h"
#include "review_panel.h"

#include <wx/config.h>
#include <wx/display.h>
#include <wx/filename.h>
#include <wx/menu.h>
#include <wx/msgdlg.h>
#include <wx/notebook.h>
#include <wx/sizer.h>

namespace gui {
namespace {

enum MenuId {
    kNewBoard = wxID_HIGHEST + 1, kImportHolidays,
    kAddReview, kCompleteStage, kAddHold, kEndHold, kAddPerson, kAppoint, kTerms,
    kViewRegister, kViewDashboard, kViewReview, kChooseAsOf, kAsOfToday, kFind, kRefresh,
    kViewChronology,  // the Chronology menu's own ids are in main_frame_chronology.cpp
};

}  // namespace

MainFrame::MainFrame(std::unique_ptr<model::Board> board, bool remember, model::Date as_of, View view)
    : wxFrame(nullptr, wxID_ANY, _("Case Review Manager"), wxDefaultPosition, wxSize(1200, 780)),
      m_as_of(as_of),
      m_remember(remember) {
    auto* root = new wxPanel(this);
    m_header = new HeaderStrip(
        root, [this](model::Date date) { SetAsOf(date); },
        [this](const wxString& text) {
            RegisterPage()->SetFilter(text);
            if (!text.empty()) ShowView(View::Register);
        });
    m_book = new wxNotebook(root, wxID_ANY);
    // Each page is an empty holder until it is first shown (main_frame_pages.cpp): the window
    // appears sooner when only the page asked for is built.
    const wxString titles[] = {_("Register"), _("Chair's dashboard"), _("Review"), _("Chronology"),
                               _("Learning"), _("Actions board"), _("Board assurance")};
    for (int i = 0; i < kPageCount; ++i) {
        m_holders[i] = new wxPanel(m_book);
        m_holders[i]->SetSizer(new wxBoxSizer(wxVERTICAL));
        m_book->AddPage(m_holders[i], titles[i]);
    }
    m_book->ChangeSelection(static_cast<size_t>(view));
    m_book->Bind(wxEVT_NOTEBOOK_PAGE_CHANGED, &MainFrame::OnPageChanged, this);

    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(m_header, wxSizerFlags().Expand());
    sizer->Add(m_book, wxSizerFlags(1).Expand().Border(wxLEFT | wxRIGHT | wxBOTTOM, FromDIP(6)));
    root->SetSizer(sizer);

    BuildMenus();
    SetMinSize(FromDIP(wxSize(720, 480)));
    if (m_remember) RestoreLayout();
    Bind(wxEVT_CLOSE_WINDOW, &MainFrame::OnClose, this);
    m_header->SetAsOf(m_as_of);
    UseBoard(std::move(board));
}

MainFrame::~MainFrame() = default;

void MainFrame::BuildMenus() {
    auto* file = new wxMenu;
    file->Append(kNewBoard, _("&New board...\tCtrl+Shift+N"), _("Create an empty board database"));
    file->Append(wxID_OPEN, _("&Open board...\tCtrl+O"), _("Open another board database"));
    auto* recent = new wxMenu;
    file->AppendSubMenu(recent, _("Open &recent"));
    file->AppendSeparator();
    file->Append(kImportHolidays, _("&Import bank holidays..."),
                 _("Import GOV.UK bank-holidays.json so working-day clocks use the latest dates"));
    file->AppendSeparator();
    file->Append(wxID_EXIT, _("&Quit\tCtrl+Q"));

    auto* review = new wxMenu;
    review->Append(kAddReview, _("&Add review...\tCtrl+N"), _("Register a new review"));
    review->AppendSeparator();
    review->Append(kCompleteStage, _("&Complete stage...\tCtrl+E"), _("Mark the current stage of the review done"));
    review->Append(kAddHold, _("Add &hold...\tCtrl+H"), _("Pause the review's clocks for parallel proceedings"));
    review->Append(kEndHold, _("&End hold...\tCtrl+Shift+H"), _("End the review's open hold"));
    review->AppendSeparator();
    review->Append(kAddPerson, _("Add &person...\tCtrl+Shift+P"), _("Add someone to the review's people register"));
    review->Append(kAppoint, _("A&ppoint...\tCtrl+Shift+A"), _("Appoint a reviewer, chair or panel member"));
    review->Append(kTerms, _("&Terms of reference...\tCtrl+Shift+T"), _("Record a new version of the terms of reference"));

    auto* view = new wxMenu;
    view->Append(kViewRegister, _("&Register\tF2"), _("Every review with its stage and most pressing clock"));
    view->Append(kViewDashboard, _("Chair's &dashboard\tF3"), _("Overdue, due soon and paused clocks across reviews"));
    view->Append(kViewReview, _("Re&view\tF4"), _("The review page"));
    view->Append(kViewChronology, _("&Chronology\tF6"), _("The review's multi-agency chronology"));
    view->AppendSeparator();
    view->Append(kChooseAsOf, _("Choose \"&as of\" date...\tCtrl+D"), _("Compute every clock as of another date"));
    view->Append(kAsOfToday, _("As of &today\tCtrl+T"));
    view->Append(kFind, _("&Find review\tCtrl+F"), _("Search the register"));
    view->Append(kRefresh, _("Re&fresh\tF5"));

    auto* help = new wxMenu;
    help->Append(wxID_ABOUT, _("&About Case Review Manager"));

    auto* bar = new wxMenuBar;
    bar->Append(file, _("&File"));
    bar->Append(review, _("&Review"));
    bar->Append(view, _("&View"));
    bar->Append(BuildChronologyMenu(), _("&Chronology"));
    bar->Append(BuildLearningMenu(), _("&Learning"));
    bar->Append(BuildReportsMenu(), _("Re&ports"));
    bar->Append(help, _("&Help"));
    SetMenuBar(bar);

    m_history.UseMenu(recent);
    if (m_remember) m_history.Load(*wxConfigBase::Get());

    auto on = [this](int id, std::function<void()> handler) {
        Bind(wxEVT_MENU, [handler](wxCommandEvent&) { handler(); }, id);
    };
    on(kNewBoard, [this] { OnNewBoard(); });
    on(wxID_OPEN, [this] { OnOpenBoard(); });
    on(kImportHolidays, [this] { OnImportHolidays(); });
    on(wxID_EXIT, [this] { Close(); });
    on(kAddReview, [this] { OnAddReview(); });
    on(kCompleteStage, [this] { OnCompleteStage(); });
    on(kAddHold, [this] { OnAddHold(); });
    on(kEndHold, [this] { OnEndHold(); });
    on(kAddPerson, [this] { OnAddPerson(); });
    on(kAppoint, [this] { OnAppoint(); });
    on(kTerms, [this] { OnTerms(); });
    on(kViewRegister, [this] { ShowView(View::Register); });
    on(kViewDashboard, [this] { ShowView(View::Dashboard); });
    on(kViewReview, [this] {
        std::string ref = m_review_ref;
        if (ref.empty()) ref = SelectedInList();
        if (ref.empty()) ShowView(View::Review);
        else TryOpenReview(ref);
    });
    on(kViewChronology, [this] { OnViewChronology(); });
    on(kChooseAsOf, [this] { OnChooseAsOf(); });
    on(kAsOfToday, [this] { SetAsOf(model::Date::today()); });
    on(kFind, [this] {
        if (CurrentView() == View::Chronology) ChronologyPage()->FocusSearch();
        else m_header->FocusSearch();
    });
    on(kRefresh, [this] { RefreshViews(); });
    on(wxID_ABOUT, [this] { OnAbout(); });
    Bind(wxEVT_MENU, [this](wxCommandEvent& e) {
        OpenBoardFile(m_history.GetHistoryFile(static_cast<size_t>(e.GetId() - wxID_FILE1)));
    }, wxID_FILE1, wxID_FILE9);
}

void MainFrame::UseBoard(std::unique_ptr<model::Board> board) {
    if (wxDialog* dialog = m_automation_dialog.get()) dialog->Destroy();  // it reads the board being closed
    m_subscription.reset();
    m_board = std::move(board);
    m_subscription = m_board->events().subscribe([this](const model::BoardEvent& event) {
        // An annotation saved from the chronology page is already on screen there.
        if (event.type == model::BoardEvent::Type::ChronologyChanged && m_chronology && m_chronology->TakeOwnChange())
            return;
        ScheduleRefresh();
    });
    SetTitle(_("Case Review Manager") + kDash + wxFileName(U8(m_board->path())).GetFullName());
    m_review_ref.clear();
    if (m_review) m_review->ShowReview(*m_board, std::string(), m_as_of);
    m_book->SetPageText(static_cast<size_t>(View::Review), _("Review"));
    if (m_chronology) m_chronology->SetBoard(m_board.get());
    m_chronology_ref.clear();
    m_book->SetPageText(static_cast<size_t>(View::Chronology), _("Chronology"));
    m_learning_ref.clear();
    m_book->SetPageText(static_cast<size_t>(View::Learning), _("Learning"));
    if (m_remember) {
        wxFileName file(U8(m_board->path()));
        file.MakeAbsolute();
        const wxString path = file.GetFullPath();
        m_history.AddFileToHistory(path);
        wxConfigBase::Get()->Write("/Board/Last", path);
    }
    RefreshViews();
}

void MainFrame::ShowView(View view) {
    m_book->SetSelection(static_cast<size_t>(view));  // page-changed refreshes a stale page
    RefreshPage(view);
}

void MainFrame::OpenReview(const std::string& ref, View view) {
    m_board->get_review(ref);  // NotFound before anything changes
    m_review_ref = ref;
    m_stale[static_cast<int>(View::Review)] = true;
    m_book->SetPageText(static_cast<size_t>(View::Review), wxString::Format(_("Review %s"), U8(ref)));
    if (ref != m_chronology_ref) {  // the chronology page follows the open review
        m_chronology_ref = ref;
        m_stale[static_cast<int>(View::Chronology)] = true;
        m_book->SetPageText(static_cast<size_t>(View::Chronology), wxString::Format(_("Chronology %s"), U8(ref)));
    }
    if (ref != m_learning_ref) {  // so does the Learning page
        m_learning_ref = ref;
        m_stale[static_cast<int>(View::Learning)] = true;
        m_book->SetPageText(static_cast<size_t>(View::Learning), wxString::Format(_("Learning %s"), U8(ref)));
    }
    ShowView(view == View::Chronology || view == View::Learning ? view : View::Review);
}

void MainFrame::OpenChronology(const std::string& ref) {
    if (ref != m_chronology_ref) {
        m_board->get_review(ref);  // NotFound before anything changes
        m_chronology_ref = ref;
        m_stale[static_cast<int>(View::Chronology)] = true;
        m_book->SetPageText(static_cast<size_t>(View::Chronology), wxString::Format(_("Chronology %s"), U8(ref)));
    }
    ShowView(View::Chronology);
}

void MainFrame::ShowChronologyEntry(std::int64_t id) {
    const model::ChronologyEntry entry = m_board->chronology().get(id);
    OpenChronology(m_board->chronology().review_of(id));
    ChronologyPage()->ShowSpan(entry.date.earliest, entry.date.earliest, id);
}

void MainFrame::TryOpenReview(const std::string& ref) {
    try {
        OpenReview(ref);
    } catch (const std::exception& e) {
        ShowError(_("Could not open the review"), e);
    }
}

void MainFrame::SetAsOf(model::Date date) {
    if (!date.valid() || date == m_as_of) return;
    m_as_of = date;
    m_header->SetAsOf(date);
    RefreshViews();
}

void MainFrame::FocusCurrentView() {
    switch (CurrentView()) {
        case View::Register: RegisterPage()->FocusList(); break;
        case View::Dashboard: DashboardPage()->FocusList(); break;
        case View::Review: ReviewPage()->SetFocus(); break;
        case View::Chronology: ChronologyPage()->FocusList(); break;
        case View::Learning: LearningPage()->FocusList(); break;
        case View::Actions: ActionsPage()->FocusList(); break;
        case View::Assurance: AssurancePage()->FocusList(); break;
    }
}

void MainFrame::FocusSearch() {
    if (CurrentView() == View::Chronology) ChronologyPage()->FocusSearch();
    else m_header->FocusSearch();
}

void MainFrame::SetSearch(const wxString& text) {
    if (CurrentView() == View::Chronology) ChronologyPage()->SetSearch(text);
    else m_header->SetSearchText(text);
}

void MainFrame::OnFirstPaint(std::function<void()> callback) {
    wxWindow* page = PageWindow(CurrentView());
    page->Bind(wxEVT_PAINT, [callback, done = false](wxPaintEvent& event) mutable {
        if (!done) {
            done = true;
            callback();
        }
        event.Skip();
    });
}

void MainFrame::ScheduleRefresh() {
    if (m_refresh_pending) return;
    m_refresh_pending = true;
    CallAfter([this] {
        m_refresh_pending = false;
        RefreshViews();
    });
}

void MainFrame::RefreshViews() {
    m_alerts.reset();
    for (bool& stale : m_stale) stale = true;
    RefreshPage(CurrentView());
}

void MainFrame::RefreshPage(View view) {
    bool& stale = m_stale[static_cast<int>(view)];
    if (!stale) return;
    stale = false;
    try {
        switch (view) {
            case View::Register: RegisterPage()->ShowReviews(m_board->pathways(), m_board->list_reviews(), Alerts()); break;
            case View::Dashboard:
                DashboardPage()->ShowAlerts(Alerts(), m_as_of);
                DashboardPage()->ShowLearningAlerts(m_board->learning().alerts(m_as_of));
                break;
            case View::Review: ReviewPage()->ShowReview(*m_board, m_review_ref, m_as_of); break;
            case View::Chronology: ChronologyPage()->ShowReview(m_chronology_ref); break;
            case View::Learning: LearningPage()->ShowReview(*m_board, m_learning_ref); break;
            case View::Actions: ActionsPage()->ShowActions(*m_board, m_as_of); break;
            case View::Assurance: AssurancePage()->ShowBoard(*m_board, m_as_of); break;
        }
    } catch (const std::exception& e) {
        ShowError(_("Could not show the board"), e);
    }
}

const std::vector<model::ClockState>& MainFrame::Alerts() {
    if (!m_alerts) m_alerts = m_board->alerts(m_as_of);
    return *m_alerts;
}

View MainFrame::CurrentView() const {
    const int page = m_book->GetSelection();
    return page == wxNOT_FOUND ? View::Register : static_cast<View>(page);
}

void MainFrame::OnPageChanged(wxBookCtrlEvent& event) {
    RefreshPage(CurrentView());
    CallAfter([this] { FocusCurrentView(); });
    event.Skip();
}

void MainFrame::RestoreLayout() {
    wxConfigBase* config = wxConfigBase::Get();
    wxRect rect(GetPosition(), GetSize());
    if (config->Read("/Window/X", &rect.x) && config->Read("/Window/Y", &rect.y) &&
        config->Read("/Window/Width", &rect.width) && config->Read("/Window/Height", &rect.height) &&
        wxDisplay::GetFromPoint(rect.GetTopLeft() + wxPoint(40, 40)) != wxNOT_FOUND)
        SetSize(rect);
    if (config->ReadBool("/Window/Maximized", false)) Maximize();
}

void MainFrame::OnClose(wxCloseEvent& event) {
    if (m_remember) {
        wxConfigBase* config = wxConfigBase::Get();
        config->Write("/Window/Maximized", IsMaximized());
        if (!IsMaximized() && !IsIconized()) {
            const wxRect rect = GetScreenRect();
            config->Write("/Window/X", rect.x);
            config->Write("/Window/Y", rect.y);
            config->Write("/Window/Width", rect.width);
            config->Write("/Window/Height", rect.height);
        }
        m_history.Save(*config);
        config->Flush();
    }
    event.Skip();
}

}  // namespace gui
