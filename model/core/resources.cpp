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

namespace {

std::vector<std::string> search_roots() {
    if (const char* env = std::getenv("CASEREVIEW_DATA_DIR"); env && *env) return {env};
    return {user_data_dir(), CASEREVIEW_INSTALL_DATADIR, CASEREVIEW_SOURCE_DIR};
}

}  // namespace

std::vector<std::string> find_resources(const std::string& relative) {
    std::vector<std::string> found;
    for (const auto& root : search_roots()) {
        std::filesystem::path p = std::filesystem::path(root) / relative;
        std::error_code ec;
        if (std::filesystem::exists(p, ec)) found.push_back(p.string());
    }
    return found;
}

std::string find_resource(const std::string& relative) {
    auto found = find_resources(relative);
    if (!found.empty()) return found.front();
    std::string searched;
    for (const auto& root : search_roots()) searched += (searched.empty() ? "" : ", ") + root;
    throw not_found("cannot find '" + relative + "' (looked in " + searched + ")");
}

}  // namespace model
