// SPDX-License-Identifier: MIT
// The merged chronology out again, for people who work in spreadsheets.
#include "model/chronology/chronology.h"

#include "model/core/error.h"
#include "model/core/private_file.h"
#include "model/sources/xlsx_writer.h"

#include <iterator>
#include <map>
#include <set>
#include <sstream>

namespace model {
namespace {

const char* const kHeaders[] = {"Date", "Time", "Agency", "Practitioner", "Event", "Details", "Outcome",
                                "Source", "Significance", "Analysis", "Human factors", "Key practice episode",
                                "Source file", "Sheet or table", "Row", "Entry"};

/// The export's columns: the chronology's own, then every unmapped column the agencies sent (kept
/// with the entries, so not dropped here either), in the order first met.
struct ExportColumns {
    std::vector<std::string> headers;
    std::map<std::string, std::size_t> extra_at;  ///< an agency's header -> its column

    explicit ExportColumns(const std::vector<ChronologyEntry>& entries)
        : headers(std::begin(kHeaders), std::end(kHeaders)) {
        const std::set<std::string> ours(headers.begin(), headers.end());
        for (const auto& e : entries)
            for (const auto& [header, value] : e.extra) {
                if (!extra_at.emplace(header, headers.size()).second) continue;
                // An agency column named like one of ours ("Source file") is told apart, not merged.
                headers.push_back(ours.count(header) ? header + " (agency column)" : header);
            }
    }

    std::vector<std::string> row(const ChronologyEntry& e) const {
        std::vector<std::string> out = {e.date.display(), e.time ? format_time(*e.time) : "", e.agency, e.practitioner,
                                        e.event, e.details, e.outcome, e.source, e.significance, e.analysis,
                                        e.human_factors, e.key_episode, e.origin.file, e.origin.sheet,
                                        e.origin.row ? std::to_string(e.origin.row) : "", std::to_string(e.id)};
        if (e.extra.empty()) return out;
        out.resize(headers.size());
        for (const auto& [header, value] : e.extra) out[extra_at.at(header)] = value;
        return out;
    }
};

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
    const ExportColumns columns(entries);
    out << "\xEF\xBB\xBF";  // BOM: Excel then reads UTF-8 correctly
    bool first = true;
    for (const auto& h : columns.headers) out << (first ? "" : ",") << csv_field(h), first = false;
    out << "\r\n";
    for (const auto& e : entries) {
        first = true;
        for (const auto& c : columns.row(e)) out << (first ? "" : ",") << csv_field(c), first = false;
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
    const ExportColumns columns(entries);
    std::vector<std::vector<std::string>> rows;
    rows.reserve(entries.size());
    for (const auto& e : entries) rows.push_back(columns.row(e));
    write_xlsx(path, "Chronology " + ref, columns.headers, rows, {0});  // exact dates as real dates; partial and uncertain ones as written
}

}  // namespace model
