// SPDX-License-Identifier: MIT
#include "model/storage/store_publication.h"

#include <SQLiteCpp/SQLiteCpp.h>

namespace model::storage {

std::int64_t PublicationStore::insert_entry(std::int64_t review_id, const PublicationEntry& e,
                                            const std::string& response_content) {
    SQLite::Statement s(m_store.database(),
                        "INSERT INTO publication_entry(review_id, version, status, status_date, file_name, file_sha256, "
                        "file_size, template, format, reasons, legal_advice, redaction_notes, response_name, "
                        "response_sha256, response_size, response_content, recorded_by, recorded_at) "
                        "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
    s.bind(1, review_id);
    s.bind(2, e.version);
    s.bind(3, e.status);
    s.bind(4, e.date.iso());
    s.bind(5, e.file_name);
    s.bind(6, e.sha256);
    s.bind(7, e.file_size);
    s.bind(8, e.template_name);
    s.bind(9, e.format);
    s.bind(10, e.reasons);
    s.bind(11, e.legal_advice);
    s.bind(12, e.redaction_notes);
    s.bind(13, e.board_response_name);
    s.bind(14, e.board_response_sha256);
    s.bind(15, e.board_response_size);
    if (e.board_response_name.empty())
        s.bind(16);
    else
        s.bind(16, response_content.data(), int(response_content.size()));
    s.bind(17, e.recorded_by);
    s.bind(18, e.recorded_at.empty() ? utc_timestamp() : e.recorded_at);
    s.exec();
    return m_store.database().getLastInsertRowid();
}

std::vector<PublicationEntry> PublicationStore::load_entries(const std::string& ref) const {
    SQLite::Statement q(m_store.database(),
                        "SELECT p.id, r.ref, p.version, p.status, p.status_date, p.file_name, p.file_sha256, p.file_size, "
                        "p.template, p.format, p.reasons, p.legal_advice, p.redaction_notes, p.response_name, "
                        "p.response_sha256, p.response_size, p.recorded_by, p.recorded_at "
                        "FROM publication_entry p JOIN review r ON r.id = p.review_id WHERE r.ref = ? ORDER BY p.id");
    q.bind(1, ref);
    std::vector<PublicationEntry> out;
    while (q.executeStep()) {
        PublicationEntry e;
        e.id = q.getColumn(0).getInt64();
        e.review = q.getColumn(1).getString();
        e.version = q.getColumn(2).getInt();
        e.status = q.getColumn(3).getString();
        e.date = Date::parse_iso(q.getColumn(4).getString());
        e.file_name = q.getColumn(5).getString();
        e.sha256 = q.getColumn(6).getString();
        e.file_size = q.getColumn(7).getInt64();
        e.template_name = q.getColumn(8).getString();
        e.format = q.getColumn(9).getString();
        e.reasons = q.getColumn(10).getString();
        e.legal_advice = q.getColumn(11).getString();
        e.redaction_notes = q.getColumn(12).getString();
        e.board_response_name = q.getColumn(13).getString();
        e.board_response_sha256 = q.getColumn(14).getString();
        e.board_response_size = q.getColumn(15).getInt64();
        e.recorded_by = q.getColumn(16).getString();
        e.recorded_at = q.getColumn(17).getString();
        out.push_back(std::move(e));
    }
    return out;
}

std::optional<std::vector<unsigned char>> PublicationStore::load_response(std::int64_t entry_id) const {
    SQLite::Statement q(m_store.database(), "SELECT response_content FROM publication_entry WHERE id = ?");
    q.bind(1, entry_id);
    if (!q.executeStep()) return std::nullopt;
    const auto c = q.getColumn(0);
    const auto* bytes = static_cast<const unsigned char*>(c.getBlob());
    return std::vector<unsigned char>(bytes, bytes + c.getBytes());
}

std::int64_t PublicationStore::insert_decision(std::int64_t review_id, const StoredRedactionDecision& d) {
    SQLite::Statement s(m_store.database(),
                        "INSERT INTO redaction_decision(review_id, text, scope, replacement, reason, decided_by, decided_at) "
                        "VALUES (?,?,?,?,?,?,?)");
    s.bind(1, review_id);
    s.bind(2, d.text);
    s.bind(3, d.where);
    s.bind(4, d.replacement);
    s.bind(5, d.reason);
    s.bind(6, d.decided_by);
    s.bind(7, d.decided_at.empty() ? utc_timestamp() : d.decided_at);
    s.exec();
    return m_store.database().getLastInsertRowid();
}

std::vector<StoredRedactionDecision> PublicationStore::load_decisions(const std::string& ref) const {
    SQLite::Statement q(m_store.database(),
                        "SELECT d.id, d.text, d.scope, d.replacement, d.reason, d.decided_by, d.decided_at "
                        "FROM redaction_decision d JOIN review r ON r.id = d.review_id WHERE r.ref = ? ORDER BY d.id");
    q.bind(1, ref);
    std::vector<StoredRedactionDecision> out;
    while (q.executeStep()) {
        StoredRedactionDecision d;
        d.id = q.getColumn(0).getInt64();
        d.text = q.getColumn(1).getString();
        d.where = q.getColumn(2).getString();
        d.replacement = q.getColumn(3).getString();
        d.reason = q.getColumn(4).getString();
        d.decided_by = q.getColumn(5).getString();
        d.decided_at = q.getColumn(6).getString();
        out.push_back(std::move(d));
    }
    return out;
}

}  // namespace model::storage
