// SPDX-License-Identifier: MIT
#pragma once
#include <string>

namespace model {

/// Writes a whole file readable by its owner only (0600), through a temporary file renamed into
/// place, so that a reader never sees half a file and a failure leaves any old file as it was.
/// Exports hold special-category data about children: never world-readable. An existing target that
/// is not a regular file (a device, a folder, a link) is refused, never replaced.
/// @throws model::Error (BadInput) naming the path when it cannot be written.
void write_private_file(const std::string& path, const std::string& contents);

}  // namespace model
