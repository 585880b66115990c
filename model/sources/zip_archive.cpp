// SPDX-License-Identifier: MIT
#include "model/sources/zip_archive.h"

#include "model/core/error.h"

#include <zip.h>

#include <algorithm>
#include <filesystem>
#include <limits>

#include "model/core/capped_file.h"

namespace model::sources {


namespace {

std::string libzip_message(int code) {
    zip_error_t error;
    zip_error_init_with_code(&error, code);
    std::string text = zip_error_strerror(&error);
    zip_error_fini(&error);
    return text;
}

}  // namespace

struct ZipArchive::Impl {
    zip_t* zip = nullptr;
    std::string path;
    ReadLimits limits;
    std::size_t file_bytes = 0;
    std::size_t total = 0;  // inflated bytes read from all members

    ~Impl() {
        if (zip) zip_discard(zip);  // read-only: never write anything back
    }
};

struct ZipArchive::Member::Impl {
    std::shared_ptr<ZipArchive::Impl> archive;
    zip_file_t* file = nullptr;
    std::size_t compressed = 0;  // as declared, but never more than the file itself
    std::size_t max_bytes = 0;
    std::size_t inflated = 0;
    bool at_end = false;

    ~Impl() {
        if (file) zip_fclose(file);
    }
};

ZipArchive::ZipArchive(std::shared_ptr<Impl> impl, std::string path) : m_impl(std::move(impl)), m_path(std::move(path)) {}
ZipArchive::ZipArchive(ZipArchive&&) noexcept = default;
ZipArchive& ZipArchive::operator=(ZipArchive&&) noexcept = default;
ZipArchive::~ZipArchive() = default;

ZipArchive::Member::Member(Member&&) noexcept = default;
ZipArchive::Member& ZipArchive::Member::operator=(Member&&) noexcept = default;
ZipArchive::Member::~Member() = default;

ZipArchive ZipArchive::open(const std::string& path, const ReadLimits& limits) {
    auto impl = std::make_shared<Impl>();  // first: it owns the handle from the moment there is one
    int code = 0;
    zip_t* zip = zip_open(path.c_str(), ZIP_RDONLY | ZIP_CHECKCONS, &code);
    if (!zip) {
        switch (code) {
        case ZIP_ER_NOZIP:
            throw bad_input(path + ": not a valid ZIP file (truncated or damaged?)");
        case ZIP_ER_INCONS:
            throw bad_input(path + ": damaged ZIP file (its directory does not match its contents)");
        case ZIP_ER_OPEN:
        case ZIP_ER_NOENT:
            throw bad_input("cannot open '" + path + "': " + libzip_message(code));
        default:
            throw bad_input(path + ": cannot read the ZIP file (" + libzip_message(code) + ")");
        }
    }
    impl->zip = zip;
    impl->path = path;
    impl->limits = limits;
    // The real file size bounds any member's compressed size, whatever the directory says.
    std::error_code ec;
    const auto size = std::filesystem::file_size(path, ec);
    impl->file_bytes = ec ? limits.max_file_bytes : static_cast<std::size_t>(size);
    return ZipArchive(std::move(impl), path);
}

bool ZipArchive::has(const std::string& member) const {
    return zip_name_locate(m_impl->zip, member.c_str(), ZIP_FL_NOCASE) >= 0;
}

ZipArchive::Member ZipArchive::open_member(const std::string& member, std::size_t max_bytes) {
    const std::string where = m_path + ": " + member;
    const zip_int64_t index = zip_name_locate(m_impl->zip, member.c_str(), ZIP_FL_NOCASE);
    if (index < 0) throw bad_input(where + ": missing from the archive");

    zip_stat_t st;
    zip_stat_init(&st);
    if (zip_stat_index(m_impl->zip, static_cast<zip_uint64_t>(index), 0, &st) != 0)
        throw bad_input(where + ": cannot read its ZIP entry (" + zip_strerror(m_impl->zip) + ")");
    if ((st.valid & ZIP_STAT_ENCRYPTION_METHOD) && st.encryption_method != ZIP_EM_NONE)
        throw bad_input(where + ": the member is encrypted");

    Member out;
    out.m_name = member;
    out.m_impl = std::make_unique<Member::Impl>();  // first: it closes the file however we leave
    out.m_impl->archive = m_impl;
    zip_file_t* file = out.m_impl->file = zip_fopen_index(m_impl->zip, static_cast<zip_uint64_t>(index), 0);
    if (!file) {
        const int code = zip_error_code_zip(zip_get_error(m_impl->zip));
        if (code == ZIP_ER_COMPNOTSUPP) throw bad_input(where + ": unsupported compression method");
        if (code == ZIP_ER_NOPASSWD || code == ZIP_ER_ENCRNOTSUPP) throw bad_input(where + ": the member is encrypted");
        throw bad_input(where + ": cannot open (" + libzip_message(code) + ")");
    }

    out.m_impl->max_bytes = max_bytes;
    // The ratio is measured against the declared compressed size, clamped to the file's real size:
    // libzip never feeds the inflater more than that, so declaring more gains a liar nothing.
    std::size_t compressed = m_impl->file_bytes;
    if ((st.valid & ZIP_STAT_COMP_SIZE) && st.comp_size < compressed) compressed = static_cast<std::size_t>(st.comp_size);
    out.m_impl->compressed = std::max<std::size_t>(compressed, 1);
    return out;
}

std::size_t ZipArchive::Member::read(char* buffer, std::size_t size) {
    Impl& m = *m_impl;
    if (m.at_end || size == 0) return 0;
    const ReadLimits& limits = m.archive->limits;
    const std::string& path = m.archive->path;

    const zip_int64_t got = zip_fread(m.file, buffer, static_cast<zip_uint64_t>(std::min<std::size_t>(size, 64u << 10)));
    if (got < 0) {
        const int code = zip_error_code_zip(zip_file_get_error(m.file));
        if (code == ZIP_ER_CRC) throw bad_input(path + ": " + m_name + ": damaged data (CRC error)");
        throw bad_input(path + ": " + m_name + ": damaged data (" + zip_file_strerror(m.file) + ")");
    }
    if (got == 0) {
        m.at_end = true;
        return 0;
    }
    const auto n = static_cast<std::size_t>(got);
    m.inflated += n;
    m.archive->total += n;

    if (m.inflated > m.max_bytes)
        throw bad_input(path + ": " + m_name + " is larger than " + describe_size(m.max_bytes));
    const bool ratio_exceeded = m.compressed <= std::numeric_limits<std::size_t>::max() / std::max<std::size_t>(limits.max_member_ratio, 1) &&
                                m.inflated > m.compressed * limits.max_member_ratio;
    if (m.inflated > kRatioFloor && ratio_exceeded)
        throw bad_input(path + ": " + m_name + " expands more than " + std::to_string(limits.max_member_ratio) +
                        " times (ZIP bomb?)");
    if (m.archive->total > limits.max_uncompressed_bytes)
        throw bad_input(path + ": expands to more than " + describe_size(limits.max_uncompressed_bytes) +
                        " (while reading " + m_name + ")");
    return n;
}

std::string ZipArchive::read(const std::string& member, std::size_t max_bytes) {
    Member m = open_member(member, max_bytes);
    std::string out;
    char buffer[64u << 10];
    for (;;) {
        const std::size_t n = m.read(buffer, sizeof buffer);
        if (n == 0) break;
        out.append(buffer, n);
    }
    return out;
}

std::size_t ZipArchive::total_read() const { return m_impl->total; }

}  // namespace model::sources
