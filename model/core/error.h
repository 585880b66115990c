// SPDX-License-Identifier: MIT
#pragma once
#include <stdexcept>
#include <string>

namespace model {

/// What went wrong, from the user's point of view. Boundaries map it to an exit code or a dialog.
enum class ErrorKind {
    BadInput,  ///< the user gave something invalid (a date, a file, a value); exit code 2
    NotFound,  ///< an unknown review, stage, pathway or id; exit code 3
    Internal,  ///< anything else (I/O, database); exit code 1
};

/// The one exception type the model throws. The message is one line a user can act on, naming the
/// offending value and, for files, the file and line.
class Error : public std::runtime_error {
public:
    Error(ErrorKind kind, const std::string& message) : std::runtime_error(message), m_kind(kind) {}
    ErrorKind kind() const noexcept { return m_kind; }

private:
    ErrorKind m_kind;
};

inline Error bad_input(const std::string& message) { return Error(ErrorKind::BadInput, message); }
inline Error not_found(const std::string& message) { return Error(ErrorKind::NotFound, message); }
inline Error internal_error(const std::string& message) { return Error(ErrorKind::Internal, message); }

}  // namespace model
