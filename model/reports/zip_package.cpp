// SPDX-License-Identifier: MIT
#include "model/reports/zip_package.h"

#include "model/core/error.h"

#include <zip.h>

#include <memory>

namespace model::report {
namespace {

struct ZipDiscard {
    void operator()(zip_t* z) const { zip_discard(z); }
};

// Large members (a 50,000-entry chronology appendix) are deflated at a fast level: the file is a
// little bigger, the report several times quicker. Small ones get the default level.
constexpr std::size_t kFastAbove = 4u * 1024u * 1024u;

}  // namespace

void ZipPackage::add(const std::string& name, std::string data, bool stored) {
    m_members.push_back(Member{name, std::move(data), stored});
}

std::string ZipPackage::finish() {
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t* buffer = zip_source_buffer_create(nullptr, 0, 0, &error);
    if (!buffer) throw internal_error("cannot create a package in memory: " + std::string(zip_error_strerror(&error)));
    std::unique_ptr<zip_t, ZipDiscard> archive(zip_open_from_source(buffer, ZIP_TRUNCATE, &error));
    if (!archive) {
        zip_source_free(buffer);
        throw internal_error("cannot create a package in memory: " + std::string(zip_error_strerror(&error)));
    }
    zip_source_keep(buffer);
    const auto fail = [&](const std::string& what) {
        zip_source_free(buffer);
        return internal_error("cannot build the report package: " + what);
    };
    for (const Member& m : m_members) {
        zip_source_t* src = zip_source_buffer(archive.get(), m.data.data(), m.data.size(), 0);
        if (!src) throw fail(m.name);
        const zip_int64_t index = zip_file_add(archive.get(), m.name.c_str(), src, ZIP_FL_ENC_UTF_8);
        if (index < 0) {
            zip_source_free(src);
            throw fail(m.name);
        }
        const zip_uint64_t i = zip_uint64_t(index);
        if (m.stored)
            zip_set_file_compression(archive.get(), i, ZIP_CM_STORE, 0);
        else
            zip_set_file_compression(archive.get(), i, ZIP_CM_DEFLATE, m.data.size() > kFastAbove ? 1 : 0);
        // A fixed time: the same report renders to the same bytes (and no local time zone leaks).
        zip_file_set_dostime(archive.get(), i, 0, (46 << 9) | (1 << 5) | 1, 0);  // 2026-01-01 00:00
    }
    if (zip_close(archive.get()) < 0) {
        const std::string why = zip_strerror(archive.get());
        throw fail(why);
    }
    archive.release();
    m_members.clear();  // the uncompressed parts are no longer needed: lower peak memory
    std::string bytes;
    if (zip_source_open(buffer) == 0) {
        zip_stat_t st;
        if (zip_source_stat(buffer, &st) == 0 && (st.valid & ZIP_STAT_SIZE)) bytes.reserve(std::size_t(st.size));
        char chunk[65536];
        zip_int64_t n;
        while ((n = zip_source_read(buffer, chunk, sizeof chunk)) > 0) bytes.append(chunk, std::size_t(n));
        zip_source_close(buffer);
    }
    zip_source_free(buffer);
    if (bytes.empty()) throw internal_error("cannot read back the report package built in memory");
    return bytes;
}

}  // namespace model::report
