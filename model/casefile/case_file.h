// SPDX-License-Identifier: MIT
#pragma once
#include <cstddef>
#include <string>
#include <string_view>

namespace model {

class Board;

/// What an import brought in.
struct CaseFileImport {
    std::string ref;          ///< the review's reference, as it was in the file
    std::size_t rows = 0;     ///< rows inserted, every table together
    std::size_t entries = 0;  ///< chronology entries among them
};

/// Whole-review XML case files (schema/casefile.xsd): export a review with everything that belongs
/// to it, and import it into another board losslessly (export → import → export gives the same
/// bytes). Obtained from Board::case_files(); follows the Board's rules (validate, one transaction
/// with audit rows, publish after commit). Use from the Board's thread. See docs/case-files.md.
class CaseFiles {
public:
    explicit CaseFiles(Board& board) : m_board(board) {}

    /// The review as a case file document (UTF-8). Reads only.
    /// @throws model::Error (NotFound) `unknown review 'X'`.
    std::string export_xml(const std::string& ref) const;

    /// Imports the case file at `path` (untrusted: size-capped, parsed safely, validated against the
    /// schema). Refuses a review ref that already exists on this board, a pathway or stage this board
    /// does not define, and anything invalid; then inserts everything in one transaction, keeps the
    /// review's own audit trail as it was, and records the import in the board's audit trail (action
    /// `casefile.import`, no review ref, so the review's own trail stays identical). Publishes
    /// ReviewAdded.
    /// @throws model::Error (BadInput) `path:LINE: reason` for the first problem; nothing is imported.
    CaseFileImport import_file(const std::string& path);

    /// As import_file(), from a document in memory; `display_name` names it in messages and the audit.
    CaseFileImport import_xml(std::string_view content, const std::string& display_name);

private:
    Board& m_board;
};

}  // namespace model
