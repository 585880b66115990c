// SPDX-License-Identifier: MIT
#pragma once
#include "model/pathway/pathway.h"
#include "model/register/review.h"

#include <vector>

namespace model {

/// The stages that can be completed next, in order: those after the furthest stage completed, each
/// optional one up to and including the first required one. Board::complete_stage accepts exactly
/// these (given a sensible date); dialogs offer exactly these.
std::vector<const StageDef*> next_stages(const Pathway& pathway, const Review& review);

}  // namespace model
