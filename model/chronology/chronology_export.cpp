// SPDX-License-Identifier: MIT
// The merged chronology out again, for people who work in spreadsheets.
#include "model/chronology/chronology.h"

#include "model/core/error.h"
#include "model/core/private_file.h"
#include "model/sources/xlsx_writer.h"

#include <algorithm>
#include <iterator>
#include <set>
#include <sstream>

namespace model {
namespace {

const char* const kHeaders[] = {"Date", "Time", "Agency", "Practitioner", "Event", "Details", "Outcome",
                                "Source", "Significance", "Analysis", "Human factors", "Key practice episode",
                                "Source file", "Sheet or table", "Row", "Entry"};

/// The export's header row: the chronology's own columns, then every unmapped column the agencies
/// sent (kept with the entries, so not dropped here either), in the order first met.
std::vector<std::string> header_row(const std::vector<ChronologyEntry>& entries) {
    std::vector<std::string> headers(std::begin(kHeaders), std::end(kHeaders));
    std::set<std::string> seen(headers.begin(), headers.end());
    for (const auto& e : entries)
        for (const auto& [header, value] : e.extra) {
            // An agency column named like one of ours ("Source file") is told apart, not merged.
            const std::string name = seen.count(header) && !std::count(headers.begin() + std::size(kHeaders), headers.end(), header)
                                         ? header + " (agency column)"
                                         : header;
            if (seen.insert(name).second) headers.push_back(name);
        }
    return headers;
}

std::vector<std::string> columns(const ChronologyEntry& e, const std::vector<std::string>& headers) {
    std::vector<std::string> row = {e.date.display(), e.time ? format_time(*e.time) : "", e.agency, e.practitioner,
                                    e.event, e.details, e.outcome, e.source, e.significance, e.analysis,
                                    e.human_factors, e.key_episode, e.origin.file, e.origin.sheet,
                                    e.origin.row ? std::to_string(e.origin.row) : "", std::to_string(e.id)};
    if (e.extra.empty()) return row;
    row.resize(headers.size());
    for (const auto& [header, value] : e.extra) {
        auto at = std::find(headers.begin() + std::size(kHeaders), headers.end(), header);
        if (at == headers.end()) at = std::find(headers.begin() + std::size(kHeaders), headers.end(), header + " (agency column)");
        if (at != headers.end()) row[static_cast<std::size_t>(at - headers.begin())] = value;
    }
    return row;
}

std::string csv_field(const std::string& v) {
    // A leading = + - @ would run as a formula when the file is opened in a spreadsheet.
    std::string value = (!v.empty() && std::string("=+-@").find(v[0]) != std::string::npos) ? "'" + v : v;
    if (value.find_first_of(",\"\r\n") == std::string::npos) return value;
    std::string out = "\"";
    for (char c : value) out += c == '"' ? "\"\"" : std::string(1, c);
    return out + "\"";
}

}  // namespace

void Chronology::write_csv(const std::string& ref, std::ostream& out, const ChronologyFilter& filter) const {
    const auto entries = list(ref, filter);
    const auto headers = header_row(entries);
    out << "\xEF\xBB\xBF";  // BOM: Excel then reads UTF-8 correctly
    bool first = true;
    for (const auto& h : headers) out << (first ? "" : ",") << csv_field(h), first = false;
    out << "\r\n";
    for (const auto& e : entries) {
        first = true;
        for (const auto& c : columns(e, headers)) out << (first ? "" : ",") << csv_field(c), first = false;
        out << "\r\n";
    }
}

void Chronology::export_csv(const std::string& ref, const std::string& path, const ChronologyFilter& filter) const {
    std::ostringstream out;
    write_csv(ref, out, filter);
    write_private_file(path, out.str());
}

}  // namespace model

namespace model {

void Chronology::export_xlsx(const std::string& ref, const std::string& path, const ChronologyFilter& filter) const {
    const auto entries = list(ref, filter);
    const auto headers = header_row(entries);
    std::vector<std::vector<std::string>> rows;
    rows.reserve(entries.size());
    for (const auto& e : entries) rows.push_back(columns(e, headers));
    write_xlsx(path, "Chronology " + ref, headers, rows, {0});  // exact dates as real dates; partial and uncertain ones as written
}

}  // namespace model
