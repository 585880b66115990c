// SPDX-License-Identifier: MIT
// A review's imports, and withdrawing one that should not have been imported: agencies resend
// corrected submissions, and a wrong file, agency or mapping must not stay in the chronology for ever.
#include "model/chronology/chronology.h"

#include "model/core/error.h"
#include "model/register/board_impl.h"

namespace model {
namespace {

// "12", "12 and 15", "12, 15 and 18", "12, 15, 18, 20, 31 and 4 more": a refusal names what to
// undo without growing without bound.
std::string id_list(const std::vector<std::int64_t>& ids) {
    constexpr std::size_t kNamed = 5;
    std::vector<std::string> words;
    for (std::size_t i = 0; i < ids.size() && i < kNamed; ++i) words.push_back(std::to_string(ids[i]));
    if (ids.size() > kNamed) words.push_back(std::to_string(ids.size() - kNamed) + " more");
    std::string out;
    for (std::size_t i = 0; i < words.size(); ++i)
        out += (i == 0 ? "" : i + 1 == words.size() ? " and " : ", ") + words[i];
    return out;
}

std::string entries_word(std::size_t n) { return n == 1 ? "entry" : "entries"; }

}  // namespace

std::vector<ImportRecord> Chronology::imports(const std::string& ref) const {
    return m_board.m->store.imports(ref);  // review_id(): NotFound for an unknown review
}

WithdrawResult Chronology::withdraw_import(std::int64_t import_id) {
    auto& store = m_board.m->store;
    // Read and checked inside the transaction, so that what is checked is what is deleted.
    storage::Store::Transaction tx(store);
    const auto record = store.load_import(import_id);
    if (!record) throw not_found("unknown chronology import " + std::to_string(import_id));
    const std::string what = "cannot withdraw import " + std::to_string(import_id) + " (" + record->file + ")";

    // A finding's evidence would silently vanish: the reviewer decides what it cites instead.
    if (const auto citing = store.findings_citing_import(import_id); !citing.empty()) {
        std::string findings;
        for (const auto& f : citing)
            findings += (findings.empty() ? "" : "; ") + ("finding F" + std::to_string(f.number) + " of " +
                                                          record->review + " cites " + entries_word(f.entries.size()) +
                                                          " " + id_list(f.entries) + " of this import (finding id " + std::to_string(f.id) + ")");
        throw bad_input(what + ": " + findings + ": unlink them first");
    }
    // A merge across the import's edge would leave another agency's entry hidden behind nothing, or
    // holding a source that no longer exists; a merge inside it goes with it.
    if (const auto merges = store.merges_across_import(import_id); !merges.empty()) {
        std::string named;
        std::vector<std::int64_t> undo;
        for (const auto& m : merges) {
            undo.push_back(m.merged);
            if (undo.size() > 5) continue;  // id_list says how many more
            named += (named.empty() ? "" : "; ") +
                     (m.merged_is_ours ? "its entry " + std::to_string(m.merged) + " is merged into entry " +
                                             std::to_string(m.into) + " of another import"
                                       : "entry " + std::to_string(m.merged) + " of another import is merged into its entry " +
                                             std::to_string(m.into));
        }
        throw bad_input(what + ": " + named + ": undo " + (undo.size() == 1 ? "the merge" : "the merges") +
                        " first (chronology unmerge " + id_list(undo) + ")");
    }

    const auto deleted = store.delete_import(import_id);
    const std::size_t entries = deleted.entries;
    WithdrawResult result;
    result.import_id = import_id;
    result.review = record->review;
    result.agency = record->agency;
    result.file = record->file;
    result.imported_at = record->imported_at;
    result.entries = entries;
    result.annotated = record->annotated;
    result.duplicate_decisions = deleted.duplicate_decisions;
    store.audit(m_board.m->actor, "chronology.withdraw", record->review, "chronology_import", std::to_string(import_id),
                "entries",
                record->agency + ": " + record->file + ", imported " + record->imported_at + " by " + record->actor,
                // The ids, so that older audit rows naming them can be told apart (none is given again).
                std::to_string(entries) + " " + entries_word(entries) +
                    (entries ? " (ids " + std::to_string(deleted.first_id) + "-" + std::to_string(deleted.last_id) + ")" : "") +
                    " from " + record->file + " withdrawn" +
                    (record->annotated ? ", " + std::to_string(record->annotated) + " of them annotated" : "") +
                    (deleted.redaction_decisions
                         ? ", " + std::to_string(deleted.redaction_decisions) +
                               (deleted.redaction_decisions == 1 ? " redaction decision" : " redaction decisions") +
                               " about them removed"
                         : ""));
    tx.commit();
    m_board.m->events.publish({BoardEvent::Type::ChronologyChanged, record->review});
    return result;
}

}  // namespace model
