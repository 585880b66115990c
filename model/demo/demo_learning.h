// SPDX-License-Identifier: MIT
#pragma once
#include "model/core/date.h"

#include <string>
#include <vector>

namespace model {

class Board;

/// Findings, recommendations, actions in every lifecycle state (some overdue, one implemented and
/// never checked for effect), evidence of impact, a challenge log and learning events for the demo
/// board's reviews (`refs` in fill_demo_board's order), with themes and one recommendation recurring
/// across reviews. Dates are relative to `today`.
void fill_demo_learning(Board& board, const std::vector<std::string>& refs, Date today);

}  // namespace model
