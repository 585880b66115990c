// SPDX-License-Identifier: MIT
#include "model/reports/xml_text.h"

namespace model::report {
namespace {

/// Length of the valid UTF-8 sequence at `s[i]`, or 0 when it is not one (overlong forms,
/// surrogates and code points past U+10FFFF are invalid too).
std::size_t utf8_length(std::string_view s, std::size_t i) {
    const auto b = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
    const unsigned c = b(i);
    std::size_t n = 0;
    unsigned cp = 0;
    if (c >= 0xC2 && c <= 0xDF) n = 2, cp = c & 0x1F;
    else if (c >= 0xE0 && c <= 0xEF) n = 3, cp = c & 0x0F;
    else if (c >= 0xF0 && c <= 0xF4) n = 4, cp = c & 0x07;
    else return 0;
    if (i + n > s.size()) return 0;
    for (std::size_t k = 1; k < n; ++k) {
        if ((b(i + k) & 0xC0) != 0x80) return 0;
        cp = (cp << 6) | (b(i + k) & 0x3F);
    }
    if ((n == 3 && cp < 0x800) || (n == 4 && cp < 0x10000) || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
        return 0;
    if (cp == 0xFFFE || cp == 0xFFFF) return 0;  // not characters in XML 1.0
    return n;
}

}  // namespace

void append_escaped(std::string& out, std::string_view text) {
    for (std::size_t i = 0; i < text.size(); ++i) {
        const unsigned char c = static_cast<unsigned char>(text[i]);
        if (c < 0x80) {
            switch (c) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '"': out += "&quot;"; break;
            case '\t': case '\n': case '\r': out += char(c); break;
            default:
                if (c >= 0x20 && c != 0x7F) out += char(c);
            }
        } else if (const std::size_t n = utf8_length(text, i)) {
            out.append(text.substr(i, n));
            i += n - 1;
        } else {
            out += "\xEF\xBF\xBD";
        }
    }
}

std::string escaped(std::string_view text) {
    std::string out;
    out.reserve(text.size() + 8);
    append_escaped(out, text);
    return out;
}

}  // namespace model::report
