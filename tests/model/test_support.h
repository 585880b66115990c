// SPDX-License-Identifier: MIT
// Helpers shared by model tests: a private scratch folder with files written into it, and environment
// variables set for one test.
#pragma once
#include <cstdlib>
#include <filesystem>
#include <optional>
#include <fstream>
#include <random>
#include <string>
#include <utility>
#include <vector>
#include <system_error>

namespace testing {

/// A scratch folder of its own under the system temp directory, removed with everything in it when
/// the test ends (pass or fail).
class TempDir {
public:
    explicit TempDir(const std::string& prefix = "casereview_test_") {
        std::random_device rd;
        m_path = std::filesystem::temp_directory_path() / (prefix + std::to_string(rd()) + std::to_string(rd()));
        std::filesystem::create_directories(m_path);
    }
    ~TempDir() {
        std::error_code ec;
        std::filesystem::remove_all(m_path, ec);
    }
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;

    const std::filesystem::path& root() const { return m_path; }
    /// Where a file called `name` would go in the folder.
    std::string path(const std::string& name) const { return (m_path / name).string(); }
    /// Writes `content` byte for byte to `name` and returns its path.
    std::string write(const std::string& name, const std::string& content) const {
        const std::string p = path(name);
        std::ofstream(p, std::ios::binary) << content;
        return p;
    }

private:
    std::filesystem::path m_path;
};

// Sets environment variables for one test and puts them back afterwards.
struct ScopedEnv {
    std::vector<std::pair<std::string, std::optional<std::string>>> saved;
    void set(const char* name, const char* value) {
        const char* old = std::getenv(name);
        saved.emplace_back(name, old ? std::optional<std::string>(old) : std::nullopt);
        if (value)
            ::setenv(name, value, 1);
        else
            ::unsetenv(name);
    }
    ~ScopedEnv() {
        for (auto it = saved.rbegin(); it != saved.rend(); ++it)
            if (it->second)
                ::setenv(it->first.c_str(), it->second->c_str(), 1);
            else
                ::unsetenv(it->first.c_str());
    }
};

}  // namespace testing
