// SPDX-License-Identifier: MIT
// Benchmark (not a test): a board of 1,000 reviews; alerts for all of them as of a date, and
// working-day additions per second. Usage: bench_register [--keep FILE.db]
// Targets (issue 3): alerts under 20 ms in-process; over 2 million working-day additions a second.
#include "model/register/board.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <string>
#include <vector>

namespace {

using Clock = std::chrono::steady_clock;

double ms_since(Clock::time_point t0) { return std::chrono::duration<double, std::milli>(Clock::now() - t0).count(); }

double median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

}  // namespace

int main(int argc, char** argv) {
    std::string keep;
    for (int i = 1; i + 1 < argc; ++i)
        if (std::string(argv[i]) == "--keep") keep = argv[i + 1];
    const std::string path = keep.empty() ? (std::filesystem::temp_directory_path() / "bench_register.db").string() : keep;
    for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(path + suffix);

    auto board = model::Board::open(path, model::PathwayLibrary::load_default());
    board->set_actor("bench");
    const auto& pathways = board->pathways().all();
    const model::Date today = model::Date::parse_iso("2026-11-23");

    auto t0 = Clock::now();
    for (int i = 0; i < 1000; ++i) {
        const model::Pathway& p = pathways[std::size_t(i) % pathways.size()];
        model::Date aware = today.add_days(-(i * 7) % 900 - 1);
        std::string ref = board->add_review({p.id, "Review " + std::to_string(i), aware, "Child " + std::to_string(i)});
        int stages = i % int(p.stages.size());
        for (int s = 0; s < stages; ++s) {
            model::Date when = aware.add_days(3 + s * 9);
            if (when > today) break;
            board->complete_stage(ref, p.stages[std::size_t(s)].id, when);
        }
        if (i % 10 == 0) board->add_hold(ref, {"police", "Investigation", aware.add_days(20), std::nullopt});
    }
    std::printf("built 1,000 reviews in %.0f ms (%s)\n", ms_since(t0), path.c_str());

    std::vector<double> runs;
    std::size_t clocks = 0;
    for (int run = 0; run < 15; ++run) {
        auto t = Clock::now();
        clocks = board->alerts(today).size();
        runs.push_back(ms_since(t));
    }
    std::printf("alerts as of %s: %zu clocks of 1,000 reviews, median %.2f ms (min %.2f, max %.2f) [target < 20 ms]\n",
                today.iso().c_str(), clocks, median(runs), *std::min_element(runs.begin(), runs.end()),
                *std::max_element(runs.begin(), runs.end()));

    const model::HolidayCalendar& cal = board->calendar();
    const int n = 2'000'000;
    std::int64_t checksum = 0;
    t0 = Clock::now();
    for (int i = 0; i < n; ++i) {
        model::Date start = model::Date::from_serial(19000 + (i % 4000));  // 2022-01-08 onwards, ~11 years
        checksum += cal.add(model::Region(i % 3), start, 15, model::DurationUnit::WorkingDays).serial();
    }
    double secs = ms_since(t0) / 1000.0;
    std::printf("working-day additions (15 working days, 3 regions, 2022-2033): %.2f million/s (checksum %lld) "
                "[target > 2 million/s]\n",
                n / secs / 1e6, static_cast<long long>(checksum));
    return 0;
}
