// SPDX-License-Identifier: MIT
// A board edits a pathway by putting its own copy in the user data directory: that copy replaces the
// shipped one of the same id, and the other shipped pathways stay.
#include "model/pathway/pathway_library.h"

#include "test_support.h"

#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <optional>
#include <sstream>
#include <unistd.h>

namespace fs = std::filesystem;

using testing::ScopedEnv;

namespace {


std::string read(const fs::path& p) {
    std::ifstream in(p);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

}  // namespace

TEST_CASE("A board's edited pathway replaces the shipped one by id, the others stay", "[pathway]") {
    const fs::path home = fs::temp_directory_path() / ("casereview-xdg-" + std::to_string(::getpid()));
    const fs::path own = home / "casereview" / "templates" / "pathways";
    fs::create_directories(own);

    std::string cspr = read(fs::path(CASEREVIEW_SOURCE_DIR) / "templates/pathways/cspr-england.xml");
    const std::string from = "amount=\"15\"";
    REQUIRE(cspr.find(from) != std::string::npos);
    cspr.replace(cspr.find(from), from.size(), "amount=\"10\"");  // this board agreed a shorter rapid review
    std::ofstream(own / "cspr-england.xml") << cspr;

    ScopedEnv env;
    env.set("CASEREVIEW_DATA_DIR", nullptr);
    env.set("XDG_DATA_HOME", home.c_str());
    const auto library = model::PathwayLibrary::load_default();
    fs::remove_all(home);

    CHECK(library.all().size() == 10);
    CHECK(library.get("cspr-england").find_clock("rapid-review")->duration.amount == 10);
    CHECK(library.get("scr-england").find_clock("notification")->duration.amount == 5);
}
