// SPDX-License-Identifier: MIT
// Every row of one review, out of one database and into another (see docs/case-files.md).
#include "model/storage/store_casefile.h"

#include "model/core/error.h"
#include "model/pathway/safe_xml.h"
#include "model/storage/store.h"

#include <SQLiteCpp/SQLiteCpp.h>

#include <algorithm>
#include <map>
#include <set>

namespace model::storage {
namespace {

using casefile::CaseData;
using casefile::ColumnSpec;
using casefile::Row;
using casefile::Table;
using casefile::TableSpec;
using casefile::ValueKind;

/// How a table's rows are found for one review, and which column ties a new row to it.
struct Scope {
    const char* owner;   ///< column set to the review's new row id (or ref); empty when none
    const char* filter;  ///< WHERE clause; :rid is the review's row id, :ref its ref
    const char* order;   ///< ORDER BY: row ids, so that an imported review reads out the same
};

struct TableDef {
    TableSpec spec;
    Scope scope;
};

ColumnSpec col(const char* name, ValueKind kind, bool nullable = false, const char* ref_table = "") {
    return ColumnSpec{name, kind, nullable, ref_table};
}

constexpr bool kNull = true;
const char* const kByReview = "review_id = :rid";
const char* const kByReviewAction =
    "action_id IN (SELECT a.id FROM action_item a JOIN recommendation r ON r.id = a.recommendation_id "
    "WHERE r.review_id = :rid)";

// Parents before children. Adding a table here means adding it to schema/casefile.xsd too (the
// round-trip and validation tests fail otherwise); uncovered_tables() notices one forgotten.
const std::vector<TableDef>& definitions() {
    using K = ValueKind;
    static const std::vector<TableDef> defs = {
        {{"review", "", {col("ref", K::Token), col("pathway_id", K::Token), col("region", K::Token),
                         col("aware", K::Date), col("planned_publication", K::Date, kNull),
                         col("created_at", K::Stamp), col("title", K::Text), col("child", K::Text)}},
         {"", "id = :rid", "id"}},
        {{"stage_completion", "", {col("stage_id", K::Token), col("completed_on", K::Date), col("note", K::Text)}},
         {"review_id", kByReview, "id"}},
        {{"hold", "", {col("from_date", K::Date), col("to_date", K::Date, kNull), col("proceeding", K::Text),
                       col("reason", K::Text)}},
         {"review_id", kByReview, "id"}},
        {{"person", "", {col("name", K::Text), col("pseudonym", K::Text), col("role", K::Text)}},
         {"review_id", kByReview, "id"}},
        {{"appointment", "", {col("independent", K::Boolean), col("appointed_on", K::Date), col("name", K::Text),
                              col("role", K::Text), col("organisation", K::Text), col("declaration", K::Text)}},
         {"review_id", kByReview, "id"}},
        {{"terms_of_reference", "t", {col("version", K::Integer), col("scope_from", K::Date, kNull),
                                      col("scope_to", K::Date, kNull), col("agreed_on", K::Date),
                                      col("methodology", K::Text), col("recorded_by", K::Text)}},
         {"review_id", kByReview, "id"}},
        {{"key_question", "", {col("terms_id", K::Ref, false, "terms_of_reference"), col("position", K::Integer),
                               col("text", K::Text)}},
         {"", "terms_id IN (SELECT id FROM terms_of_reference WHERE review_id = :rid)", "terms_id, position"}},
        {{"agency", "", {col("name", K::Text)}}, {"review_id", kByReview, "id"}},
        {{"chronology_import", "i", {col("imported_at", K::Stamp), col("rows_imported", K::Integer),
                                     col("rows_rejected", K::Integer), col("agency", K::Text),
                                     col("file_name", K::Text), col("actor", K::Text)}},
         {"review_id", kByReview, "id"}},
        {{"chronology_entry", "e",
          {col("import_id", K::Ref, kNull, "chronology_import"), col("merged_into", K::Ref, kNull, "chronology_entry"),
           col("date_from", K::Date), col("date_to", K::Date), col("precision", K::Integer),
           col("uncertain", K::Boolean), col("time_minutes", K::Integer, kNull), col("end_date", K::Date, kNull),
           col("end_minutes", K::Integer, kNull), col("source_row", K::Integer), col("agency", K::Text),
           col("sequence", K::Text), col("practitioner", K::Text), col("event", K::Text), col("details", K::Text),
           col("outcome", K::Text), col("source", K::Text), col("source_file", K::Text),
           col("source_sheet", K::Text), col("extra", K::Text), col("significance", K::Text),
           col("analysis", K::Text), col("human_factors", K::Text), col("key_episode", K::Text)}},
         {"review_id", kByReview, "id"}},
        {{"duplicate_decision", "", {col("a", K::Ref, false, "chronology_entry"), col("b", K::Ref, false, "chronology_entry"),
                                     col("decision", K::Token), col("decided_at", K::Stamp), col("actor", K::Text)}},
         {"review_id", kByReview, "a, b"}},
        // Learning (0003_learning.sql): findings, recommendations, action plans and their evidence.
        {{"finding", "f", {col("number", K::Integer), col("kind", K::Token), col("recorded_on", K::Date),
                           col("theme", K::Text), col("text", K::Text)}},
         {"review_id", kByReview, "id"}},
        {{"finding_evidence", "", {col("finding_id", K::Ref, false, "finding"),
                                   col("entry_id", K::Ref, false, "chronology_entry")}},
         {"", "finding_id IN (SELECT id FROM finding WHERE review_id = :rid)", "finding_id, entry_id"}},
        {{"recommendation", "r", {col("number", K::Integer), col("type", K::Token), col("made_on", K::Date),
                                  col("text", K::Text), col("addressee", K::Text)}},
         {"review_id", kByReview, "id"}},
        {{"recommendation_finding", "", {col("recommendation_id", K::Ref, false, "recommendation"),
                                         col("finding_id", K::Ref, false, "finding")}},
         {"", "recommendation_id IN (SELECT id FROM recommendation WHERE review_id = :rid)",
          "recommendation_id, finding_id"}},
        // The board's response to each recommendation (0007_recommendation_response.sql).
        {{"recommendation_response", "", {col("recommendation_id", K::Ref, false, "recommendation"),
                                          col("decision", K::Token), col("responded_on", K::Date),
                                          col("text", K::Text), col("recorded_by", K::Text)}},
         {"", "recommendation_id IN (SELECT id FROM recommendation WHERE review_id = :rid)", "recommendation_id"}},
        {{"action_item", "a", {col("recommendation_id", K::Ref, false, "recommendation"), col("due_on", K::Date),
                               col("agreed_on", K::Date), col("ratified_on", K::Date, kNull),
                               col("implemented_on", K::Date, kNull), col("reviewed_on", K::Date, kNull),
                               col("closed_on", K::Date, kNull), col("agency", K::Text), col("owner", K::Text),
                               col("text", K::Text)}},
         {"", "recommendation_id IN (SELECT id FROM recommendation WHERE review_id = :rid)", "id"}},
        {{"action_status_change", "", {col("action_id", K::Ref, false, "action_item"), col("status", K::Token),
                                       col("changed_on", K::Date), col("recorded_at", K::Stamp),
                                       col("evidence", K::Text), col("actor", K::Text)}},
         {"", kByReviewAction, "id"}},
        {{"impact_evidence", "", {col("action_id", K::Ref, false, "action_item"), col("kind", K::Token),
                                  col("recorded_on", K::Date), col("file_size", K::Integer), col("sha256", K::Token),
                                  col("text", K::Text), col("file_name", K::Text), col("recorded_by", K::Text),
                                  col("content", K::Blob, kNull)}},
         {"", kByReviewAction, "id"}},
        {{"challenge", "", {col("raised_on", K::Date), col("closed_on", K::Date, kNull), col("agency", K::Text),
                            col("issue", K::Text), col("board_action", K::Text), col("outcome", K::Text)}},
         {"review_id", kByReview, "id"}},
        {{"learning_event", "", {col("held_on", K::Date), col("attendance", K::Integer), col("title", K::Text),
                                 col("audience", K::Text), col("presenter", K::Text)}},
         {"review_id", kByReview, "id"}},
        // Publication (0004_publication.sql): the log, with the board's response kept inside.
        {{"publication_entry", "", {col("version", K::Integer), col("status", K::Token), col("status_date", K::Date),
                                    col("file_sha256", K::Token), col("file_size", K::Integer),
                                    col("format", K::Token), col("response_sha256", K::Token),
                                    col("response_size", K::Integer), col("recorded_at", K::Stamp),
                                    col("file_name", K::Text), col("template", K::Text), col("reasons", K::Text),
                                    col("legal_advice", K::Text), col("redaction_notes", K::Text),
                                    col("response_name", K::Text), col("recorded_by", K::Text),
                                    col("response_content", K::Blob, kNull)}},
         {"review_id", kByReview, "id"}},
        {{"redaction_decision", "", {col("decided_at", K::Stamp), col("text", K::Text), col("scope", K::Text),
                                     col("replacement", K::Text), col("reason", K::Text), col("decided_by", K::Text)}},
         {"review_id", kByReview, "id"}},
        {{"audit", "", {col("at", K::Stamp), col("action", K::Token), col("entity", K::Token),
                        col("entity_id", K::Token), col("field", K::Token), col("actor", K::Text),
                        col("old_value", K::Text), col("new_value", K::Text)}},
         {"review_ref", "review_ref = :ref", "id"}},
    };
    return defs;
}

bool has_param(const char* sql, const char* name) { return std::string(sql).find(name) != std::string::npos; }

std::string column_list(const TableSpec& spec) {
    std::string out;
    for (const auto& c : spec.columns) out += (out.empty() ? "" : ", ") + c.name;
    return out;
}

std::optional<std::string> read_value(const SQLite::Column& c, ValueKind kind) {
    if (c.isNull()) return std::nullopt;
    switch (kind) {
    case ValueKind::Blob: return std::string(static_cast<const char*>(c.getBlob()), std::size_t(c.getBytes()));
    case ValueKind::Integer:
    case ValueKind::Boolean:
    case ValueKind::Ref: return std::to_string(c.getInt64());
    default: return c.getString();
    }
}

using IdMaps = std::map<std::string, std::map<std::string, std::int64_t>>;  // table → local id → row id

}  // namespace

const std::vector<TableSpec>& CaseFileStore::tables() {
    static const std::vector<TableSpec> specs = [] {
        std::vector<TableSpec> out;
        for (const auto& d : definitions()) out.push_back(d.spec);
        return out;
    }();
    return specs;
}

CaseData CaseFileStore::read(const std::string& ref) const {
    const std::int64_t rid = m_store.review_id(ref);
    SQLite::Database& db = m_store.database();
    CaseData data;
    std::map<std::string, std::map<std::string, std::string>> local_ids;  // table → row id → local id
    for (std::size_t t = 0; t < definitions().size(); ++t) {
        const TableDef& def = definitions()[t];
        const TableSpec& spec = tables()[t];
        const bool with_id = !spec.id_prefix.empty();
        SQLite::Statement q(db, std::string("SELECT ") + (with_id ? "id, " : "") + column_list(spec) + " FROM " +
                                    spec.table + " WHERE " + def.scope.filter + " ORDER BY " + def.scope.order);
        if (has_param(def.scope.filter, ":rid")) q.bind(":rid", rid);
        if (has_param(def.scope.filter, ":ref")) q.bind(":ref", ref);
        Table table{&spec, {}};
        const int first = with_id ? 1 : 0;
        while (q.executeStep()) {
            Row row;
            if (with_id) {
                row.local_id = spec.id_prefix + std::to_string(table.rows.size() + 1);
                local_ids[spec.table][q.getColumn(0).getString()] = row.local_id;
            }
            for (std::size_t c = 0; c < spec.columns.size(); ++c)
                row.values.push_back(read_value(q.getColumn(first + int(c)), spec.columns[c].kind));
            table.rows.push_back(std::move(row));
        }
        data.tables.push_back(std::move(table));
    }
    // Row ids → document-local ids, once every table has been read (a row may name a later one).
    for (Table& table : data.tables) {
        for (std::size_t c = 0; c < table.spec->columns.size(); ++c) {
            const ColumnSpec& column = table.spec->columns[c];
            if (column.kind != ValueKind::Ref) continue;
            const auto& ids = local_ids[column.ref_table];
            for (Row& row : table.rows) {
                auto& value = row.values[c];
                if (!value) continue;
                auto it = ids.find(*value);
                if (it == ids.end())
                    throw internal_error("cannot export " + ref + ": " + table.spec->table + "." + column.name +
                                         " names " + column.ref_table + " " + *value + ", which is not part of it");
                value = it->second;
            }
        }
    }
    return data;
}

void CaseFileStore::write(const CaseData& data, const std::string& display_path) {
    SQLite::Database& db = m_store.database();
    std::int64_t rid = 0;
    std::string ref;
    IdMaps ids;
    for (std::size_t t = 0; t < definitions().size() && t < data.tables.size(); ++t) {
        const TableDef& def = definitions()[t];
        const Table& table = data.tables[t];
        const TableSpec& spec = *table.spec;
        const std::string owner = def.scope.owner;
        // Entries and imports never take an id a withdrawal freed (migration 0008): they are given theirs.
        const bool given_ids = spec.table == "chronology_entry" || spec.table == "chronology_import";
        std::int64_t next_id = given_ids ? m_store.next_free_id(spec.table) : 0;
        std::string sql = "INSERT INTO " + spec.table + "(" + (owner.empty() ? "" : owner + ", ") + column_list(spec) +
                          (given_ids ? ", id" : "") + ") VALUES (" + (owner.empty() ? "" : "?, ");
        for (std::size_t c = 0; c < spec.columns.size(); ++c) sql += c ? ",?" : "?";
        SQLite::Statement insert(db, sql + (given_ids ? ",?)" : ")"));
        // A row naming a row of its own table may name a later one: set those once all are in.
        std::vector<std::tuple<std::int64_t, std::string, std::string>> self_refs;  // row id, column, local id
        for (const Row& row : table.rows) {
            try {
                insert.reset();
                insert.clearBindings();
                int i = 1;
                if (owner == "review_id") insert.bind(i++, rid);
                if (owner == "review_ref") insert.bind(i++, ref);
                for (std::size_t c = 0; c < spec.columns.size(); ++c, ++i) {
                    const ColumnSpec& column = spec.columns[c];
                    const auto& value = row.values[c];
                    if (!value) continue;  // bound to NULL by clearBindings()
                    switch (column.kind) {
                    case ValueKind::Integer:
                    case ValueKind::Boolean: insert.bind(i, std::int64_t(std::stoll(*value))); break;
                    case ValueKind::Blob: insert.bind(i, value->data(), int(value->size())); break;
                    case ValueKind::Ref:
                        if (column.ref_table == spec.table)
                            self_refs.emplace_back(0, column.name, *value);
                        else
                            insert.bind(i, ids.at(column.ref_table).at(*value));
                        break;
                    default: insert.bind(i, *value);
                    }
                }
                if (given_ids) insert.bind(i, next_id++);
                insert.exec();
                const std::int64_t row_id = db.getLastInsertRowid();
                for (auto& pending : self_refs)
                    if (std::get<0>(pending) == 0) std::get<0>(pending) = row_id;
                if (!row.local_id.empty()) ids[spec.table][row.local_id] = row_id;
                if (spec.table == "review") {
                    rid = row_id;
                    ref = *row.values[0];
                }
            } catch (const SQLite::Exception& e) {
                throw bad_input(xml::where(display_path, row.line) + ": " + casefile::xml_name(spec.table) +
                                " rejected by the database: " + e.what());
            } catch (const std::out_of_range&) {
                throw bad_input(xml::where(display_path, row.line) + ": " + casefile::xml_name(spec.table) +
                                " names a row that is not in the file");
            }
        }
        for (const auto& [row_id, column, local] : self_refs) {
            SQLite::Statement update(db, "UPDATE " + spec.table + " SET " + column + " = ? WHERE id = ?");
            update.bind(1, ids.at(spec.table).at(local));
            update.bind(2, row_id);
            update.exec();
        }
        // The full-text index is filled by the model, not by triggers (see 0002_chronology.sql).
        if (spec.table == "chronology_entry") {
            SQLite::Statement fts(db,
                                  "INSERT INTO chronology_fts(rowid, event, details, outcome, practitioner) "
                                  "SELECT id, event, details, outcome, practitioner FROM chronology_entry "
                                  "WHERE review_id = ? ORDER BY id");
            fts.bind(1, rid);
            fts.exec();
            m_store.fill_search_words(rid);
        }
    }
}

std::vector<std::string> CaseFileStore::uncovered_tables() const {
    std::set<std::string> covered;
    for (const auto& spec : tables()) covered.insert(spec.table);
    // A table belongs to reviews when it has a foreign key to one that does, starting from review.
    std::set<std::string> owned = {"review"};
    std::vector<std::pair<std::string, std::string>> links;  // table → parent
    SQLite::Statement q(m_store.database(),
                        "SELECT m.name, f.\"table\" FROM sqlite_master m, pragma_foreign_key_list(m.name) f "
                        "WHERE m.type = 'table' ORDER BY m.name");
    while (q.executeStep()) links.emplace_back(q.getColumn(0).getString(), q.getColumn(1).getString());
    for (bool grew = true; grew;) {
        grew = false;
        for (const auto& [table, parent] : links)
            if (owned.count(parent) && owned.insert(table).second) grew = true;
    }
    std::vector<std::string> out;
    for (const auto& t : owned)
        if (!covered.count(t)) out.push_back(t);
    return out;
}

}  // namespace model::storage
