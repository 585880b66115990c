// SPDX-License-Identifier: MIT
// Internal to the model: the SQL of the publication log and redaction decisions (migration
// 0004_publication.sql), over the Store's connection. Validation is the caller's (model/reports).
#pragma once
#include "model/reports/publications.h"
#include "model/storage/store.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace model::storage {

class PublicationStore {
public:
    explicit PublicationStore(Store& store) : m_store(store) {}

    /// Inserts one log entry as given (id, recorded_at are filled in) with the response's bytes.
    std::int64_t insert_entry(std::int64_t review_id, const PublicationEntry& e, const std::string& response_content);
    /// Oldest first.
    std::vector<PublicationEntry> load_entries(const std::string& ref) const;
    /// nullopt when there is no such entry; empty when it has no response attached.
    std::optional<std::vector<unsigned char>> load_response(std::int64_t entry_id) const;

    std::int64_t insert_decision(std::int64_t review_id, const StoredRedactionDecision& d);
    std::vector<StoredRedactionDecision> load_decisions(const std::string& ref) const;

private:
    Store& m_store;
};

}  // namespace model::storage
