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
  chronology list REF [--from D] [--to D] [--agency A]... [--scope] [--json | --csv]
  chronology show ID [--json]
  chronology search REF QUERY [--limit N] [--json]
  chronology duplicates REF [--min-score X] [--json]
  chronology merge A B | chronology not-duplicate A B
  chronology gaps REF [--min-days N] [--json]
  chronology annotate ID [--significance S] [--analysis T] [--human-factors T] [--episode E]
  chronology export REF -o FILE.csv|FILE.xlsx [filters]

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
        {"chronology", verb_chronology}, {"agency", verb_agency}};

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
