// SPDX-License-Identifier: MIT
// Internal to the model: the only place that knows SQL exists. Speaks domain types only.
#pragma once
#include "model/calendar/bank_holiday.h"
#include "model/register/audit_entry.h"
#include "model/register/board.h"
#include "model/register/review.h"

#include <memory>
#include <optional>
#include <string>
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

private:
    std::int64_t review_id(const std::string& ref) const;
    std::unique_ptr<SQLite::Database> m_db;
};

/// UTC now as "2026-11-23T08:41:07.123Z".
std::string utc_timestamp();

}  // namespace model::storage
