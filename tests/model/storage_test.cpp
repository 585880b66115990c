// SPDX-License-Identifier: MIT
// The board file: private to its owner, migrated on open, refused when newer, audit append-only.
#include "model/core/error.h"
#include "model/register/board.h"
#include "model/storage/migrations.h"
#include "test_pathways.h"

#include <catch2/catch.hpp>
#include <SQLiteCpp/SQLiteCpp.h>
#include <sqlite3.h>

#include <filesystem>
#include <fstream>
#include <sys/stat.h>
#include <unistd.h>

namespace fs = std::filesystem;

namespace {

struct TempDb {
    fs::path dir = fs::temp_directory_path() / ("casereview-test-" + std::to_string(::getpid()) + "-" +
                                                std::to_string(reinterpret_cast<std::uintptr_t>(this)));
    fs::path file = dir / "board.db";
    TempDb() { fs::create_directories(dir); }
    ~TempDb() { fs::remove_all(dir); }
};

int exec_sql(const fs::path& file, const char* sql) {
    sqlite3* db = nullptr;
    sqlite3_open(file.c_str(), &db);
    int rc = sqlite3_exec(db, sql, nullptr, nullptr, nullptr);
    sqlite3_close(db);
    return rc;
}

}  // namespace

TEST_CASE("A new board file is readable by its owner only, whatever the umask", "[storage]") {
    TempDb tmp;
    mode_t old = ::umask(0);
    model::Board::open(tmp.file.string(), testing::mini_library());
    ::umask(old);
    struct stat st {};
    REQUIRE(::stat(tmp.file.c_str(), &st) == 0);
    CHECK((st.st_mode & 0777) == 0600);
}

TEST_CASE("Opening applies every migration once and records the schema version", "[storage][migrations]") {
    TempDb tmp;
    const int latest = model::storage::latest_version();
    REQUIRE(latest >= 1);
    {
        auto b = model::Board::open(tmp.file.string(), testing::mini_library());
        CHECK(b->schema_version() == latest);
        b->add_review({"mini-cspr", "Kept across reopen", model::Date::parse_iso("2025-01-02")});
    }
    auto again = model::Board::open(tmp.file.string(), testing::mini_library());
    CHECK(again->schema_version() == latest);
    REQUIRE(again->list_reviews().size() == 1);
    CHECK(again->list_reviews()[0].title == "Kept across reopen");
}

TEST_CASE("Migrations run in order, each in its own transaction", "[storage][migrations]") {
    TempDb tmp;
    const std::vector<model::storage::Migration> steps = {
        {1, "0001_a", "CREATE TABLE a(x INTEGER);"},
        {2, "0002_b", "CREATE TABLE b(y INTEGER); INSERT INTO a VALUES (1);"},
        {3, "0003_broken", "CREATE TABLE c(z INTEGER); THIS IS NOT SQL;"}};
    SQLite::Database db(tmp.file.string(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    CHECK_THROWS_AS(model::storage::migrate(db, steps), model::Error);
    // The broken third step left the database at version 2, with nothing of step 3 in it.
    CHECK(db.execAndGet("PRAGMA user_version").getInt() == 2);
    CHECK(db.tableExists("b"));
    CHECK_FALSE(db.tableExists("c"));
    CHECK(db.execAndGet("SELECT count(*) FROM a").getInt() == 1);

    const std::vector<model::storage::Migration> fixed = {steps[0], steps[1], {3, "0003_fixed", "CREATE TABLE c(z);"}};
    CHECK(model::storage::migrate(db, fixed) == model::storage::MigrationResult::Migrated);
    CHECK(model::storage::migrate(db, fixed) == model::storage::MigrationResult::UpToDate);
    CHECK(db.execAndGet("SELECT count(*) FROM a").getInt() == 1);  // step 2 did not run twice
}

TEST_CASE("A database written by a newer program is refused, not damaged", "[storage][migrations]") {
    TempDb tmp;
    model::Board::open(tmp.file.string(), testing::mini_library());
    REQUIRE(exec_sql(tmp.file, "PRAGMA user_version = 999") == SQLITE_OK);
    try {
        model::Board::open(tmp.file.string(), testing::mini_library());
        FAIL("opened a newer database");
    } catch (const model::Error& e) {
        CHECK(std::string(e.what()).find("newer version") != std::string::npos);
    }
}

TEST_CASE("A file that is not a board is refused with its name", "[storage]") {
    TempDb tmp;
    { std::ofstream(tmp.file) << "this is a spreadsheet, not a database\n"; }
    try {
        model::Board::open(tmp.file.string(), testing::mini_library());
        FAIL("opened garbage");
    } catch (const model::Error& e) {
        CHECK(std::string(e.what()).find(tmp.file.string()) != std::string::npos);
    }
}

TEST_CASE("The audit trail cannot be edited or deleted, even with SQL", "[storage][audit]") {
    TempDb tmp;
    {
        auto b = model::Board::open(tmp.file.string(), testing::mini_library());
        b->add_review({"mini-cspr", "T", model::Date::parse_iso("2025-01-02")});
    }
    CHECK(exec_sql(tmp.file, "UPDATE audit SET actor = 'someone else'") != SQLITE_OK);
    CHECK(exec_sql(tmp.file, "DELETE FROM audit") != SQLITE_OK);
}
