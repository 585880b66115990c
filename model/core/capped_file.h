// SPDX-License-Identifier: MIT
#pragma once
#include <cstddef>
#include <string>

namespace model {

/// "4 MiB", or "1500 bytes": a limit as people read it.
std::string describe_size(std::size_t bytes);

/// Checks that `path` names something readable that is not a folder, and, when it is a regular file,
/// no larger than `max_bytes`, before anything is read from it.
/// @throws model::Error (BadInput) `cannot open 'x': no such file`, `…: it is a folder`,
/// `x: file is too large (N bytes; the limit is 4 MiB)`.
void check_input_file(const std::string& path, std::size_t max_bytes);

/// Reads a whole untrusted file, but never more than `max_bytes` whatever it claims to be (a FIFO,
/// a file still growing).
/// @throws model::Error (BadInput) as check_input_file(), or when it cannot be read or is too large.
std::string read_file_capped(const std::string& path, std::size_t max_bytes);

}  // namespace model
