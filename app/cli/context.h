// SPDX-License-Identifier: MIT
#pragma once
#include "model/register/board.h"

#include <memory>
#include <string>
#include <vector>

namespace cli {

/// What every verb gets: where the board lives, who is acting, and the board once opened.
struct Context {
    std::string db_path;
    std::string user;

    /// Opens (creating and migrating if needed) the board on first use.
    model::Board& board();

private:
    std::unique_ptr<model::Board> m_board;
};

using Words = std::vector<std::string>;

int verb_init(Context&, const Words&);
int verb_demo(Context&, const Words&);
int verb_pathways(Context&, const Words&);
int verb_review(Context&, const Words&);
int verb_stage(Context&, const Words&);
int verb_hold(Context&, const Words&);
int verb_person(Context&, const Words&);
int verb_appoint(Context&, const Words&);
int verb_terms(Context&, const Words&);
int verb_alerts(Context&, const Words&);
int verb_calendar(Context&, const Words&);
int verb_audit(Context&, const Words&);
int verb_chronology(Context&, const Words&);
int verb_agency(Context&, const Words&);

}  // namespace cli
