// SPDX-License-Identifier: MIT
#pragma once
#include <cstdint>
#include <string>

namespace model {

/// One line of the audit trail: who changed what, when, from which value to which.
struct AuditEntry {
    std::int64_t id = 0;
    std::string at;      ///< UTC, ISO 8601 with milliseconds
    std::string actor;
    std::string action;  ///< "review.add", "stage.complete", "hold.add", …
    std::string review_ref;
    std::string entity;  ///< "review", "stage", "hold", "person", …
    std::string entity_id;
    std::string field;
    std::string old_value;
    std::string new_value;
};

}  // namespace model
