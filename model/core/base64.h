// SPDX-License-Identifier: MIT
// Base64 (RFC 4648, standard alphabet, padded): attachments in case files, images in reports.
#pragma once
#include <optional>
#include <string>
#include <string_view>

namespace model {

std::string base64_encode(std::string_view bytes);
/// Ignores whitespace; nullopt for any other character outside the alphabet or bad padding.
std::optional<std::string> base64_decode(std::string_view text);

}  // namespace model
