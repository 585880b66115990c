// SPDX-License-Identifier: MIT
#include "model/register/stage_rules.h"

#include <algorithm>

namespace model {

std::vector<const StageDef*> next_stages(const Pathway& pathway, const Review& review) {
    int furthest = -1;
    for (const auto& s : review.stages) furthest = std::max(furthest, pathway.stage_index(s.stage_id));
    std::vector<const StageDef*> out;
    for (std::size_t i = std::size_t(furthest + 1); i < pathway.stages.size(); ++i) {
        out.push_back(&pathway.stages[i]);
        if (!pathway.stages[i].optional) break;
    }
    return out;
}

}  // namespace model
