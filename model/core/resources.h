// SPDX-License-Identifier: MIT
#pragma once
#include <string>
#include <vector>

namespace model {

/// Finds a shipped data file or folder (e.g. "templates/pathways", "schema/pathway.xsd"), looking in
/// order: $CASEREVIEW_DATA_DIR (tests), the user's data directory ($XDG_DATA_HOME/casereview, where a
/// board keeps its edited copies), the installed share/casereview, then the source tree.
/// @throws model::Error (NotFound) listing the places searched.
std::string find_resource(const std::string& relative);

/// Every existing location of `relative`, highest priority first, in the order find_resource()
/// searches. When $CASEREVIEW_DATA_DIR is set, only that location counts (tests stay hermetic).
std::vector<std::string> find_resources(const std::string& relative);

/// The user's data directory for Case Review Manager ($XDG_DATA_HOME/casereview or
/// ~/.local/share/casereview). Not created.
std::string user_data_dir();

}  // namespace model
