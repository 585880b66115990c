// SPDX-License-Identifier: MIT
#include "model/core/resources.h"

#include "model/core/error.h"

#include <cstdlib>
#include <filesystem>
#include <vector>

namespace model {

std::string user_data_dir() {
    if (const char* xdg = std::getenv("XDG_DATA_HOME"); xdg && *xdg) return std::string(xdg) + "/casereview";
    const char* home = std::getenv("HOME");
    return std::string(home && *home ? home : ".") + "/.local/share/casereview";
}

std::string find_resource(const std::string& relative) {
    std::vector<std::string> roots;
    if (const char* env = std::getenv("CASEREVIEW_DATA_DIR"); env && *env) roots.emplace_back(env);
    roots.push_back(user_data_dir());
    roots.emplace_back(CASEREVIEW_INSTALL_DATADIR);
    roots.emplace_back(CASEREVIEW_SOURCE_DIR);
    std::string searched;
    for (const auto& root : roots) {
        std::filesystem::path p = std::filesystem::path(root) / relative;
        std::error_code ec;
        if (std::filesystem::exists(p, ec)) return p.string();
        searched += (searched.empty() ? "" : ", ") + root;
    }
    throw not_found("cannot find '" + relative + "' (looked in " + searched + ")");
}

}  // namespace model
