// SPDX-License-Identifier: MIT
#include "model/storage/migrations.h"

#include "model/core/error.h"

#include <SQLiteCpp/SQLiteCpp.h>

namespace model::storage {

int latest_version(const std::vector<Migration>& migrations) {
    int latest = 0;
    for (const auto& m : migrations) latest = std::max(latest, m.version);
    return latest;
}

MigrationResult migrate(SQLite::Database& db, const std::vector<Migration>& migrations) {
    int current = db.execAndGet("PRAGMA user_version").getInt();
    if (current > latest_version(migrations)) return MigrationResult::DatabaseIsNewer;
    bool applied = false;
    for (const auto& m : migrations) {
        if (m.version <= current) continue;
        SQLite::Transaction tx(db, SQLite::TransactionBehavior::IMMEDIATE);
        try {
            // One exec runs the whole file: never split SQL on ';' (triggers contain them).
            db.exec(m.sql);
        } catch (const SQLite::Exception& e) {
            throw internal_error(std::string("migration ") + m.name + " failed: " + e.what());
        }
        db.exec("PRAGMA user_version = " + std::to_string(m.version));
        tx.commit();
        applied = true;
    }
    return applied ? MigrationResult::Migrated : MigrationResult::UpToDate;
}

}  // namespace model::storage
