// SPDX-License-Identifier: MIT
#include "model/pathway/pathway.h"

namespace model {

const StageDef* Pathway::find_stage(const std::string& stage_id) const {
    for (const auto& stage : stages)
        if (stage.id == stage_id) return &stage;
    return nullptr;
}

int Pathway::stage_index(const std::string& stage_id) const {
    for (std::size_t i = 0; i < stages.size(); ++i)
        if (stages[i].id == stage_id) return static_cast<int>(i);
    return -1;
}

const ClockDef* Pathway::find_clock(const std::string& clock_id) const {
    for (const auto& clock : clocks)
        if (clock.id == clock_id) return &clock;
    return nullptr;
}

}  // namespace model
