// SPDX-License-Identifier: MIT
#include "model/sources/csv_reader.h"

#include "model/core/error.h"
#include "model/sources/table_builder.h"
#include "model/sources/zip_archive.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>
#include <filesystem>
#include <iterator>
#include <thread>

namespace model::sources {

namespace {

void append_utf8(std::string& out, std::uint32_t cp) {
    if (cp < 0x80) {
        out.push_back(static_cast<char>(cp));
    } else if (cp < 0x800) {
        out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    } else if (cp < 0x10000) {
        out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    } else {
        out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    }
}

/// Length of the well-formed UTF-8 sequence at `p` (1–4), or 0 when it is not one.
std::size_t utf8_sequence(const unsigned char* p, const unsigned char* end) {
    const unsigned char c = p[0];
    if (c < 0x80) return 1;
    std::size_t len = 0;
    unsigned char lo = 0x80, hi = 0xBF;  // allowed range of the second byte
    if (c >= 0xC2 && c <= 0xDF) {
        len = 2;
    } else if (c >= 0xE0 && c <= 0xEF) {
        len = 3;
        if (c == 0xE0) lo = 0xA0;  // overlong
        if (c == 0xED) hi = 0x9F;  // surrogates
    } else if (c >= 0xF0 && c <= 0xF4) {
        len = 4;
        if (c == 0xF0) lo = 0x90;  // overlong
        if (c == 0xF4) hi = 0x8F;  // past U+10FFFF
    } else {
        return 0;
    }
    if (static_cast<std::size_t>(end - p) < len) return 0;
    if (p[1] < lo || p[1] > hi) return 0;
    for (std::size_t i = 2; i < len; ++i)
        if ((p[i] & 0xC0) != 0x80) return 0;
    return len;
}

/// UTF-8 with every ill-formed byte replaced by U+FFFD (for a file that declares UTF-8 with a BOM).
std::string repair_utf8(std::string_view bytes) {
    std::string out;
    out.reserve(bytes.size());
    auto* p = reinterpret_cast<const unsigned char*>(bytes.data());
    auto* end = p + bytes.size();
    while (p < end) {
        const std::size_t len = utf8_sequence(p, end);
        if (len == 0) {
            out += "\xEF\xBF\xBD";
            ++p;
        } else {
            out.append(reinterpret_cast<const char*>(p), len);
            p += len;
        }
    }
    return out;
}

std::string utf16_to_utf8(std::string_view bytes, bool big_endian) {
    std::string out;
    out.reserve(bytes.size());
    auto unit = [&](std::size_t i) -> std::uint32_t {
        const auto a = static_cast<unsigned char>(bytes[i]), b = static_cast<unsigned char>(bytes[i + 1]);
        return big_endian ? (std::uint32_t(a) << 8 | b) : (std::uint32_t(b) << 8 | a);
    };
    for (std::size_t i = 0; i + 1 < bytes.size(); i += 2) {
        std::uint32_t cp = unit(i);
        if (cp >= 0xD800 && cp <= 0xDBFF && i + 3 < bytes.size()) {
            const std::uint32_t low = unit(i + 2);
            if (low >= 0xDC00 && low <= 0xDFFF) {
                cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
                i += 2;
            } else {
                cp = 0xFFFD;
            }
        } else if (cp >= 0xD800 && cp <= 0xDFFF) {
            cp = 0xFFFD;
        }
        append_utf8(out, cp);
    }
    return out;
}

constexpr std::array<std::uint16_t, 32> kCp1252High = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};

std::string file_name_of(const std::string& path) {
    const std::string name = std::filesystem::path(path).filename().string();
    return name.empty() ? path : name;
}

}  // namespace

bool is_valid_utf8(std::string_view bytes) {
    auto* p = reinterpret_cast<const unsigned char*>(bytes.data());
    auto* end = p + bytes.size();
    while (p < end) {
        // ASCII runs, eight bytes at a time.
        while (end - p >= 8) {
            std::uint64_t word;
            std::memcpy(&word, p, 8);
            if (word & 0x8080808080808080ull) break;
            p += 8;
        }
        if (p >= end) break;
        if (*p < 0x80) {
            ++p;
            continue;
        }
        const std::size_t len = utf8_sequence(p, end);
        if (len == 0) return false;
        p += len;
    }
    return true;
}

std::string cp1252_to_utf8(std::string_view bytes) {
    std::string out;
    out.reserve(bytes.size() + bytes.size() / 8);
    for (const char ch : bytes) {
        const auto c = static_cast<unsigned char>(ch);
        if (c < 0x80) out.push_back(ch);
        else if (c < 0xA0) append_utf8(out, kCp1252High[c - 0x80]);
        else append_utf8(out, c);
    }
    return out;
}

std::string decode_text(std::string bytes) {
    const std::string_view view(bytes);
    if (view.substr(0, 2) == "\xFF\xFE") return utf16_to_utf8(view.substr(2), false);
    if (view.substr(0, 2) == "\xFE\xFF") return utf16_to_utf8(view.substr(2), true);
    if (view.substr(0, 3) == "\xEF\xBB\xBF") {
        if (is_valid_utf8(view.substr(3))) return bytes.erase(0, 3);
        return repair_utf8(view.substr(3));
    }
    if (is_valid_utf8(view)) return bytes;
    return cp1252_to_utf8(view);
}

char detect_delimiter(std::string_view text) {
    constexpr std::array<char, 3> candidates = {',', ';', '\t'};
    constexpr std::size_t kRecords = 50;
    constexpr std::size_t kBytes = 64u << 10;

    std::array<std::vector<std::size_t>, 3> counts;  // per candidate, per non-blank record
    std::array<std::size_t, 3> current{};
    bool in_quotes = false;
    bool blank = true;
    std::size_t records = 0;
    const std::size_t limit = std::min(text.size(), kBytes);
    auto end_record = [&] {
        if (!blank) {
            for (std::size_t k = 0; k < candidates.size(); ++k) counts[k].push_back(current[k]);
            ++records;
        }
        current = {};
        blank = true;
    };
    for (std::size_t i = 0; i < limit && records < kRecords; ++i) {
        const char c = text[i];
        if (c == '"') {
            in_quotes = !in_quotes;
            blank = false;
        } else if (in_quotes) {
            continue;
        } else if (c == '\n' || c == '\r') {
            end_record();
        } else {
            for (std::size_t k = 0; k < candidates.size(); ++k)
                if (c == candidates[k]) ++current[k];
            if (c != ' ') blank = false;
        }
    }
    if (records < kRecords) end_record();

    // For each candidate: the commonest non-zero count per record, and how many records have it.
    char best = ',';
    std::size_t best_freq = 0, best_count = 0;
    for (std::size_t k = 0; k < candidates.size(); ++k) {
        std::vector<std::size_t> v = counts[k];
        std::sort(v.begin(), v.end());
        std::size_t mode = 0, mode_freq = 0;
        for (std::size_t i = 0; i < v.size();) {
            std::size_t j = i;
            while (j < v.size() && v[j] == v[i]) ++j;
            if (v[i] > 0 && (j - i > mode_freq || (j - i == mode_freq && v[i] > mode))) {
                mode = v[i];
                mode_freq = j - i;
            }
            i = j;
        }
        if (mode_freq > best_freq || (mode_freq == best_freq && mode_freq > 0 && mode > best_count)) {
            best = candidates[k];
            best_freq = mode_freq;
            best_count = mode;
        }
    }
    return best;
}

namespace {

// The records a parser found, where it stopped (the start of the first record at or after `until`,
// or the end) and the line there.
struct Records {
    std::vector<SourceRow> rows;
    const char* stop = nullptr;
    std::size_t line = 1;
};

// Parses the records that start before `until`; a record may run on past it, up to `end`.
Records parse_records(const char* p, const char* until, const char* end, std::size_t line, char delimiter,
                      const std::string& file, std::size_t max_cell, CellBudget& budget) {
    std::array<bool, 256> stops{};
    stops[static_cast<unsigned char>(delimiter)] = stops['\r'] = stops['\n'] = true;

    auto at = [&](std::size_t line) { return file + ":" + std::to_string(line); };
    auto too_long = [&](std::size_t line, bool quoted) {
        return bad_input(at(line) + ": a cell is longer than " + describe_size(max_cell) +
                         (quoted ? " (a quoted field that never ends?)" : ""));
    };

    std::vector<SourceRow> rows;
    std::size_t width_hint = 0;
    std::string field;

    while (p < end && p < until) {
        SourceRow row;
        row.where.file = file;
        row.where.row = line;
        row.cells.reserve(width_hint);
        for (;;) {
            if (p < end && *p == '"') {
                const std::size_t quote_line = line;
                field.clear();
                ++p;
                for (;;) {
                    const auto* q = static_cast<const char*>(std::memchr(p, '"', static_cast<std::size_t>(end - p)));
                    if (!q) throw bad_input(at(quote_line) + ": unterminated quoted field");
                    const auto span = static_cast<std::size_t>(q - p);
                    if (field.size() + span > max_cell) throw too_long(quote_line, true);
                    if (std::memchr(p, '\r', span) == nullptr) {
                        line += static_cast<std::size_t>(std::count(p, q, '\n'));
                        field.append(p, span);
                    } else {  // CRLF and lone CR inside a field become "\n"
                        for (const char* s = p; s < q; ++s) {
                            if (*s == '\r') {
                                field.push_back('\n');
                                ++line;
                                if (s + 1 < q && s[1] == '\n') ++s;
                            } else {
                                if (*s == '\n') ++line;
                                field.push_back(*s);
                            }
                        }
                    }
                    p = q + 1;
                    if (p < end && *p == '"') {  // "" is one quote
                        field.push_back('"');
                        ++p;
                        continue;
                    }
                    break;
                }
                const char* s = p;  // text after the closing quote, kept as written
                while (p < end && !stops[static_cast<unsigned char>(*p)]) ++p;
                if (field.size() + static_cast<std::size_t>(p - s) > max_cell) throw too_long(quote_line, true);
                field.append(s, p);
                row.cells.push_back(field);
            } else {
                const char* s = p;
                while (p < end && !stops[static_cast<unsigned char>(*p)]) ++p;
                if (static_cast<std::size_t>(p - s) > max_cell) throw too_long(line, false);
                row.cells.emplace_back(s, p);
            }
            if (!budget.try_take(1)) budget.fail(at(row.where.row));
            if (p < end && *p == delimiter) {
                ++p;
                continue;
            }
            if (p < end) {  // end of the record: CRLF, LF or CR
                if (*p == '\r' && p + 1 < end && p[1] == '\n') ++p;
                ++p;
                ++line;
            }
            break;
        }
        if (is_blank_row(row.cells)) {
            budget.give_back(row.cells.size());
        } else {
            width_hint = row.cells.size();
            rows.push_back(std::move(row));
        }
    }

    return {std::move(rows), p, line};
}

// How many times `c` occurs in [p, end). memchr jumps between occurrences with the C library's vector
// code; std::count compiles to a byte-at-a-time loop at -O2, and these counts run over half of a
// large file before its two halves can be parsed.
std::size_t count_byte(const char* p, const char* end, char c) {
    std::size_t n = 0;
    while (p < end && (p = static_cast<const char*>(std::memchr(p, c, static_cast<std::size_t>(end - p))))) {
        ++n;
        ++p;
    }
    return n;
}

// Line breaks as parse_records counts them: LF, CRLF and a lone CR, inside quoted fields too.
std::size_t line_breaks(const char* p, const char* end) {
    std::size_t n = count_byte(p, end, '\n');
    for (const char* r = p; (r = static_cast<const char*>(std::memchr(r, '\r', static_cast<std::size_t>(end - r))));
         ++r)
        if (r + 1 == end || r[1] != '\n') ++n;
    return n;
}

// A likely record start near the middle: after a line break with an even number of quotes before it
// (outside any quoted field, unless quotes stand inside unquoted fields; parse_csv checks).
const char* middle_record_start(const char* begin, const char* end) {
    const char* p = begin + (end - begin) / 2;
    std::size_t quotes = count_byte(begin, p, '"');
    for (int tries = 0; tries < 64 && p < end; ++tries) {
        const char* nl = static_cast<const char*>(std::memchr(p, '\n', static_cast<std::size_t>(end - p)));
        if (!nl) return end;
        quotes += count_byte(p, nl, '"');
        p = nl + 1;
        if (quotes % 2 == 0) return p;
    }
    return end;
}

}  // namespace

std::vector<SourceTable> parse_csv(std::string_view text, const std::string& file, const ReadLimits& limits) {
    // A large file is parsed in two halves at once. The second half starts at a guessed record
    // boundary; the first half's parse tells whether the guess was right (it stops exactly there),
    // and when it was not, the rest is parsed again after it. Each half has its own cell budget, so
    // memory stays within twice ReadLimits::max_cells until the sum is checked.
    const char delimiter = detect_delimiter(text);
    CellBudget budget(file, limits.max_cells);
    const char* const begin = text.data();
    const char* const end = begin + text.size();
    const char* const split = text.size() >= limits.parallel_csv_bytes ? middle_record_start(begin, end) : end;

    std::vector<SourceRow> rows;
    if (split == end) {
        rows = parse_records(begin, end, end, 1, delimiter, file, limits.max_cell_bytes, budget).rows;
    } else {
        const std::size_t split_line = 1 + line_breaks(begin, split);
        CellBudget second_budget(file, limits.max_cells);
        Records second;
        std::exception_ptr second_failed;
        std::thread worker([&] {
            try {
                second = parse_records(split, end, end, split_line, delimiter, file, limits.max_cell_bytes,
                                       second_budget);
            } catch (...) {
                second_failed = std::current_exception();
            }
        });
        Records first;
        try {
            first = parse_records(begin, split, end, 1, delimiter, file, limits.max_cell_bytes, budget);
        } catch (...) {
            worker.join();
            throw;
        }
        worker.join();
        rows = std::move(first.rows);
        if (first.stop == split && first.line == split_line) {
            if (second_failed) std::rethrow_exception(second_failed);
            std::size_t cells = 0;
            for (const auto& row : second.rows) cells += row.cells.size();
            budget.take(cells);
            rows.reserve(rows.size() + second.rows.size());
            std::move(second.rows.begin(), second.rows.end(), std::back_inserter(rows));
        } else {  // the guess fell inside a record: parse on from where the first half really ended
            auto rest = parse_records(first.stop, end, end, first.line, delimiter, file, limits.max_cell_bytes, budget);
            std::move(rest.rows.begin(), rest.rows.end(), std::back_inserter(rows));
        }
    }

    std::vector<SourceTable> out;
    if (auto table = finish_table(file, file_name_of(file), std::move(rows), budget)) out.push_back(std::move(*table));
    return out;
}

std::vector<SourceTable> read_csv(std::string bytes, const std::string& file, const ReadLimits& limits) {
    const std::string text = decode_text(std::move(bytes));
    if (text.find('\0') != std::string::npos)
        throw bad_input(file + " is not a text file (it contains NUL bytes): expected CSV, XLSX or DOCX");
    return parse_csv(text, file, limits);
}

}  // namespace model::sources
