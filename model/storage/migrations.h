// SPDX-License-Identifier: MIT
// Internal to model/storage.
#pragma once
#include <vector>

namespace SQLite { class Database; }

namespace model::storage {

struct Migration {
    int version;
    const char* name;
    const char* sql;
};

/// Compiled in from schema/migrations/NNNN_*.sql, ordered by version.
const std::vector<Migration>& embedded_migrations();

enum class MigrationResult { UpToDate, Migrated, DatabaseIsNewer };

/// Applies every migration newer than `PRAGMA user_version`, each in its own IMMEDIATE transaction
/// that also sets user_version. A migration that fails leaves the database at the previous version.
MigrationResult migrate(SQLite::Database& db, const std::vector<Migration>& migrations = embedded_migrations());

/// The highest version in `migrations`.
int latest_version(const std::vector<Migration>& migrations = embedded_migrations());

}  // namespace model::storage
