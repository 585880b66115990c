// SPDX-License-Identifier: MIT
// SHA-256 fingerprints of files a board keeps (evidence of impact, published versions, the board's
// response, case-file attachments), so it can show the file it holds is the one that was submitted.
#pragma once
#include <string>
#include <string_view>

namespace model {

/// SHA-256 of `bytes` as 64 lowercase hex digits (OpenSSL's libcrypto).
std::string sha256_hex(std::string_view bytes);

}  // namespace model
