// SPDX-License-Identifier: MIT
// Importing an agency's submission into the merged chronology: all or nothing, or every bad row listed.
#include "model/chronology/chronology.h"
#include "model/chronology/chunk_queue.h"
#include "model/chronology/search_words.h"

#include "model/core/error.h"
#include "model/register/board_impl.h"
#include "model/register/validation.h"

#include <filesystem>
#include <map>
#include <set>
#include <thread>

namespace model {
namespace {

struct Table {
    const SourceTable* source;
    ColumnMapping mapping;
};

std::string cell(const SourceRow& row, const ColumnMapping& m, ChronologyField f) {
    auto c = m.column_of(f);
    if (!c || *c >= row.cells.size()) return "";
    return trimmed(row.cells[*c]);
}

// "22/05/2016 14:30" or "2016-05-22T14:30" in one cell: split off a trailing time.
std::pair<std::string, std::string> split_date_time(const std::string& text) {
    if (auto t = text.find('T'); t == 10 && text.size() > 11 && text[4] == '-') {
        // ISO 8601 with a time: drop a zone ("Z", "+01:00"); the chronology keeps local clock times.
        std::string time = text.substr(11);
        if (auto zone = time.find_first_of("Z+-"); zone != std::string::npos) time.resize(zone);
        return {text.substr(0, 10), time};
    }
    auto space = text.find_last_of(' ');
    if (space == std::string::npos) return {text, ""};
    std::string tail = text.substr(space + 1);
    if (tail.find(':') == std::string::npos && tail.find("am") == std::string::npos &&
        tail.find("pm") == std::string::npos && tail.find('.') == std::string::npos)
        return {text, ""};
    auto parsed = parse_time_of_day(tail);
    if (std::holds_alternative<DateProblem>(parsed)) return {text, ""};
    return {trimmed(text.substr(0, space)), tail};
}

std::vector<std::pair<std::string, std::string>> checked_mapping(
    const std::vector<std::pair<std::string, std::string>>& pairs) {
    for (const auto& [header, field] : pairs)
        if (field != "ignore" && !try_parse_field(field))
            throw bad_input("unknown chronology field '" + field + "' for column '" + header +
                            "' (expected date, time, date-time, end-date, end-time, agency, practitioner, event, "
                            "details, outcome, source, significance, sequence or ignore)");
    return pairs;
}

std::string describe_headers(const std::vector<std::string>& headers) {
    std::string out;
    for (const auto& h : headers) out += (out.empty() ? "" : ", ") + ("'" + h + "'");
    return out.empty() ? "none" : out;
}

// Builds one entry from a row, or says why it cannot.
std::variant<ChronologyEntry, RejectedRow> read_row(const SourceRow& row, const SourceTable& table,
                                                    const ColumnMapping& m, const std::string& agency) {
    auto reject = [&](std::string value, std::string reason) {
        return RejectedRow{row.where, std::move(value), std::move(reason)};
    };
    ChronologyEntry e;
    std::string date_text = cell(row, m, ChronologyField::Date);
    std::string time_text = cell(row, m, ChronologyField::Time);
    if (m.has(ChronologyField::DateTime)) {
        auto [d, t] = split_date_time(cell(row, m, ChronologyField::DateTime));
        if (date_text.empty()) date_text = d;
        if (time_text.empty()) time_text = t;
    }
    if (date_text.empty()) return reject("", "no date");
    auto date = parse_uk_date(date_text);
    if (auto* problem = std::get_if<DateProblem>(&date)) return reject(date_text, problem->reason);
    e.date = std::get<FuzzyDate>(date);

    auto time = parse_time_of_day(time_text);
    if (auto* problem = std::get_if<DateProblem>(&time)) return reject(time_text, problem->reason);
    e.time = std::get<std::optional<int>>(time);

    if (std::string end = cell(row, m, ChronologyField::EndDate); !end.empty()) {
        auto parsed = parse_uk_date(end);
        if (auto* problem = std::get_if<DateProblem>(&parsed)) return reject(end, problem->reason);
        e.end_date = std::get<FuzzyDate>(parsed).earliest;
    }
    if (std::string end_time = cell(row, m, ChronologyField::EndTime); !end_time.empty()) {
        auto parsed = parse_time_of_day(end_time);
        if (auto* problem = std::get_if<DateProblem>(&parsed)) return reject(end_time, problem->reason);
        e.end_time = std::get<std::optional<int>>(parsed);
    }

    e.agency = cell(row, m, ChronologyField::Agency);
    if (e.agency.empty()) e.agency = agency;
    if (e.agency.empty()) return reject("", "no agency");
    e.event = cell(row, m, ChronologyField::Event);
    e.details = cell(row, m, ChronologyField::Details);
    if (e.event.empty()) std::swap(e.event, e.details);
    if (e.event.empty()) return reject(date_text, "no event text");
    e.sequence = cell(row, m, ChronologyField::Sequence);
    e.practitioner = cell(row, m, ChronologyField::Practitioner);
    e.outcome = cell(row, m, ChronologyField::Outcome);
    e.source = cell(row, m, ChronologyField::Source);
    e.significance = cell(row, m, ChronologyField::Significance);
    e.origin = row.where;
    e.origin.file = std::filesystem::path(row.where.file).filename().string();  // the name, not where it sat

    // Unmapped columns are kept, never dropped.
    std::set<std::string> used;
    for (std::size_t c = 0; c < row.cells.size() && c < table.headers.size(); ++c) {
        if (m.fields.size() > c && m.fields[c]) continue;
        std::string value = trimmed(row.cells[c]);
        if (value.empty()) continue;
        std::string header = table.headers[c].empty() ? "column " + std::to_string(c + 1) : table.headers[c];
        for (int n = 2; used.count(header); ++n) header = table.headers[c] + " (" + std::to_string(n) + ")";
        used.insert(header);
        e.extra.emplace_back(header, value);
    }
    return e;
}

}  // namespace

std::vector<std::pair<SourceTable, ColumnMapping>> Chronology::preview(const std::string& path,
                                                                       const std::string& agency) const {
    const auto saved = agency.empty() ? std::vector<std::pair<std::string, std::string>>{}
                                      : m_board.m->store.agency_mapping(agency);
    std::vector<std::pair<SourceTable, ColumnMapping>> out;
    for (auto& table : read_source_tables(path)) {
        ColumnMapping mapping = apply_saved_mapping(table.headers, recognise_columns(table.headers), saved);
        out.emplace_back(std::move(table), std::move(mapping));
    }
    return out;
}

ImportResult Chronology::import_file(const std::string& ref, const std::string& path, const ImportOptions& options) {
    m_board.m->review(ref);
    auto& store = m_board.m->store;
    const std::string agency = trimmed(options.agency);
    const auto overrides = checked_mapping(options.mapping);
    const auto saved = agency.empty() ? std::vector<std::pair<std::string, std::string>>{} : store.agency_mapping(agency);
    const std::string file = std::filesystem::path(path).filename().string();

    const std::vector<SourceTable> tables = read_source_tables(path);
    std::vector<Table> usable;
    for (const auto& t : tables) {
        ColumnMapping m = apply_saved_mapping(t.headers, recognise_columns(t.headers), saved);
        m = apply_saved_mapping(t.headers, std::move(m), overrides);
        if (m.has(ChronologyField::Date) || m.has(ChronologyField::DateTime)) usable.push_back({&t, std::move(m)});
    }
    if (usable.empty())
        throw bad_input(tables.empty() ? file + ": no table found"
                                       : tables.front().header_at.describe() + ": no date column (headers: " +
                                             describe_headers(tables.front().headers) +
                                             "); name it with --map 'HEADER=date'");
    for (const auto& t : usable)
        if (agency.empty() && !t.mapping.has(ChronologyField::Agency))
            throw bad_input(t.source->header_at.describe() +
                            ": no agency: name the submitting agency (--agency) or include an Agency column");

    ImportResult result;
    std::size_t rows = 0;
    for (const auto& t : usable) {
        result.tables.push_back(t.source->name);
        rows += t.source->rows.size();
    }

    // A second thread turns rows into entries (dates parsed, columns checked, the row's text made
    // ready to store) while this one stores them: the checking costs as much as a third of the storing and now hides behind it. A bad row
    // found on the way (unless skipping bad rows) stops the storing; the transaction then rolls
    // back, so the file is still imported all or nothing.
    using Chunk = std::vector<storage::Store::EntryInserter::Row>;
    constexpr std::size_t kChunk = 1024;
    ChunkQueue<Chunk> queue(8);
    std::vector<RejectedRow> rejected;  // the producer's until it has finished
    SearchWords words;                  // likewise: the words of the entries, for prefix search
    std::exception_ptr failure;
    std::thread producer([&] {
        try {
            Chunk chunk;
            chunk.reserve(kChunk);
            for (const auto& t : usable)
                for (const auto& row : t.source->rows) {
                    auto parsed = read_row(row, *t.source, t.mapping, agency);
                    if (auto* bad = std::get_if<RejectedRow>(&parsed)) {
                        rejected.push_back(std::move(*bad));
                        if (!options.skip_bad) queue.abandon();  // nothing will be kept: stop the storing
                        continue;
                    }
                    if (queue.abandoned()) continue;  // only counting bad rows now
                    auto& entry = std::get<ChronologyEntry>(parsed);
                    for (const std::string* text : {&entry.event, &entry.details, &entry.outcome, &entry.practitioner})
                        collect_search_words(*text, words);
                    chunk.push_back(storage::Store::EntryInserter::prepare(std::move(entry)));
                    if (chunk.size() == kChunk) {
                        queue.push(std::move(chunk));
                        chunk = Chunk();
                        chunk.reserve(kChunk);
                    }
                }
            if (!chunk.empty()) queue.push(std::move(chunk));
        } catch (...) {
            failure = std::current_exception();
        }
        queue.close();
    });
    // Whatever happens here, the producer is released and joined before its data goes out of scope.
    struct Join {
        ChunkQueue<Chunk>& queue;
        std::thread& thread;
        ~Join() {
            queue.abandon();
            if (thread.joinable()) thread.join();
        }
    } join{queue, producer};

    const auto cancelled = [&] { return bad_input("import of " + file + " cancelled; nothing from it was imported"); };
    std::set<std::string> agencies;
    std::string last_agency;  // rows mostly repeat the agency before them
    std::size_t imported = 0;
    storage::Store::Transaction tx(store);
    result.import_id = store.insert_import(ref, agency, file, m_board.m->actor, 0, 0);
    {
        storage::Store::BulkLoad bulk(store, rows);
        storage::Store::EntryInserter inserter(store, ref, result.import_id);
        // Progress now and then: often enough for a smooth bar, rarely enough to cost nothing.
        if (options.progress && !options.progress(0, rows)) throw cancelled();
        while (auto chunk = queue.pop()) {
            if (queue.abandoned()) break;  // a bad row: nothing is kept
            for (const auto& row : *chunk) {
                inserter.insert(row);
                if (row.entry.agency != last_agency) agencies.insert(last_agency = row.entry.agency);
            }
            imported += chunk->size();
            if (options.progress && !options.progress(imported, rows)) throw cancelled();
        }
        queue.abandon();
        producer.join();
        if (failure) std::rethrow_exception(failure);
        result.rejected = std::move(rejected);
        if (!result.rejected.empty() && !options.skip_bad) {
            const RejectedRow& first = result.rejected.front();
            std::string more = result.rejected.size() > 1
                                   ? " (and " + std::to_string(result.rejected.size() - 1) + " more bad rows)"
                                   : "";
            throw bad_input(first.where.describe() + ": " + first.reason +
                            (first.value.empty() || first.reason.find(first.value) != std::string::npos
                                 ? ""
                                 : " '" + first.value + "'") +
                            more + "; nothing was imported (skip bad rows to import the others)");
        }
        if (imported == 0) throw bad_input(file + ": no chronology rows to import");
        store.add_search_words(words);
        bulk.finish();
        if (options.progress && !options.progress(rows, rows)) throw cancelled();
    }
    store.finish_import(result.import_id, agency.empty() ? *agencies.begin() : agency, imported, result.rejected.size());
    for (const auto& a : agencies) store.insert_agency(ref, a);
    if (options.remember && !agency.empty() && !overrides.empty()) store.save_agency_mapping(agency, overrides);
    store.audit(m_board.m->actor, "chronology.import", ref, "chronology_import", std::to_string(result.import_id),
                "rows", "",
                std::to_string(imported) + " rows from " + file +
                    (result.rejected.empty() ? "" : ", " + std::to_string(result.rejected.size()) + " skipped"));
    tx.commit();
    if (imported >= 1000 || rows >= 5000) store.release_import_memory();  // rows: see BulkLoad
    result.imported = imported;
    m_board.m->events.publish({BoardEvent::Type::ChronologyChanged, ref});
    return result;
}

}  // namespace model
