// SPDX-License-Identifier: MIT
// The chronology's queries, annotations, agencies and duplicate decisions.
#include "model/chronology/chronology.h"

#include "model/chronology/duplicate_finder.h"
#include "model/chronology/search_query.h"
#include "model/core/error.h"
#include "model/register/board_impl.h"
#include "model/register/validation.h"

#include <algorithm>
#include <cctype>
#include <set>

namespace model {
// What every listing refuses before reading: an unknown review (NotFound), a reversed date range.
void Chronology::check_listing(const std::string& ref, const ChronologyFilter& filter) const {
    m_board.m->review(ref);
    if (filter.from && filter.to && *filter.to < *filter.from)
        throw bad_input("date range ends (" + filter.to->iso() + ") before it starts (" + filter.from->iso() + ")");
}

std::vector<ChronologyEntry> Chronology::list(const std::string& ref, const ChronologyFilter& filter) const {
    check_listing(ref, filter);
    return m_board.m->store.load_entries(ref, filter);
}

std::vector<ChronologyEntry> Chronology::list_brief(const std::string& ref, const ChronologyFilter& filter) const {
    check_listing(ref, filter);
    return m_board.m->store.load_brief_entries(ref, filter);
}

std::vector<ChronologyEntry> Chronology::list_outline(const std::string& ref, const ChronologyFilter& filter) const {
    check_listing(ref, filter);
    return m_board.m->store.load_outline_entries(ref, filter);
}

void Chronology::fill_text(std::vector<ChronologyEntry>& entries, std::size_t first, std::size_t last) const {
    last = std::min(last, entries.size());
    if (first >= last) return;
    m_board.m->store.fill_entry_text(entries.data() + first, entries.data() + last);
}

AnnotationValues Chronology::annotation_values(const std::string& ref) const {
    m_board.m->review(ref);
    return m_board.m->store.annotation_values(ref);
}

ChronologyEntry Chronology::get(std::int64_t id) const {
    auto e = m_board.m->store.load_entry(id);
    if (!e) throw not_found("unknown chronology entry " + std::to_string(id));
    return std::move(*e);
}

std::string Chronology::review_of(std::int64_t id) const {
    std::string ref = m_board.m->store.review_of_entry(id);
    if (ref.empty()) throw not_found("unknown chronology entry " + std::to_string(id));
    return ref;
}

std::size_t Chronology::count(const std::string& ref) const { return m_board.m->store.count_entries(ref); }

std::vector<DuplicatePair> Chronology::duplicates(const std::string& ref, double min_score) const {
    const auto entries = list(ref);
    std::set<std::pair<std::int64_t, std::int64_t>> decided;
    for (const auto& p : m_board.m->store.duplicate_decisions(ref)) decided.insert(p);
    return find_duplicates(entries, min_score, decided);
}

void Chronology::decide_duplicate(std::int64_t a, std::int64_t b, bool confirmed) {
    if (a == b) throw bad_input("an entry cannot duplicate itself (" + std::to_string(a) + ")");
    const ChronologyEntry first = get(a);
    const ChronologyEntry second = get(b);
    const std::string ref = m_board.m->store.review_of_entry(a);
    if (ref != m_board.m->store.review_of_entry(b))
        throw bad_input("entries " + std::to_string(a) + " and " + std::to_string(b) + " belong to different reviews");
    if (!second.merged_from.empty())
        throw bad_input("entry " + std::to_string(b) + " already absorbs other entries; merge into it instead");
    auto& store = m_board.m->store;
    storage::Store::Transaction tx(store);
    store.insert_duplicate_decision(ref, a, b, confirmed, m_board.m->actor);
    const std::string pair = std::to_string(a) + "+" + std::to_string(b);
    if (confirmed) {
        store.set_merged_into(b, a);
        store.audit(m_board.m->actor, "chronology.merge", ref, "chronology_entry", std::to_string(b), "merged_into",
                    "", std::to_string(a));
    } else {
        store.audit(m_board.m->actor, "chronology.not-duplicate", ref, "chronology_entry", pair, "decision", "",
                    "dismissed");
    }
    tx.commit();
    m_board.m->events.publish({BoardEvent::Type::ChronologyChanged, ref});
}

void Chronology::unmerge(std::int64_t merged) {
    get(merged);  // unknown entry: NotFound
    auto& store = m_board.m->store;
    const auto into = store.merged_into(merged);
    if (!into)
        throw bad_input("entry " + std::to_string(merged) + " is not merged into another entry; nothing to undo");
    const std::string ref = store.review_of_entry(merged);
    storage::Store::Transaction tx(store);
    store.clear_merged_into(merged);
    // Forget the confirmation too, so that the pair can be judged again.
    store.delete_duplicate_decision(*into, merged);
    store.audit(m_board.m->actor, "chronology.unmerge", ref, "chronology_entry", std::to_string(merged),
                "merged_into", std::to_string(*into), "");
    tx.commit();
    m_board.m->events.publish({BoardEvent::Type::ChronologyChanged, ref});
}

GapReport Chronology::gaps(const std::string& ref, int min_days) const {
    if (min_days < 1) throw bad_input("minimum gap must be at least 1 day (got " + std::to_string(min_days) + ")");
    GapReport report;
    report.silences = find_silences(list(ref), min_days);
    const auto submitted = m_board.m->store.submitting_agencies(ref);
    for (const auto& agency : m_board.m->store.agencies(ref)) {
        bool found = std::any_of(submitted.begin(), submitted.end(), [&](const std::string& s) {
            return s.size() == agency.size() &&
                   std::equal(s.begin(), s.end(), agency.begin(),
                              [](char x, char y) { return std::tolower(static_cast<unsigned char>(x)) ==
                                                          std::tolower(static_cast<unsigned char>(y)); });
        });
        if (!found) report.missing_agencies.push_back(agency);
    }
    return report;
}

void Chronology::add_agency(const std::string& ref, const std::string& name) {
    m_board.m->review(ref);
    const std::string agency = require_text("agency", name);
    auto& store = m_board.m->store;
    for (const auto& known : store.agencies(ref))
        if (known == agency) return;
    storage::Store::Transaction tx(store);
    store.insert_agency(ref, agency);
    store.audit(m_board.m->actor, "agency.add", ref, "agency", agency, "name", "", agency);
    tx.commit();
    m_board.m->events.publish({BoardEvent::Type::ChronologyChanged, ref});
}

std::vector<std::string> Chronology::agencies(const std::string& ref) const {
    m_board.m->review(ref);
    return m_board.m->store.agencies(ref);
}

void Chronology::annotate(std::int64_t id, const Annotation& a) {
    const ChronologyEntry before = get(id);
    const std::string ref = m_board.m->store.review_of_entry(id);
    auto& store = m_board.m->store;
    storage::Store::Transaction tx(store);
    auto set = [&](const char* field, const std::optional<std::string>& value, const std::string& old) {
        if (!value) return;
        const std::string v = trimmed(*value);
        if (v == old) return;
        store.update_annotation(id, field, v);
        store.audit(m_board.m->actor, "chronology.annotate", ref, "chronology_entry", std::to_string(id), field, old, v);
    };
    set("significance", a.significance, before.significance);
    set("analysis", a.analysis, before.analysis);
    set("human_factors", a.human_factors, before.human_factors);
    set("key_episode", a.key_episode, before.key_episode);
    tx.commit();
    m_board.m->events.publish({BoardEvent::Type::ChronologyChanged, ref});
}

}  // namespace model

namespace model {

std::vector<SearchHit> Chronology::search(const std::string& ref, const std::string& query, std::size_t limit) const {
    m_board.m->review(ref);
    if (limit == 0) throw bad_input("search: --limit must be at least 1");
    // A prefix standing for more words than this is left to FTS5 (which stems it): a query of
    // hundreds of OR-ed words would cost more than the stemming does harm for so short a prefix.
    constexpr std::size_t kMostWords = 200;
    const auto& store = m_board.m->store;
    const auto expand = [&](const std::string& prefix) { return store.search_words_with_prefix(prefix, kMostWords); };
    return store.search_entries(ref, to_fts_query(query, expand), limit);
}

}  // namespace model
