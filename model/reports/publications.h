// SPDX-License-Identifier: MIT
#pragma once
#include "model/core/date.h"
#include "model/reports/redaction.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace model {

class Board;

/// Where a review's report stands. The lifecycle: draft → final → sent-to-panel → published-in-full |
/// published-redacted | not-published. A final report can be re-issued (a new final version) at any
/// time; nothing goes back to draft once a final exists; not-published always needs reasons.
/// Accepted ids: draft, final, sent-to-panel, published-in-full, published-redacted, not-published.
const std::vector<std::string>& publication_statuses();

/// One entry of a review's publication log.
struct NewPublicationEntry {
    std::string status;            ///< one of publication_statuses(); required
    std::optional<Date> date;      ///< default today; never before the previous entry or the aware date
    std::string version_file;      ///< path of the document issued (its SHA-256 and name are kept)
    std::string template_name;     ///< "final-report"; optional
    std::string format;            ///< html, docx, odt, xml, pdf; default from the file's extension
    std::string reasons;           ///< required for not-published
    std::string legal_advice;      ///< notes of legal advice taken (e.g. on a parallel trial)
    std::string redaction_notes;   ///< what was redacted and why
    std::string board_response_file;  ///< the board's response, stored in the database (≤ 20 MB)
};

struct PublicationEntry {
    std::int64_t id = 0;
    std::string review;
    int version = 0;               ///< the document version this entry is about; 0 before any file
    std::string status;
    Date date;
    std::string file_name;         ///< base name of the version file; empty when none given here
    std::string sha256;            ///< lowercase hex of the version file; empty when none
    std::int64_t file_size = 0;
    std::string template_name;
    std::string format;
    std::string reasons;
    std::string legal_advice;
    std::string redaction_notes;
    std::string board_response_name;    ///< empty when no response attached to this entry
    std::string board_response_sha256;
    std::int64_t board_response_size = 0;
    std::string recorded_by;
    std::string recorded_at;       ///< UTC timestamp
};

/// A stored redaction decision with who made it.
struct StoredRedactionDecision : RedactionDecision {
    std::int64_t id = 0;
    std::string decided_by;
    std::string decided_at;
};

/// Where every text of a review was checked: the redactor's report over the review's title, stage
/// notes, terms of reference, chronology, findings, recommendations and actions.
struct RedactionCheck {
    RedactionReport report;
    std::size_t texts = 0;  ///< how many texts were checked
    bool safe() const { return report.problems.empty(); }
};

/// The publication log and redaction decisions of one board. Obtained from Board::publications();
/// follows the Board's rules: validate, one transaction with audit rows, publish
/// BoardEvent::PublicationChanged after commit. A command that throws has changed nothing.
class Publications {
public:
    explicit Publications(Board& board) : m_board(board) {}

    /// Records a status (and optionally a document version, a board response, notes).
    /// A version file whose SHA-256 differs from the latest version's is a new version.
    /// @throws BadInput: unknown status (naming the list); published/sent/not-published before a
    /// final; draft after a final; not-published without reasons; published-redacted while the
    /// review's redaction check finds problems; a date before the previous entry or the aware date;
    /// an unreadable or too large file. NotFound: unknown review.
    /// @return the entry id.
    std::int64_t add(const std::string& ref, const NewPublicationEntry& entry);
    /// Oldest first. @throws NotFound for an unknown review.
    std::vector<PublicationEntry> log(const std::string& ref) const;
    /// The latest status; empty when nothing is recorded.
    std::string status(const std::string& ref) const;
    /// The attached board response's bytes (empty when none). @throws NotFound `unknown publication entry N`.
    std::vector<unsigned char> board_response(std::int64_t entry_id) const;

    /// Resolves an uncertain case for one review (see RedactionDecision). `text` is the word or words
    /// as the redaction report found them. @throws BadInput: empty text or reason. NotFound: review.
    std::int64_t decide_redaction(const std::string& ref, const RedactionDecision& decision);
    std::vector<StoredRedactionDecision> redaction_decisions(const std::string& ref) const;

    /// A redactor for the review: its people register and its redaction decisions.
    Redactor redactor(const std::string& ref) const;
    /// Runs the review's redactor over every text of the review (apply, as publication would).
    RedactionCheck check_redaction(const std::string& ref) const;

private:
    Board& m_board;
};

}  // namespace model
