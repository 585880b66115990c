// SPDX-License-Identifier: MIT
// casereview-cli: the review register from the command line. See docs/cli.md and shared/docs/CLI.md.
#include "context.h"

#include "model/core/error.h"
#include "model/core/resources.h"

#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <map>
#include <pwd.h>
#include <unistd.h>

namespace cli {
// Findings, recommendations, actions (learning_verbs.cpp).
int verb_finding(Context&, const Words&);
int verb_recommendation(Context&, const Words&);
int verb_action(Context&, const Words&);
int verb_actions(Context&, const Words&);
int verb_evidence(Context&, const Words&);
int verb_challenge(Context&, const Words&);
int verb_learning_event(Context&, const Words&);
int verb_themes(Context&, const Words&);
int verb_recurring(Context&, const Words&);
// Case files (casefile_verbs.cpp).
int verb_export(Context&, const Words&);
int verb_import(Context&, const Words&);
// Reports (report_verbs.cpp).
int verb_report(Context&, const Words&);
}  // namespace cli

namespace cli {
// Publication log and redaction (publication_verbs.cpp).
int verb_publication(Context&, const Words&);
int verb_redaction(Context&, const Words&);
}  // namespace cli

namespace {

const char* const kUsage = R"(usage: casereview-cli [--db FILE] [--user NAME] VERB ...

Register, pathways and clocks:
  init                                   create or migrate the database
  demo [--today DATE]                    fill the database with a demo board
  pathways [--json]                      list pathway definitions
  review add --pathway ID --title TEXT --aware DATE [--child PSEUDONYM] [--region R]
  review list [--json]
  review show REF [--as-of DATE] [--json]
  review plan REF --publication DATE     set (or --clear) the planned publication date
  stage complete REF STAGE --date DATE [--note TEXT]
  hold add REF --proceeding TYPE --reason TEXT --from DATE [--to DATE]
  hold end REF --date DATE
  person add REF --name NAME --pseudonym P --role ROLE
  appoint REF --name NAME --role ROLE --declaration TEXT [--organisation O] [--not-independent] [--date DATE]
  terms set REF --agreed DATE [--scope-from D] [--scope-to D] [--question Q]... [--methodology M]
  terms show REF [--json]
  alerts [--as-of DATE] [--status S] [--json]
  calendar add DATE AMOUNT UNIT [--region R]     UNIT: working-days, days, months
  calendar holidays YEAR [--region R] [--json]
  calendar import FILE                   import GOV.UK bank-holidays.json
  audit [REF] [--json]                   the audit trail

Chronology:
  agency add REF NAME | agency list REF  agencies known to be involved
  chronology import REF FILE [--agency NAME] [--map HEADER=FIELD]... [--skip-bad] [--json]
  chronology imports REF [--json]        the review's imports: when, agency, file, entries still listed
  chronology withdraw IMPORT_ID [--json] remove an import's entries (a superseded or wrong submission)
  chronology list REF [--from D] [--to D] [--agency A]... [--scope] [--json | --csv]
  chronology show ID [--json]
  chronology search REF QUERY [--limit N] [--json]
  chronology duplicates REF [--min-score X] [--json]
  chronology merge A B | chronology not-duplicate A B
  chronology unmerge ID                  (undo a confirmed merge)
  chronology values REF [--json]         (significance and episode values in use)
  chronology gaps REF [--min-days N] [--json]
  chronology annotate ID [--significance S] [--analysis T] [--human-factors T] [--episode E]
  chronology export REF -o FILE.csv|FILE.xlsx [filters]

Findings, recommendations, actions:
  themes [--json]                        the controlled list of finding themes
  finding add REF --text T [--kind systemic|good-practice] [--theme THEME] [--evidence ID,...] [--date D]
  finding list REF [--json] | finding show ID [--json]
  finding edit ID [--text T] [--kind systemic|good-practice] [--theme THEME] [--evidence ID,...] [--json]
                                         corrects the fields given (--theme '' / --evidence '' clear)
  recommendation check --text T [--addressee A] [--finding ID,...] [--review REF] [--json]
                                         quality warnings without saving
  recommendation add REF --text T --addressee A --finding ID,... [--type procedure|training|supervision|other]
                     [--date D] [--json]  saves; prints the id, warnings on stderr
  recommendation list REF [--json]       with the count and type mix
  recommendation show ID [--as-of D] [--json]
  recommendation edit ID [--text T] [--addressee A] [--type T] [--finding ID,...] [--json]
                                         corrects the fields given; warnings on stderr
  recommendation respond ID --decision accepted|accepted-in-part|not-accepted --text T [--date D] [--json]
                                         the board's response (replaces an earlier one)
  action add REC --agency A --owner O --due DATE --text T [--agreed DATE]
  action set ID --status S --date DATE [--evidence TEXT]
                                         S: agreed, ratified, implemented, effectiveness-reviewed, closed
  action show ID [--json]                history and evidence
  actions [--as-of D] [--agency A] [--review REF] [--status S] [--rag R] [--json]
  evidence attach ACTION FILE --kind K [--text T] [--date D]
  evidence add ACTION --kind K --text T [--file FILE] [--date D]
                                         K: re-audit, outcome-measure, practitioner-feedback
  evidence get ID -o FILE                write an attached file out
  challenge add REF --agency A --raised DATE --issue T [--board-action T]
  challenge close ID --date DATE --outcome T
  challenge list [REF] [--json]
  learning-event add REF --date DATE --title T [--audience A] [--attendance N] [--presenter P]
  learning-event list [REF] [--json]
  recurring [--min-similarity X] [--json] themes and recommendations recurring across reviews

Case files:
  export REF -o FILE.xml                 the whole review as one XML case file (schema/casefile.xsd)
  import FILE.xml [--json]               import a case file into this board; prints the ref

Reports:
  report REF --template NAME [--format html|docx|odt|xml] -o OUT [--publish] [--as-of DATE] [--json]
                                         render a report (REF optional for board-wide templates);
                                         --publish shows people by pseudonym only, or writes nothing
  report REF --template NAME --check [--json]
                                         what --publish would replace, and every problem; writes nothing
  report templates [--json]              the templates, a board's own copies first

Publication and redaction:
  publication add REF --status S [--date D] [--version-file FILE] [--template NAME] [--format F]
                  [--reason T] [--legal-advice T] [--redaction-notes T] [--board-response FILE]
                                         S: draft, final, sent-to-panel, published-in-full,
                                            published-redacted, not-published (needs --reason)
  publication list REF [--json]          the publication log: versions, statuses, notes
  publication response ENTRY -o FILE     save the board response attached to a log entry
  redaction check REF [--json]           names replaced and problems; exit 2 when not safe
  redaction decide REF --text T --reason R (--safe | --replace-with P) [--where W]
  redaction decisions REF [--json]

Exit codes: 0 success, 2 bad input, 3 not found, 1 other failure.
)";

std::string login_name() {
    if (const char* u = std::getenv("USER"); u && *u) return u;
    if (const passwd* pw = getpwuid(getuid())) return pw->pw_name;
    return "unknown";
}

std::string default_db_path() {
    std::filesystem::path dir = model::user_data_dir();
    std::error_code ec;
    std::filesystem::create_directories(dir, ec);
    std::filesystem::permissions(dir, std::filesystem::perms::owner_all, ec);
    return (dir / "board.db").string();
}

int exit_code(model::ErrorKind kind) {
    switch (kind) {
    case model::ErrorKind::BadInput: return 2;
    case model::ErrorKind::NotFound: return 3;
    case model::ErrorKind::Internal: return 1;
    }
    return 1;
}

}  // namespace

int main(int argc, char** argv) {
    using namespace cli;
    static const std::map<std::string, int (*)(Context&, const Words&)> verbs = {
        {"init", verb_init},         {"demo", verb_demo},       {"pathways", verb_pathways},
        {"review", verb_review},     {"stage", verb_stage},     {"hold", verb_hold},
        {"person", verb_person},     {"appoint", verb_appoint}, {"terms", verb_terms},
        {"alerts", verb_alerts},     {"calendar", verb_calendar}, {"audit", verb_audit},
        {"chronology", verb_chronology}, {"agency", verb_agency},
        {"publication", cli::verb_publication}, {"redaction", cli::verb_redaction},
        {"finding", cli::verb_finding}, {"recommendation", cli::verb_recommendation},
        {"action", cli::verb_action}, {"actions", cli::verb_actions}, {"evidence", cli::verb_evidence},
        {"challenge", cli::verb_challenge}, {"learning-event", cli::verb_learning_event},
        {"themes", cli::verb_themes}, {"recurring", cli::verb_recurring},
        {"export", cli::verb_export}, {"import", cli::verb_import},
        {"report", cli::verb_report}};

    Context context;
    Words words;
    try {
        int i = 1;
        for (; i < argc; ++i) {
            std::string a = argv[i];
            if (a == "--help" || a == "-h") {
                std::cout << kUsage;
                return 0;
            } else if (a == "--db" || a == "--user") {
                if (i + 1 >= argc) throw model::bad_input(a + " needs a value");
                (a == "--db" ? context.db_path : context.user) = argv[++i];
            } else if (a.rfind("--db=", 0) == 0) {
                context.db_path = a.substr(5);
            } else if (a.rfind("--user=", 0) == 0) {
                context.user = a.substr(7);
            } else {
                break;
            }
        }
        if (i >= argc) {
            std::cerr << kUsage;
            return 2;
        }
        std::string verb = argv[i++];
        auto it = verbs.find(verb);
        if (it == verbs.end()) throw model::bad_input("unknown verb '" + verb + "' (see casereview-cli --help)");
        for (; i < argc; ++i) words.emplace_back(argv[i]);
        if (context.db_path.empty()) context.db_path = default_db_path();
        if (context.user.empty()) context.user = login_name();
        return it->second(context, words);
    } catch (const model::Error& e) {
        std::cerr << "error: " << e.what() << '\n';
        return exit_code(e.kind());
    } catch (const std::exception& e) {
        std::cerr << "error: " << e.what() << '\n';
        return 1;
    }
}
