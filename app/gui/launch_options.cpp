// SPDX-License-Identifier: MIT
#include "launch_options.h"

#include "format.h"

#include <wx/cmdline.h>
#include <wx/msgout.h>

namespace gui {
namespace {

/// Collects what wxCmdLineParser would print, so the app can word and route it itself.
class CapturedOutput : public wxMessageOutput {
public:
    wxString text;

protected:
    void Output(const wxString& str) override { text += str; }
};

const wxCmdLineEntryDesc kOptions[] = {
    {wxCMD_LINE_SWITCH, "h", "help", "show this help", wxCMD_LINE_VAL_NONE, wxCMD_LINE_OPTION_HELP},
    {wxCMD_LINE_OPTION, nullptr, "db", "board database file", wxCMD_LINE_VAL_STRING, 0},
    {wxCMD_LINE_OPTION, nullptr, "open", "open the review with this reference", wxCMD_LINE_VAL_STRING, 0},
    {wxCMD_LINE_OPTION, nullptr, "view", "register (default), dashboard, review, chronology, learning, recommendations, actions or assurance", wxCMD_LINE_VAL_STRING, 0},
    {wxCMD_LINE_OPTION, nullptr, "as-of", "compute clocks as of YYYY-MM-DD (default today)", wxCMD_LINE_VAL_STRING, 0},
    {wxCMD_LINE_OPTION, nullptr, "screenshot", "save a PNG of the window once painted", wxCMD_LINE_VAL_STRING, 0},
    {wxCMD_LINE_OPTION, nullptr, "quit-after", "quit this many milliseconds after startup", wxCMD_LINE_VAL_NUMBER, 0},
    {wxCMD_LINE_OPTION, nullptr, "draft", "open the recommendation editor on this draft (with --view recommendations)",
     wxCMD_LINE_VAL_STRING, 0},
    {wxCMD_LINE_OPTION, nullptr, "dialog", "open a dialog on the open review: import (with --file), imports, duplicates, gaps or response",
     wxCMD_LINE_VAL_STRING, 0},
    {wxCMD_LINE_OPTION, nullptr, "file", "with --dialog import: the agency submission to preview", wxCMD_LINE_VAL_STRING, 0},
    {wxCMD_LINE_OPTION, nullptr, "entry", "show this chronology entry (its id), selected on its review's chronology",
     wxCMD_LINE_VAL_NUMBER, 0},
    {wxCMD_LINE_OPTION, nullptr, "search", "type this in the search box of the view shown (the chronology's on its page, else the register's)",
     wxCMD_LINE_VAL_STRING, 0},
    {wxCMD_LINE_SWITCH, nullptr, "startup-timing", "print the time from opening the database to first paint",
     wxCMD_LINE_VAL_NONE, 0},
    {wxCMD_LINE_OPTION, nullptr, "report", "open the report preview with this template (e.g. final-report)",
     wxCMD_LINE_VAL_STRING, 0},
    {wxCMD_LINE_SWITCH, nullptr, "published", "with --report: preview the published (redacted) version",
     wxCMD_LINE_VAL_NONE, 0},
    {wxCMD_LINE_SWITCH, nullptr, "redaction-report", "open the redaction report of the review", wxCMD_LINE_VAL_NONE, 0},
    {wxCMD_LINE_NONE, nullptr, nullptr, nullptr, wxCMD_LINE_VAL_NONE, 0},
};

}  // namespace

ParseOutcome ParseLaunchOptions(int argc, wxChar** argv, LaunchOptions& options, wxString& message,
                                std::vector<wxString>& problems) {
    wxCmdLineParser parser(kOptions, argc, argv);
    parser.SetLogo(_("Case Review Manager: the review register, clocks and chair's dashboard."));
    CapturedOutput captured;
    wxMessageOutput* previous = wxMessageOutput::Set(&captured);
    const int rc = parser.Parse(false);
    if (rc == -1) parser.Usage();
    wxMessageOutput::Set(previous);
    message = captured.text.Strip(wxString::both);
    if (rc == -1) return ParseOutcome::Help;
    if (rc != 0) {
        message.Replace("\n", "; ");
        return ParseOutcome::Error;
    }

    wxString value;
    if (parser.Found("db", &value)) options.db = value;
    if (parser.Found("open", &value)) options.open_ref = S8(value);
    if (parser.Found("view", &value)) {
        options.view_given = true;
        if (value == "register") options.view = View::Register;
        else if (value == "dashboard") options.view = View::Dashboard;
        else if (value == "review") options.view = View::Review;
        else if (value == "chronology") options.view = View::Chronology;
        else if (value == "learning" || value == "recommendations") options.view = View::Learning;
        else if (value == "actions") options.view = View::Actions;
        else if (value == "assurance") options.view = View::Assurance;
        else {
            options.view_given = false;
            problems.push_back(wxString::Format("unknown view '%s' (expected register, dashboard, review, chronology, learning, recommendations, actions or assurance)", value));
        }
    }
    if (parser.Found("as-of", &value)) {
        if (auto date = model::Date::try_parse_iso(S8(value))) options.as_of = *date;
        else problems.push_back(wxString::Format("invalid date '%s' for --as-of (expected YYYY-MM-DD)", value));
    }
    parser.Found("screenshot", &options.screenshot);
    long ms = -1;
    if (parser.Found("quit-after", &ms)) {
        if (ms < 0) problems.push_back(wxString::Format("invalid --quit-after %ld (expected milliseconds >= 0)", ms));
        else options.quit_after = ms;
    }
    options.startup_timing = parser.Found("startup-timing");
    parser.Found("draft", &options.draft);
    parser.Found("search", &options.search);
    if (parser.Found("dialog", &value)) {
        options.dialog = S8(value);
        if (options.dialog != "import" && options.dialog != "imports" && options.dialog != "duplicates" &&
            options.dialog != "gaps" && options.dialog != "response")
            problems.push_back(
                wxString::Format("unknown --dialog '%s' (expected import, imports, duplicates, gaps or response)", value));
    }
    parser.Found("file", &options.file);
    if (options.dialog == "import" && options.file.empty()) problems.push_back("--dialog import needs --file PATH");
    if (!options.file.empty() && options.dialog != "import") problems.push_back("--file goes with --dialog import");
    long entry = 0;
    if (parser.Found("entry", &entry)) {
        if (entry <= 0) problems.push_back(wxString::Format("invalid --entry %ld (expected an entry id)", entry));
        else options.entry = entry;
    }
    if (parser.Found("report", &value)) options.report = S8(value);
    options.published = parser.Found("published");
    options.redaction_report = parser.Found("redaction-report");
    if (options.published && options.report.empty())
        problems.push_back("--published needs --report TEMPLATE");
    return ParseOutcome::Run;
}

}  // namespace gui
