// SPDX-License-Identifier: MIT
// One agency submission as imported into a review's chronology, and what withdrawing it removed.
#pragma once
#include <cstddef>
#include <cstdint>
#include <string>

namespace model {

/// An import of a review's chronology and what has become of its entries since.
struct ImportRecord {
    std::int64_t id = 0;
    std::string review;       ///< review ref
    std::string agency;
    std::string file;         ///< the file's name, without its folder
    std::string imported_at;  ///< UTC, ISO 8601 with milliseconds ("2026-05-03T09:12:44.120Z")
    std::string actor;        ///< who imported it
    std::size_t rows_imported = 0;
    std::size_t rows_rejected = 0;  ///< bad rows skipped
    std::size_t entries = 0;    ///< its entries in the chronology (listed or merged into another)
    std::size_t listed = 0;     ///< of those, not merged into another entry
    /// Entries carrying a significance, analysis, human factors or key practice episode (a
    /// significance the agency's own file gave counts too: storage cannot tell the two apart).
    std::size_t annotated = 0;
    std::size_t evidence = 0;   ///< entries a finding cites as evidence
    std::size_t merged = 0;     ///< entries merged into another, or that absorbed another
};

/// What Chronology::withdraw_import removed.
struct WithdrawResult {
    std::int64_t import_id = 0;
    std::string review;
    std::string agency;
    std::string file;
    std::string imported_at;
    std::size_t entries = 0;    ///< entries removed (listed and merged ones)
    std::size_t annotated = 0;  ///< of them, carrying annotations (see ImportRecord::annotated)
    std::size_t duplicate_decisions = 0;  ///< confirmed or dismissed pairs that named them
};

}  // namespace model
