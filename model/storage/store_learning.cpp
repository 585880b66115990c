// SPDX-License-Identifier: MIT
// Reading and writing findings, recommendations, actions, evidence, challenges and learning events.
#include "model/storage/store_learning.h"

#include "model/core/error.h"

#include <SQLiteCpp/SQLiteCpp.h>

#include <algorithm>
#include <unordered_map>

namespace model::storage {
namespace {

std::optional<Date> optional_date(const SQLite::Column& c) {
    if (c.isNull()) return std::nullopt;
    return Date::parse_iso(c.getString());
}

void bind_date(SQLite::Statement& s, int i, const std::optional<Date>& d) {
    if (d)
        s.bind(i, d->iso());
    else
        s.bind(i);
}

/// "WHERE r.ref = ?" when a ref is given; binds it.
std::string review_clause(const std::string& ref, const char* keyword = " WHERE") {
    return ref.empty() ? std::string() : std::string(keyword) + " r.ref = ?";
}

void bind_review(SQLite::Statement& s, const std::string& ref) {
    if (!ref.empty()) s.bind(1, ref);
}

int next_number(SQLite::Database& db, const char* table, std::int64_t review_id) {
    SQLite::Statement q(db, std::string("SELECT COALESCE(MAX(number), 0) + 1 FROM ") + table + " WHERE review_id = ?");
    q.bind(1, review_id);
    q.executeStep();
    return q.getColumn(0).getInt();
}

/// Replaces the rows of a link table that belong to `owner` with one per id in `ids`.
void replace_links(SQLite::Database& db, const char* table, const char* owner_column, const char* id_column,
                   std::int64_t owner, const std::vector<std::int64_t>& ids) {
    SQLite::Statement drop(db, std::string("DELETE FROM ") + table + " WHERE " + owner_column + " = ?");
    drop.bind(1, owner);
    drop.exec();
    SQLite::Statement link(db, std::string("INSERT OR IGNORE INTO ") + table + "(" + owner_column + ", " + id_column +
                                   ") VALUES (?,?)");
    for (auto id : ids) {
        link.bind(1, owner);
        link.bind(2, id);
        link.exec();
        link.reset();
    }
}

const char* const kStepColumns[] = {"agreed_on", "ratified_on", "implemented_on", "reviewed_on", "closed_on"};

}  // namespace

std::int64_t LearningStore::data_version() const {
    return m_store.database().execAndGet("PRAGMA data_version").getInt64();
}

LearningStore::RowCounts LearningStore::row_counts() const {
    SQLite::Statement q(m_store.database(),
                        "SELECT (SELECT COUNT(*) FROM recommendation), (SELECT COALESCE(MAX(id), 0) FROM recommendation), "
                        "(SELECT COUNT(*) FROM action_item), (SELECT COALESCE(MAX(id), 0) FROM action_item)");
    q.executeStep();
    return {q.getColumn(0).getInt64(), q.getColumn(1).getInt64(), q.getColumn(2).getInt64(), q.getColumn(3).getInt64()};
}

// ---- findings ---------------------------------------------------------------------------------------

int LearningStore::next_finding_number(std::int64_t review_id) const {
    return next_number(m_store.database(), "finding", review_id);
}

std::int64_t LearningStore::insert_finding(std::int64_t review_id, const Finding& f) {
    auto& db = m_store.database();
    SQLite::Statement s(db, "INSERT INTO finding(review_id, number, kind, theme, text, recorded_on) VALUES (?,?,?,?,?,?)");
    s.bind(1, review_id);
    s.bind(2, f.number);
    s.bind(3, to_string(f.kind));
    s.bind(4, f.theme);
    s.bind(5, f.text);
    s.bind(6, f.recorded.iso());
    s.exec();
    const std::int64_t id = db.getLastInsertRowid();
    SQLite::Statement link(db, "INSERT OR IGNORE INTO finding_evidence(finding_id, entry_id) VALUES (?,?)");
    for (auto entry : f.evidence) {
        link.bind(1, id);
        link.bind(2, entry);
        link.exec();
        link.reset();
    }
    return id;
}

void LearningStore::update_finding(const Finding& f) {
    auto& db = m_store.database();
    SQLite::Statement s(db, "UPDATE finding SET kind = ?, theme = ?, text = ? WHERE id = ?");
    s.bind(1, to_string(f.kind));
    s.bind(2, f.theme);
    s.bind(3, f.text);
    s.bind(4, f.id);
    s.exec();
    replace_links(db, "finding_evidence", "finding_id", "entry_id", f.id, f.evidence);
}

std::vector<Finding> LearningStore::load_findings(const std::string& ref) const {
    auto& db = m_store.database();
    std::vector<Finding> out;
    std::unordered_map<std::int64_t, std::size_t> index;
    SQLite::Statement q(db, "SELECT f.id, r.ref, f.number, f.kind, f.theme, f.text, f.recorded_on FROM finding f "
                            "JOIN review r ON r.id = f.review_id" + review_clause(ref) + " ORDER BY r.ref, f.number");
    bind_review(q, ref);
    while (q.executeStep()) {
        Finding f;
        f.id = q.getColumn(0).getInt64();
        f.review = q.getColumn(1).getString();
        f.number = q.getColumn(2).getInt();
        f.kind = finding_kind_from(q.getColumn(3).getString());
        f.theme = q.getColumn(4).getString();
        f.text = q.getColumn(5).getString();
        f.recorded = Date::parse_iso(q.getColumn(6).getString());
        index[f.id] = out.size();
        out.push_back(std::move(f));
    }
    SQLite::Statement e(db, "SELECT fe.finding_id, fe.entry_id FROM finding_evidence fe JOIN finding f ON f.id = fe.finding_id "
                            "JOIN review r ON r.id = f.review_id" + review_clause(ref) + " ORDER BY fe.finding_id, fe.entry_id");
    bind_review(e, ref);
    while (e.executeStep()) {
        auto it = index.find(e.getColumn(0).getInt64());
        if (it != index.end()) out[it->second].evidence.push_back(e.getColumn(1).getInt64());
    }
    return out;
}

std::optional<Finding> LearningStore::load_finding(std::int64_t id) const {
    auto& db = m_store.database();
    SQLite::Statement q(db, "SELECT r.ref FROM finding f JOIN review r ON r.id = f.review_id WHERE f.id = ?");
    q.bind(1, id);
    if (!q.executeStep()) return std::nullopt;
    for (auto& f : load_findings(q.getColumn(0).getString()))
        if (f.id == id) return std::move(f);
    return std::nullopt;
}

std::optional<std::int64_t> LearningStore::review_of_entry(std::int64_t entry_id) const {
    SQLite::Statement q(m_store.database(), "SELECT review_id FROM chronology_entry WHERE id = ?");
    q.bind(1, entry_id);
    if (!q.executeStep()) return std::nullopt;
    return q.getColumn(0).getInt64();
}

std::optional<std::int64_t> LearningStore::review_of_finding(std::int64_t finding_id) const {
    SQLite::Statement q(m_store.database(), "SELECT review_id FROM finding WHERE id = ?");
    q.bind(1, finding_id);
    if (!q.executeStep()) return std::nullopt;
    return q.getColumn(0).getInt64();
}

// ---- recommendations ----------------------------------------------------------------------------

int LearningStore::next_recommendation_number(std::int64_t review_id) const {
    return next_number(m_store.database(), "recommendation", review_id);
}

std::int64_t LearningStore::insert_recommendation(std::int64_t review_id, const Recommendation& r) {
    auto& db = m_store.database();
    SQLite::Statement s(db, "INSERT INTO recommendation(review_id, number, text, addressee, type, made_on) VALUES (?,?,?,?,?,?)");
    s.bind(1, review_id);
    s.bind(2, r.number);
    s.bind(3, r.text);
    s.bind(4, r.addressee);
    s.bind(5, to_string(r.type));
    s.bind(6, r.made.iso());
    s.exec();
    const std::int64_t id = db.getLastInsertRowid();
    SQLite::Statement link(db, "INSERT OR IGNORE INTO recommendation_finding(recommendation_id, finding_id) VALUES (?,?)");
    for (auto finding : r.findings) {
        link.bind(1, id);
        link.bind(2, finding);
        link.exec();
        link.reset();
    }
    return id;
}

void LearningStore::update_recommendation(const Recommendation& r) {
    auto& db = m_store.database();
    SQLite::Statement s(db, "UPDATE recommendation SET text = ?, addressee = ?, type = ? WHERE id = ?");
    s.bind(1, r.text);
    s.bind(2, r.addressee);
    s.bind(3, to_string(r.type));
    s.bind(4, r.id);
    s.exec();
    replace_links(db, "recommendation_finding", "recommendation_id", "finding_id", r.id, r.findings);
}

std::vector<Recommendation> LearningStore::load_recommendations(const std::string& ref) const {
    auto& db = m_store.database();
    std::vector<Recommendation> out;
    std::unordered_map<std::int64_t, std::size_t> index;
    SQLite::Statement q(db, "SELECT c.id, r.ref, c.number, c.text, c.addressee, c.type, c.made_on, "
                            "(SELECT COUNT(*) FROM action_item a WHERE a.recommendation_id = c.id), "
                            "p.decision, p.text, p.responded_on, p.recorded_by "
                            "FROM recommendation c JOIN review r ON r.id = c.review_id "
                            "LEFT JOIN recommendation_response p ON p.recommendation_id = c.id" + review_clause(ref) +
                            " ORDER BY r.ref, c.number");
    bind_review(q, ref);
    while (q.executeStep()) {
        Recommendation c;
        c.id = q.getColumn(0).getInt64();
        c.review = q.getColumn(1).getString();
        c.number = q.getColumn(2).getInt();
        c.text = q.getColumn(3).getString();
        c.addressee = q.getColumn(4).getString();
        c.type = recommendation_type_from(q.getColumn(5).getString());
        c.made = Date::parse_iso(q.getColumn(6).getString());
        c.action_count = q.getColumn(7).getInt();
        if (!q.getColumn(8).isNull()) {
            RecommendationResponse response;
            response.decision = response_decision_from(q.getColumn(8).getString());
            response.text = q.getColumn(9).getString();
            response.date = Date::parse_iso(q.getColumn(10).getString());
            response.recorded_by = q.getColumn(11).getString();
            c.response = std::move(response);
        }
        index[c.id] = out.size();
        out.push_back(std::move(c));
    }
    SQLite::Statement l(db, "SELECT rf.recommendation_id, rf.finding_id FROM recommendation_finding rf "
                            "JOIN recommendation c ON c.id = rf.recommendation_id JOIN review r ON r.id = c.review_id" +
                            review_clause(ref) + " ORDER BY rf.recommendation_id, rf.finding_id");
    bind_review(l, ref);
    while (l.executeStep()) {
        auto it = index.find(l.getColumn(0).getInt64());
        if (it != index.end()) out[it->second].findings.push_back(l.getColumn(1).getInt64());
    }
    return out;
}

std::optional<Recommendation> LearningStore::load_recommendation(std::int64_t id) const {
    SQLite::Statement q(m_store.database(), "SELECT r.ref FROM recommendation c JOIN review r ON r.id = c.review_id WHERE c.id = ?");
    q.bind(1, id);
    if (!q.executeStep()) return std::nullopt;
    for (auto& c : load_recommendations(q.getColumn(0).getString()))
        if (c.id == id) return std::move(c);
    return std::nullopt;
}

void LearningStore::save_response(std::int64_t recommendation_id, const RecommendationResponse& response) {
    SQLite::Statement s(m_store.database(),
                        "INSERT INTO recommendation_response(recommendation_id, decision, text, responded_on, recorded_by) "
                        "VALUES (?,?,?,?,?) ON CONFLICT(recommendation_id) DO UPDATE SET decision = excluded.decision, "
                        "text = excluded.text, responded_on = excluded.responded_on, recorded_by = excluded.recorded_by");
    s.bind(1, recommendation_id);
    s.bind(2, to_string(response.decision));
    s.bind(3, response.text);
    s.bind(4, response.date.iso());
    s.bind(5, response.recorded_by);
    s.exec();
}

// ---- actions --------------------------------------------------------------------------------------

std::int64_t LearningStore::insert_action(std::int64_t recommendation_id, const NewAction& a, Date agreed,
                                          const std::string& actor) {
    auto& db = m_store.database();
    SQLite::Statement s(db, "INSERT INTO action_item(recommendation_id, agency, owner, text, due_on, agreed_on) VALUES (?,?,?,?,?,?)");
    s.bind(1, recommendation_id);
    s.bind(2, a.agency);
    s.bind(3, a.owner);
    s.bind(4, a.text);
    s.bind(5, a.due.iso());
    s.bind(6, agreed.iso());
    s.exec();
    const std::int64_t id = db.getLastInsertRowid();
    SQLite::Statement h(db, "INSERT INTO action_status_change(action_id, status, changed_on, evidence, actor, recorded_at) "
                            "VALUES (?, 'agreed', ?, '', ?, ?)");
    h.bind(1, id);
    h.bind(2, agreed.iso());
    h.bind(3, actor);
    h.bind(4, utc_timestamp());
    h.exec();
    return id;
}

void LearningStore::insert_step(std::int64_t action_id, ActionStatus status, Date date, const std::string& evidence,
                                const std::string& actor) {
    auto& db = m_store.database();
    SQLite::Statement u(db, std::string("UPDATE action_item SET ") + kStepColumns[static_cast<int>(status)] + " = ? WHERE id = ?");
    u.bind(1, date.iso());
    u.bind(2, action_id);
    u.exec();
    SQLite::Statement h(db, "INSERT INTO action_status_change(action_id, status, changed_on, evidence, actor, recorded_at) "
                            "VALUES (?,?,?,?,?,?)");
    h.bind(1, action_id);
    h.bind(2, to_string(status));
    h.bind(3, date.iso());
    h.bind(4, evidence);
    h.bind(5, actor);
    h.bind(6, utc_timestamp());
    h.exec();
}

namespace {

const char* const kActionSelect =
    "SELECT a.id, a.recommendation_id, r.ref, c.number, a.agency, a.owner, a.text, a.due_on, "
    "a.agreed_on, a.ratified_on, a.implemented_on, a.reviewed_on, a.closed_on "
    "FROM action_item a JOIN recommendation c ON c.id = a.recommendation_id JOIN review r ON r.id = c.review_id";

ActionRecord read_action(SQLite::Statement& q) {
    ActionRecord a;
    a.id = q.getColumn(0).getInt64();
    a.recommendation_id = q.getColumn(1).getInt64();
    a.review = q.getColumn(2).getString();
    a.recommendation_number = q.getColumn(3).getInt();
    a.agency = q.getColumn(4).getString();
    a.owner = q.getColumn(5).getString();
    a.text = q.getColumn(6).getString();
    a.due = Date::parse_iso(q.getColumn(7).getText());
    for (int i = 0; i < 5; ++i) a.steps[std::size_t(i)] = optional_date(q.getColumn(8 + i));
    return a;
}

}  // namespace

std::vector<ActionRecord> LearningStore::load_action_records(const std::string& ref) const {
    SQLite::Statement q(m_store.database(), std::string(kActionSelect) + review_clause(ref) + " ORDER BY a.id");
    bind_review(q, ref);
    std::vector<ActionRecord> out;
    while (q.executeStep()) out.push_back(read_action(q));
    return out;
}

std::optional<ActionRecord> LearningStore::load_action_record(std::int64_t id) const {
    SQLite::Statement q(m_store.database(), std::string(kActionSelect) + " WHERE a.id = ?");
    q.bind(1, id);
    if (!q.executeStep()) return std::nullopt;
    return read_action(q);
}

std::vector<StatusChange> LearningStore::load_history(std::int64_t action_id) const {
    SQLite::Statement q(m_store.database(), "SELECT status, changed_on, evidence, actor FROM action_status_change "
                                            "WHERE action_id = ? ORDER BY changed_on, id");
    q.bind(1, action_id);
    std::vector<StatusChange> out;
    while (q.executeStep())
        out.push_back({action_status_from(q.getColumn(0).getString()), Date::parse_iso(q.getColumn(1).getString()),
                       q.getColumn(2).getString(), q.getColumn(3).getString()});
    return out;
}

std::vector<std::string> LearningStore::action_agencies() const {
    SQLite::Statement q(m_store.database(), "SELECT DISTINCT agency FROM action_item ORDER BY agency COLLATE NOCASE");
    std::vector<std::string> out;
    while (q.executeStep()) out.push_back(q.getColumn(0).getString());
    return out;
}

// ---- evidence of impact ---------------------------------------------------------------------------

std::int64_t LearningStore::insert_evidence(const ImpactEvidence& e, const std::vector<unsigned char>& content) {
    auto& db = m_store.database();
    SQLite::Statement s(db, "INSERT INTO impact_evidence(action_id, kind, text, recorded_on, file_name, file_size, sha256, "
                            "content, recorded_by) VALUES (?,?,?,?,?,?,?,?,?)");
    s.bind(1, e.action_id);
    s.bind(2, to_string(e.kind));
    s.bind(3, e.text);
    s.bind(4, e.date.iso());
    s.bind(5, e.file_name);
    s.bind(6, e.file_size);
    s.bind(7, e.sha256);
    if (e.file_name.empty())
        s.bind(8);
    else
        s.bind(8, content.data(), int(content.size()));
    s.bind(9, e.recorded_by);
    s.exec();
    return db.getLastInsertRowid();
}

std::vector<ImpactEvidence> LearningStore::load_evidence(std::int64_t action_id) const {
    SQLite::Statement q(m_store.database(), "SELECT id, kind, text, recorded_on, file_name, file_size, sha256, recorded_by "
                                            "FROM impact_evidence WHERE action_id = ? ORDER BY recorded_on, id");
    q.bind(1, action_id);
    std::vector<ImpactEvidence> out;
    while (q.executeStep()) {
        ImpactEvidence e;
        e.id = q.getColumn(0).getInt64();
        e.action_id = action_id;
        e.kind = evidence_kind_from(q.getColumn(1).getString());
        e.text = q.getColumn(2).getString();
        e.date = Date::parse_iso(q.getColumn(3).getString());
        e.file_name = q.getColumn(4).getString();
        e.file_size = q.getColumn(5).getInt64();
        e.sha256 = q.getColumn(6).getString();
        e.recorded_by = q.getColumn(7).getString();
        out.push_back(std::move(e));
    }
    return out;
}

std::optional<std::vector<unsigned char>> LearningStore::evidence_content(std::int64_t evidence_id) const {
    SQLite::Statement q(m_store.database(), "SELECT content FROM impact_evidence WHERE id = ?");
    q.bind(1, evidence_id);
    if (!q.executeStep()) return std::nullopt;
    const auto& c = q.getColumn(0);
    const auto* bytes = static_cast<const unsigned char*>(c.getBlob());
    return std::vector<unsigned char>(bytes, bytes + c.getBytes());
}

// ---- challenge log, learning events ---------------------------------------------------------------

std::int64_t LearningStore::insert_challenge(std::int64_t review_id, const NewChallenge& c) {
    auto& db = m_store.database();
    SQLite::Statement s(db, "INSERT INTO challenge(review_id, agency, raised_on, issue, board_action) VALUES (?,?,?,?,?)");
    s.bind(1, review_id);
    s.bind(2, c.agency);
    s.bind(3, c.raised.iso());
    s.bind(4, c.issue);
    s.bind(5, c.board_action);
    s.exec();
    return db.getLastInsertRowid();
}

namespace {
const char* const kChallengeSelect =
    "SELECT c.id, r.ref, c.agency, c.raised_on, c.issue, c.board_action, c.outcome, c.closed_on "
    "FROM challenge c JOIN review r ON r.id = c.review_id";

Challenge read_challenge(SQLite::Statement& q) {
    Challenge c;
    c.id = q.getColumn(0).getInt64();
    c.review = q.getColumn(1).getString();
    c.agency = q.getColumn(2).getString();
    c.raised = Date::parse_iso(q.getColumn(3).getString());
    c.issue = q.getColumn(4).getString();
    c.board_action = q.getColumn(5).getString();
    c.outcome = q.getColumn(6).getString();
    c.closed = optional_date(q.getColumn(7));
    return c;
}
}  // namespace

std::optional<Challenge> LearningStore::load_challenge(std::int64_t id) const {
    SQLite::Statement q(m_store.database(), std::string(kChallengeSelect) + " WHERE c.id = ?");
    q.bind(1, id);
    if (!q.executeStep()) return std::nullopt;
    return read_challenge(q);
}

void LearningStore::close_challenge(std::int64_t id, Date closed, const std::string& outcome) {
    SQLite::Statement s(m_store.database(), "UPDATE challenge SET closed_on = ?, outcome = ? WHERE id = ?");
    bind_date(s, 1, closed);
    s.bind(2, outcome);
    s.bind(3, id);
    s.exec();
}

std::vector<Challenge> LearningStore::load_challenges(const std::string& ref) const {
    SQLite::Statement q(m_store.database(), std::string(kChallengeSelect) + review_clause(ref) + " ORDER BY c.raised_on, c.id");
    bind_review(q, ref);
    std::vector<Challenge> out;
    while (q.executeStep()) out.push_back(read_challenge(q));
    return out;
}

std::int64_t LearningStore::insert_learning_event(std::int64_t review_id, const NewLearningEvent& e) {
    auto& db = m_store.database();
    SQLite::Statement s(db, "INSERT INTO learning_event(review_id, held_on, title, audience, attendance, presenter) VALUES (?,?,?,?,?,?)");
    s.bind(1, review_id);
    s.bind(2, e.date.iso());
    s.bind(3, e.title);
    s.bind(4, e.audience);
    s.bind(5, e.attendance);
    s.bind(6, e.presenter);
    s.exec();
    return db.getLastInsertRowid();
}

std::vector<LearningEvent> LearningStore::load_learning_events(const std::string& ref) const {
    SQLite::Statement q(m_store.database(), "SELECT e.id, r.ref, e.held_on, e.title, e.audience, e.attendance, e.presenter "
                                            "FROM learning_event e JOIN review r ON r.id = e.review_id" +
                                            review_clause(ref) + " ORDER BY e.held_on, e.id");
    bind_review(q, ref);
    std::vector<LearningEvent> out;
    while (q.executeStep()) {
        LearningEvent e;
        e.id = q.getColumn(0).getInt64();
        e.review = q.getColumn(1).getString();
        e.date = Date::parse_iso(q.getColumn(2).getString());
        e.title = q.getColumn(3).getString();
        e.audience = q.getColumn(4).getString();
        e.attendance = q.getColumn(5).getInt();
        e.presenter = q.getColumn(6).getString();
        out.push_back(std::move(e));
    }
    return out;
}

}  // namespace model::storage
