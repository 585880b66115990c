// SPDX-License-Identifier: MIT
#pragma once
#include "model/calendar/bank_holiday.h"
#include "model/casefile/case_file.h"
#include "model/chronology/chronology.h"
#include "model/calendar/holiday_calendar.h"
#include "model/clocks/clock_state.h"
#include "model/core/publisher.h"
#include "model/learning/learning.h"
#include "model/pathway/pathway_library.h"
#include "model/register/audit_entry.h"
#include "model/register/review.h"
#include "model/reports/publications.h"

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace model {

/// What changed, published after the change has committed (on the calling thread).
struct BoardEvent {
    enum class Type { ReviewAdded, ReviewChanged, CalendarChanged, ChronologyChanged, LearningChanged, PublicationChanged };
    Type type;
    std::string review_ref;  ///< empty for CalendarChanged
};

struct NewReview {
    std::string pathway_id;
    std::string title;
    Date aware;
    std::string child;  ///< pseudonym; optional
    Region region = Region::EnglandAndWales;
};

struct NewHold {
    std::string proceeding;
    std::string reason;
    Date from;
    std::optional<Date> to;
};

struct NewPerson {
    std::string name;
    std::string pseudonym;
    std::string role;
};

struct NewAppointment {
    std::string name;
    std::string role;
    std::string organisation;
    bool independent = true;
    std::string declaration;
    Date appointed;
};

struct NewTerms {
    std::optional<Date> scope_from;
    std::optional<Date> scope_to;
    std::vector<std::string> key_questions;
    std::string methodology;
    Date agreed;
};

/// One board's database: the review register, its pathways and calendar, and the audit trail.
///
/// Every command validates first, then writes in one transaction together with its audit rows, then
/// publishes one BoardEvent. A command that throws has changed nothing. Commands throw model::Error:
/// BadInput for an invalid value (named in the message), NotFound for an unknown review, stage or id.
/// Use from one thread at a time.
class Board {
public:
    /// Opens `path`, creating it readable by its owner only (0600) if it does not exist, and applies
    /// any pending migrations.
    /// @throws model::Error (Internal) when the file cannot be opened or was written by a newer program.
    static std::unique_ptr<Board> open(const std::string& path, PathwayLibrary pathways);
    ~Board();
    Board(const Board&) = delete;
    Board& operator=(const Board&) = delete;

    const std::string& path() const;
    const PathwayLibrary& pathways() const;
    /// Bank holidays from the rules, overridden by any GOV.UK data imported into this database.
    const HolidayCalendar& calendar() const;
    /// Who is acting, for the audit trail.
    void set_actor(const std::string& actor);
    const std::string& actor() const;
    Publisher<BoardEvent>& events();
    /// The migration level of the open database.
    int schema_version() const;

    // ---- commands -------------------------------------------------------------------------------
    /// @return the new review's reference, e.g. "CSPR-2025-004".
    std::string add_review(const NewReview& review);
    /// Marks a stage done. Refuses a stage already completed, one whose earlier required stages are
    /// not complete, and a date before the review's aware date or an earlier stage's completion.
    void complete_stage(const std::string& ref, const std::string& stage_id, Date date, const std::string& note = {});
    void set_planned_publication(const std::string& ref, std::optional<Date> date);
    /// Refuses an overlapping hold, a second open hold, a hold before the aware date, an empty reason.
    std::int64_t add_hold(const std::string& ref, const NewHold& hold);
    /// Ends the open hold. @throws BadInput when there is none or `date` is before its start.
    void end_hold(const std::string& ref, Date date);
    std::int64_t add_person(const std::string& ref, const NewPerson& person);
    std::int64_t add_appointment(const std::string& ref, const NewAppointment& appointment);
    /// Records a new version of the terms of reference. @return its version number.
    int set_terms(const std::string& ref, const NewTerms& terms);
    /// Stores imported GOV.UK bank holidays; they replace derived ones for the years they cover.
    void import_bank_holidays(const HolidaySet& holidays, const std::string& source_name);

    /// The multi-agency chronology workbench of this board.
    Chronology& chronology();
    const Chronology& chronology() const;

    /// Findings, recommendations, actions and evidence of impact (model/learning/learning.h).
    Learning& learning();
    const Learning& learning() const;

    /// The publication log and redaction decisions (model/reports/publications.h).
    Publications& publications();
    const Publications& publications() const;

    /// Whole-review XML case files: export, and lossless import (model/casefile/case_file.h).
    CaseFiles& case_files();
    const CaseFiles& case_files() const;

    // ---- queries --------------------------------------------------------------------------------
    std::vector<ReviewSummary> list_reviews() const;
    /// @throws model::Error (NotFound) `unknown review 'X'`.
    Review get_review(const std::string& ref) const;
    /// Every clock of one review as of a date, plus the clocks not started yet.
    ClockReport clocks(const Review& review, Date as_of) const;
    /// Every started clock of every review as of a date, most urgent first.
    std::vector<ClockState> alerts(Date as_of) const;
    /// The audit trail, newest last; all of it, or one review's.
    std::vector<AuditEntry> audit(const std::string& ref = {}) const;

private:
    // The board's parts: each a facade over the same store, actor and events (see docs/architecture.md).
    friend class Chronology;
    friend class Learning;      // findings, recommendations, actions (model/learning)
    friend class Publications;  // reports, redaction, publication log (model/reports)
    friend class CaseFiles;     // whole-review XML export/import (model/casefile)
    struct Impl;
    Board(const std::string& path, PathwayLibrary pathways);
    std::unique_ptr<Impl> m;
};

/// Fills a board with a realistic demo: a dozen reviews across pathways and stages, some late, one
/// on hold, with people, appointments and terms of reference. Dates are relative to `today`.
void fill_demo_board(Board& board, Date today);

}  // namespace model
