// SPDX-License-Identifier: MIT
// export, import: whole-review XML case files (docs/case-files.md).
#include "args.h"
#include "context.h"

#include "model/casefile/case_file.h"
#include "model/core/error.h"
#include "model/core/private_file.h"

#include <nlohmann/json.hpp>

#include <iostream>

namespace cli {

int verb_export(Context& c, const Words& w) {
    Args a("export", w, {}, {"-o", "--output"});
    a.expect_positionals(1);
    const std::string out = a.get("-o").value_or(a.get("--output").value_or(""));
    if (out.empty()) throw model::bad_input("export: -o FILE.xml is required");
    const std::string document = c.board().case_files().export_xml(a.positional(0, "REF"));
    // Special-category data about children: owner-only, and never a half-written file.
    model::write_private_file(out, document);
    return 0;
}

int verb_import(Context& c, const Words& w) {
    Args a("import", w, {"--json"}, {});
    a.expect_positionals(1);
    const model::CaseFileImport result = c.board().case_files().import_file(a.positional(0, "FILE.xml"));
    if (a.flag("--json"))
        std::cout << nlohmann::json{{"ref", result.ref}, {"rows", result.rows}, {"entries", result.entries}}.dump(2)
                  << '\n';
    else
        std::cout << result.ref << '\n';
    return 0;
}

}  // namespace cli
