// SPDX-License-Identifier: MIT
#include "model/reports/publications_file.h"

#include "model/core/capped_file.h"
#include "model/core/error.h"
#include "model/core/sha256.h"

#include <array>
#include <cstdint>
#include <filesystem>

namespace model {

LoggedFile read_logged_file(const std::string& field, const std::string& path, std::size_t max_bytes) {
    LoggedFile f;
    try {
        f.content = read_file_capped(path, max_bytes);
    } catch (const Error& e) {
        throw bad_input(field + ": " + e.what());
    }
    f.name = std::filesystem::path(path).filename().string();
    f.sha256 = sha256_hex(f.content);
    return f;
}

}  // namespace model
