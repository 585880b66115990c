// SPDX-License-Identifier: MIT
// Reading and writing the multi-agency chronology.
#include "model/core/error.h"
#include "model/storage/store.h"

#include <SQLiteCpp/SQLiteCpp.h>
#include <nlohmann/json.hpp>
#include <sqlite3.h>

#include <algorithm>
#include <cstring>
#include <set>
#include <string_view>
#include <tuple>
#include <unordered_map>

namespace model::storage {
namespace {

const char* const kEntryColumns =
    "e.id, e.agency, e.date_from, e.date_to, e.precision, e.uncertain, e.time_minutes, e.end_date, e.end_minutes, "
    "e.sequence, e.practitioner, e.event, e.details, e.outcome, e.source, e.source_file, e.source_sheet, "
    "e.source_row, e.extra, e.significance, e.analysis, e.human_factors, e.key_episode";

std::optional<int> optional_int(const SQLite::Column& c) {
    if (c.isNull()) return std::nullopt;
    return c.getInt();
}

void read_entry(SQLite::Statement& q, ChronologyEntry& e) {
    e.id = q.getColumn(0).getInt64();
    e.agency = q.getColumn(1).getString();
    e.date.earliest = Date::parse_iso(q.getColumn(2).getString());
    e.date.latest = Date::parse_iso(q.getColumn(3).getString());
    e.date.precision = static_cast<FuzzyDate::Precision>(q.getColumn(4).getInt());
    e.date.uncertain = q.getColumn(5).getInt() != 0;
    e.time = optional_int(q.getColumn(6));
    if (!q.getColumn(7).isNull()) e.end_date = Date::parse_iso(q.getColumn(7).getString());
    e.end_time = optional_int(q.getColumn(8));
    e.sequence = q.getColumn(9).getString();
    e.practitioner = q.getColumn(10).getString();
    e.event = q.getColumn(11).getString();
    e.details = q.getColumn(12).getString();
    e.outcome = q.getColumn(13).getString();
    e.source = q.getColumn(14).getString();
    e.origin.file = q.getColumn(15).getString();
    e.origin.sheet = q.getColumn(16).getString();
    e.origin.row = std::size_t(q.getColumn(17).getInt64());
    const char* extra_text = q.getColumn(18).getText();
    auto extra = std::strcmp(extra_text, "{}") == 0 ? nlohmann::json() : nlohmann::json::parse(extra_text, nullptr, false);
    if (extra.is_object())
        for (auto& [k, v] : extra.items()) e.extra.emplace_back(k, v.is_string() ? v.get<std::string>() : v.dump());
    e.significance = q.getColumn(19).getString();
    e.analysis = q.getColumn(20).getString();
    e.human_factors = q.getColumn(21).getString();
    e.key_episode = q.getColumn(22).getString();
}

void bind_optional(SQLite::Statement& s, int i, const std::optional<int>& v) {
    if (v)
        s.bind(i, *v);
    else
        s.bind(i);
}

}  // namespace

struct Store::EntryInserter::Statements {
    Statements(SQLite::Database& db)
        : entry(db,
                "INSERT INTO chronology_entry(review_id, import_id, agency, date_from, date_to, precision, uncertain, "
                "time_minutes, end_date, end_minutes, sequence, practitioner, event, details, outcome, source, "
                "source_file, source_sheet, source_row, extra, id) VALUES "
                "(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"),
          fts(db, "INSERT INTO chronology_fts(rowid, event, details, outcome, practitioner) VALUES (?,?,?,?,?)") {}
    SQLite::Statement entry;
    SQLite::Statement fts;
    std::int64_t review_id = 0;
    std::int64_t import_id = 0;
    std::int64_t next_id = 0;  // ids are given here, never reusing a withdrawn one (Store::next_free_id)
};

Store::EntryInserter::EntryInserter(Store& store, const std::string& ref, std::int64_t import_id)
    : m(std::make_unique<Statements>(*store.m_db)) {
    m->review_id = store.review_id(ref);
    m->import_id = import_id;
    m->next_id = store.next_free_id("chronology_entry");
}

Store::EntryInserter::~EntryInserter() = default;

Store::EntryInserter::Row Store::EntryInserter::prepare(ChronologyEntry entry) {
    Row row{std::move(entry), {}, {}, {}, "{}"};
    const ChronologyEntry& e = row.entry;
    row.from = e.date.earliest.iso();
    row.to = e.date.latest.iso();
    if (e.end_date) row.end = e.end_date->iso();
    if (!e.extra.empty()) {
        nlohmann::json object = nlohmann::json::object();
        for (const auto& [k, v] : e.extra) object[k] = v;
        row.extra = object.dump();
    }
    return row;
}

// Text is bound without copying (SQLITE_STATIC): the row outlives exec(), and copying 60 MB of an
// import's text into SQLite one more time was a tenth of its time.
std::int64_t Store::EntryInserter::insert(const Row& row) {
    const ChronologyEntry& e = row.entry;
    const std::string& from = row.from;
    const std::string& to = row.to;
    const std::string& end = row.end;
    const std::string& extra = row.extra;
    auto& s = m->entry;
    s.bind(1, m->review_id);
    s.bind(2, m->import_id);
    s.bindNoCopy(3, e.agency);
    s.bindNoCopy(4, from);
    s.bindNoCopy(5, to);
    s.bind(6, static_cast<int>(e.date.precision));
    s.bind(7, e.date.uncertain ? 1 : 0);
    bind_optional(s, 8, e.time);
    if (e.end_date)
        s.bindNoCopy(9, end);
    else
        s.bind(9);
    bind_optional(s, 10, e.end_time);
    s.bindNoCopy(11, e.sequence);
    s.bindNoCopy(12, e.practitioner);
    s.bindNoCopy(13, e.event);
    s.bindNoCopy(14, e.details);
    s.bindNoCopy(15, e.outcome);
    s.bindNoCopy(16, e.source);
    s.bindNoCopy(17, e.origin.file);
    s.bindNoCopy(18, e.origin.sheet);
    s.bind(19, static_cast<std::int64_t>(e.origin.row));
    s.bindNoCopy(20, extra);
    const std::int64_t id = m->next_id++;
    s.bind(21, id);
    s.exec();
    s.reset();
    auto& f = m->fts;
    f.bind(1, id);
    f.bindNoCopy(2, e.event);
    f.bindNoCopy(3, e.details);
    f.bindNoCopy(4, e.outcome);
    f.bindNoCopy(5, e.practitioner);
    f.exec();
    f.reset();
    return id;
}

namespace {
const char* const kDateIndex =
    "CREATE INDEX IF NOT EXISTS chronology_by_date ON chronology_entry(review_id, date_from, precision, time_minutes, agency)";

// FTS5 writes its pending words out as a new segment every time they pass 'hashsize' (1 MiB by
// default) and merges segments as it goes ('automerge'). For 200,000 rows that was dozens of small
// segments merged again and again: about a fifth of an import. A bulk load keeps 32 MiB of words
// pending and merges nothing; the defaults come back before commit, so later writes merge the few
// large segments little by little.
void tune_full_text(SQLite::Database& db, bool bulk) {
    SQLite::Statement s(db, "INSERT INTO chronology_fts(chronology_fts, rank) VALUES (?, ?)");
    for (const auto& [option, value] : {std::pair<const char*, int>{"hashsize", bulk ? 32 << 20 : 1 << 20},
                                        std::pair<const char*, int>{"automerge", bulk ? 0 : 4}}) {
        s.bind(1, option);
        s.bind(2, value);
        s.exec();
        s.reset();
    }
}
}  // namespace

Store::BulkLoad::BulkLoad(Store& store, std::size_t rows) : m_store(store) {
    const auto stored = store.m_db->execAndGet("SELECT count(*) FROM chronology_entry").getInt64();
    if (rows >= 5000 && std::int64_t(rows) > stored) {
        store.m_db->exec("DROP INDEX IF EXISTS chronology_by_date");
        m_dropped = true;
    }
    if (rows >= 5000) {
        tune_full_text(*store.m_db, true);
        m_tuned = true;
    }
}

void Store::BulkLoad::finish() {
    if (m_dropped) m_store.m_db->exec(kDateIndex);
    if (m_tuned) {
        tune_full_text(*m_store.m_db, false);
        // The commit that follows would copy the whole load from the WAL into the database file before
        // returning; release_import_memory() has a second connection do that after the commit instead.
        m_store.m_db->exec("PRAGMA wal_autocheckpoint = 0");
    }
    m_dropped = m_tuned = false;
}

// On an exception the transaction rolls back, which restores the dropped index and the FTS5 settings.
Store::BulkLoad::~BulkLoad() = default;

// FTS5 keeps the hash table it grew for an import's pending words for as long as the connection lives,
// and every later prefix query walks it: after a 200,000-row import, `vis*` took 2.7 s in the importing
// process against 15 ms in a fresh one. Opening the connection again lets the table go. The settings
// are those of Store::Store (store.cpp); WAL mode stays with the file. An in-memory database would
// go with its connection, so it is kept.
void Store::release_import_memory() {
    const std::string file = m_db->getFilename();
    if (file.empty() || file == ":memory:") return;
    auto fresh = std::make_unique<SQLite::Database>(file, SQLite::OPEN_READWRITE | SQLite::OPEN_NOMUTEX);
    fresh->setBusyTimeout(5000);
    fresh->exec("PRAGMA foreign_keys = ON");
    fresh->exec("PRAGMA cache_size = -65536");
    m_db = std::move(fresh);
    checkpoint_in_background();
}

std::int64_t Store::insert_import(const std::string& ref, const std::string& agency, const std::string& file,
                                  const std::string& actor, std::size_t imported, std::size_t rejected) {
    SQLite::Statement s(*m_db,
                        "INSERT INTO chronology_import(review_id, agency, file_name, imported_at, actor, rows_imported, "
                        "rows_rejected, id) VALUES (?,?,?,?,?,?,?,?)");
    s.bind(8, next_free_id("chronology_import"));
    s.bind(1, review_id(ref));
    s.bind(2, agency);
    s.bind(3, file);
    s.bind(4, utc_timestamp());
    s.bind(5, actor);
    s.bind(6, static_cast<std::int64_t>(imported));
    s.bind(7, static_cast<std::int64_t>(rejected));
    s.exec();
    return m_db->getLastInsertRowid();
}

namespace {

// What a timeline mark and a list row's sorting need; the text follows (kTextColumns) for the rows shown.
const char* const kOutlineColumns =
    "e.id, e.agency, e.date_from, e.date_to, e.precision, e.uncertain, e.time_minutes, e.end_date, e.end_minutes, "
    "e.significance, e.key_episode";
const char* const kTextColumns = "e.practitioner, e.event, e.source, e.source_file, e.source_sheet, e.source_row";
const std::string kBriefColumns = std::string(kOutlineColumns) + ", " + kTextColumns;

// Dates are stored as ISO text; Date::parse_iso validates, which a list of 50,000 need not repeat.
Date stored_date(const SQLite::Column& c) {
    const char* t = c.getText();
    if (c.getBytes() != 10 || t[4] != '-' || t[7] != '-') return Date::parse_iso(c.getString());
    auto num = [&](int at, int n) {
        int v = 0;
        for (int i = at; i < at + n; ++i) v = v * 10 + (t[i] - '0');
        return v;
    };
    return Date::from_ymd(num(0, 4), num(5, 2), num(8, 2));
}

void read_outline_entry(SQLite::Statement& q, ChronologyEntry& e) {
    e.id = q.getColumn(0).getInt64();
    e.agency = q.getColumn(1).getString();
    e.date.earliest = stored_date(q.getColumn(2));
    e.date.latest = stored_date(q.getColumn(3));
    e.date.precision = static_cast<FuzzyDate::Precision>(q.getColumn(4).getInt());
    e.date.uncertain = q.getColumn(5).getInt() != 0;
    e.time = optional_int(q.getColumn(6));
    if (!q.getColumn(7).isNull()) e.end_date = stored_date(q.getColumn(7));
    e.end_time = optional_int(q.getColumn(8));
    e.significance = q.getColumn(9).getString();
    e.key_episode = q.getColumn(10).getString();
}

// kTextColumns, from column `at` on.
void read_text(SQLite::Statement& q, int at, ChronologyEntry& e) {
    e.practitioner = q.getColumn(at).getString();
    e.event = q.getColumn(at + 1).getString();
    e.source = q.getColumn(at + 2).getString();
    e.origin.file = q.getColumn(at + 3).getString();
    e.origin.sheet = q.getColumn(at + 4).getString();
    e.origin.row = std::size_t(q.getColumn(at + 5).getInt64());
}

void read_brief_entry(SQLite::Statement& q, ChronologyEntry& e) {
    read_outline_entry(q, e);
    read_text(q, 11, e);
}

// The filtered, ordered entries of a review, each read by `read`.
// `in_table_order`: read the table front to back and sort here. Following the date index costs a
// table seek per entry, twice the time of a straight read plus a sort for a list of tens of thousands.
template <typename Read>
std::vector<ChronologyEntry> query_entries(SQLite::Database& db, const char* columns, const std::string& ref,
                                           const ChronologyFilter& f, Read read, bool in_table_order = false) {
    // (In table order, a join would look the review up once per entry: the subquery does it once.)
    std::string sql = std::string("SELECT ") + columns +
                      (in_table_order ? " FROM chronology_entry e NOT INDEXED WHERE e.review_id = "
                                        "(SELECT id FROM review WHERE ref = ?)"
                                      : " FROM chronology_entry e JOIN review r ON r.id = e.review_id WHERE r.ref = ?");
    // A partial date belongs in a range when any day it can mean does.
    if (f.from) sql += " AND e.date_to >= :from";
    if (f.to) sql += " AND e.date_from <= :to";
    if (!f.significance.empty()) sql += " AND e.significance = :significance";
    if (!f.key_episode.empty()) sql += " AND e.key_episode = :episode";
    if (!f.include_merged) sql += " AND e.merged_into IS NULL";
    if (!f.agencies.empty()) {
        sql += " AND e.agency COLLATE NOCASE IN (";
        for (std::size_t i = 0; i < f.agencies.size(); ++i) sql += i ? ",?" : "?";
        sql += ")";
    }
    if (!in_table_order) sql += " ORDER BY e.date_from, e.precision, e.time_minutes, e.agency, e.id";
    SQLite::Statement q(db, sql);
    q.bind(1, ref);
    if (f.from) q.bind(":from", f.from->iso());
    if (f.to) q.bind(":to", f.to->iso());
    if (!f.significance.empty()) q.bind(":significance", f.significance);
    if (!f.key_episode.empty()) q.bind(":episode", f.key_episode);
    int index = q.getBindParameterCount() - int(f.agencies.size());
    for (const auto& a : f.agencies) q.bind(++index, a);
    std::vector<ChronologyEntry> out;
    {
        // Room for every entry of the review up front (a count over the index, without the table): an
        // entry is large, and growing the vector moved each one several times.
        SQLite::Statement count(db, "SELECT count(*) FROM chronology_entry WHERE review_id = "
                                    "(SELECT id FROM review WHERE ref = ?)");
        count.bind(1, ref);
        if (count.executeStep()) out.reserve(std::size_t(count.getColumn(0).getInt64()));
    }
    while (q.executeStep()) read(q, out.emplace_back());  // in place: an entry is costly to move
    if (in_table_order) {
        // The ORDER BY above, to the letter: no time (NULL) first, agency bytewise. Sorting small keys
        // and moving each entry once is cheaper than sorting the entries themselves; agencies are
        // compared by their rank among the few names there are.
        std::unordered_map<std::string_view, std::uint32_t> agency_rank;
        for (const auto& e : out) agency_rank.emplace(e.agency, 0);
        std::vector<std::string_view> names;
        names.reserve(agency_rank.size());
        for (const auto& [name, rank] : agency_rank) names.push_back(name);
        std::sort(names.begin(), names.end());
        for (std::uint32_t i = 0; i < names.size(); ++i) agency_rank[names[i]] = i;
        struct Key {
            std::int64_t day, id;
            int precision, time;
            std::uint32_t agency, index;
        };
        std::vector<Key> keys;
        keys.reserve(out.size());
        for (std::uint32_t i = 0; i < out.size(); ++i) {
            const ChronologyEntry& e = out[i];
            keys.push_back({e.date.earliest.serial(), e.id, static_cast<int>(e.date.precision), e.time ? *e.time : -1,
                            agency_rank[e.agency], i});
        }
        std::sort(keys.begin(), keys.end(), [](const Key& a, const Key& b) {
            return std::tie(a.day, a.precision, a.time, a.agency, a.id) < std::tie(b.day, b.precision, b.time, b.agency, b.id);
        });
        std::vector<ChronologyEntry> sorted;
        sorted.reserve(out.size());
        for (const Key& k : keys) sorted.push_back(std::move(out[k.index]));
        out = std::move(sorted);
    }

    // Entries that absorbed confirmed duplicates list them.
    // Through the partial index of merged entries (migration 0005): a few rows, not the whole review.
    SQLite::Statement merged(db, "SELECT e.merged_into, e.id FROM chronology_entry e INDEXED BY chronology_merged "
                                 "JOIN review r ON r.id = e.review_id "
                                 "WHERE r.ref = ? AND e.merged_into IS NOT NULL ORDER BY e.id");
    merged.bind(1, ref);
    std::unordered_map<std::int64_t, std::vector<std::int64_t>> by_target;
    while (merged.executeStep()) by_target[merged.getColumn(0).getInt64()].push_back(merged.getColumn(1).getInt64());
    if (!by_target.empty())
        for (auto& e : out)
            if (auto it = by_target.find(e.id); it != by_target.end()) e.merged_from = it->second;
    return out;
}

}  // namespace

void Store::finish_import(std::int64_t import_id, const std::string& agency, std::size_t imported,
                          std::size_t rejected) {
    SQLite::Statement s(*m_db, "UPDATE chronology_import SET agency = ?, rows_imported = ?, rows_rejected = ? WHERE id = ?");
    s.bind(1, agency);
    s.bind(2, static_cast<std::int64_t>(imported));
    s.bind(3, static_cast<std::int64_t>(rejected));
    s.bind(4, import_id);
    s.exec();
}

std::vector<ChronologyEntry> Store::load_entries(const std::string& ref, const ChronologyFilter& f) const {
    return query_entries(*m_db, kEntryColumns, ref, f, read_entry);
}

std::vector<ChronologyEntry> Store::load_brief_entries(const std::string& ref, const ChronologyFilter& f) const {
    return query_entries(*m_db, kBriefColumns.c_str(), ref, f, read_brief_entry, true);
}

std::vector<ChronologyEntry> Store::load_outline_entries(const std::string& ref, const ChronologyFilter& f) const {
    return query_entries(*m_db, kOutlineColumns, ref, f, read_outline_entry, true);
}

void Store::fill_entry_text(ChronologyEntry* first, ChronologyEntry* last) const {
    std::string ids = "[";
    std::unordered_map<std::int64_t, ChronologyEntry*> by_id;
    for (ChronologyEntry* e = first; e != last; ++e) {
        ids += (ids.size() > 1 ? "," : "") + std::to_string(e->id);
        by_id.emplace(e->id, e);
    }
    ids += "]";
    SQLite::Statement q(*m_db, std::string("SELECT e.id, ") + kTextColumns +
                                   " FROM chronology_entry e WHERE e.id IN (SELECT value FROM json_each(?))");
    q.bind(1, ids);
    while (q.executeStep())
        if (auto it = by_id.find(q.getColumn(0).getInt64()); it != by_id.end()) read_text(q, 1, *it->second);
}

AnnotationValues Store::annotation_values(const std::string& ref) const {
    // One straight pass over the table: through the date index it would be a seek per entry.
    SQLite::Statement q(*m_db, "SELECT DISTINCT significance, key_episode FROM chronology_entry NOT INDEXED "
                               "WHERE review_id = ? AND merged_into IS NULL AND (significance <> '' OR key_episode <> '')");
    q.bind(1, review_id(ref));
    std::set<std::string> significances, episodes;
    while (q.executeStep()) {
        if (std::string s = q.getColumn(0).getString(); !s.empty()) significances.insert(std::move(s));
        if (std::string e = q.getColumn(1).getString(); !e.empty()) episodes.insert(std::move(e));
    }
    return {{significances.begin(), significances.end()}, {episodes.begin(), episodes.end()}};
}

std::optional<std::int64_t> Store::merged_into(std::int64_t id) const {
    SQLite::Statement q(*m_db, "SELECT merged_into FROM chronology_entry WHERE id = ?");
    q.bind(1, id);
    if (!q.executeStep() || q.getColumn(0).isNull()) return std::nullopt;
    return q.getColumn(0).getInt64();
}

void Store::clear_merged_into(std::int64_t merged) {
    SQLite::Statement s(*m_db, "UPDATE chronology_entry SET merged_into = NULL WHERE id = ?");
    s.bind(1, merged);
    s.exec();
}

void Store::delete_duplicate_decision(std::int64_t a, std::int64_t b) {
    SQLite::Statement s(*m_db, "DELETE FROM duplicate_decision WHERE a = ? AND b = ?");
    s.bind(1, std::min(a, b));
    s.bind(2, std::max(a, b));
    s.exec();
}

std::optional<ChronologyEntry> Store::load_entry(std::int64_t id) const {
    SQLite::Statement q(*m_db, std::string("SELECT ") + kEntryColumns + " FROM chronology_entry e WHERE e.id = ?");
    q.bind(1, id);
    if (!q.executeStep()) return std::nullopt;
    ChronologyEntry e;
    read_entry(q, e);
    SQLite::Statement merged(*m_db, "SELECT id FROM chronology_entry WHERE merged_into = ? ORDER BY id");
    merged.bind(1, id);
    while (merged.executeStep()) e.merged_from.push_back(merged.getColumn(0).getInt64());
    return e;
}

std::string Store::review_of_entry(std::int64_t id) const {
    SQLite::Statement q(*m_db, "SELECT r.ref FROM chronology_entry e JOIN review r ON r.id = e.review_id WHERE e.id = ?");
    q.bind(1, id);
    return q.executeStep() ? q.getColumn(0).getString() : std::string();
}

std::size_t Store::count_entries(const std::string& ref) const {
    SQLite::Statement q(*m_db, "SELECT count(*) FROM chronology_entry e JOIN review r ON r.id = e.review_id "
                               "WHERE r.ref = ? AND e.merged_into IS NULL");
    q.bind(1, ref);
    q.executeStep();
    return std::size_t(q.getColumn(0).getInt64());
}

void Store::add_search_words(const SearchWords& words) {
    SQLite::Statement s(*m_db, "INSERT OR IGNORE INTO chronology_word(word) VALUES (?)");
    for (const auto& w : words) {
        s.bindNoCopy(1, w);
        s.exec();
        s.reset();
    }
}

void Store::fill_search_words(std::int64_t review_id) {
    SQLite::Statement q(*m_db, "SELECT event, details, outcome, practitioner FROM chronology_entry "
                               "WHERE ?1 = 0 OR review_id = ?1");
    q.bind(1, review_id);
    SearchWords words;
    while (q.executeStep())
        for (int c = 0; c < 4; ++c) {
            const SQLite::Column column = q.getColumn(c);
            collect_search_words(std::string_view(column.getText(), std::size_t(column.getBytes())), words);
        }
    add_search_words(words);
}

std::optional<std::vector<std::string>> Store::search_words_with_prefix(const std::string& folded_prefix,
                                                                        std::size_t most) const {
    // Every word that begins with the prefix sorts between it and the prefix followed by the highest byte.
    SQLite::Statement q(*m_db, "SELECT word FROM chronology_word WHERE word >= ?1 AND word < ?1 || char(1114111) "
                               "ORDER BY word LIMIT ?2");
    q.bind(1, folded_prefix);
    q.bind(2, static_cast<std::int64_t>(most + 1));
    std::vector<std::string> words;
    while (q.executeStep()) words.push_back(q.getColumn(0).getString());
    if (words.size() > most) return std::nullopt;
    return words;
}

namespace {

// Every rowid a full-text query matches, ascending (FTS5's order). SQLiteCpp's getColumn copies a
// shared pointer for each value, which for 200,000 matches cost more than FTS5 finding them; this
// one loop therefore steps the statement through SQLite's C API.
std::vector<std::int64_t> matching_rowids(SQLite::Database& db, const std::string& fts_query) {
    sqlite3_stmt* raw = nullptr;
    const char* sql = "SELECT rowid FROM chronology_fts WHERE chronology_fts MATCH ?";
    if (sqlite3_prepare_v2(db.getHandle(), sql, -1, &raw, nullptr) != SQLITE_OK)
        throw internal_error(std::string("search: ") + sqlite3_errmsg(db.getHandle()));
    const std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt*)> statement(raw, sqlite3_finalize);
    sqlite3_bind_text(raw, 1, fts_query.data(), int(fts_query.size()), SQLITE_STATIC);
    std::vector<std::int64_t> ids;
    int rc;
    while ((rc = sqlite3_step(raw)) == SQLITE_ROW) ids.push_back(sqlite3_column_int64(raw, 0));
    if (rc != SQLITE_DONE) throw internal_error(std::string("search: ") + sqlite3_errmsg(db.getHandle()));
    if (!std::is_sorted(ids.begin(), ids.end())) std::sort(ids.begin(), ids.end());
    return ids;
}

}  // namespace

std::vector<SearchHit> Store::search_entries(const std::string& ref, const std::string& fts_query,
                                             std::size_t limit) const {
    const std::int64_t review = review_id(ref);
    // Beyond this many matches, bm25 over all of them costs more than a keystroke allows (about 9 µs a
    // match: 2,275 matches of a phrase took 20 ms) and ranks by near-equal scores; the earliest matches
    // in date order are more use to a reviewer reading a chronology.
    constexpr std::size_t kRankable = 1000;
    // Every match, once: a prefix query (vis*) merges the doclists of all its words, which costs
    // tens of milliseconds each time, so the query is evaluated as few times as possible.
    const std::vector<std::int64_t> ids = matching_rowids(*m_db, fts_query);
    const bool rank = ids.size() <= kRankable;

    std::vector<std::pair<std::int64_t, double>> top;  // id, score
    if (rank) {
        // bm25 weights: the event text counts most, then details and outcome, then the practitioner.
        SQLite::Statement q(*m_db,
                            "SELECT f.rowid, bm25(chronology_fts, 4.0, 2.0, 2.0, 1.0) AS score FROM chronology_fts f "
                            "JOIN chronology_entry e ON e.id = f.rowid WHERE chronology_fts MATCH ? "
                            "AND e.review_id = ? AND e.merged_into IS NULL ORDER BY score LIMIT ?");
        q.bind(1, fts_query);
        q.bind(2, review);
        q.bind(3, static_cast<std::int64_t>(limit));
        while (q.executeStep()) top.emplace_back(q.getColumn(0).getInt64(), -q.getColumn(1).getDouble());
    } else {
        // Walk the review in date order, keeping the matches.
        SQLite::Statement walk(*m_db, "SELECT id FROM chronology_entry WHERE review_id = ? AND merged_into IS NULL "
                                      "ORDER BY date_from, precision, time_minutes, agency, id");
        walk.bind(1, review);
        while (top.size() < limit && walk.executeStep()) {
            const std::int64_t id = walk.getColumn(0).getInt64();
            if (std::binary_search(ids.begin(), ids.end(), id)) top.emplace_back(id, 0.0);
        }
    }

    // Snippets. One lookup per hit costs a full evaluation per hit for a prefix query; there, one pass
    // over the matches takes the snippets of the hits shown ('+rowid' keeps FTS5 from seeking per id).
    std::unordered_map<std::int64_t, std::string> snippets;
    if (fts_query.find('*') != std::string::npos && !top.empty()) {
        std::string list = "[";
        for (const auto& [id, score] : top) list += (list.size() > 1 ? "," : "") + std::to_string(id);
        list += "]";
        SQLite::Statement q(*m_db, "SELECT rowid, snippet(chronology_fts, -1, '[', ']', '…', 16) FROM chronology_fts "
                                   "WHERE chronology_fts MATCH ? AND +rowid IN (SELECT value FROM json_each(?))");
        q.bind(1, fts_query);
        q.bind(2, list);
        while (q.executeStep()) snippets.emplace(q.getColumn(0).getInt64(), q.getColumn(1).getString());
    }
    SQLite::Statement snippet(*m_db, "SELECT snippet(chronology_fts, -1, '[', ']', '…', 16) FROM chronology_fts "
                                     "WHERE chronology_fts MATCH ? AND rowid = ?");
    SQLite::Statement entry(*m_db, "SELECT date_from, date_to, precision, uncertain, agency FROM chronology_entry "
                                   "WHERE id = ?");
    std::vector<SearchHit> hits;
    for (const auto& [id, score] : top) {
        SearchHit h;
        h.id = id;
        h.score = score;
        entry.bind(1, id);
        if (entry.executeStep()) {
            h.date.earliest = Date::parse_iso(entry.getColumn(0).getString());
            h.date.latest = Date::parse_iso(entry.getColumn(1).getString());
            h.date.precision = static_cast<FuzzyDate::Precision>(entry.getColumn(2).getInt());
            h.date.uncertain = entry.getColumn(3).getInt() != 0;
            h.agency = entry.getColumn(4).getString();
        }
        entry.reset();
        if (auto it = snippets.find(id); it != snippets.end()) {
            h.snippet = std::move(it->second);
        } else if (snippets.empty()) {
            snippet.bind(1, fts_query);
            snippet.bind(2, id);
            if (snippet.executeStep()) h.snippet = snippet.getColumn(0).getString();
            snippet.reset();
        }
        hits.push_back(std::move(h));
    }
    return hits;
}

void Store::update_annotation(std::int64_t id, const std::string& field, const std::string& value) {
    static const char* const allowed[] = {"significance", "analysis", "human_factors", "key_episode"};
    bool ok = false;
    for (const char* a : allowed) ok |= field == a;
    if (!ok) throw internal_error("no annotation field '" + field + "'");
    SQLite::Statement s(*m_db, "UPDATE chronology_entry SET " + field + " = ? WHERE id = ?");
    s.bind(1, value);
    s.bind(2, id);
    s.exec();
}

void Store::set_merged_into(std::int64_t merged, std::int64_t into) {
    SQLite::Statement s(*m_db, "UPDATE chronology_entry SET merged_into = ? WHERE id = ?");
    s.bind(1, into);
    s.bind(2, merged);
    s.exec();
}

void Store::insert_duplicate_decision(const std::string& ref, std::int64_t a, std::int64_t b, bool confirmed,
                                      const std::string& actor) {
    SQLite::Statement s(*m_db,
                        "INSERT OR REPLACE INTO duplicate_decision(review_id, a, b, decision, decided_at, actor) "
                        "VALUES (?,?,?,?,?,?)");
    s.bind(1, review_id(ref));
    s.bind(2, std::min(a, b));
    s.bind(3, std::max(a, b));
    s.bind(4, confirmed ? "confirmed" : "dismissed");
    s.bind(5, utc_timestamp());
    s.bind(6, actor);
    s.exec();
}

std::vector<std::pair<std::int64_t, std::int64_t>> Store::duplicate_decisions(const std::string& ref) const {
    SQLite::Statement q(*m_db, "SELECT d.a, d.b FROM duplicate_decision d JOIN review r ON r.id = d.review_id "
                               "WHERE r.ref = ?");
    q.bind(1, ref);
    std::vector<std::pair<std::int64_t, std::int64_t>> out;
    while (q.executeStep()) out.emplace_back(q.getColumn(0).getInt64(), q.getColumn(1).getInt64());
    return out;
}

void Store::insert_agency(const std::string& ref, const std::string& name) {
    SQLite::Statement s(*m_db, "INSERT OR IGNORE INTO agency(review_id, name) VALUES (?,?)");
    s.bind(1, review_id(ref));
    s.bind(2, name);
    s.exec();
}

std::vector<std::string> Store::agencies(const std::string& ref) const {
    SQLite::Statement q(*m_db, "SELECT a.name FROM agency a JOIN review r ON r.id = a.review_id WHERE r.ref = ? "
                               "ORDER BY a.name COLLATE NOCASE");
    q.bind(1, ref);
    std::vector<std::string> out;
    while (q.executeStep()) out.push_back(q.getColumn(0).getString());
    return out;
}

std::vector<std::string> Store::submitting_agencies(const std::string& ref) const {
    SQLite::Statement q(*m_db, "SELECT DISTINCT e.agency FROM chronology_entry e JOIN review r ON r.id = e.review_id "
                               "WHERE r.ref = ? ORDER BY e.agency COLLATE NOCASE");
    q.bind(1, ref);
    std::vector<std::string> out;
    while (q.executeStep()) out.push_back(q.getColumn(0).getString());
    return out;
}

std::vector<std::pair<std::string, std::string>> Store::agency_mapping(const std::string& agency) const {
    SQLite::Statement q(*m_db, "SELECT header, field FROM agency_mapping WHERE agency = ? ORDER BY header");
    q.bind(1, agency);
    std::vector<std::pair<std::string, std::string>> out;
    while (q.executeStep()) out.emplace_back(q.getColumn(0).getString(), q.getColumn(1).getString());
    return out;
}

void Store::save_agency_mapping(const std::string& agency, const std::vector<std::pair<std::string, std::string>>& mapping) {
    SQLite::Statement s(*m_db, "INSERT OR REPLACE INTO agency_mapping(agency, header, field) VALUES (?,?,?)");
    for (const auto& [header, field] : mapping) {
        s.bind(1, agency);
        s.bind(2, header);
        s.bind(3, field);
        s.exec();
        s.reset();
    }
}

}  // namespace model::storage
