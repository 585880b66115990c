// SPDX-License-Identifier: MIT
#pragma once
// A review's rows as plain values, between the database (model/storage/store_casefile) and the XML
// case file (model/casefile). A case file is a faithful copy of every row that belongs to one review,
// table by table, so that nothing is lost on the way out or in; what the tables are is decided once,
// in store_casefile.cpp, and the XML vocabulary follows from their names ('_' becomes '-').
#include <optional>
#include <string>
#include <vector>

namespace model::casefile {

/// How a column's value is written and checked.
enum class ValueKind {
    Text,     ///< free text: a child element (base64 when it holds characters XML cannot carry)
    Blob,     ///< bytes: a child element holding base64
    Integer,  ///< an attribute, xs:long
    Boolean,  ///< an attribute, true/false (0/1 in the database)
    Date,     ///< an attribute, ISO YYYY-MM-DD
    Stamp,    ///< an attribute, an ISO timestamp kept as written (e.g. 2026-11-23T08:41:07.123Z)
    Token,    ///< an attribute, a value the program chose (a stage id, an enum value, a ref)
    Ref,      ///< an attribute naming another row of the file by its document-local id
};

inline bool is_attribute(ValueKind kind) { return kind != ValueKind::Text && kind != ValueKind::Blob; }

struct ColumnSpec {
    std::string name;  ///< column name; the XML name is this with '-' for '_'
    ValueKind kind = ValueKind::Text;
    bool nullable = false;  ///< NULL is written as an absent attribute or element
    std::string ref_table;  ///< for Ref: the table whose row it names
};

struct TableSpec {
    std::string table;      ///< table name; the element name is this with '-' for '_'
    std::string id_prefix;  ///< prefix of the rows' document-local ids ("e" → e1, e2…); empty: no id
    std::vector<ColumnSpec> columns;
};

/// One row. Values are in the database's own text form: decimal integers, "0"/"1" for booleans,
/// raw bytes for blobs, and for Ref columns the document-local id of the row named.
struct Row {
    std::string local_id;  ///< empty when the table has no id prefix
    int line = 0;          ///< where the row was read from, for messages (0 when from the database)
    std::vector<std::optional<std::string>> values;  ///< one per column of the spec
};

struct Table {
    const TableSpec* spec = nullptr;
    std::vector<Row> rows;
};

/// Every row of one review, table by table in the order of the specs: parents before children, so
/// that a reference names a row already read or written (except a row of its own table).
struct CaseData {
    std::vector<Table> tables;  ///< tables[0] is the review itself, with exactly one row

    const Table* find(const std::string& table) const {
        for (const auto& t : tables)
            if (t.spec->table == table) return &t;
        return nullptr;
    }
};

/// "chronology_entry" → "chronology-entry".
inline std::string xml_name(const std::string& sql_name) {
    std::string out = sql_name;
    for (char& c : out)
        if (c == '_') c = '-';
    return out;
}

}  // namespace model::casefile
