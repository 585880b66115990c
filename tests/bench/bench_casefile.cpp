// SPDX-License-Identifier: MIT
// Benchmark (not a test), issue 6: a whole-review case file for a review with a large chronology.
//   export to XML, import into a fresh board, export again (and check the bytes are the same),
//   with the document's size and the process's peak memory.
// Usage: bench_casefile [ROWS]   (default 50,000 chronology entries, ~240 characters of text each)
#include "model/casefile/case_file.h"
#include "model/register/board.h"

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <random>
#include <string>
#include <sys/resource.h>

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

namespace {

double ms_since(Clock::time_point t) { return std::chrono::duration<double, std::milli>(Clock::now() - t).count(); }

/// CPU time of this process: the machine may be busy, and wall time then says little.
double cpu_ms() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return (usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1e3 + (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e3;
}

double peak_mb() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0;
}

void make_csv(const std::string& path, int rows) {
    const char* words[] = {"visit", "home", "mother", "child", "school", "police", "referral", "concern", "bruise",
                           "injury", "health", "visitor", "assessment", "strategy", "meeting", "attended",
                           "partner", "alcohol", "neglect", "missed", "hospital", "social", "worker", "plan"};
    const char* agencies[] = {"Police", "Children's social care", "Health visiting", "GP", "School", "Hospital"};
    std::mt19937 rng(6);
    std::ofstream out(path);
    out << "Date,Time,Agency,Practitioner,Event,Outcome,Source\n";
    for (int i = 0; i < rows; ++i) {
        char date[16], time[8];
        std::snprintf(date, sizeof date, "%02d/%02d/%d", 1 + int(rng() % 28), 1 + int(rng() % 12), 2015 + int(rng() % 6));
        std::snprintf(time, sizeof time, "%02d:%02d", int(rng() % 24), int(rng() % 60));
        std::string text;
        while (text.size() < 240) text += std::string(words[rng() % std::size(words)]) + " ";
        out << date << ',' << (i % 4 ? time : "") << ',' << agencies[rng() % std::size(agencies)] << ",Practitioner "
            << rng() % 300 << ",\"" << text << "\",Noted & <filed>,Record " << i << '\n';
    }
}

}  // namespace

int main(int argc, char** argv) {
    const int rows = argc > 1 ? std::atoi(argv[1]) : 50000;
    const fs::path dir = fs::temp_directory_path() / "bench_casefile";
    fs::remove_all(dir);
    fs::create_directories(dir);
    const std::string csv = (dir / "chronology.csv").string();
    make_csv(csv, rows);

    auto source = model::Board::open((dir / "source.db").string(), model::PathwayLibrary::load_default());
    const std::string ref = source->add_review({"cspr-england", "Benchmark", model::Date::parse_iso("2020-06-01"), ""});
    source->chronology().import_file(ref, csv, model::ImportOptions{});
    std::printf("%d chronology entries; peak memory after setup %.0f MB\n", rows, peak_mb());

    auto t = Clock::now();
    double cpu = cpu_ms();
    const std::string first = source->case_files().export_xml(ref);
    std::printf("export: %.0f ms (CPU %.0f ms), %.1f MB of XML; peak memory %.0f MB\n", ms_since(t), cpu_ms() - cpu,
                double(first.size()) / 1e6, peak_mb());
    const std::string path = (dir / "case.xml").string();
    std::ofstream(path, std::ios::binary) << first;

    auto target = model::Board::open((dir / "target.db").string(), model::PathwayLibrary::load_default());
    t = Clock::now();
    cpu = cpu_ms();
    const auto imported = target->case_files().import_file(path);
    std::printf("import: %.0f ms (CPU %.0f ms) for %zu rows (%zu entries); peak memory %.0f MB\n", ms_since(t),
                cpu_ms() - cpu, imported.rows, imported.entries, peak_mb());

    t = Clock::now();
    const std::string second = target->case_files().export_xml(ref);
    std::printf("export again: %.0f ms; byte-identical: %s\n", ms_since(t), second == first ? "yes" : "NO");
    if (!std::getenv("BENCH_KEEP")) fs::remove_all(dir);
    return second == first ? 0 : 1;
}
