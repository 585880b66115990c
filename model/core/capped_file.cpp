// SPDX-License-Identifier: MIT
#include "model/core/capped_file.h"

#include "model/core/error.h"

#include <algorithm>
#include <filesystem>
#include <fstream>

namespace model {

std::string describe_size(std::size_t bytes) {
    constexpr std::size_t mib = 1024u * 1024u;
    if (bytes >= mib && bytes % mib == 0) return std::to_string(bytes / mib) + " MiB";
    return std::to_string(bytes) + " bytes";
}

void check_input_file(const std::string& path, std::size_t max_bytes) {
    namespace fs = std::filesystem;
    std::error_code ec;
    const fs::file_status status = fs::status(path, ec);
    if (ec || !fs::exists(status)) throw bad_input("cannot open '" + path + "': no such file");
    if (fs::is_directory(status)) throw bad_input("cannot open '" + path + "': it is a folder");
    if (fs::is_regular_file(status)) {
        const auto size = fs::file_size(path, ec);
        if (!ec && size > max_bytes)
            throw bad_input(path + ": file is too large (" + std::to_string(size) + " bytes; the limit is " +
                            describe_size(max_bytes) + ")");
    }
}

std::string read_file_capped(const std::string& path, std::size_t max_bytes) {
    check_input_file(path, max_bytes);
    std::ifstream in(path, std::ios::binary);
    if (!in) throw bad_input("cannot open '" + path + "': permission denied or unreadable");
    // Read straight into the string, sized once from the file's length: appending 64 KiB at a time
    // copied a 60 MB submission about twice over while the string grew (a third of its reading time).
    // The file may still grow or be a pipe, so the loop and the cap stay.
    std::string data;
    std::error_code ec;
    const auto size = std::filesystem::file_size(path, ec);
    const std::size_t expected = ec ? 0 : static_cast<std::size_t>(std::min<std::uintmax_t>(size, max_bytes));
    constexpr std::size_t kChunk = 1u << 20;
    while (in && data.size() <= max_bytes) {
        const std::size_t have = data.size();
        const std::size_t want = std::min(std::max(expected + 1 - std::min(expected, have), kChunk), max_bytes + 1 - have);
        data.resize(have + want);
        in.read(&data[have], static_cast<std::streamsize>(want));
        data.resize(have + static_cast<std::size_t>(in.gcount()));
    }
    if (in.bad()) throw bad_input("cannot read '" + path + "'");
    if (data.size() > max_bytes)
        throw bad_input(path + ": file is too large (more than " + describe_size(max_bytes) + ")");
    return data;
}

}  // namespace model
