// SPDX-License-Identifier: MIT
// Benchmark (not a test), issue 6: report rendering.
//   final report as DOCX for a review with 200 recommendations and a 50,000-entry chronology
//   appendix                                     [target: under 3 s and under 300 MB peak memory]
//   a typical review (60 chronology entries, 15 recommendations) in every format  [under 100 ms each]
// The big render runs in a child process of its own (this program re-run with `render DB REF`), so
// that the peak memory reported (getrusage ru_maxrss) is the report's, not the set-up's.
// Usage: bench_reports [ENTRIES] [RECOMMENDATIONS]      (needs CASEREVIEW_DATA_DIR or an installed tree)
#include "model/learning/learning.h"
#include "model/register/board.h"
#include "model/reports/report.h"

#include <sys/resource.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <random>
#include <string>
#include <unistd.h>

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;
using model::Date;

namespace {

double ms_since(Clock::time_point t) { return std::chrono::duration<double, std::milli>(Clock::now() - t).count(); }
long peak_mb() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024;  // KiB on Linux
}

const char* const kWords[] = {"visit", "home", "mother", "school", "police", "referral", "concern", "bruise", "health",
                              "visitor", "assessment", "strategy", "discussion", "attended", "reported", "partner",
                              "neglect", "appointment", "missed", "hospital", "emergency", "social", "worker", "plan"};

std::string words(std::mt19937& rng, std::size_t length) {
    std::string text;
    while (text.size() < length) text += std::string(kWords[rng() % std::size(kWords)]) + " ";
    return text;
}

/// A review with `entries` chronology entries and `recommendations` recommendations (one action each).
std::string make_review(model::Board& board, const fs::path& dir, int entries, int recommendations) {
    std::mt19937 rng(7);
    const std::string ref = board.add_review({"cspr-england", "Benchmark review", Date::from_ymd(2024, 1, 8), "Child A"});
    board.add_person(ref, {"Oliver Whitfield", "Child A", "child"});
    const std::string csv = (dir / ("chronology-" + std::to_string(entries) + ".csv")).string();
    {
        std::ofstream out(csv);
        out << "Date,Time,Agency,Event,Outcome\n";
        const char* agencies[] = {"Police", "Children's social care", "Health visiting", "GP", "School", "Hospital"};
        for (int i = 0; i < entries; ++i) {
            char date[16], time[8];
            std::snprintf(date, sizeof date, "%02d/%02d/%d", 1 + int(rng() % 28), 1 + int(rng() % 12), 2015 + int(rng() % 8));
            std::snprintf(time, sizeof time, "%02d:%02d", int(rng() % 24), int(rng() % 60));
            out << date << ',' << time << ',' << agencies[rng() % 6] << ',' << words(rng, 160) << ',' << words(rng, 40) << '\n';
        }
    }
    model::ImportOptions options;
    options.agency = "Police";
    board.chronology().import_file(ref, csv, options);
    model::Learning& learning = board.learning();
    const auto finding = learning.add_finding(ref, {model::FindingKind::Systemic, "", words(rng, 200), {}, Date::from_ymd(2024, 6, 1)});
    for (int i = 0; i < recommendations; ++i) {
        const auto saved = learning.add_recommendation(
            ref, {"Recommendation " + std::to_string(i + 1) + ": " + words(rng, 120) + "within 3 months.", "Agency " + std::to_string(i % 7),
                  {finding}, model::RecommendationType::Procedure, Date::from_ymd(2024, 7, 1)});
        learning.add_action(saved.id, {"Agency " + std::to_string(i % 7), "Owner", words(rng, 60), Date::from_ymd(2025, 3, 31), Date::from_ymd(2024, 7, 15)});
    }
    return ref;
}

model::ReportOptions options_for(const std::string& name, model::ReportFormat format) {
    model::ReportOptions o;
    o.template_name = name;
    o.format = format;
    o.as_of = Date::from_ymd(2025, 1, 6);
    return o;
}

int render_child(const std::string& db, const std::string& ref) {
    auto board = model::Board::open(db, model::PathwayLibrary::load_default());
    const long before = peak_mb();
    const auto t = Clock::now();
    const auto report = model::render_report(*board, ref, options_for("final-report", model::ReportFormat::Docx));
    const double ms = ms_since(t);
    std::printf("final-report.docx: %.0f ms, %.1f MB file, peak RSS %ld MB (%ld MB after opening the board)\n", ms,
                double(report.bytes.size()) / 1e6, peak_mb(), before);
    // The same, published: every text through the redactor, then checked again.
    auto options = options_for("final-report", model::ReportFormat::Docx);
    options.publish = true;
    const auto t2 = Clock::now();
    const auto published = model::render_report(*board, ref, options);
    std::printf("final-report.docx --publish: %.0f ms, %zu replacements, peak RSS %ld MB\n", ms_since(t2),
                published.redaction.replacements.size(), peak_mb());
    return 0;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc == 4 && std::string(argv[1]) == "render") return render_child(argv[2], argv[3]);
    const int entries = argc > 1 ? std::atoi(argv[1]) : 50000;
    const int recommendations = argc > 2 ? std::atoi(argv[2]) : 200;
    const fs::path dir = fs::temp_directory_path() / ("bench-reports-" + std::to_string(::getpid()));
    fs::create_directories(dir);
    const std::string db = (dir / "board.db").string();
    std::string big;
    {
        auto board = model::Board::open(db, model::PathwayLibrary::load_default());
        board->set_actor("bench");
        auto t = Clock::now();
        big = make_review(*board, dir, entries, recommendations);
        std::printf("set-up: %d entries, %d recommendations in %.0f ms\n", entries, recommendations, ms_since(t));

        const std::string typical = make_review(*board, dir, 60, 15);
        for (auto format : {model::ReportFormat::Html, model::ReportFormat::Docx, model::ReportFormat::Odt, model::ReportFormat::Xml}) {
            model::render_report(*board, typical, options_for("final-report", format));  // warm up (template schema, caches)
            const int runs = 20;
            t = Clock::now();
            std::size_t bytes = 0;
            for (int i = 0; i < runs; ++i) bytes = model::render_report(*board, typical, options_for("final-report", format)).bytes.size();
            std::printf("typical final-report.%s: %.1f ms (mean of %d), %zu bytes\n", std::string(model::format_id(format)).c_str(),
                        ms_since(t) / runs, runs, bytes);
        }
    }
    std::fflush(stdout);  // before the child writes to the same stdout
    const std::string command = "'" + fs::canonical("/proc/self/exe").string() + "' render '" + db + "' '" + big + "'";
    const int rc = std::system(command.c_str());
    fs::remove_all(dir);
    return rc == 0 ? 0 : 1;
}
