// SPDX-License-Identifier: MIT
// Internal to model/reports: the files a publication log keeps (a version's fingerprint, the board's
// response), read with a size cap because they come from anywhere.
#pragma once
#include <cstddef>
#include <string>
#include <string_view>

#include "model/core/sha256.h"

namespace model {

struct LoggedFile {
    std::string name;     ///< base name
    std::string content;
    std::string sha256;
};

/// Reads `path` (at most `max_bytes`). @throws BadInput naming the field and the file when it cannot
/// be read or is too large.
LoggedFile read_logged_file(const std::string& field, const std::string& path, std::size_t max_bytes);

}  // namespace model
