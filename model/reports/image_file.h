// SPDX-License-Identifier: MIT
// Internal to model/reports: reading a logo for a report (PNG or JPEG, size-capped).
#pragma once
#include "model/reports/document.h"

#include <optional>
#include <string>

namespace model::report {

/// Reads a PNG or JPEG and its pixel size from the file header. nullopt with `problem` set when the
/// file is missing, larger than 2 MB, or not a PNG/JPEG.
std::optional<Image> read_image(const std::string& path, std::string& problem);

}  // namespace model::report
