// SPDX-License-Identifier: MIT
// Internal to model/register: the state behind Board.
#pragma once
#include "model/register/board.h"
#include "model/storage/store.h"

namespace model {

struct Board::Impl {
    Impl(Board& board, const std::string& path, PathwayLibrary library)
        : path(path), pathways(std::move(library)), store(path), chronology(board), learning(board), publications(board), case_files(board) {}

    std::string path;
    PathwayLibrary pathways;
    storage::Store store;
    HolidayCalendar calendar;
    std::string actor = "unknown";
    Publisher<BoardEvent> events;
    Chronology chronology;
    Learning learning;
    Publications publications;
    CaseFiles case_files;

    /// Rebuilds the calendar from the rules and the imported holidays.
    void reload_calendar();
    /// @throws NotFound `unknown review 'X'`.
    Review review(const std::string& ref) const;
    /// @throws NotFound when the review's pathway definition is missing.
    const Pathway& pathway_of(const ReviewSummary& review) const;
    /// Fills in current_stage and on_hold, and puts stage completions in pathway order.
    void derive(Review& review) const;
};

/// "CSPR" for cspr-england, "LLI" for rapid-inquiry-lli, …: the prefix of a pathway's review refs.
std::string ref_prefix(const std::string& pathway_id);

}  // namespace model
