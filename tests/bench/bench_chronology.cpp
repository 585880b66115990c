// SPDX-License-Identifier: MIT
// Benchmark (not a test), issue 4: a 200,000-row, ~60 MB CSV chronology.
//   import (date parsing, indexing, full-text indexing) vs sqlite3's own `.import` of the same file
//   into an unindexed table, measured in the same run   [target: 2.5x or better]
//   search latency for rare and common terms            [target: under 20 ms in-process]
//   the full and the brief (desktop view) list of every entry
// Usage: bench_chronology [ROWS]   (needs the sqlite3 command-line program for the comparison)
#include "model/register/board.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <random>
#include <string>
#include <vector>

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

namespace {

double ms_since(Clock::time_point t) { return std::chrono::duration<double, std::milli>(Clock::now() - t).count(); }

const char* const kWords[] = {
    "visit", "home", "mother", "child", "school", "police", "referral", "concern", "bruise", "injury", "health",
    "visitor", "assessment", "strategy", "discussion", "meeting", "attended", "reported", "partner", "alcohol",
    "neglect", "hygiene", "attendance", "late", "hungry", "appointment", "missed", "hospital", "emergency",
    "department", "social", "worker", "telephone", "call", "letter", "plan", "review", "conference", "core",
    "group", "safety", "risk", "domestic", "incident", "officers", "welfare", "check", "nursery", "weight",
    "development", "speech", "sleep", "cot", "unsafe", "smoking", "housing", "arrears", "eviction", "benefits"};

void make_csv(const std::string& path, int rows) {
    std::mt19937 rng(42);
    std::ofstream out(path);
    out << "Date,Time,Agency,Practitioner,Event,Source\n";
    const char* agencies[] = {"Police", "Children's social care", "Health visiting", "GP", "School", "Hospital",
                              "Housing", "Probation"};
    // A Zipf-like draw: common words often, rare ones seldom.
    std::vector<double> weights;
    for (std::size_t i = 0; i < std::size(kWords); ++i) weights.push_back(1.0 / double(i + 1));
    std::discrete_distribution<std::size_t> word(weights.begin(), weights.end());
    for (int i = 0; i < rows; ++i) {
        int day = 1 + int(rng() % 28), month = 1 + int(rng() % 12), year = 2012 + int(rng() % 6);
        char date[16], time[8];
        std::snprintf(date, sizeof date, "%02d/%02d/%d", day, month, year);
        std::snprintf(time, sizeof time, "%02d:%02d", int(rng() % 24), int(rng() % 60));
        std::string text;
        while (text.size() < 240) text += std::string(kWords[word(rng)]) + " ";
        if (i % 20000 == 7) text += "zygomatic ";  // a rare term: 10 hits in 200,000
        out << date << ',' << (i % 5 ? time : "") << ',' << agencies[rng() % 8] << ",Practitioner " << rng() % 400
            << ",\"" << text << "\",Record " << i << '\n';
    }
}

}  // namespace

int main(int argc, char** argv) {
    const int rows = argc > 1 ? std::atoi(argv[1]) : 200000;
    const fs::path dir = fs::temp_directory_path() / "bench_chronology";
    fs::remove_all(dir);
    fs::create_directories(dir);
    const std::string csv = (dir / "chronology.csv").string();
    make_csv(csv, rows);
    std::printf("%d rows, %.1f MB CSV\n", rows, double(fs::file_size(csv)) / 1e6);

    // sqlite3's own import into an unindexed table: the floor any importer is compared with.
    const std::string baseline_db = (dir / "baseline.db").string();
    const std::string command = "sqlite3 " + baseline_db + " -cmd 'PRAGMA journal_mode=WAL' '.import --csv " + csv +
                                " t' >/dev/null";
    auto t = Clock::now();
    const int rc = std::system(command.c_str());
    const double baseline = ms_since(t);
    if (rc != 0) std::printf("sqlite3 .import failed (is the sqlite3 program installed?)\n");

    auto board = model::Board::open((dir / "board.db").string(), model::PathwayLibrary::load_default());
    const std::string ref = board->add_review({"cspr-england", "Benchmark", model::Date::parse_iso("2018-01-10"), ""});
    t = Clock::now();
    model::ImportOptions options;
    const auto result = board->chronology().import_file(ref, csv, options);
    const double ours = ms_since(t);
    std::printf("import: %zu rows in %.0f ms (%.0f rows/s); sqlite3 .import: %.0f ms; ratio %.2fx [target <= 2.5x]\n",
                result.imported, ours, result.imported / ours * 1000, baseline, ours / baseline);

    for (const char* query : {"zygomatic", "eviction arrears", "mother", "\"health visitor\"", "vis*"}) {
        std::vector<double> runs;
        std::size_t hits = 0;
        for (int i = 0; i < 9; ++i) {
            t = Clock::now();
            hits = board->chronology().search(ref, query, 50).size();
            runs.push_back(ms_since(t));
        }
        std::sort(runs.begin(), runs.end());
        std::printf("search %-20s %2zu hits (top 50), median %.2f ms [target < 20 ms]\n", query, hits, runs[runs.size() / 2]);
    }
    t = Clock::now();
    const auto all = board->chronology().list(ref);
    std::printf("list all %zu entries sorted: %.0f ms\n", all.size(), ms_since(t));
    // What the desktop view loads: only the columns a list row and a timeline mark show.
    std::vector<double> brief_runs;
    std::size_t brief_size = 0;
    for (int i = 0; i < 5; ++i) {
        t = Clock::now();
        brief_size = board->chronology().list_brief(ref).size();
        brief_runs.push_back(ms_since(t));
    }
    std::sort(brief_runs.begin(), brief_runs.end());
    std::printf("list_brief %zu entries sorted: median %.0f ms\n", brief_size, brief_runs[2]);
    if (!std::getenv("BENCH_KEEP")) fs::remove_all(dir);
    return 0;
}
