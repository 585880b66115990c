// SPDX-License-Identifier: MIT
#include "model/sources/xlsx_reader.h"

#include "model/core/error.h"
#include "model/sources/table_builder.h"
#include "model/sources/xml_stream.h"

#include <charconv>
#include <cmath>
#include <cstdio>
#include <unordered_map>

namespace model::sources {

namespace {

constexpr std::size_t kMaxColumns = 16384;         // XFD
constexpr std::size_t kSmallPartBytes = 64u << 20;  // workbook, rels and styles parts

// ---- Small text helpers ---------------------------------------------------------------------------

std::string_view trim(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r' || s.front() == '\n')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r' || s.back() == '\n')) s.remove_suffix(1);
    return s;
}

bool parse_size(std::string_view s, std::size_t& out) {
    s = trim(s);
    if (s.empty()) return false;
    const auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
    return ec == std::errc() && ptr == s.data() + s.size();
}

bool parse_double(std::string_view s, double& out) {
    s = trim(s);
    if (!s.empty() && s.front() == '+') s.remove_prefix(1);
    if (s.empty()) return false;
    const auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
    return ec == std::errc() && ptr == s.data() + s.size() && std::isfinite(out);
}

/// A number as Excel shows it in General format: 15 significant digits, no trailing zeros.
std::string tidy_number(std::string_view written) {
    const std::string_view v = trim(written);
    const bool exponent = v.find_first_of("eE") != std::string_view::npos;
    double d = 0;
    if (!exponent && parse_double(v, d) && std::fabs(d) < 1e15) {
        char buffer[64];
        const auto [ptr, ec] = std::to_chars(buffer, buffer + sizeof buffer, d, std::chars_format::general, 15);
        const std::string_view shown(buffer, static_cast<std::size_t>(ptr - buffer));
        if (ec == std::errc() && shown.find('e') == std::string_view::npos) return shown == "-0" ? "0" : std::string(shown);
    }
    std::string out(v);
    if (!exponent && out.find('.') != std::string::npos) {
        while (!out.empty() && out.back() == '0') out.pop_back();
        if (!out.empty() && out.back() == '.') out.pop_back();
    }
    return out;
}

int hex_value(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

void append_code_point(std::string& out, unsigned cp) {
    if (cp < 0x80) {
        out.push_back(static_cast<char>(cp));
    } else if (cp < 0x800) {
        out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    } else {
        out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    }
}

/// Decodes Excel's ST_Xstring escapes (`_x000D_` is a carriage return, `_x005F_` an underscore) and
/// turns CRLF and lone CR into "\n".
void decode_xstring(std::string& s) {
    if (s.find("_x") == std::string::npos && s.find('\r') == std::string::npos) return;
    std::string out;
    out.reserve(s.size());
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s[i] == '_' && i + 6 < s.size() && s[i + 1] == 'x' && s[i + 6] == '_') {
            unsigned cp = 0;
            bool ok = true;
            for (std::size_t k = 2; k < 6; ++k) {
                const int h = hex_value(s[i + k]);
                if (h < 0) ok = false;
                cp = cp * 16 + static_cast<unsigned>(h < 0 ? 0 : h);
            }
            if (ok && !(cp >= 0xD800 && cp <= 0xDFFF)) {
                append_code_point(out, cp);
                i += 6;
                continue;
            }
        }
        out.push_back(s[i]);
    }
    std::string normalised;
    normalised.reserve(out.size());
    for (std::size_t i = 0; i < out.size(); ++i) {
        if (out[i] == '\r') {
            normalised.push_back('\n');
            if (i + 1 < out.size() && out[i + 1] == '\n') ++i;
        } else {
            normalised.push_back(out[i]);
        }
    }
    s = std::move(normalised);
}

/// A `t="d"` cell (ISO 8601 as written): "2016-05-22T00:00:00" → "2016-05-22", "…T14:30:00" → "…T14:30".
std::string iso_cell(std::string_view written) {
    const std::string_view v = trim(written);
    if (v.size() >= 16 && v[10] == 'T' && v[13] == ':') {
        const std::string_view time = v.substr(11, 5);
        if (time == "00:00" && (v.size() < 19 || v.substr(16, 3) == ":00")) return std::string(v.substr(0, 10));
        return std::string(v.substr(0, 16));
    }
    return std::string(v);
}

// ---- Civil dates (Howard Hinnant's public-domain algorithms) -------------------------------------

long long days_from_civil(long long y, unsigned m, unsigned d) {
    y -= m <= 2;
    const long long era = (y >= 0 ? y : y - 399) / 400;
    const auto yoe = static_cast<unsigned>(y - era * 400);
    const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + static_cast<long long>(doe) - 719468;
}

std::string iso_from_days(long long z) {
    z += 719468;
    const long long era = (z >= 0 ? z : z - 146096) / 146097;
    const auto doe = static_cast<unsigned>(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    const unsigned d = doy - (153 * mp + 2) / 5 + 1;
    const unsigned m = mp < 10 ? mp + 3 : mp - 9;
    const long long y = static_cast<long long>(yoe) + era * 400 + (m <= 2);
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%04lld-%02u-%02u", y, m, d);
    return buffer;
}

/// "14:30" for 870 minutes (0 ≤ minutes < 1440).
std::string hh_mm(long long minutes) {
    const auto h = static_cast<unsigned>(minutes / 60 % 24), m = static_cast<unsigned>(minutes % 60);
    return {static_cast<char>('0' + h / 10), static_cast<char>('0' + h % 10), ':', static_cast<char>('0' + m / 10),
            static_cast<char>('0' + m % 10)};
}

// ---- Package parts --------------------------------------------------------------------------------

struct Relationship {
    std::string target;  // member name
    std::string type;
};
using Relationships = std::unordered_map<std::string, Relationship>;

/// A relationship target as a member name: relative to `base_dir` ("xl/"), or absolute ("/xl/…").
std::string resolve_target(const std::string& base_dir, std::string target) {
    for (char& c : target)
        if (c == '\\') c = '/';
    const std::string joined = (!target.empty() && target.front() == '/') ? target.substr(1) : base_dir + target;
    std::vector<std::string> parts;
    std::size_t start = 0;
    while (start <= joined.size()) {
        std::size_t slash = joined.find('/', start);
        if (slash == std::string::npos) slash = joined.size();
        const std::string part = joined.substr(start, slash - start);
        if (part == "..") {
            if (!parts.empty()) parts.pop_back();
        } else if (!part.empty() && part != ".") {
            parts.push_back(part);
        }
        start = slash + 1;
    }
    std::string out;
    for (const auto& part : parts) out += (out.empty() ? "" : "/") + part;
    return out;
}

bool ends_with(std::string_view s, std::string_view suffix) {
    return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

Relationships read_relationships(ZipArchive& zip, const std::string& member, const std::string& base_dir) {
    Relationships out;
    XmlStream xml(zip, member, kSmallPartBytes);
    std::string id, target, type, mode;
    while (xml.next()) {
        if (xml.node() != XmlStream::Node::Start || xml.name() != "Relationship") continue;
        if (!xml.attribute("Id", id) || !xml.attribute("Target", target)) continue;
        if (!xml.attribute("Type", type)) type.clear();
        if (xml.attribute("TargetMode", mode) && mode == "External") continue;
        out[id] = Relationship{resolve_target(base_dir, target), type};
    }
    return out;
}

struct SheetEntry {
    std::string name;
    std::string rel_id;
};

struct Workbook {
    std::vector<SheetEntry> sheets;
    bool date1904 = false;
};

Workbook read_workbook(ZipArchive& zip) {
    Workbook out;
    XmlStream xml(zip, "xl/workbook.xml", kSmallPartBytes);
    std::string value;
    while (xml.next()) {
        if (xml.node() != XmlStream::Node::Start) continue;
        if (xml.name() == "workbookPr") {
            if (xml.attribute("date1904", value)) out.date1904 = value == "1" || value == "true";
        } else if (xml.name() == "sheet") {
            SheetEntry sheet;
            if (!xml.attribute("name", sheet.name)) throw bad_input(xml.where() + ": a sheet has no name");
            if (!xml.attribute("id", sheet.rel_id))
                throw bad_input(xml.where() + ": sheet '" + sheet.name + "' has no r:id");
            out.sheets.push_back(std::move(sheet));
        }
    }
    return out;
}

/// The shared-string table, in one pool (millions of small strings: no per-string allocation).
class SharedStrings {
public:
    std::size_t size() const { return m_ends.size(); }
    std::string_view at(std::size_t i) const {
        const std::size_t begin = i == 0 ? 0 : m_ends[i - 1];
        return std::string_view(m_pool).substr(begin, m_ends[i] - begin);
    }
    void add(const std::string& text) {
        m_pool += text;
        m_ends.push_back(m_pool.size());
    }
    std::size_t bytes() const { return m_pool.size(); }

private:
    std::string m_pool;
    std::vector<std::size_t> m_ends;
};

SharedStrings read_shared_strings(ZipArchive& zip, const std::string& member, const ReadLimits& limits) {
    SharedStrings out;
    XmlStream xml(zip, member, limits.max_uncompressed_bytes);
    std::string current;
    bool in_si = false, in_t = false;
    int phonetic_depth = -1;  // inside <rPh>: a reading aid, not the text
    while (xml.next()) {
        switch (xml.node()) {
        case XmlStream::Node::Start: {
            const std::string_view name = xml.name();
            if (phonetic_depth >= 0) break;
            if (name == "si") {
                current.clear();
                in_si = !xml.is_empty_element();
                if (!in_si) {
                    if (out.size() >= limits.max_shared_strings)
                        throw bad_input(zip.path() + ": " + member + ": more than " +
                                        std::to_string(limits.max_shared_strings) + " shared strings");
                    out.add(current);
                }
            } else if (in_si && name == "rPh" && !xml.is_empty_element()) {
                phonetic_depth = xml.depth();
            } else if (in_si && name == "t" && !xml.is_empty_element()) {
                in_t = true;
            }
            break;
        }
        case XmlStream::Node::End: {
            const std::string_view name = xml.name();
            if (phonetic_depth >= 0) {
                if (name == "rPh" && xml.depth() == phonetic_depth) phonetic_depth = -1;
                break;
            }
            if (name == "t") {
                in_t = false;
            } else if (name == "si" && in_si) {
                in_si = false;
                if (out.size() >= limits.max_shared_strings)
                    throw bad_input(zip.path() + ": " + member + ": more than " +
                                    std::to_string(limits.max_shared_strings) + " shared strings");
                decode_xstring(current);
                if (out.bytes() + current.size() > limits.max_uncompressed_bytes)
                    throw bad_input(zip.path() + ": " + member + ": shared strings hold more than " +
                                    describe_size(limits.max_uncompressed_bytes) + " of text");
                out.add(current);
            }
            break;
        }
        case XmlStream::Node::Text:
            if (in_t && phonetic_depth < 0) {
                const std::string_view text = xml.text();
                if (current.size() + text.size() > limits.max_cell_bytes)
                    throw bad_input(xml.where() + ": shared string " + std::to_string(out.size()) +
                                    " is longer than " + describe_size(limits.max_cell_bytes));
                current += text;
            }
            break;
        case XmlStream::Node::Other:
            break;
        }
    }
    return out;
}

/// For each cell style (cellXfs index): whether its number format is a date or time.
std::vector<bool> read_date_styles(ZipArchive& zip, const std::string& member) {
    std::unordered_map<std::size_t, std::string> custom;
    std::vector<std::size_t> formats;
    XmlStream xml(zip, member, kSmallPartBytes);
    int numfmts_depth = -1, cellxfs_depth = -1;
    std::string id, code;
    while (xml.next()) {
        if (xml.node() == XmlStream::Node::Start) {
            const std::string_view name = xml.name();
            if (name == "numFmts" && !xml.is_empty_element()) {
                numfmts_depth = xml.depth();
            } else if (name == "cellXfs" && !xml.is_empty_element()) {
                cellxfs_depth = xml.depth();
            } else if (name == "numFmt" && numfmts_depth >= 0) {
                std::size_t n = 0;
                if (xml.attribute("numFmtId", id) && parse_size(id, n) && xml.attribute("formatCode", code))
                    custom[n] = code;
            } else if (name == "xf" && cellxfs_depth >= 0 && xml.depth() == cellxfs_depth + 1) {
                std::size_t n = 0;
                formats.push_back(xml.attribute("numFmtId", id) && parse_size(id, n) ? n : 0);
            }
        } else if (xml.node() == XmlStream::Node::End) {
            if (xml.name() == "numFmts") numfmts_depth = -1;
            if (xml.name() == "cellXfs") cellxfs_depth = -1;
        }
    }
    std::vector<bool> out(formats.size());
    for (std::size_t i = 0; i < formats.size(); ++i) {
        const auto it = custom.find(formats[i]);
        out[i] = is_date_format(static_cast<int>(std::min<std::size_t>(formats[i], 1u << 30)),
                                it == custom.end() ? std::string_view() : std::string_view(it->second));
    }
    return out;
}

// ---- Worksheets -----------------------------------------------------------------------------------

struct SheetContext {
    const SharedStrings& strings;
    const std::vector<bool>& date_styles;
    bool date1904 = false;
    const ReadLimits& limits;
    CellBudget& budget;
};

std::optional<SourceTable> read_sheet(ZipArchive& zip, const std::string& member, const std::string& sheet_name,
                                      const SheetContext& ctx) {
    XmlStream xml(zip, member, ctx.limits.max_uncompressed_bytes);
    const std::string& file = zip.path();
    auto cell_location = [&](std::size_t row, std::size_t col) {
        return SourceLocation{file, sheet_name, row, column_letters(col) + std::to_string(row)}.describe();
    };

    std::vector<SourceRow> rows;
    std::vector<std::string> cells;
    std::size_t row_no = 0, next_col = 0;
    // The cell being read.
    bool in_cell = false, in_v = false, in_is = false, in_t = false;
    int phonetic_depth = -1;
    std::size_t col = 0, style = 0;
    std::string type, value, attr;

    auto finish_row = [&] {
        if (is_blank_row(cells)) {
            ctx.budget.give_back(cells.size());
        } else {
            SourceRow row;
            row.where = SourceLocation{file, sheet_name, row_no, {}};
            row.cells = std::move(cells);
            rows.push_back(std::move(row));
        }
        cells = {};
    };

    auto cell_text = [&]() -> std::string {
        if (value.empty()) return {};
        if (type == "s") {
            if (trim(value).empty()) return {};
            std::size_t index = 0;
            if (!parse_size(value, index) || index >= ctx.strings.size())
                throw bad_input(cell_location(row_no, col) + ": shared string " + std::string(trim(value)) +
                                " does not exist");
            return std::string(ctx.strings.at(index));
        }
        if (type == "inlineStr" || type == "str") {
            decode_xstring(value);
            return value;
        }
        if (type == "b") {
            const std::string_view v = trim(value);
            return v == "1" ? "TRUE" : v == "0" ? "FALSE" : std::string(v);
        }
        if (type == "e") return std::string(trim(value));
        if (type == "d") return iso_cell(value);
        if (type.empty() || type == "n") {
            double serial = 0;
            if (style < ctx.date_styles.size() && ctx.date_styles[style] && parse_double(value, serial))
                if (auto text = excel_serial_text(serial, ctx.date1904)) return *text;
            return tidy_number(value);
        }
        return value;
    };

    while (xml.next()) {
        switch (xml.node()) {
        case XmlStream::Node::Start: {
            if (phonetic_depth >= 0) break;
            const std::string_view name = xml.name();
            if (name == "row") {
                std::size_t r = 0;
                if (xml.attribute("r", attr)) {
                    if (!parse_size(attr, r) || r == 0 || r > (1u << 30))
                        throw bad_input(xml.where() + ": bad row number \"" + attr + "\"");
                } else {
                    r = row_no + 1;
                }
                if (!cells.empty()) finish_row();  // an unclosed row before it
                row_no = r;
                next_col = 0;
            } else if (name == "c") {
                if (xml.attribute("r", attr)) {
                    const auto c = column_of(attr);
                    if (!c) throw bad_input(xml.where() + ": bad cell reference \"" + attr + "\"");
                    col = *c;
                } else {
                    col = next_col;
                }
                if (col >= kMaxColumns)
                    throw bad_input(xml.where() + ": a cell lies past column XFD (row " + std::to_string(row_no) + ")");
                if (!xml.attribute("t", type)) type.clear();
                if (!xml.attribute("s", attr) || !parse_size(attr, style)) style = 0;
                value.clear();
                in_cell = !xml.is_empty_element();
                in_v = in_is = in_t = false;
                next_col = col + 1;
            } else if (in_cell && !xml.is_empty_element()) {
                if (name == "v") in_v = true;
                else if (name == "is") in_is = true;
                else if (in_is && name == "rPh") phonetic_depth = xml.depth();
                else if (in_is && name == "t") in_t = true;
            }
            break;
        }
        case XmlStream::Node::End: {
            const std::string_view name = xml.name();
            if (phonetic_depth >= 0) {
                if (name == "rPh" && xml.depth() == phonetic_depth) phonetic_depth = -1;
                break;
            }
            if (name == "v") {
                in_v = false;
            } else if (name == "t") {
                in_t = false;
            } else if (name == "is") {
                in_is = false;
            } else if (name == "c" && in_cell) {
                in_cell = false;
                std::string text = cell_text();
                if (text.size() > ctx.limits.max_cell_bytes)
                    throw bad_input(cell_location(row_no, col) + ": the cell is longer than " +
                                    describe_size(ctx.limits.max_cell_bytes));
                if (!text.empty()) {
                    if (cells.size() <= col) {
                        if (!ctx.budget.try_take(col + 1 - cells.size())) ctx.budget.fail(cell_location(row_no, col));
                        cells.resize(col + 1);
                    }
                    cells[col] = std::move(text);
                }
            } else if (name == "row") {
                finish_row();
            }
            break;
        }
        case XmlStream::Node::Text:
            if (in_cell && (in_v || in_t)) {
                const std::string_view text = xml.text();
                if (value.size() + text.size() > ctx.limits.max_cell_bytes)
                    throw bad_input(cell_location(row_no, col) + ": the cell is longer than " +
                                    describe_size(ctx.limits.max_cell_bytes));
                value += text;
            }
            break;
        case XmlStream::Node::Other:
            break;
        }
    }
    if (!cells.empty()) finish_row();
    return finish_table(file, sheet_name, std::move(rows), ctx.budget);
}

}  // namespace

// ---- Public helpers -------------------------------------------------------------------------------

std::optional<std::string> excel_serial_text(double serial, bool date1904) {
    if (!std::isfinite(serial) || serial < 0 || serial >= 2958466.0) return std::nullopt;
    const long long total = std::llround(serial * 1440.0);  // minutes, rounded as Excel shows them
    if (serial < 1) return hh_mm(std::min<long long>(total, 1439));  // a time of day only
    const long long day = total / 1440;
    const long long minutes = total % 1440;
    std::string date;
    if (date1904) date = iso_from_days(days_from_civil(1904, 1, 1) + day);
    else if (day == 60) date = "1900-02-29";  // Excel's phantom leap day
    else if (day < 60) date = iso_from_days(days_from_civil(1899, 12, 31) + day);
    else date = iso_from_days(days_from_civil(1899, 12, 30) + day);
    if (minutes != 0) date += "T" + hh_mm(minutes);
    return date;
}

bool is_date_format(int id, std::string_view code) {
    if (code.empty()) return (id >= 14 && id <= 22) || (id >= 45 && id <= 47);
    bool in_quotes = false;
    for (std::size_t i = 0; i < code.size(); ++i) {
        const char c = code[i];
        if (in_quotes) {
            if (c == '"') in_quotes = false;
        } else if (c == '"') {
            in_quotes = true;
        } else if (c == '\\' || c == '_' || c == '*') {
            ++i;  // an escaped, padding or fill character
        } else if (c == '[') {
            const std::size_t close = code.find(']', i);
            if (close == std::string_view::npos) return false;
            i = close;
        } else if (c == 'd' || c == 'D' || c == 'm' || c == 'M' || c == 'y' || c == 'Y' || c == 'h' || c == 'H') {
            return true;
        }
    }
    return false;
}

std::optional<std::size_t> column_of(std::string_view ref) {
    std::size_t col = 0, letters = 0;
    for (const char c : ref) {
        if (c >= 'A' && c <= 'Z') col = col * 26 + static_cast<std::size_t>(c - 'A' + 1);
        else if (c >= 'a' && c <= 'z') col = col * 26 + static_cast<std::size_t>(c - 'a' + 1);
        else break;
        if (++letters > 3) return std::nullopt;
    }
    if (letters == 0 || col > kMaxColumns) return std::nullopt;
    return col - 1;
}

std::string column_letters(std::size_t column) {
    std::string out;
    for (std::size_t n = column + 1; n > 0; n = (n - 1) / 26) out.insert(out.begin(), static_cast<char>('A' + (n - 1) % 26));
    return out;
}

std::vector<SourceTable> read_xlsx(ZipArchive& zip, const ReadLimits& limits) {
    const std::string& file = zip.path();
    const Workbook workbook = read_workbook(zip);
    const Relationships rels = read_relationships(zip, "xl/_rels/workbook.xml.rels", "xl/");

    auto part_of_type = [&](std::string_view type_suffix, const std::string& fallback) -> std::string {
        for (const auto& [id, rel] : rels)
            if (ends_with(rel.type, type_suffix) && zip.has(rel.target)) return rel.target;
        return zip.has(fallback) ? fallback : std::string();
    };

    SharedStrings strings;
    if (const std::string member = part_of_type("/sharedStrings", "xl/sharedStrings.xml"); !member.empty())
        strings = read_shared_strings(zip, member, limits);
    std::vector<bool> date_styles;
    if (const std::string member = part_of_type("/styles", "xl/styles.xml"); !member.empty())
        date_styles = read_date_styles(zip, member);

    CellBudget budget(file, limits.max_cells);
    const SheetContext ctx{strings, date_styles, workbook.date1904, limits, budget};
    std::vector<SourceTable> out;
    for (const SheetEntry& sheet : workbook.sheets) {
        const auto rel = rels.find(sheet.rel_id);
        if (rel == rels.end())
            throw bad_input(file + ": xl/workbook.xml: sheet '" + sheet.name + "' refers to " + sheet.rel_id +
                            ", which xl/_rels/workbook.xml.rels does not define");
        // Chart, dialog and macro sheets hold no cells.
        if (!rel->second.type.empty() && !ends_with(rel->second.type, "/worksheet")) continue;
        if (auto table = read_sheet(zip, rel->second.target, sheet.name, ctx)) out.push_back(std::move(*table));
    }
    return out;
}

}  // namespace model::sources
