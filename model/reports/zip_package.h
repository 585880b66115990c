// SPDX-License-Identifier: MIT
// Internal to model/reports: an in-memory ZIP package (DOCX, ODT) built with libzip.
#pragma once
#include <deque>
#include <string>

namespace model::report {

/// Members are added in order and kept until finish(), which returns the whole archive. A member added
/// with `stored` is not compressed (ODF's mimetype must be the first member, stored).
class ZipPackage {
public:
    void add(const std::string& name, std::string data, bool stored = false);
    /// @throws model::Error (Internal) when libzip fails.
    std::string finish();

private:
    struct Member {
        std::string name;
        std::string data;
        bool stored;
    };
    std::deque<Member> m_members;  // a deque: adding never moves the data libzip will read
};

}  // namespace model::report
