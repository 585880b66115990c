// SPDX-License-Identifier: MIT
// Internal to the model: reading and writing every row of one review, for whole-review case files.
#pragma once
#include "model/casefile/case_rows.h"

#include <string>
#include <vector>

namespace model::storage {

class Store;

/// The SQL side of case files: which tables belong to a review, how to read them out in a stable
/// order (by row id, so that a re-imported review reads out identically), and how to insert them
/// into another database with fresh row ids.
class CaseFileStore {
public:
    explicit CaseFileStore(Store& store) : m_store(store) {}

    /// Every table a case file carries, parents first.
    static const std::vector<casefile::TableSpec>& tables();

    /// Every row of review `ref`, with document-local ids in place of row ids.
    /// @throws model::Error (NotFound) for an unknown review; (Internal) when a row names a row
    ///         of another review, or a value cannot be read.
    casefile::CaseData read(const std::string& ref) const;

    /// Inserts every row (refs resolved to the new row ids) and fills the full-text index. Call inside
    /// the caller's transaction. The review's audit rows are inserted as they are (who, when, what).
    /// @throws model::Error (BadInput) `display_path:LINE: … rejected by the database: …` when a row
    ///         breaks a constraint of the database.
    void write(const casefile::CaseData& data, const std::string& display_path);

    /// Tables of this database that hold rows of a review (directly or through a foreign key to such
    /// a table) but are not carried by case files: must be empty, or the format has fallen behind
    /// the migrations.
    std::vector<std::string> uncovered_tables() const;

private:
    Store& m_store;
};

}  // namespace model::storage
