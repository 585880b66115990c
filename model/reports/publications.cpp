// SPDX-License-Identifier: MIT
// The publication log and redaction decisions: validate, one transaction with audit rows, publish.
#include "model/reports/publications.h"

#include "model/core/capped_file.h"
#include "model/core/error.h"
#include "model/learning/learning.h"
#include "model/register/board_impl.h"
#include "model/register/validation.h"
#include "model/reports/publications_file.h"
#include "model/reports/redaction_text.h"
#include "model/storage/store_publication.h"

#include <algorithm>
#include <cctype>
#include <filesystem>

namespace model {
namespace {

constexpr std::size_t kVersionFileMaxBytes = 256u * 1024 * 1024;  // a DOCX with a 50,000-entry appendix fits
constexpr std::size_t kResponseMaxBytes = 20u * 1024 * 1024;

const std::vector<std::string>& formats() {
    static const std::vector<std::string> f = {"html", "docx", "odt", "xml", "pdf"};
    return f;
}

bool is_published(const std::string& status) { return status == "published-in-full" || status == "published-redacted"; }

std::string extension_of(const std::string& path) {
    std::string ext = std::filesystem::path(path).extension().string();
    if (!ext.empty()) ext.erase(0, 1);
    std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return char(std::tolower(c)); });
    return ext;
}

}  // namespace

const std::vector<std::string>& publication_statuses() {
    static const std::vector<std::string> s = {"draft", "final", "sent-to-panel", "published-in-full",
                                               "published-redacted", "not-published"};
    return s;
}

std::int64_t Publications::add(const std::string& ref, const NewPublicationEntry& entry) {
    auto& impl = *m_board.m;
    const Review review = impl.review(ref);
    storage::PublicationStore store(impl.store);

    // ---- validate everything first ----
    PublicationEntry e;
    e.review = ref;
    e.status = trimmed(entry.status);
    if (e.status.empty()) throw bad_input("status is required (draft, final, sent-to-panel, published-in-full, published-redacted or not-published)");
    require_one_of("status", e.status, publication_statuses());
    e.date = entry.date.value_or(Date::today());
    if (e.date < review.aware)
        throw bad_input("date " + e.date.iso() + " is before the review's aware date " + review.aware.iso());
    const auto log = store.load_entries(ref);
    if (!log.empty() && e.date < log.back().date)
        throw bad_input("date " + e.date.iso() + " is before the last publication log entry (" + log.back().status +
                        " on " + log.back().date.iso() + ")");
    e.reasons = trimmed(entry.reasons);
    e.legal_advice = trimmed(entry.legal_advice);
    e.redaction_notes = trimmed(entry.redaction_notes);
    e.template_name = trimmed(entry.template_name);
    if (e.status == "not-published" && e.reasons.empty())
        throw bad_input("reasons are required when the report is not published (--reason)");
    const bool has_final = std::any_of(log.begin(), log.end(), [](const auto& x) { return x.status == "final"; });
    if (e.status == "draft" && has_final)
        throw bad_input("status draft: " + ref + " already has a final report; record a new final version instead");
    if (e.status != "draft" && e.status != "final" && !has_final)
        throw bad_input("status " + e.status + ": " + ref + " has no final report yet (record status final first)");

    LoggedFile version, response;
    int last_version = log.empty() ? 0 : log.back().version;
    std::string last_sha;
    for (const auto& x : log)
        if (!x.sha256.empty()) last_sha = x.sha256;
    e.version = last_version;
    if (!entry.version_file.empty()) {
        e.format = trimmed(entry.format).empty() ? extension_of(entry.version_file) : trimmed(entry.format);
        require_one_of("format", e.format, formats());
        version = read_logged_file("version file", entry.version_file, kVersionFileMaxBytes);
        e.file_name = version.name;
        e.sha256 = version.sha256;
        e.file_size = std::int64_t(version.content.size());
        if (version.sha256 != last_sha) e.version = last_version + 1;
    } else if (!trimmed(entry.format).empty()) {
        throw bad_input("format '" + entry.format + "' given without a version file");
    }
    if (!entry.board_response_file.empty()) {
        response = read_logged_file("board response", entry.board_response_file, kResponseMaxBytes);
        e.board_response_name = response.name;
        e.board_response_sha256 = response.sha256;
        e.board_response_size = std::int64_t(response.content.size());
    }
    if (is_published(e.status)) {
        // A published report shows people only by pseudonym: the redactor must be sure of every text.
        const RedactionCheck check = check_redaction(ref);
        if (!check.safe()) {
            const auto& p = check.report.problems.front();
            throw bad_input("status " + e.status + " refused: the redaction check of " + ref + " finds " +
                            std::to_string(check.report.problems.size()) + " problem(s); first in " + p.where + ": " +
                            p.reason + " (see `redaction check " + ref + "`)");
        }
    }
    e.recorded_by = impl.actor;
    e.recorded_at = storage::utc_timestamp();

    // ---- one transaction: the row and its audit rows ----
    const std::string previous = log.empty() ? std::string() : log.back().status;
    storage::Store::Transaction tx(impl.store);
    const std::int64_t id = store.insert_entry(impl.store.review_id(ref), e, response.content);
    const std::string sid = std::to_string(id);
    auto audit = [&](const std::string& field, const std::string& old_value, const std::string& new_value) {
        impl.store.audit(impl.actor, "publication.add", ref, "publication", sid, field, old_value, new_value);
    };
    audit("status", previous, e.status);
    audit("date", "", e.date.iso());
    if (!e.sha256.empty())
        audit("version", std::to_string(last_version),
              std::to_string(e.version) + " " + e.file_name + " (" + e.format + ", sha256 " + e.sha256 + ")");
    if (!e.template_name.empty()) audit("template", "", e.template_name);
    if (!e.reasons.empty()) audit("reasons", "", e.reasons);
    if (!e.legal_advice.empty()) audit("legal_advice", "", e.legal_advice);
    if (!e.redaction_notes.empty()) audit("redaction_notes", "", e.redaction_notes);
    if (!e.board_response_name.empty())
        audit("board_response", "", e.board_response_name + " (sha256 " + e.board_response_sha256 + ")");
    tx.commit();
    impl.events.publish({BoardEvent::Type::PublicationChanged, ref});
    return id;
}

std::vector<PublicationEntry> Publications::log(const std::string& ref) const {
    auto& impl = *m_board.m;
    impl.store.review_id(ref);  // NotFound for an unknown review
    return storage::PublicationStore(impl.store).load_entries(ref);
}

std::string Publications::status(const std::string& ref) const {
    const auto entries = log(ref);
    return entries.empty() ? std::string() : entries.back().status;
}

std::vector<unsigned char> Publications::board_response(std::int64_t entry_id) const {
    auto bytes = storage::PublicationStore(m_board.m->store).load_response(entry_id);
    if (!bytes) throw not_found("unknown publication entry " + std::to_string(entry_id));
    return *bytes;
}

std::int64_t Publications::decide_redaction(const std::string& ref, const RedactionDecision& decision) {
    auto& impl = *m_board.m;
    impl.store.review_id(ref);  // NotFound for an unknown review
    StoredRedactionDecision d;
    d.text = trimmed(decision.text);
    if (redaction::fold_words(d.text).empty())
        throw bad_input("text '" + decision.text + "': give the word or words the redaction report named");
    d.reason = require_text("reason", decision.reason);
    d.where = trimmed(decision.where);
    d.replacement = trimmed(decision.replacement);
    d.decided_by = impl.actor;
    d.decided_at = storage::utc_timestamp();

    storage::Store::Transaction tx(impl.store);
    const std::int64_t id = storage::PublicationStore(impl.store).insert_decision(impl.store.review_id(ref), d);
    const std::string sid = std::to_string(id);
    auto audit = [&](const std::string& field, const std::string& value) {
        impl.store.audit(impl.actor, "redaction.decide", ref, "redaction-decision", sid, field, "", value);
    };
    audit("text", d.text);
    audit("where", d.where.empty() ? "everywhere" : d.where);
    audit("verdict", d.replacement.empty() ? "keep" : "replace with '" + d.replacement + "'");
    audit("reason", d.reason);
    tx.commit();
    impl.events.publish({BoardEvent::Type::PublicationChanged, ref});
    return id;
}

std::vector<StoredRedactionDecision> Publications::redaction_decisions(const std::string& ref) const {
    auto& impl = *m_board.m;
    impl.store.review_id(ref);
    return storage::PublicationStore(impl.store).load_decisions(ref);
}

Redactor Publications::redactor(const std::string& ref) const {
    const Review review = m_board.m->review(ref);
    const auto stored = redaction_decisions(ref);
    const std::vector<RedactionDecision> decisions(stored.begin(), stored.end());
    return Redactor(review.people, decisions);
}

RedactionCheck Publications::check_redaction(const std::string& ref) const {
    const Review review = m_board.m->review(ref);
    Redactor r = redactor(ref);
    RedactionCheck result;
    auto text = [&](const std::string& t, const std::string& where) {
        if (t.empty()) return;
        r.apply(t, where);
        ++result.texts;
    };
    text(review.title, "review title");
    for (const auto& s : review.stages) text(s.note, "stage " + s.stage_id + " note");
    for (const auto& h : review.holds) text(h.reason, "hold " + std::to_string(h.id) + " reason");
    for (const auto& t : review.terms) {
        const std::string v = "terms of reference v" + std::to_string(t.version);
        for (std::size_t i = 0; i < t.key_questions.size(); ++i)
            text(t.key_questions[i], v + " question " + std::to_string(i + 1));
        text(t.methodology, v + " methodology");
    }
    for (const auto& e : m_board.chronology().list(ref)) {
        // Places named as the report renderer names them, so that a decision for a place holds in both.
        const std::string w = "chronology " + std::to_string(e.id);
        text(e.event, w + " event");
        text(e.details, w + " details");
        text(e.outcome, w + " outcome");
        text(e.practitioner, w + " practitioner");
        text(e.analysis, w + " analysis");
        text(e.human_factors, w + " human factors");
        text(e.key_episode, w + " key episode");
        for (const auto& [header, value] : e.extra) text(value, w + " " + header);
    }
    const Learning& learning = m_board.learning();
    for (const auto& f : learning.findings(ref)) text(f.text, "finding " + std::to_string(f.id));
    for (const auto& rec : learning.recommendations(ref)) {
        const std::string w = "recommendation " + std::to_string(rec.number);
        text(rec.text, w);
        text(rec.addressee, w + " addressee");
        if (rec.response) text(rec.response->text, w + " response");
        for (const auto& a : learning.actions_of(rec.id, Date::today())) {
            text(a.text, "action " + std::to_string(a.id));
            text(a.owner, "action " + std::to_string(a.id) + " owner");
        }
    }
    result.report = r.report();
    return result;
}

}  // namespace model
