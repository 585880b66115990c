// SPDX-License-Identifier: MIT
// A review's imports with what became of their entries, and withdrawing one: its entries, their
// full-text rows and the duplicate decisions naming them go; the agency stays known to be involved.
#include "model/core/error.h"
#include "model/storage/store.h"

#include <SQLiteCpp/SQLiteCpp.h>

#include <map>
#include <memory>
#include <set>

namespace model::storage {
namespace {

// Every import of a review (or the one given), oldest first, with its counts. Three passes, each
// over little: the review's entries once, the findings' evidence, and the merged entries through
// their partial index (migration 0005).
std::vector<ImportRecord> query_imports(SQLite::Database& db, std::int64_t review_id,
                                        std::optional<std::int64_t> only) {
    SQLite::Statement q(db, "SELECT i.id, r.ref, i.agency, i.file_name, i.imported_at, i.actor, i.rows_imported, "
                            "i.rows_rejected FROM chronology_import i JOIN review r ON r.id = i.review_id "
                            "WHERE i.review_id = ?1 AND (?2 IS NULL OR i.id = ?2) ORDER BY i.imported_at, i.id");
    q.bind(1, review_id);
    if (only) q.bind(2, *only);
    std::vector<ImportRecord> out;
    while (q.executeStep()) {
        ImportRecord r;
        r.id = q.getColumn(0).getInt64();
        r.review = q.getColumn(1).getString();
        r.agency = q.getColumn(2).getString();
        r.file = q.getColumn(3).getString();
        r.imported_at = q.getColumn(4).getString();
        r.actor = q.getColumn(5).getString();
        r.rows_imported = std::size_t(q.getColumn(6).getInt64());
        r.rows_rejected = std::size_t(q.getColumn(7).getInt64());
        out.push_back(std::move(r));
    }
    if (out.empty()) return out;
    std::map<std::int64_t, ImportRecord*> by_id;
    for (auto& r : out) by_id.emplace(r.id, &r);
    const auto record = [&](const SQLite::Column& c) -> ImportRecord* {
        if (c.isNull()) return nullptr;
        const auto it = by_id.find(c.getInt64());
        return it == by_id.end() ? nullptr : it->second;
    };

    SQLite::Statement entries(db, "SELECT import_id, count(*), sum(merged_into IS NULL), "
                                  "sum(significance <> '' OR analysis <> '' OR human_factors <> '' OR key_episode <> '') "
                                  "FROM chronology_entry WHERE review_id = ?1 AND import_id IS NOT NULL "
                                  "AND (?2 IS NULL OR import_id = ?2) GROUP BY import_id");
    entries.bind(1, review_id);
    if (only) entries.bind(2, *only);
    while (entries.executeStep())
        if (ImportRecord* r = record(entries.getColumn(0))) {
            r->entries = std::size_t(entries.getColumn(1).getInt64());
            r->listed = std::size_t(entries.getColumn(2).getInt64());
            r->annotated = std::size_t(entries.getColumn(3).getInt64());
        }

    // CROSS JOIN keeps the (few) evidence links outermost rather than walking the review's entries.
    SQLite::Statement evidence(db, "SELECT e.import_id, count(DISTINCT fe.entry_id) FROM finding_evidence fe "
                                   "CROSS JOIN chronology_entry e ON e.id = fe.entry_id "
                                   "WHERE e.review_id = ? GROUP BY e.import_id");
    evidence.bind(1, review_id);
    while (evidence.executeStep())
        if (ImportRecord* r = record(evidence.getColumn(0))) r->evidence = std::size_t(evidence.getColumn(1).getInt64());

    SQLite::Statement merges(db, "SELECT e.id, e.import_id, t.id, t.import_id FROM chronology_entry e "
                                 "INDEXED BY chronology_merged CROSS JOIN chronology_entry t ON t.id = e.merged_into "
                                 "WHERE e.merged_into IS NOT NULL AND e.review_id = ?");
    merges.bind(1, review_id);
    std::map<ImportRecord*, std::set<std::int64_t>> merged;  // an entry absorbing two counts once
    while (merges.executeStep())
        for (int c : {0, 2})
            if (ImportRecord* r = record(merges.getColumn(c + 1))) merged[r].insert(merges.getColumn(c).getInt64());
    for (const auto& [r, ids] : merged) r->merged = ids.size();
    return out;
}

}  // namespace

std::vector<ImportRecord> Store::imports(const std::string& ref) const {
    return query_imports(*m_db, review_id(ref), std::nullopt);
}

std::optional<ImportRecord> Store::load_import(std::int64_t import_id) const {
    SQLite::Statement q(*m_db, "SELECT review_id FROM chronology_import WHERE id = ?");
    q.bind(1, import_id);
    if (!q.executeStep()) return std::nullopt;
    auto found = query_imports(*m_db, q.getColumn(0).getInt64(), import_id);
    if (found.empty()) return std::nullopt;
    return std::move(found.front());
}

std::vector<Store::CitingFinding> Store::findings_citing_import(std::int64_t import_id) const {
    SQLite::Statement q(*m_db, "SELECT f.id, f.number, fe.entry_id FROM finding_evidence fe "
                               "CROSS JOIN chronology_entry e ON e.id = fe.entry_id JOIN finding f ON f.id = fe.finding_id "
                               "WHERE e.import_id = ? ORDER BY f.number, fe.entry_id");
    q.bind(1, import_id);
    std::vector<CitingFinding> out;
    while (q.executeStep()) {
        const std::int64_t id = q.getColumn(0).getInt64();
        if (out.empty() || out.back().id != id) out.push_back({id, q.getColumn(1).getInt(), {}});
        out.back().entries.push_back(q.getColumn(2).getInt64());
    }
    return out;
}

std::vector<Store::CrossingMerge> Store::merges_across_import(std::int64_t import_id) const {
    // IS, not =: an entry of no import (NULL) is outside every import.
    SQLite::Statement q(*m_db, "SELECT e.id, e.merged_into, e.import_id IS ?1 FROM chronology_entry e "
                               "INDEXED BY chronology_merged "
                               "CROSS JOIN chronology_entry t ON t.id = e.merged_into "
                               "WHERE e.merged_into IS NOT NULL AND (e.import_id IS ?1) <> (t.import_id IS ?1) "
                               "ORDER BY e.id");
    q.bind(1, import_id);
    std::vector<CrossingMerge> out;
    while (q.executeStep())
        out.push_back({q.getColumn(0).getInt64(), q.getColumn(1).getInt64(), q.getColumn(2).getInt() != 0});
    return out;
}

std::int64_t Store::next_free_id(const std::string& table) const {
    if (table != "chronology_entry" && table != "chronology_import") throw internal_error("no id floor for " + table);
    SQLite::Statement q(*m_db, "SELECT max(coalesce((SELECT max(id) FROM " + table + "), 0), "
                               "coalesce((SELECT last_id FROM id_floor WHERE name = ?), 0)) + 1");
    q.bind(1, table);
    q.executeStep();
    return q.getColumn(0).getInt64();
}

namespace {
void raise_id_floor(SQLite::Database& db, const char* table, std::int64_t id) {
    SQLite::Statement s(db, "INSERT INTO id_floor(name, last_id) VALUES (?, ?) "
                            "ON CONFLICT(name) DO UPDATE SET last_id = max(last_id, excluded.last_id)");
    s.bind(1, table);
    s.bind(2, id);
    s.exec();
}
}  // namespace

Store::DeletedImport Store::delete_import(std::int64_t import_id) {
    SQLite::Statement review(*m_db, "SELECT review_id FROM chronology_import WHERE id = ?");
    review.bind(1, import_id);
    if (!review.executeStep()) throw internal_error("no chronology import " + std::to_string(import_id));
    const std::int64_t review_id = review.getColumn(0).getInt64();
    review.reset();

    // Every statement below names the import's entries as ?1 (review) and ?2 (import): the review's
    // id lets the date index find them (there is no index on import_id).
    const auto statement = [&](const char* sql) {
        auto q = std::make_unique<SQLite::Statement>(*m_db, sql);
        q->bind(1, review_id);
        q->bind(2, import_id);
        return q;
    };
    const auto run = [&](const char* sql) { return static_cast<std::size_t>(statement(sql)->exec()); };

    // chronology_fts is an external-content table: FTS5 finds what to unindex only in the values it
    // is given, which must be those indexed. An import (EntryInserter) and a case file both indexed
    // the stored event, details, outcome and practitioner, which nothing changes afterwards.
    run("INSERT INTO chronology_fts(chronology_fts, rowid, event, details, outcome, practitioner) "
        "SELECT 'delete', id, event, details, outcome, practitioner FROM chronology_entry "
        "WHERE review_id = ?1 AND import_id = ?2");
    DeletedImport out;
    out.duplicate_decisions = run("DELETE FROM duplicate_decision WHERE review_id = ?1 AND "
                                  "(a IN (SELECT id FROM chronology_entry WHERE review_id = ?1 AND import_id = ?2) OR "
                                  " b IN (SELECT id FROM chronology_entry WHERE review_id = ?1 AND import_id = ?2))");
    // A redaction decision made for a place in one of these entries ("chronology 412 event") is about
    // text that no longer exists: it goes with the entry.
    out.redaction_decisions = run("DELETE FROM redaction_decision WHERE review_id = ?1 AND scope LIKE 'chronology %' "
                                  "AND CAST(substr(scope, 12) AS INTEGER) IN "
                                  "(SELECT id FROM chronology_entry WHERE review_id = ?1 AND import_id = ?2)");
    const auto range = statement("SELECT coalesce(min(id), 0), coalesce(max(id), 0) FROM chronology_entry "
                                 "WHERE review_id = ?1 AND import_id = ?2");
    if (range->executeStep()) {
        out.first_id = range->getColumn(0).getInt64();
        out.last_id = range->getColumn(1).getInt64();
    }
    // One statement: merges between two of its entries are checked once all are gone.
    out.entries = run("DELETE FROM chronology_entry WHERE review_id = ?1 AND import_id = ?2");
    // The next import starts above what went (see next_free_id).
    if (out.last_id) raise_id_floor(*m_db, "chronology_entry", out.last_id);
    raise_id_floor(*m_db, "chronology_import", import_id);

    // Its words stay in chronology_word (the list prefix search expands a prefix from): a word no
    // entry has any more expands to a search term that matches nothing, which is harmless, and
    // another import may share it; working out which words only these entries had is not worth it.
    SQLite::Statement import(*m_db, "DELETE FROM chronology_import WHERE id = ?");
    import.bind(1, import_id);
    import.exec();
    return out;
}

}  // namespace model::storage
