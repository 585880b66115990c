// SPDX-License-Identifier: MIT
// Exports hold data about children: written private, whole or not at all, never over a device or folder.
#include "model/core/error.h"
#include "model/core/private_file.h"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <sys/stat.h>
#include <unistd.h>

namespace fs = std::filesystem;

TEST_CASE("A private file is 0600, replaces an old one whole, and refuses non-regular targets", "[files]") {
    const fs::path dir = fs::temp_directory_path() / ("casereview-private-" + std::to_string(::getpid()));
    fs::create_directories(dir);
    const auto file = (dir / "export.csv").string();
    { std::ofstream(file) << "old"; }
    ::chmod(file.c_str(), 0644);

    model::write_private_file(file, "new contents");
    std::stringstream read;
    read << std::ifstream(file).rdbuf();
    CHECK(read.str() == "new contents");
    struct stat st {};
    REQUIRE(::stat(file.c_str(), &st) == 0);
    CHECK((st.st_mode & 0777) == 0600);
    CHECK_FALSE(fs::exists(file + ".part"));

    fs::create_directories(dir / "folder.csv");
    CHECK_THROWS_AS(model::write_private_file((dir / "folder.csv").string(), "x"), model::Error);
    fs::create_symlink(file, dir / "link.csv");
    CHECK_THROWS_AS(model::write_private_file((dir / "link.csv").string(), "x"), model::Error);
    CHECK_THROWS_AS(model::write_private_file((dir / "no-such-folder" / "x.csv").string(), "x"), model::Error);
    fs::remove_all(dir);
}
