// SPDX-License-Identifier: MIT
#include "model/register/review.h"

namespace model {

const StageCompletion* Review::completion(const std::string& stage_id) const {
    for (const auto& s : stages)
        if (s.stage_id == stage_id) return &s;
    return nullptr;
}

const std::vector<std::string>& proceeding_types() {
    static const std::vector<std::string> types = {"police",  "criminal-court", "family-court", "coroner",
                                                   "dhr",     "sar",            "other"};
    return types;
}

const std::vector<std::string>& appointment_roles() {
    static const std::vector<std::string> roles = {"lead-reviewer", "panel-chair", "panel-member",
                                                   "business-manager", "reviewer"};
    return roles;
}

}  // namespace model
