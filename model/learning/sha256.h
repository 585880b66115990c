// SPDX-License-Identifier: MIT
// Internal to model/learning: SHA-256 of an attached evidence file, so that a board can show the file
// it holds is the one that was submitted (FIPS 180-4; no crypto library is linked for one digest).
#pragma once
#include <cstddef>
#include <string>

namespace model {

/// Lowercase hex digest.
std::string sha256_hex(const unsigned char* data, std::size_t size);

}  // namespace model
