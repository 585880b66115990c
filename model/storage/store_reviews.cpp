// SPDX-License-Identifier: MIT
// Reading and writing the review register.
#include "model/core/error.h"
#include "model/storage/store.h"

#include <SQLiteCpp/SQLiteCpp.h>

#include <algorithm>
#include <unordered_map>

namespace model::storage {
namespace {

std::optional<Date> optional_date(const SQLite::Column& c) {
    if (c.isNull()) return std::nullopt;
    return Date::parse_iso(c.getString());
}

void bind_optional_date(SQLite::Statement& s, int index, const std::optional<Date>& d) {
    if (d)
        s.bind(index, d->iso());
    else
        s.bind(index);
}

// Loads reviews (all, or the one with `ref`) and their child rows in one query per table.
std::vector<Review> load(SQLite::Database& db, const std::string& ref, bool full) {
    const std::string where = ref.empty() ? "" : " WHERE r.ref = ?1";
    std::vector<Review> reviews;
    std::unordered_map<std::int64_t, std::size_t> index;

    SQLite::Statement q(db, "SELECT r.id, r.ref, r.pathway_id, r.title, r.child, r.region, r.aware, "
                            "r.planned_publication FROM review r" + where + " ORDER BY r.ref");
    if (!ref.empty()) q.bind(1, ref);
    while (q.executeStep()) {
        Review r;
        r.ref = q.getColumn(1).getString();
        r.pathway_id = q.getColumn(2).getString();
        r.title = q.getColumn(3).getString();
        r.child = q.getColumn(4).getString();
        r.region = parse_region(q.getColumn(5).getString());
        r.aware = Date::parse_iso(q.getColumn(6).getString());
        r.planned_publication = optional_date(q.getColumn(7));
        index[q.getColumn(0).getInt64()] = reviews.size();
        reviews.push_back(std::move(r));
    }
    if (reviews.empty()) return reviews;

    // Child rows: for one review, joined on its ref; for all of them, a plain scan (no join).
    auto each = [&](std::string sql, auto&& fill) {
        const std::string join = " JOIN review r ON r.id = c.review_id WHERE 1";
        if (ref.empty()) sql.replace(sql.find(join), join.size(), "");
        // No ORDER BY: sorting in SQL cost more than the rest of the load; the caller orders rows.
        SQLite::Statement s(db, sql + (ref.empty() ? "" : " AND r.ref = ?1"));
        if (!ref.empty()) s.bind(1, ref);
        while (s.executeStep()) {
            auto it = index.find(s.getColumn(0).getInt64());
            if (it != index.end()) fill(reviews[it->second], s);
        }
    };

    each("SELECT c.review_id, c.completed_on, c.stage_id, c.note FROM stage_completion c "
         "JOIN review r ON r.id = c.review_id WHERE 1",
         [](Review& r, SQLite::Statement& s) {
             r.stages.push_back({s.getColumn(2).getString(), Date::parse_iso(s.getColumn(1).getString()),
                                 s.getColumn(3).getString()});
         });
    each("SELECT c.review_id, c.from_date, c.id, c.proceeding, c.reason, c.to_date FROM hold c "
         "JOIN review r ON r.id = c.review_id WHERE 1",
         [](Review& r, SQLite::Statement& s) {
             Hold h;
             h.id = s.getColumn(2).getInt64();
             h.proceeding = s.getColumn(3).getString();
             h.reason = s.getColumn(4).getString();
             h.from = Date::parse_iso(s.getColumn(1).getString());
             h.to = optional_date(s.getColumn(5));
             r.holds.push_back(std::move(h));
         });
    each("SELECT c.review_id, c.appointed_on, c.id, c.name, c.role, c.organisation, c.independent, c.declaration "
         "FROM appointment c JOIN review r ON r.id = c.review_id WHERE 1",
         [](Review& r, SQLite::Statement& s) {
             Appointment a;
             a.id = s.getColumn(2).getInt64();
             a.name = s.getColumn(3).getString();
             a.role = s.getColumn(4).getString();
             a.organisation = s.getColumn(5).getString();
             a.independent = s.getColumn(6).getInt() != 0;
             a.declaration = s.getColumn(7).getString();
             a.appointed = Date::parse_iso(s.getColumn(1).getString());
             r.appointments.push_back(std::move(a));
         });
    for (auto& r : reviews)
        std::sort(r.holds.begin(), r.holds.end(), [](const Hold& a, const Hold& b) { return a.from < b.from; });
    if (!full) return reviews;

    each("SELECT c.review_id, c.id, c.name, c.pseudonym, c.role FROM person c "
         "JOIN review r ON r.id = c.review_id WHERE 1",
         [](Review& r, SQLite::Statement& s) {
             r.people.push_back({s.getColumn(1).getInt64(), s.getColumn(2).getString(), s.getColumn(3).getString(),
                                 s.getColumn(4).getString()});
         });
    each("SELECT c.review_id, c.version, c.id, c.scope_from, c.scope_to, c.methodology, c.agreed_on, "
         "c.recorded_by FROM terms_of_reference c "
         "JOIN review r ON r.id = c.review_id WHERE 1",
         [&db](Review& r, SQLite::Statement& s) {
             TermsOfReference t;
             t.version = s.getColumn(1).getInt();
             t.scope_from = optional_date(s.getColumn(3));
             t.scope_to = optional_date(s.getColumn(4));
             t.methodology = s.getColumn(5).getString();
             t.agreed = Date::parse_iso(s.getColumn(6).getString());
             t.recorded_by = s.getColumn(7).getString();
             SQLite::Statement k(db, "SELECT text FROM key_question WHERE terms_id = ? ORDER BY position");
             k.bind(1, s.getColumn(2).getInt64());
             while (k.executeStep()) t.key_questions.push_back(k.getColumn(0).getString());
             r.terms.push_back(std::move(t));
         });
    for (auto& r : reviews)
        std::sort(r.terms.begin(), r.terms.end(), [](const auto& a, const auto& b) { return a.version < b.version; });
    return reviews;
}

}  // namespace

std::vector<Review> Store::load_reviews(bool full) const { return load(*m_db, {}, full); }

std::optional<Review> Store::load_review(const std::string& ref) const {
    auto found = load(*m_db, ref, true);
    if (found.empty()) return std::nullopt;
    return std::move(found.front());
}

void Store::insert_review(const std::string& ref, const NewReview& review) {
    SQLite::Statement s(*m_db,
                        "INSERT INTO review(ref, pathway_id, title, child, region, aware, created_at) "
                        "VALUES (?,?,?,?,?,?,?)");
    s.bind(1, ref);
    s.bind(2, review.pathway_id);
    s.bind(3, review.title);
    s.bind(4, review.child);
    s.bind(5, std::string(region_id(review.region)));
    s.bind(6, review.aware.iso());
    s.bind(7, utc_timestamp());
    s.exec();
}

void Store::insert_stage(const std::string& ref, const StageCompletion& c) {
    SQLite::Statement s(*m_db, "INSERT INTO stage_completion(review_id, stage_id, completed_on, note) VALUES (?,?,?,?)");
    s.bind(1, review_id(ref));
    s.bind(2, c.stage_id);
    s.bind(3, c.date.iso());
    s.bind(4, c.note);
    s.exec();
}

void Store::set_planned_publication(const std::string& ref, std::optional<Date> date) {
    SQLite::Statement s(*m_db, "UPDATE review SET planned_publication = ? WHERE id = ?");
    bind_optional_date(s, 1, date);
    s.bind(2, review_id(ref));
    s.exec();
}

std::int64_t Store::insert_hold(const std::string& ref, const NewHold& h) {
    SQLite::Statement s(*m_db, "INSERT INTO hold(review_id, proceeding, reason, from_date, to_date) VALUES (?,?,?,?,?)");
    s.bind(1, review_id(ref));
    s.bind(2, h.proceeding);
    s.bind(3, h.reason);
    s.bind(4, h.from.iso());
    bind_optional_date(s, 5, h.to);
    s.exec();
    return m_db->getLastInsertRowid();
}

void Store::close_hold(std::int64_t hold_id, Date to) {
    SQLite::Statement s(*m_db, "UPDATE hold SET to_date = ? WHERE id = ?");
    s.bind(1, to.iso());
    s.bind(2, hold_id);
    s.exec();
}

std::int64_t Store::insert_person(const std::string& ref, const NewPerson& p) {
    SQLite::Statement s(*m_db, "INSERT INTO person(review_id, name, pseudonym, role) VALUES (?,?,?,?)");
    s.bind(1, review_id(ref));
    s.bind(2, p.name);
    s.bind(3, p.pseudonym);
    s.bind(4, p.role);
    s.exec();
    return m_db->getLastInsertRowid();
}

std::int64_t Store::insert_appointment(const std::string& ref, const NewAppointment& a) {
    SQLite::Statement s(*m_db,
                        "INSERT INTO appointment(review_id, name, role, organisation, independent, declaration, "
                        "appointed_on) VALUES (?,?,?,?,?,?,?)");
    s.bind(1, review_id(ref));
    s.bind(2, a.name);
    s.bind(3, a.role);
    s.bind(4, a.organisation);
    s.bind(5, a.independent ? 1 : 0);
    s.bind(6, a.declaration);
    s.bind(7, a.appointed.iso());
    s.exec();
    return m_db->getLastInsertRowid();
}

void Store::insert_terms(const std::string& ref, int version, const NewTerms& t, const std::string& recorded_by) {
    SQLite::Statement s(*m_db,
                        "INSERT INTO terms_of_reference(review_id, version, scope_from, scope_to, methodology, "
                        "agreed_on, recorded_by) VALUES (?,?,?,?,?,?,?)");
    s.bind(1, review_id(ref));
    s.bind(2, version);
    bind_optional_date(s, 3, t.scope_from);
    bind_optional_date(s, 4, t.scope_to);
    s.bind(5, t.methodology);
    s.bind(6, t.agreed.iso());
    s.bind(7, recorded_by);
    s.exec();
    std::int64_t terms_id = m_db->getLastInsertRowid();
    SQLite::Statement k(*m_db, "INSERT INTO key_question(terms_id, position, text) VALUES (?,?,?)");
    for (std::size_t i = 0; i < t.key_questions.size(); ++i) {
        k.bind(1, terms_id);
        k.bind(2, int(i + 1));
        k.bind(3, t.key_questions[i]);
        k.exec();
        k.reset();
    }
}

HolidaySet Store::bank_holidays() const {
    HolidaySet set;
    SQLite::Statement q(*m_db, "SELECT region, date, title, notes, bunting FROM bank_holiday ORDER BY region, date");
    while (q.executeStep()) {
        BankHoliday h;
        h.date = Date::parse_iso(q.getColumn(1).getString());
        h.title = q.getColumn(2).getString();
        h.notes = q.getColumn(3).getString();
        h.bunting = q.getColumn(4).getInt() != 0;
        set[parse_region(q.getColumn(0).getString())].push_back(std::move(h));
    }
    return set;
}

void Store::replace_bank_holidays(Region region, const std::vector<BankHoliday>& holidays) {
    std::vector<int> years;
    for (const auto& h : holidays)
        if (std::find(years.begin(), years.end(), h.date.year()) == years.end()) years.push_back(h.date.year());
    const std::string rid(region_id(region));
    SQLite::Statement del(*m_db, "DELETE FROM bank_holiday WHERE region = ? AND substr(date, 1, 4) = ?");
    for (int y : years) {
        del.bind(1, rid);
        del.bind(2, std::to_string(y));
        del.exec();
        del.reset();
    }
    SQLite::Statement ins(*m_db,
                          "INSERT OR REPLACE INTO bank_holiday(region, date, title, notes, bunting) VALUES (?,?,?,?,?)");
    for (const auto& h : holidays) {
        ins.bind(1, rid);
        ins.bind(2, h.date.iso());
        ins.bind(3, h.title);
        ins.bind(4, h.notes);
        ins.bind(5, h.bunting ? 1 : 0);
        ins.exec();
        ins.reset();
    }
}

}  // namespace model::storage
