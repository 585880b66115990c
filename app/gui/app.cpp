// SPDX-License-Identifier: MIT
#include "app.h"

#include "format.h"
#include "main_frame.h"
#include "screenshot.h"

#include "model/core/error.h"
#include "model/core/resources.h"
#include "model/register/board.h"

#include <wx/config.h>
#include <wx/fileconf.h>
#include <wx/filename.h>
#include <wx/stdpaths.h>
#include <wx/image.h>
#include <wx/msgdlg.h>
#include <wx/uilocale.h>
#include <wx/utils.h>

#include <clocale>
#include <cstdio>
#include <cstdlib>
#include <string>

wxIMPLEMENT_APP_NO_MAIN(gui::App);

int main(int argc, char** argv) { return gui::App::ExitCode(wxEntry(argc, argv)); }

namespace gui {

std::optional<int> App::s_exit_code;

int App::ExitCode(int wx_code) { return s_exit_code.value_or(wx_code); }

bool App::Fail(int code, const wxString& message) {
    s_exit_code = code;
    if (m_options.Automated())
        std::fprintf(stderr, "error: %s\n", message.utf8_str().data());
    else
        wxMessageBox(message, _("Case Review Manager"), wxOK | wxICON_ERROR);
    return false;
}

bool App::Problem(const wxString& message) {
    if (m_options.Automated()) return Fail(2, message);
    std::fprintf(stderr, "error: %s\n", message.utf8_str().data());
    wxMessageBox(message + "\n\n" + _("Case Review Manager will start with its defaults."),
                 _("Case Review Manager"), wxOK | wxICON_WARNING);
    return true;
}

namespace {

// A machine left in the C locale (a fresh install, a server, CI) would show dates month-first. This
// is a UK product, so there, and only there, prefer British English when it is installed.
void PreferBritishOverC() {
    const char* current = std::setlocale(LC_ALL, "");
    const std::string name = current ? current : "C";
    if (name != "C" && name != "POSIX" && name.rfind("C.", 0) != 0) return;
    if (!std::setlocale(LC_ALL, "en_GB.UTF-8")) return;
    ::unsetenv("LC_ALL");
    ::setenv("LANG", "en_GB.UTF-8", 1);
}

}  // namespace

bool App::OnInit() {
    m_started = std::chrono::steady_clock::now();
    PreferBritishOverC();
    wxUILocale::UseDefault();  // dates and numbers as the user expects them
    SetAppName("casereview");
    SetAppDisplayName(_("Case Review Manager"));
    // Settings (window layout, recent boards) in ~/.config/casereview/, as the XDG spec asks.
    wxStandardPaths::Get().SetFileLayout(wxStandardPaths::FileLayout_XDG);
    wxConfigBase::Set(new wxFileConfig(GetAppName(), wxString(), wxString(), wxString(),
                                       wxCONFIG_USE_LOCAL_FILE | wxCONFIG_USE_SUBDIR));

    wxString message;
    std::vector<wxString> problems;
    switch (ParseLaunchOptions(argc, argv, m_options, message, problems)) {
        case ParseOutcome::Help:
            std::printf("%s\n", message.utf8_str().data());
            s_exit_code = 0;
            return false;
        case ParseOutcome::Error:
            std::fprintf(stderr, "error: %s\n", message.utf8_str().data());
            s_exit_code = 2;
            return false;
        case ParseOutcome::Run: break;
    }
    for (const wxString& problem : problems)
        if (!Problem(problem)) return false;
    if (!m_options.screenshot.empty()) wxInitAllImageHandlers();

    const wxString path = ChooseDatabase();
    const auto open_started = std::chrono::steady_clock::now();
    std::unique_ptr<model::Board> board;
    try {
        board = model::Board::open(S8(path), model::PathwayLibrary::load_default());
        board->set_actor(S8(wxGetUserId()));
    } catch (const std::exception& e) {
        return Fail(1, wxString::Format(_("cannot open the board %s: %s"), path, U8(e.what())));
    }

    std::string ref = m_options.open_ref;
    if (!ref.empty()) {
        try {
            board->get_review(ref);
        } catch (const model::Error& e) {
            if (!Problem(U8(e.what()))) return false;
            ref.clear();
        }
    }
    View view = m_options.view_given ? m_options.view : (ref.empty() ? View::Register : View::Review);
    if ((view == View::Review || view == View::Chronology || view == View::Learning) && ref.empty()) {
        const auto reviews = board->list_reviews();
        if (!reviews.empty()) ref = reviews.front().ref;
    }

    // A report dialog opened from the command line acts on the open review, else the first one.
    const bool report_dialog = !m_options.report.empty() || m_options.redaction_report || !m_options.dialog.empty();
    if (report_dialog && ref.empty()) {
        const auto reviews = board->list_reviews();
        if (!reviews.empty()) ref = reviews.front().ref;
        else if (!Problem(_("--report, --redaction-report and --dialog need a review, and the board has none"))) return false;
    }

    const model::Date as_of = m_options.as_of.valid() ? m_options.as_of : model::Date::today();
    m_frame = new MainFrame(std::move(board), !m_options.Automated(), as_of, view);
    m_frame->Bind(wxEVT_DESTROY, [this](wxWindowDestroyEvent& event) {
        if (event.GetEventObject() == m_frame) m_frame = nullptr;
        event.Skip();
    });
    if (!ref.empty()) {
        m_frame->OpenReview(ref, view);
        if (view != View::Review && view != View::Chronology && view != View::Learning) m_frame->ShowView(view);
    }
    if (!m_options.draft.empty()) m_frame->SetRecommendationDraft(S8(m_options.draft));
    if (m_options.entry > 0) {
        try {
            m_frame->ShowChronologyEntry(m_options.entry);
        } catch (const model::Error& e) {
            if (!Problem(U8(e.what()))) {
                m_frame->Destroy();
                return false;
            }
        }
    }
    if (!m_options.search.empty()) m_frame->SetSearch(m_options.search);
    if (m_options.startup_timing) {
        m_frame->OnFirstPaint([open_started] {
            const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() -
                                                                                  open_started);
            std::fprintf(stderr, "startup: database open to first paint %lld ms\n", static_cast<long long>(ms.count()));
        });
    }
    StartAutomation();
    m_frame->Show();
    m_frame->FocusSearch();  // typing at once finds a review (or searches the chronology on its page)
    if (report_dialog && !ref.empty()) {
        try {
            if (!m_options.dialog.empty()) m_frame->ShowDialog(m_options.dialog, m_options.file, m_options.Automated());
            else if (!m_options.report.empty()) m_frame->ShowReportPreview(ref, m_options.report, m_options.published);
            else m_frame->ShowRedactionReport(ref);
        } catch (const model::Error& e) {
            if (!Problem(U8(e.what()))) {
                m_frame->Destroy();
                return false;
            }
        }
    }
    return true;
}

wxString App::ChooseDatabase() const {
    if (!m_options.db.empty()) return m_options.db;
    wxString last;
    if (wxConfigBase::Get()->Read("/Board/Last", &last) && wxFileName::FileExists(last)) return last;
    const wxString dir = U8(model::user_data_dir());
    if (!wxFileName::DirExists(dir)) wxFileName::Mkdir(dir, 0700, wxPATH_MKDIR_FULL);
    return wxFileName(dir, "board.db").GetFullPath();
}

void App::StartAutomation() {
    if (!m_options.screenshot.empty()) {
        m_shot_timer.Bind(wxEVT_TIMER, [this](wxTimerEvent&) { TakeScreenshot(); });
        // Shoot a little after the central view first paints, once the rest has settled too.
        m_frame->OnFirstPaint([this] { m_shot_timer.StartOnce(400); });
    }
    if (m_options.quit_after >= 0) {
        const auto elapsed =
            std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - m_started);
        const long left = std::max(1L, m_options.quit_after - static_cast<long>(elapsed.count()));
        m_quit_timer.Bind(wxEVT_TIMER, [this](wxTimerEvent&) {
            if (!m_options.screenshot.empty()) TakeScreenshot();
            m_shot_timer.Stop();
            if (m_frame) m_frame->Close(true);
            m_frame = nullptr;
        });
        m_quit_timer.StartOnce(static_cast<int>(left));
    }
}

void App::TakeScreenshot() {
    if (m_shot_taken || !m_frame) return;
    m_shot_taken = true;
    const wxString problem = SaveScreenshot(m_frame->ScreenshotWindow(), m_options.screenshot);
    if (!problem.empty()) {
        std::fprintf(stderr, "error: screenshot: %s\n", problem.utf8_str().data());
        s_exit_code = 1;
    }
}

}  // namespace gui
