// SPDX-License-Identifier: MIT
#include "model/reports/image_file.h"

#include "model/core/capped_file.h"
#include "model/core/error.h"

namespace model::report {
namespace {

constexpr std::size_t kMaxImageBytes = 2u * 1024u * 1024u;

unsigned be16(const std::string& b, std::size_t at) {
    return (unsigned(static_cast<unsigned char>(b[at])) << 8) | static_cast<unsigned char>(b[at + 1]);
}
unsigned be32(const std::string& b, std::size_t at) { return (be16(b, at) << 16) | be16(b, at + 2); }

bool png_size(const std::string& b, int& w, int& h) {
    if (b.size() < 24 || b.compare(0, 8, "\x89PNG\r\n\x1a\n") != 0 || b.compare(12, 4, "IHDR") != 0) return false;
    w = int(be32(b, 16));
    h = int(be32(b, 20));
    return w > 0 && h > 0;
}

bool jpeg_size(const std::string& b, int& w, int& h) {
    if (b.size() < 4 || static_cast<unsigned char>(b[0]) != 0xFF || static_cast<unsigned char>(b[1]) != 0xD8) return false;
    std::size_t at = 2;
    while (at + 9 < b.size()) {
        if (static_cast<unsigned char>(b[at]) != 0xFF) return false;
        const unsigned marker = static_cast<unsigned char>(b[at + 1]);
        const unsigned length = be16(b, at + 2);
        // Start-of-frame markers (baseline, progressive, …) carry the size; C4, C8, CC do not.
        if (marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC) {
            h = int(be16(b, at + 5));
            w = int(be16(b, at + 7));
            return w > 0 && h > 0;
        }
        at += 2 + length;
    }
    return false;
}

}  // namespace

std::optional<Image> read_image(const std::string& path, std::string& problem) {
    Image image;
    try {
        image.bytes = read_file_capped(path, kMaxImageBytes);
    } catch (const Error& e) {
        problem = e.what();
        return std::nullopt;
    }
    if (png_size(image.bytes, image.width_px, image.height_px))
        image.media_type = "image/png";
    else if (jpeg_size(image.bytes, image.width_px, image.height_px))
        image.media_type = "image/jpeg";
    else {
        problem = path + ": not a PNG or JPEG image";
        return std::nullopt;
    }
    return image;
}

}  // namespace model::report
