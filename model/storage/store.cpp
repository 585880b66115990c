// SPDX-License-Identifier: MIT
#include "model/storage/store.h"

#include "model/core/error.h"
#include "model/storage/migrations.h"

#include <SQLiteCpp/SQLiteCpp.h>

#include <cerrno>
#include <chrono>
#include <cstring>
#include <ctime>
#include <fcntl.h>
#include <unistd.h>

namespace model::storage {
namespace {

// Create the file ourselves so that it is private from the first byte, whatever the umask; SQLite
// then gives -wal and -shm the same mode.
void create_private_file(const std::string& path) {
    if (path == ":memory:" || path.empty()) return;
    int fd = ::open(path.c_str(), O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0600);
    if (fd >= 0) {
        ::close(fd);
        return;
    }
    if (errno == EEXIST) return;
    throw internal_error("cannot create '" + path + "': " + std::strerror(errno));
}

}  // namespace

std::string utc_timestamp() {
    auto now = std::chrono::system_clock::now();
    auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(now.time_since_epoch()).count() % 1000;
    std::time_t t = std::chrono::system_clock::to_time_t(now);
    std::tm utc{};
    gmtime_r(&t, &utc);
    char buf[80];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", utc.tm_year + 1900, utc.tm_mon + 1,
                  utc.tm_mday, utc.tm_hour, utc.tm_min, utc.tm_sec, int(ms));
    return buf;
}

Store::Store(const std::string& path) {
    create_private_file(path);
    try {
        // One connection per Board, used by one thread at a time (see board.h): no need for SQLite's mutexes.
        m_db = std::make_unique<SQLite::Database>(path, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE | SQLite::OPEN_NOMUTEX);
        m_db->setBusyTimeout(5000);
        m_db->exec("PRAGMA foreign_keys = ON");
        // 64 MiB of page cache: a 200,000-row import otherwise re-reads index pages it just wrote.
        m_db->exec("PRAGMA cache_size = -65536");
        if (path != ":memory:") m_db->execAndGet("PRAGMA journal_mode = WAL");
    } catch (const SQLite::Exception& e) {
        throw internal_error("cannot open '" + path + "': " + e.what());
    }
    MigrationResult result;
    try {
        result = migrate(*m_db);
    } catch (const SQLite::Exception& e) {
        throw internal_error("cannot open '" + path + "': " + e.what());
    }
    if (result == MigrationResult::DatabaseIsNewer)
        throw internal_error("'" + path + "' was written by a newer version of Case Review Manager (schema " +
                             std::to_string(schema_version()) + ", this program knows " +
                             std::to_string(latest_version()) + ")");
    // A board opened for the first time since prefix search got its list of words (0006_search_words.sql).
    if (m_db->execAndGet("SELECT NOT EXISTS (SELECT 1 FROM chronology_word) AND EXISTS (SELECT 1 FROM chronology_entry)")
            .getInt()) {
        Transaction tx(*this);
        fill_search_words(0);
        tx.commit();
    }
}

Store::~Store() {
    if (m_checkpoint.joinable()) m_checkpoint.join();
}

void Store::checkpoint_in_background() {
    if (m_checkpoint.joinable()) m_checkpoint.join();
    m_checkpoint = std::thread([file = m_db->getFilename()] {
        // Best effort: a checkpoint that cannot run now is done by the next commit's own.
        try {
            SQLite::Database db(file, SQLite::OPEN_READWRITE);
            db.setBusyTimeout(5000);
            db.execAndGet("PRAGMA wal_checkpoint(PASSIVE)");
        } catch (const SQLite::Exception&) {
        }
    });
}

int Store::schema_version() const { return m_db->execAndGet("PRAGMA user_version").getInt(); }

Store::Transaction::Transaction(Store& store)
    : m_tx(std::make_unique<SQLite::Transaction>(*store.m_db, SQLite::TransactionBehavior::IMMEDIATE)) {}

Store::Transaction::~Transaction() = default;

void Store::Transaction::commit() { m_tx->commit(); }

void Store::audit(const std::string& actor, const std::string& action, const std::string& review_ref,
                  const std::string& entity, const std::string& entity_id, const std::string& field,
                  const std::string& old_value, const std::string& new_value) {
    SQLite::Statement insert(*m_db,
                             "INSERT INTO audit(at, actor, action, review_ref, entity, entity_id, field, "
                             "old_value, new_value) VALUES (?,?,?,?,?,?,?,?,?)");
    insert.bind(1, utc_timestamp());
    insert.bind(2, actor);
    insert.bind(3, action);
    insert.bind(4, review_ref);
    insert.bind(5, entity);
    insert.bind(6, entity_id);
    insert.bind(7, field);
    insert.bind(8, old_value);
    insert.bind(9, new_value);
    insert.exec();
}

std::vector<AuditEntry> Store::audit_entries(const std::string& review_ref) const {
    SQLite::Statement q(*m_db, review_ref.empty()
                                   ? "SELECT id, at, actor, action, review_ref, entity, entity_id, field, old_value, "
                                     "new_value FROM audit ORDER BY id"
                                   : "SELECT id, at, actor, action, review_ref, entity, entity_id, field, old_value, "
                                     "new_value FROM audit WHERE review_ref = ? ORDER BY id");
    if (!review_ref.empty()) q.bind(1, review_ref);
    std::vector<AuditEntry> out;
    while (q.executeStep()) {
        AuditEntry e;
        e.id = q.getColumn(0).getInt64();
        e.at = q.getColumn(1).getString();
        e.actor = q.getColumn(2).getString();
        e.action = q.getColumn(3).getString();
        e.review_ref = q.getColumn(4).getString();
        e.entity = q.getColumn(5).getString();
        e.entity_id = q.getColumn(6).getString();
        e.field = q.getColumn(7).getString();
        e.old_value = q.getColumn(8).getString();
        e.new_value = q.getColumn(9).getString();
        out.push_back(std::move(e));
    }
    return out;
}

std::int64_t Store::review_id(const std::string& ref) const {
    SQLite::Statement q(*m_db, "SELECT id FROM review WHERE ref = ?");
    q.bind(1, ref);
    if (!q.executeStep()) throw not_found("unknown review '" + ref + "'");
    return q.getColumn(0).getInt64();
}

bool Store::review_exists(const std::string& ref) const {
    SQLite::Statement q(*m_db, "SELECT 1 FROM review WHERE ref = ?");
    q.bind(1, ref);
    return q.executeStep();
}

int Store::last_ref_number(const std::string& prefix, int year) const {
    std::string stem = prefix + "-" + std::to_string(year) + "-";
    SQLite::Statement q(*m_db,
                        "SELECT COALESCE(MAX(CAST(substr(ref, ?) AS INTEGER)), 0) FROM review WHERE ref LIKE ? || '%'");
    q.bind(1, int(stem.size()) + 1);
    q.bind(2, stem);
    q.executeStep();
    return q.getColumn(0).getInt();
}

}  // namespace model::storage
