// SPDX-License-Identifier: MIT
#pragma once
#include "model/learning/action.h"
#include "model/learning/board_learning.h"
#include "model/learning/finding.h"
#include "model/learning/recommendation.h"
#include "model/learning/theme_list.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace model {

class Board;

/// The chain from evidence to impact for one board: chronology entry → finding → recommendation →
/// action → evidence of impact, plus the challenge log, learning events and the view across reviews.
/// Obtained from Board::learning(); follows the Board's rules: every command validates everything
/// first, then writes its rows and audit rows in one transaction, then publishes one
/// BoardEvent::LearningChanged. A command that throws has changed nothing.
///
/// Errors: model::Error (BadInput) naming the field and value; NotFound for an unknown review, or an
/// unknown finding/recommendation/action/challenge id given as the subject of a command or query.
/// Ids given as links (a finding's evidence entries, a recommendation's findings) that do not exist
/// or belong to another review are BadInput.
///
/// Use from one thread at a time (the GUI's main thread). Queries build in-memory caches on first
/// use (the near-duplicate index, the action rows); the learning commands keep them in step, and a
/// change by another part of the board or another connection is detected (see docs/learning.md).
class Learning {
public:
    explicit Learning(Board& board);
    ~Learning();
    Learning(const Learning&) = delete;
    Learning& operator=(const Learning&) = delete;

    // ---- themes ---------------------------------------------------------------------------------
    /// The controlled theme list, loaded on first use with ThemeList::load_default().
    /// @throws model::Error as ThemeList::load_default does.
    const ThemeList& themes() const;
    /// Replaces the theme list (tests, or a board that loaded its own).
    void set_themes(ThemeList themes);

    // ---- findings -------------------------------------------------------------------------------
    /// @throws BadInput: empty text; unknown theme (naming it and the list); an evidence id that is
    /// not a chronology entry of this review. NotFound: unknown review.
    std::int64_t add_finding(const std::string& ref, const NewFinding& finding);
    /// In number order. @throws NotFound for an unknown review.
    std::vector<Finding> findings(const std::string& ref) const;
    /// @throws NotFound `unknown finding N`.
    Finding finding(std::int64_t id) const;
    /// Corrects a finding: the fields given in `change` are checked as add_finding checks them, then
    /// each one that differs is written and audited (`finding.edit`, its old and new value). A change
    /// that alters nothing writes nothing and publishes nothing.
    /// @throws BadInput as add_finding. NotFound `unknown finding N`.
    void update_finding(std::int64_t id, const FindingChange& change);

    // ---- recommendations ------------------------------------------------------------------------
    /// The quality guard, without saving: fast enough for every keystroke (an in-memory index of
    /// every other recommendation; well under 20 ms against 10,000). `ref` (may be empty) is the
    /// review being drafted for: its own recommendations are not "earlier", and `draft.findings`
    /// are only counted, not looked up. Warnings in a stable order: no-addressee, no-finding,
    /// stock-phrase, vague, similar-to-earlier. Never throws for the draft's content.
    std::vector<QualityWarning> check_recommendation(const std::string& ref, const NewRecommendation& draft) const;
    /// Saves a recommendation with the next number of the review. The advisory warnings
    /// (stock-phrase, vague, similar-to-earlier) are returned, not refused.
    /// @throws BadInput: empty text; no addressee (`addressee …`); no finding (`finding …`); a finding
    /// id not of this review. NotFound: unknown review.
    SavedRecommendation add_recommendation(const std::string& ref, const NewRecommendation& recommendation);
    /// In number order. @throws NotFound for an unknown review.
    std::vector<Recommendation> recommendations(const std::string& ref) const;
    /// @throws NotFound `unknown recommendation N`.
    Recommendation recommendation(std::int64_t id) const;
    /// Corrects a recommendation: the fields given are checked as add_recommendation checks them (the
    /// result must keep an addressee and a finding of its review), then each one that differs is
    /// written and audited (`recommendation.edit`, old and new value). The quality guard's warnings
    /// do not refuse, as when adding: ask check_recommendation for them. A change that alters nothing
    /// writes nothing and publishes nothing.
    /// @throws BadInput as add_recommendation. NotFound `unknown recommendation N`.
    void update_recommendation(std::int64_t id, const RecommendationChange& change);
    /// Count and type mix of a review's recommendations. @throws NotFound for an unknown review.
    RecommendationMix mix(const std::string& ref) const;

    // ---- the board's response -------------------------------------------------------------------
    /// Records the safeguarding board's response to a recommendation on `date` (default today), or
    /// replaces the one recorded before; each changed field is audited with its old and new value
    /// (`recommendation.respond`). Recording the same response again changes nothing.
    /// @throws BadInput: empty text (for not-accepted, the reason is required); a date before the
    /// recommendation was made. NotFound: unknown recommendation. An unknown decision word is refused
    /// by response_decision_from, naming it and the three decisions.
    void respond(std::int64_t recommendation_id, ResponseDecision decision, const std::string& text,
                 std::optional<Date> date = std::nullopt);
    /// The board's response, empty when none is recorded. @throws NotFound `unknown recommendation N`.
    std::optional<RecommendationResponse> response(std::int64_t recommendation_id) const;

    // ---- actions --------------------------------------------------------------------------------
    /// A new action, status `agreed` on `action.agreed` (default today).
    /// @throws BadInput: empty agency, owner or text; due date missing or before the recommendation
    /// date or the agreed date; agreed before the recommendation date. NotFound: unknown recommendation.
    std::int64_t add_action(std::int64_t recommendation_id, const NewAction& action);
    /// Moves an action one step along its lifecycle on `date`.
    /// @throws BadInput: a status that skips a step or goes back (`status: cannot go from agreed to
    /// implemented; next is ratified`); a date before the previous step or the recommendation; closing
    /// without `evidence` text; effectiveness-reviewed with no evidence of impact recorded on or before
    /// `date`. NotFound: unknown action.
    void set_action_status(std::int64_t action_id, ActionStatus status, Date date, const std::string& evidence = {});
    /// With its history and evidence. @throws NotFound `unknown action N`.
    Action action(std::int64_t id) const;
    /// Actions that existed on `as_of` (agreed on or before it), with status and RAG as of that date,
    /// most urgent first: red (most days late first), amber, green, grey; then by due date and id.
    std::vector<ActionRow> actions(Date as_of, const ActionFilter& filter = {}) const;
    /// The actions of one recommendation, oldest first (as of today).
    std::vector<ActionRow> actions_of(std::int64_t recommendation_id, Date as_of) const;
    /// Every agency that has an action, sorted.
    std::vector<std::string> action_agencies() const;

    // ---- evidence of impact ---------------------------------------------------------------------
    /// Records evidence of impact against an action, with an optional attached file stored in the
    /// database (at most kEvidenceFileMaxBytes; its SHA-256 is kept).
    /// @throws BadInput: empty text; an unreadable or too large file; a date before the action was
    /// agreed. NotFound: unknown action.
    std::int64_t add_evidence(std::int64_t action_id, const NewEvidence& evidence);
    /// The attached file's bytes (empty when none). @throws NotFound `unknown evidence N`.
    std::vector<unsigned char> evidence_file(std::int64_t evidence_id) const;

    // ---- challenge and escalation ---------------------------------------------------------------
    /// @throws BadInput: empty agency or issue; raised before the review's aware date.
    std::int64_t add_challenge(const std::string& ref, const NewChallenge& challenge);
    /// @throws BadInput: already closed; empty outcome; closed before raised. NotFound: unknown id.
    void close_challenge(std::int64_t id, Date closed, const std::string& outcome);
    /// One review's challenges (or every review's when `ref` is empty), by date raised.
    std::vector<Challenge> challenges(const std::string& ref = {}) const;

    // ---- dissemination --------------------------------------------------------------------------
    /// @throws BadInput: empty title; negative attendance.
    std::int64_t add_learning_event(const std::string& ref, const NewLearningEvent& event);
    /// One review's learning events (or every review's when `ref` is empty), by date.
    std::vector<LearningEvent> learning_events(const std::string& ref = {}) const;

    // ---- across reviews -------------------------------------------------------------------------
    /// Themes with findings in two or more reviews, most reviews first, with a theme × year breakdown.
    std::vector<RecurringTheme> recurring_themes() const;
    /// Clusters of similar recommendations spanning two or more reviews, largest first.
    /// `min_similarity` is the same 0–1 score as the similar-to-earlier warning.
    std::vector<RecommendationCluster> recurring_recommendations(double min_similarity = 0.45) const;
    /// Actions past due, actions implemented but never checked for effect, recommendations with no
    /// action, as of a date, most days late first.
    std::vector<LearningAlert> alerts(Date as_of) const;

    const RagPolicy& policy() const;
    void set_policy(const RagPolicy& policy);

private:
    struct Impl;
    Board& m_board;
    std::unique_ptr<Impl> m;
};

}  // namespace model
