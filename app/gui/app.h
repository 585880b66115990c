// SPDX-License-Identifier: MIT
// The application object: reads the command line, opens the board, shows the main window, and
// for automated runs takes the screenshot, reports startup timing and quits on time.
#pragma once
#include "launch_options.h"

#include <wx/app.h>
#include <wx/timer.h>

#include <chrono>
#include <optional>

namespace gui {

class MainFrame;

class App : public wxApp {
public:
    bool OnInit() override;
    /// The process exit code: one the app decided on (bad arguments 2, unusable board 1), else wx's.
    static int ExitCode(int wx_code);

private:
    /// Reports a fatal problem (stderr when automated, else a dialog), sets the exit code, and
    /// returns false for OnInit to return.
    bool Fail(int code, const wxString& message);
    /// Reports a problem with an argument: fatal (exit 2) when automated, else shown and ignored.
    bool Problem(const wxString& message);
    wxString ChooseDatabase() const;
    void StartAutomation();
    void TakeScreenshot();

    LaunchOptions m_options;
    std::chrono::steady_clock::time_point m_started;
    MainFrame* m_frame = nullptr;
    wxTimer m_shot_timer;
    wxTimer m_quit_timer;
    bool m_shot_taken = false;
    static std::optional<int> s_exit_code;
};

}  // namespace gui

wxDECLARE_APP(gui::App);
