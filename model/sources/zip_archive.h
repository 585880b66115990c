// SPDX-License-Identifier: MIT
#pragma once
// A small read-only RAII wrapper over libzip for untrusted OOXML packages (XLSX, DOCX). Internal to
// model/sources (tests may include it); names no libzip type.
//
// Nothing a ZIP declares about its members' sizes is trusted: members are inflated in 64 KiB chunks
// and reading stops as soon as a cap is exceeded, so a ZIP bomb costs at most one chunk past the cap.
// Three caps apply to every byte read:
//  - per member: the caller's `max_bytes` for that member;
//  - per member ratio: inflated / compressed must stay within ReadLimits::max_member_ratio once the
//    member has produced more than kRatioFloor bytes (a member that small cannot be a bomb, and tiny
//    members of repetitive XML can legitimately compress very well);
//  - per archive: all members read so far stay within ReadLimits::max_uncompressed_bytes.
// Every error is a model::Error (BadInput) naming the file and, where known, the member.
#include "model/core/capped_file.h"
#include "model/sources/source_table.h"

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>

namespace model::sources {

class ZipArchive {
public:
    /// Inflated bytes a member may produce before the ratio cap applies.
    static constexpr std::size_t kRatioFloor = 1u << 20;

    /// Opens `path` read-only with libzip's stricter consistency checks (ZIP_CHECKCONS).
    /// The caller has already checked the file size against `limits.max_file_bytes`.
    /// @throws model::Error (BadInput) "`path`: not a valid ZIP file (…)" and the like.
    static ZipArchive open(const std::string& path, const ReadLimits& limits);

    ZipArchive(ZipArchive&&) noexcept;
    ZipArchive& operator=(ZipArchive&&) noexcept;
    ~ZipArchive();

    const std::string& path() const { return m_path; }

    /// Whether the archive holds a member of that name (compared ignoring ASCII case, as OPC part
    /// names are).
    bool has(const std::string& member) const;

    /// A member opened for streaming. Move-only; closes itself.
    class Member {
    public:
        Member(Member&&) noexcept;
        Member& operator=(Member&&) noexcept;
        ~Member();

        const std::string& name() const { return m_name; }
        /// Reads up to `size` inflated bytes; 0 at the end of the member.
        /// @throws model::Error (BadInput) when a cap is exceeded or the data is corrupt.
        std::size_t read(char* buffer, std::size_t size);

    private:
        friend class ZipArchive;
        Member() = default;
        struct Impl;
        std::unique_ptr<Impl> m_impl;
        std::string m_name;
    };

    /// Opens a member for streaming, allowing it at most `max_bytes` inflated bytes.
    /// @throws model::Error (BadInput) "`path`: `member`: missing from the archive", encrypted or
    /// unsupported compression.
    Member open_member(const std::string& member, std::size_t max_bytes);

    /// Reads a whole member (at most `max_bytes` inflated bytes).
    /// @throws as open_member() and Member::read() do.
    std::string read(const std::string& member, std::size_t max_bytes);

    /// Inflated bytes read so far from all members.
    std::size_t total_read() const;

private:
    struct Impl;
    explicit ZipArchive(std::shared_ptr<Impl> impl, std::string path);
    std::shared_ptr<Impl> m_impl;  // shared with open Members, which count into its total
    std::string m_path;
};

using model::describe_size;

}  // namespace model::sources
