// SPDX-License-Identifier: MIT
// The desktop app's command line:
//   casereview [--db FILE] [--open REF] [--view NAME] [--as-of YYYY-MM-DD] [--screenshot FILE.png]
//              [--quit-after MS] [--startup-timing] [--draft TEXT] [--search TEXT] [--entry ID]
//              [--dialog import|imports|duplicates|gaps|response] [--file PATH]
//              [--report TEMPLATE [--published]] [--redaction-report]
#pragma once
#include "main_frame.h"

#include "model/core/date.h"

#include <wx/string.h>

#include <string>
#include <vector>

namespace gui {

struct LaunchOptions {
    wxString db;             ///< empty: the last board used, else the default board
    std::string open_ref;    ///< review to open
    View view = View::Register;
    bool view_given = false;
    model::Date as_of;       ///< invalid: today
    wxString screenshot;     ///< PNG to write once the window has painted
    long quit_after = -1;    ///< ms from startup; -1: run until closed
    bool startup_timing = false;
    wxString draft;          ///< recommendation draft to open the Learning page's editor on
    wxString search;         ///< text typed in the shown view's search box
    long entry = 0;          ///< chronology entry to show selected (0: none)
    std::string dialog;      ///< dialog to open on the open review: import, duplicates, gaps, response
    wxString file;           ///< the submission --dialog import previews
    std::string report;      ///< template to open the report preview on (the open or first review)
    bool published = false;  ///< the preview shows the published (redacted) version
    bool redaction_report = false;  ///< open the redaction report of the open or first review

    /// Run by a script (screenshots, tests): errors go to stderr, nothing is remembered.
    bool Automated() const { return !screenshot.empty() || quit_after >= 0; }
};

enum class ParseOutcome { Run, Help, Error };

/// Parses the command line. Malformed input (an unknown option, a missing value) is an Error with
/// a message; values that parse but make no sense (a bad date, an unknown view) are collected in
/// `problems` with the option reset to its default, so an interactive run can report and go on.
ParseOutcome ParseLaunchOptions(int argc, wxChar** argv, LaunchOptions& options, wxString& message,
                                std::vector<wxString>& problems);

}  // namespace gui
