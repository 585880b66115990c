// SPDX-License-Identifier: MIT
// Opening a board, and the read-only queries.
#include "model/register/board.h"

#include "model/clocks/clock_evaluator.h"
#include "model/core/error.h"
#include "model/register/board_impl.h"

#include <algorithm>

namespace model {

std::string ref_prefix(const std::string& pathway_id) {
    static const std::pair<const char*, const char*> known[] = {
        {"cspr-england", "CSPR"}, {"scr-england", "SCR"}, {"rapid-inquiry-lli", "LLI"},
        {"cpr-wales-concise", "CPR"}, {"cpr-wales-extended", "CPR"}, {"sar", "SAR"},
        {"dhr", "DHR"}, {"case-audit", "MACA"}, {"near-miss", "NM"}, {"good-practice", "GP"}};
    for (const auto& [id, prefix] : known)
        if (pathway_id == id) return prefix;
    std::string prefix = pathway_id.substr(0, pathway_id.find('-'));
    for (char& ch : prefix) ch = char(std::toupper(static_cast<unsigned char>(ch)));
    return prefix.empty() ? "REV" : prefix;
}

void Board::Impl::reload_calendar() {
    HolidayCalendar fresh;
    fresh.override_with(store.bank_holidays());
    calendar = std::move(fresh);
}

const Pathway& Board::Impl::pathway_of(const ReviewSummary& review) const {
    const Pathway* p = pathways.find(review.pathway_id);
    if (!p) throw not_found("review " + review.ref + " uses pathway '" + review.pathway_id + "', which is not defined");
    return *p;
}

void Board::Impl::derive(Review& review) const {
    const Pathway* p = pathways.find(review.pathway_id);
    if (p) {
        std::stable_sort(review.stages.begin(), review.stages.end(), [p](const auto& a, const auto& b) {
            return p->stage_index(a.stage_id) < p->stage_index(b.stage_id);
        });
        // The next stage is the first one after the furthest completed stage.
        int furthest = -1;
        for (const auto& s : review.stages) furthest = std::max(furthest, p->stage_index(s.stage_id));
        review.current_stage.clear();
        for (std::size_t i = std::size_t(furthest + 1); i < p->stages.size(); ++i) {
            review.current_stage = p->stages[i].id;
            break;
        }
    }
    Date today = Date::today();
    review.on_hold = std::any_of(review.holds.begin(), review.holds.end(), [&](const Hold& h) { return h.covers(today); });
}

Review Board::Impl::review(const std::string& ref) const {
    auto r = store.load_review(ref);
    if (!r) throw not_found("unknown review '" + ref + "'");
    derive(*r);
    return std::move(*r);
}

Board::~Board() = default;

Board::Board(const std::string& path, PathwayLibrary pathways)
    : m(std::make_unique<Impl>(*this, path, std::move(pathways))) {
    m->reload_calendar();
}

std::unique_ptr<Board> Board::open(const std::string& path, PathwayLibrary pathways) {
    return std::unique_ptr<Board>(new Board(path, std::move(pathways)));
}

Chronology& Board::chronology() { return m->chronology; }
const Chronology& Board::chronology() const { return m->chronology; }
Learning& Board::learning() { return m->learning; }
const Learning& Board::learning() const { return m->learning; }
Publications& Board::publications() { return m->publications; }
const Publications& Board::publications() const { return m->publications; }
CaseFiles& Board::case_files() { return m->case_files; }
const CaseFiles& Board::case_files() const { return m->case_files; }

const std::string& Board::path() const { return m->path; }
const PathwayLibrary& Board::pathways() const { return m->pathways; }
const HolidayCalendar& Board::calendar() const { return m->calendar; }
void Board::set_actor(const std::string& actor) { m->actor = actor.empty() ? "unknown" : actor; }
const std::string& Board::actor() const { return m->actor; }
Publisher<BoardEvent>& Board::events() { return m->events; }
int Board::schema_version() const { return m->store.schema_version(); }

std::vector<ReviewSummary> Board::list_reviews() const {
    std::vector<ReviewSummary> out;
    for (auto& r : m->store.load_reviews(false)) {
        m->derive(r);
        out.push_back(static_cast<ReviewSummary&&>(std::move(r)));
    }
    return out;
}

Review Board::get_review(const std::string& ref) const { return m->review(ref); }

ClockReport Board::clocks(const Review& review, Date as_of) const {
    return evaluate_clocks(m->pathway_of(review), review, m->calendar, as_of);
}

std::vector<ClockState> Board::alerts(Date as_of) const {
    std::vector<ClockState> all;
    for (auto& r : m->store.load_reviews(false)) {
        const Pathway* p = m->pathways.find(r.pathway_id);
        if (!p) continue;
        auto report = evaluate_clocks(*p, r, m->calendar, as_of);
        for (auto& c : report.clocks) all.push_back(std::move(c));
    }
    std::stable_sort(all.begin(), all.end(), [](const ClockState& a, const ClockState& b) {
        if (urgency(a.status) != urgency(b.status)) return urgency(a.status) < urgency(b.status);
        if (a.status == ClockStatus::Overdue && a.days_late != b.days_late) return a.days_late > b.days_late;
        return a.due < b.due;
    });
    return all;
}

std::vector<AuditEntry> Board::audit(const std::string& ref) const {
    if (!ref.empty() && !m->store.review_exists(ref)) throw not_found("unknown review '" + ref + "'");
    return m->store.audit_entries(ref);
}

}  // namespace model
