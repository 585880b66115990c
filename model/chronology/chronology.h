// SPDX-License-Identifier: MIT
#pragma once
#include "model/chronology/chronology_entry.h"
#include "model/chronology/column_mapping.h"
#include "model/chronology/import_record.h"

#include <iosfwd>
#include <string>
#include <vector>

namespace model {

class Board;

/// The lead reviewer's multi-agency chronology of one board: import agencies' submissions, merge,
/// filter, search, find duplicates and gaps, annotate. Obtained from Board::chronology(); follows the
/// Board's rules (validate, one transaction with audit rows, publish after commit).
class Chronology {
public:
    explicit Chronology(Board& board) : m_board(board) {}

    /// Imports every table of an agency's submission (CSV, XLSX, DOCX). Columns are recognised from
    /// their headers, then the agency's remembered mapping and `options.mapping` are applied. All or
    /// nothing unless `options.skip_bad`, when every skipped row is listed. Rows are checked on a second
    /// thread while this one stores them in one transaction; a bad row, an error or a cancel from
    /// `options.progress` rolls it all back.
    /// @throws model::Error (BadInput) naming file, line (or sheet and row) and value: an unreadable
    /// file, no date column, an impossible date, no agency; NotFound for an unknown review.
    ImportResult import_file(const std::string& ref, const std::string& path, const ImportOptions& options);

    /// Every import of a review, oldest first, with what became of its entries since.
    /// @throws NotFound for an unknown review.
    std::vector<ImportRecord> imports(const std::string& ref) const;
    /// Withdraws an import (a superseded submission, the wrong agency, a wrong mapping): its entries
    /// go, with their annotations and the duplicate decisions naming them, in one transaction audited
    /// as `chronology.withdraw`; the agency stays known to be involved. The file can be imported again.
    /// @throws NotFound for an unknown import; BadInput, changing nothing, when a finding cites an
    /// entry of the import, or an entry is merged across its edge (either way), naming them.
    WithdrawResult withdraw_import(std::int64_t import_id);

    /// The columns an import would see, and how they would be mapped, without importing.
    std::vector<std::pair<SourceTable, ColumnMapping>> preview(const std::string& path, const std::string& agency) const;

    /// Merged chronology sorted by date (partial dates at the start of their span, after the exact dates
    /// of that day), then time (entries without a time first), then agency.
    std::vector<ChronologyEntry> list(const std::string& ref, const ChronologyFilter& filter = {}) const;
    /// The same entries in the same order as list(), carrying only what a list row or a timeline mark
    /// shows: id, agency, date, time, end, practitioner, event, source, origin, significance, key
    /// episode and merged_from. Details, outcome, sequence, extra columns, analysis and human factors
    /// are left empty: get(id) has them. For a view of tens of thousands of entries that must open at once.
    std::vector<ChronologyEntry> list_brief(const std::string& ref, const ChronologyFilter& filter = {}) const;
    /// The entries of list_brief with less still: id, agency, dates, time, end, significance and key
    /// practice episode (and merged_from). A view of 50,000 entries sorts, filters and draws its
    /// timeline from these at once, and reads the text of the rows it shows with fill_text.
    std::vector<ChronologyEntry> list_outline(const std::string& ref, const ChronologyFilter& filter = {}) const;
    /// Reads practitioner, event, source and origin into entries [first, last) of an outline.
    void fill_text(std::vector<ChronologyEntry>& entries, std::size_t first, std::size_t last) const;
    /// The significance and key practice episode values the review's entries use (merged-away
    /// entries aside), each sorted: the choices a filter offers.
    AnnotationValues annotation_values(const std::string& ref) const;
    /// @throws NotFound for an unknown entry id.
    ChronologyEntry get(std::int64_t id) const;
    /// The reference of the review entry `id` belongs to. @throws NotFound for an unknown entry id.
    std::string review_of(std::int64_t id) const;
    std::size_t count(const std::string& ref) const;

    /// Ranked full-text search (words, "phrases", prefix*), best first. When more than 1,000 entries
    /// match, ranking says little and costs much: the earliest matches come back in date order, with
    /// score 0.
    /// @throws BadInput for an empty or malformed query, naming it.
    std::vector<SearchHit> search(const std::string& ref, const std::string& query, std::size_t limit = 50) const;

    /// Likely duplicates across agencies: same or next day, similar words. Pairs already confirmed or
    /// dismissed are left out. Best first.
    std::vector<DuplicatePair> duplicates(const std::string& ref, double min_score = 0.35) const;
    /// Confirmed: `b` is merged into `a` (hidden from the list; `a` keeps both sources). Dismissed:
    /// the pair is not suggested again.
    void decide_duplicate(std::int64_t a, std::int64_t b, bool confirmed);
    /// Undoes a confirmed merge: `merged` is listed on its own again and the entry it was merged into
    /// no longer carries it; the pair may be suggested again. Audited.
    /// @throws NotFound for an unknown entry; BadInput when `merged` is not merged into another.
    void unmerge(std::int64_t merged);

    /// Silences longer than `min_days` between consecutive entries (of any agency), and agencies
    /// known to be involved that have submitted nothing.
    GapReport gaps(const std::string& ref, int min_days = 28) const;

    /// Agencies known to be involved in a review (whether or not they have submitted).
    void add_agency(const std::string& ref, const std::string& name);
    std::vector<std::string> agencies(const std::string& ref) const;

    void annotate(std::int64_t id, const Annotation& annotation);

    /// The merged chronology as CSV (UTF-8 with a BOM, for Excel) on a stream.
    void write_csv(const std::string& ref, std::ostream& out, const ChronologyFilter& filter = {}) const;
    /// CSV or XLSX of the merged chronology, written privately (0600) and atomically.
    void export_csv(const std::string& ref, const std::string& path, const ChronologyFilter& filter = {}) const;
    void export_xlsx(const std::string& ref, const std::string& path, const ChronologyFilter& filter = {}) const;

private:
    void check_listing(const std::string& ref, const ChronologyFilter& filter) const;
    Board& m_board;
};

}  // namespace model
