// SPDX-License-Identifier: MIT
// Internal to the model: the only place that knows SQL exists. Speaks domain types only.
#pragma once
#include "model/calendar/bank_holiday.h"
#include "model/chronology/chronology_entry.h"
#include "model/chronology/import_record.h"
#include "model/chronology/search_words.h"
#include "model/register/audit_entry.h"
#include "model/register/board.h"
#include "model/register/review.h"

#include <memory>
#include <optional>
#include <string>
#include <thread>
#include <vector>

namespace SQLite { class Database; class Transaction; }

namespace model::storage {

/// One board database file. Opening creates the file private to its owner (0600), turns on WAL and
/// foreign keys, and migrates. Methods throw model::Error; SQLite errors become Internal errors.
class Store {
public:
    explicit Store(const std::string& path);
    ~Store();

    int schema_version() const;
    /// For the other storage classes of model/storage (one per part of the model, e.g. store_learning),
    /// so that SQL stays in this folder without every part growing this one class.
    SQLite::Database& database() const { return *m_db; }
    /// The row id of a review. @throws model::Error (NotFound) `unknown review 'X'`.
    std::int64_t review_id(const std::string& ref) const;

    /// An IMMEDIATE transaction; rolls back unless commit() is called.
    class Transaction {
    public:
        explicit Transaction(Store& store);
        ~Transaction();
        void commit();

    private:
        std::unique_ptr<SQLite::Transaction> m_tx;
    };

    /// Appends to the audit trail (`at` is filled in). Call inside the command's transaction.
    void audit(const std::string& actor, const std::string& action, const std::string& review_ref,
               const std::string& entity, const std::string& entity_id, const std::string& field,
               const std::string& old_value, const std::string& new_value);
    std::vector<AuditEntry> audit_entries(const std::string& review_ref) const;

    /// Every review with its stages, holds and appointments (people and terms too when `full`).
    std::vector<Review> load_reviews(bool full) const;
    std::optional<Review> load_review(const std::string& ref) const;
    bool review_exists(const std::string& ref) const;
    /// The highest N already used in refs "PREFIX-YEAR-N".
    int last_ref_number(const std::string& prefix, int year) const;

    void insert_review(const std::string& ref, const NewReview& review);
    void insert_stage(const std::string& ref, const StageCompletion& completion);
    void set_planned_publication(const std::string& ref, std::optional<Date> date);
    std::int64_t insert_hold(const std::string& ref, const NewHold& hold);
    void close_hold(std::int64_t hold_id, Date to);
    std::int64_t insert_person(const std::string& ref, const NewPerson& person);
    std::int64_t insert_appointment(const std::string& ref, const NewAppointment& appointment);
    void insert_terms(const std::string& ref, int version, const NewTerms& terms, const std::string& recorded_by);

    /// Imported holidays, by region.
    HolidaySet bank_holidays() const;
    /// Replaces the stored holidays of `region` in each year that `holidays` covers.
    void replace_bank_holidays(Region region, const std::vector<BankHoliday>& holidays);

    // ---- chronology (store_chronology.cpp) ----
    /// Bulk insert of one import's entries with prepared statements kept for the whole import.
    class EntryInserter {
    public:
        /// An entry with the text its row needs worked out (dates, unmapped columns as JSON): an
        /// import's second thread prepares rows while the first stores them.
        struct Row {
            ChronologyEntry entry;
            std::string from, to, end, extra;
        };
        static Row prepare(ChronologyEntry entry);

        EntryInserter(Store& store, const std::string& ref, std::int64_t import_id);
        ~EntryInserter();
        std::int64_t insert(const Row& row);

    private:
        struct Statements;
        std::unique_ptr<Statements> m;
    };
    /// For a bulk load larger than what is stored: drop the chronology's date index now and build it
    /// again (sorted, in one pass) at commit time — several times faster than maintaining it per row.
    /// Call inside the import's transaction; the index is back before the transaction commits.
    class BulkLoad {
    public:
        BulkLoad(Store& store, std::size_t rows);
        ~BulkLoad();
        void finish();

    private:
        Store& m_store;
        bool m_dropped = false;
        bool m_tuned = false;
    };
    /// After a large import has committed: frees what full-text indexing left behind in the connection
    /// (prefix searches are slow until then) and copies the import from the WAL into the database file
    /// on a second connection in the background. Outside any transaction, with no statement open.
    void release_import_memory();
    std::int64_t insert_import(const std::string& ref, const std::string& agency, const std::string& file,
                               const std::string& actor, std::size_t imported, std::size_t rejected);
    /// The counts and agency of an import, known once its rows are stored.
    void finish_import(std::int64_t import_id, const std::string& agency, std::size_t imported, std::size_t rejected);
    std::vector<ChronologyEntry> load_entries(const std::string& ref, const ChronologyFilter& filter) const;
    /// The same entries and order with only what a list or timeline shows (see Chronology::list_brief).
    std::vector<ChronologyEntry> load_brief_entries(const std::string& ref, const ChronologyFilter& filter) const;
    /// The same entries and order with dates, agency and annotations only (see Chronology::list_outline).
    std::vector<ChronologyEntry> load_outline_entries(const std::string& ref, const ChronologyFilter& filter) const;
    /// Reads practitioner, event, source and origin into each entry of [first, last), found by id.
    void fill_entry_text(ChronologyEntry* first, ChronologyEntry* last) const;
    /// Distinct non-empty significance and key practice episode values of a review's listed entries.
    AnnotationValues annotation_values(const std::string& ref) const;
    std::optional<ChronologyEntry> load_entry(std::int64_t id) const;
    /// The review an entry belongs to; empty when there is no such entry.
    std::string review_of_entry(std::int64_t id) const;
    std::size_t count_entries(const std::string& ref) const;
    /// Records words of entries' text for prefix search (see model/chronology/search_words.h).
    void add_search_words(const SearchWords& words);
    /// Collects and records the words of a review's entries (0: every review's).
    void fill_search_words(std::int64_t review_id);
    /// The recorded words that begin with `folded_prefix`, in order; nothing when there are more than `most`.
    std::optional<std::vector<std::string>> search_words_with_prefix(const std::string& folded_prefix,
                                                                     std::size_t most) const;
    /// FTS5 query (already validated); bm25 rank, snippet with [ ] around matches.
    std::vector<SearchHit> search_entries(const std::string& ref, const std::string& fts_query, std::size_t limit) const;
    void update_annotation(std::int64_t id, const std::string& field, const std::string& value);
    void set_merged_into(std::int64_t merged, std::int64_t into);
    /// The entry that `id` was merged into, if it was.
    std::optional<std::int64_t> merged_into(std::int64_t id) const;
    /// Undoes set_merged_into: the entry is listed on its own again.
    void clear_merged_into(std::int64_t merged);
    void delete_duplicate_decision(std::int64_t a, std::int64_t b);
    void insert_duplicate_decision(const std::string& ref, std::int64_t a, std::int64_t b, bool confirmed,
                                   const std::string& actor);
    /// Pairs (a, b), a < b, already decided for a review.
    std::vector<std::pair<std::int64_t, std::int64_t>> duplicate_decisions(const std::string& ref) const;
    void insert_agency(const std::string& ref, const std::string& name);
    std::vector<std::string> agencies(const std::string& ref) const;
    std::vector<std::string> submitting_agencies(const std::string& ref) const;
    std::vector<std::pair<std::string, std::string>> agency_mapping(const std::string& agency) const;
    void save_agency_mapping(const std::string& agency, const std::vector<std::pair<std::string, std::string>>& mapping);

    // ---- withdrawing an import (store_withdraw.cpp) ----
    /// The id the next row of `table` (chronology_entry or chronology_import) must take: above every
    /// id it holds and every id a withdrawal removed from it (migration 0008), so none is given twice.
    std::int64_t next_free_id(const std::string& table) const;
    /// Every import of a review, oldest first, with what became of its entries.
    std::vector<ImportRecord> imports(const std::string& ref) const;
    /// One import with the same counts; nothing when there is no such import.
    std::optional<ImportRecord> load_import(std::int64_t import_id) const;
    /// A finding that cites entries of an import as evidence.
    struct CitingFinding {
        std::int64_t id = 0;
        int number = 0;
        std::vector<std::int64_t> entries;  ///< of the import, ascending
    };
    /// The findings citing entries of an import, by number.
    std::vector<CitingFinding> findings_citing_import(std::int64_t import_id) const;
    /// A merge with exactly one of its two entries in a given import.
    struct CrossingMerge {
        std::int64_t merged = 0;
        std::int64_t into = 0;
        bool merged_is_ours = false;  ///< the merged entry is the import's (else the one it went into is)
    };
    /// The merges that cross an import's edge, by the merged entry's id.
    std::vector<CrossingMerge> merges_across_import(std::int64_t import_id) const;
    /// What delete_import removed.
    struct DeletedImport {
        std::size_t entries = 0;
        std::size_t duplicate_decisions = 0;
        std::size_t redaction_decisions = 0;
        std::int64_t first_id = 0, last_id = 0;  ///< the entries' ids (0 when there were none)
    };
    /// Deletes an import's entries with their full-text rows, the duplicate decisions and the redaction
    /// decisions naming them, and the import row; the review's agencies stay. Inside the command's
    /// transaction.
    DeletedImport delete_import(std::int64_t import_id);

private:
    /// A passive WAL checkpoint on a connection of its own, on a thread of its own: readers and the
    /// writer carry on meanwhile. Joined before the next one starts and when the store closes.
    void checkpoint_in_background();

    std::unique_ptr<SQLite::Database> m_db;
    std::thread m_checkpoint;
};

/// UTC now as "2026-11-23T08:41:07.123Z".
std::string utc_timestamp();

}  // namespace model::storage
