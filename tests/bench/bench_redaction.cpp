// SPDX-License-Identifier: MIT
// Benchmark (not a test), issue 6: redacting a 50,000-entry chronology for publication.
//   Redactor over every entry's text (about 240 bytes, a few names each), 12 people in the register
//   [target: well under 1 s]
// Usage: bench_redaction [ENTRIES]
#include "model/reports/redaction.h"

#include <chrono>
#include <ctime>
#include <cstdio>
#include <cstdlib>
#include <random>
#include <string>
#include <vector>

using Clock = std::chrono::steady_clock;

int main(int argc, char** argv) {
    const int entries = argc > 1 ? std::atoi(argv[1]) : 50000;
    const std::vector<model::Person> people = {
        {1, "Jane Smith", "Mother", "parent"},           {2, "Tom Smith", "Child A", "child"},
        {3, "Zoë O'Brien-Hughes", "Aunt", "family-member"}, {4, "Rose Parker", "Neighbour", "family-member"},
        {5, "Anil Patel", "GP 1", "practitioner"},        {6, "Mark Jones", "Father", "parent"},
        {7, "Sarah Connolly", "Social worker 1", "practitioner"}, {8, "Pieter van der Berg", "Police officer 1", "practitioner"},
        {9, "Grace Okafor", "Health visitor 1", "practitioner"},  {10, "Liam Murphy", "Teacher 1", "practitioner"},
        {11, "Aisha Khan", "School nurse", "practitioner"}, {12, "David Evans", "Housing officer", "practitioner"}};
    const char* const words[] = {"visit", "home", "child", "school", "police", "referral", "concern", "bruise",
                                 "health", "assessment", "strategy", "discussion", "meeting", "attended",
                                 "reported", "partner", "alcohol", "neglect", "appointment", "missed", "hospital",
                                 "social", "worker", "telephone", "letter", "plan", "conference", "safety", "risk"};
    const char* const names[] = {"Jane", "Tom Smith", "Patel's", "Sarah Connolly", "Mr van der Berg", "Zoe",
                                 "Rose", "A. Patel", "Ms Okafor", "Liam", "Aisha Khan", "EVANS"};
    std::mt19937 rng(7);
    std::vector<std::string> texts;
    std::size_t bytes = 0;
    for (int i = 0; i < entries; ++i) {
        std::string t;
        while (t.size() < 240) {
            if (rng() % 9 == 0) t += names[rng() % 12];
            else t += words[rng() % 29];
            t += rng() % 7 == 0 ? ". " : " ";
        }
        bytes += t.size();
        texts.push_back(std::move(t));
    }
    auto start = Clock::now();
    model::Redactor redactor(people);
    const double build_ms = std::chrono::duration<double, std::milli>(Clock::now() - start).count();
    start = Clock::now();
    const std::clock_t cpu_start = std::clock();  // CPU time too: the machine may be shared
    std::size_t out_bytes = 0;
    for (int i = 0; i < entries; ++i) out_bytes += redactor.apply(texts[std::size_t(i)], "chronology " + std::to_string(i)).size();
    const double ms = std::chrono::duration<double, std::milli>(Clock::now() - start).count();
    const double cpu_ms = 1000.0 * double(std::clock() - cpu_start) / CLOCKS_PER_SEC;
    long replaced = 0;
    for (const auto& r : redactor.report().replacements) replaced += r.count;
    std::printf("redactor built in %.2f ms; %d entries, %.1f MB, redacted in %.1f ms wall, %.1f ms CPU (%ld replacements, %zu problems, %zu bytes out)\n",
                build_ms, entries, double(bytes) / 1e6, ms, cpu_ms, replaced, redactor.report().problems.size(), out_bytes);
    return 0;
}
