// SPDX-License-Identifier: MIT
// Reading and writing the multi-agency chronology.
#include "model/core/error.h"
#include "model/storage/store.h"

#include <SQLiteCpp/SQLiteCpp.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstring>
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

ChronologyEntry read_entry(SQLite::Statement& q) {
    ChronologyEntry e;
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
    return e;
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
                "source_file, source_sheet, source_row, extra) VALUES "
                "(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"),
          fts(db, "INSERT INTO chronology_fts(rowid, event, details, outcome, practitioner) VALUES (?,?,?,?,?)"),
          db(db) {}
    SQLite::Statement entry;
    SQLite::Statement fts;
    SQLite::Database& db;
    std::int64_t review_id = 0;
    std::int64_t import_id = 0;
};

Store::EntryInserter::EntryInserter(Store& store, const std::string& ref, std::int64_t import_id)
    : m(std::make_unique<Statements>(*store.m_db)) {
    m->review_id = store.review_id(ref);
    m->import_id = import_id;
}

Store::EntryInserter::~EntryInserter() = default;

std::int64_t Store::EntryInserter::insert(const ChronologyEntry& e) {
    auto& s = m->entry;
    s.bind(1, m->review_id);
    s.bind(2, m->import_id);
    s.bind(3, e.agency);
    s.bind(4, e.date.earliest.iso());
    s.bind(5, e.date.latest.iso());
    s.bind(6, static_cast<int>(e.date.precision));
    s.bind(7, e.date.uncertain ? 1 : 0);
    bind_optional(s, 8, e.time);
    if (e.end_date)
        s.bind(9, e.end_date->iso());
    else
        s.bind(9);
    bind_optional(s, 10, e.end_time);
    s.bind(11, e.sequence);
    s.bind(12, e.practitioner);
    s.bind(13, e.event);
    s.bind(14, e.details);
    s.bind(15, e.outcome);
    s.bind(16, e.source);
    s.bind(17, e.origin.file);
    s.bind(18, e.origin.sheet);
    s.bind(19, static_cast<std::int64_t>(e.origin.row));
    if (e.extra.empty()) {
        s.bind(20, "{}");
    } else {
        nlohmann::json extra = nlohmann::json::object();
        for (const auto& [k, v] : e.extra) extra[k] = v;
        s.bind(20, extra.dump());
    }
    s.exec();
    s.reset();
    const std::int64_t id = m->db.getLastInsertRowid();
    auto& f = m->fts;
    f.bind(1, id);
    f.bind(2, e.event);
    f.bind(3, e.details);
    f.bind(4, e.outcome);
    f.bind(5, e.practitioner);
    f.exec();
    f.reset();
    return id;
}

namespace {
const char* const kDateIndex =
    "CREATE INDEX IF NOT EXISTS chronology_by_date ON chronology_entry(review_id, date_from, precision, time_minutes, agency)";
}

Store::BulkLoad::BulkLoad(Store& store, std::size_t rows) : m_store(store) {
    const auto stored = store.m_db->execAndGet("SELECT count(*) FROM chronology_entry").getInt64();
    if (rows >= 5000 && std::int64_t(rows) > stored) {
        store.m_db->exec("DROP INDEX IF EXISTS chronology_by_date");
        m_dropped = true;
    }
}

void Store::BulkLoad::finish() {
    if (m_dropped) m_store.m_db->exec(kDateIndex);
    m_dropped = false;
}

// On an exception the transaction rolls back, which restores the dropped index with it.
Store::BulkLoad::~BulkLoad() = default;

std::int64_t Store::insert_import(const std::string& ref, const std::string& agency, const std::string& file,
                                  const std::string& actor, std::size_t imported, std::size_t rejected) {
    SQLite::Statement s(*m_db,
                        "INSERT INTO chronology_import(review_id, agency, file_name, imported_at, actor, rows_imported, "
                        "rows_rejected) VALUES (?,?,?,?,?,?,?)");
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

std::vector<ChronologyEntry> Store::load_entries(const std::string& ref, const ChronologyFilter& f) const {
    std::string sql = std::string("SELECT ") + kEntryColumns +
                      " FROM chronology_entry e JOIN review r ON r.id = e.review_id WHERE r.ref = ?";
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
    sql += " ORDER BY e.date_from, e.precision, e.time_minutes, e.agency, e.id";
    SQLite::Statement q(*m_db, sql);
    q.bind(1, ref);
    if (f.from) q.bind(":from", f.from->iso());
    if (f.to) q.bind(":to", f.to->iso());
    if (!f.significance.empty()) q.bind(":significance", f.significance);
    if (!f.key_episode.empty()) q.bind(":episode", f.key_episode);
    int index = q.getBindParameterCount() - int(f.agencies.size());
    for (const auto& a : f.agencies) q.bind(++index, a);
    std::vector<ChronologyEntry> out;
    while (q.executeStep()) out.push_back(read_entry(q));

    // Entries that absorbed confirmed duplicates list them.
    SQLite::Statement merged(*m_db,
                             "SELECT e.merged_into, e.id FROM chronology_entry e JOIN review r ON r.id = e.review_id "
                             "WHERE r.ref = ? AND e.merged_into IS NOT NULL ORDER BY e.id");
    merged.bind(1, ref);
    std::unordered_map<std::int64_t, std::vector<std::int64_t>> by_target;
    while (merged.executeStep()) by_target[merged.getColumn(0).getInt64()].push_back(merged.getColumn(1).getInt64());
    if (!by_target.empty())
        for (auto& e : out)
            if (auto it = by_target.find(e.id); it != by_target.end()) e.merged_from = it->second;
    return out;
}

std::optional<ChronologyEntry> Store::load_entry(std::int64_t id) const {
    SQLite::Statement q(*m_db, std::string("SELECT ") + kEntryColumns + " FROM chronology_entry e WHERE e.id = ?");
    q.bind(1, id);
    if (!q.executeStep()) return std::nullopt;
    ChronologyEntry e = read_entry(q);
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

std::vector<SearchHit> Store::search_entries(const std::string& ref, const std::string& fts_query,
                                             std::size_t limit) const {
    const std::int64_t review = review_id(ref);
    // Beyond this many matches, bm25 over all of them costs more than a keystroke allows and ranks by
    // near-zero word weights; the earliest matches in date order are more use to a reviewer.
    constexpr int kRankable = 5000;
    SQLite::Statement probe(*m_db, "SELECT count(*) FROM (SELECT rowid FROM chronology_fts WHERE chronology_fts MATCH ? "
                                   "LIMIT ?)");
    probe.bind(1, fts_query);
    probe.bind(2, kRankable + 1);
    probe.executeStep();
    const bool rank = probe.getColumn(0).getInt() <= kRankable;

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
        // Collect the matching ids once (one pass over the index), then walk the review in date order.
        SQLite::Statement all(*m_db, "SELECT rowid FROM chronology_fts WHERE chronology_fts MATCH ?");
        all.bind(1, fts_query);
        std::vector<std::int64_t> ids;
        while (all.executeStep()) ids.push_back(all.getColumn(0).getInt64());
        std::sort(ids.begin(), ids.end());
        SQLite::Statement walk(*m_db, "SELECT id FROM chronology_entry WHERE review_id = ? AND merged_into IS NULL "
                                      "ORDER BY date_from, precision, time_minutes, agency, id");
        walk.bind(1, review);
        while (top.size() < limit && walk.executeStep()) {
            const std::int64_t id = walk.getColumn(0).getInt64();
            if (std::binary_search(ids.begin(), ids.end(), id)) top.emplace_back(id, 0.0);
        }
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
        snippet.bind(1, fts_query);
        snippet.bind(2, id);
        if (snippet.executeStep()) h.snippet = snippet.getColumn(0).getString();
        snippet.reset();
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
