// SPDX-License-Identifier: MIT
#pragma once
#include <string>

namespace model {

class Board;

/// Imports invented agency submissions for one demo review (police, children's social care, health,
/// GP, hospital), each in its own template, with overlapping events, a long silence, one agency that
/// never submitted, and a first key practice episode annotated.
void fill_demo_chronology(Board& board, const std::string& ref);

}  // namespace model
