// SPDX-License-Identifier: MIT
// Benchmark (not a test): find_duplicates over 50,000 generated chronology entries from four agencies
// (police, children's social care, health, education) spread over five years: about 27 entries a day,
// far denser than any one review, so that the same-or-next-day window holds many candidates.
// Prints the time of find_duplicates (best of three runs), the pairs found at the default threshold, and
// precision/recall against the generator's answer; then 50,000 entries at the tests' density, and the
// 2,000-entry sets of the tests.
// Target: under 2 s for 50,000 entries.
//
// The generator is the tests' own (tests/model/duplicate_generator.h).
#include "../model/duplicate_generator.h"

#include <chrono>
#include <cstdio>

namespace {

using Clock = std::chrono::steady_clock;

void run(const char* name, const dupgen::Options& options, int repeats) {
    auto t0 = Clock::now();
    const dupgen::Generated g = dupgen::generate(options);
    const double generate_ms = std::chrono::duration<double, std::milli>(Clock::now() - t0).count();

    double best_ms = 0;
    std::vector<model::DuplicatePair> pairs;
    for (int r = 0; r < repeats; ++r) {
        t0 = Clock::now();
        pairs = model::find_duplicates(g.entries, 0.35);
        const double ms = std::chrono::duration<double, std::milli>(Clock::now() - t0).count();
        if (r == 0 || ms < best_ms) best_ms = ms;
    }
    const dupgen::Quality q = dupgen::measure(g, pairs);
    std::printf("%s: %zu entries over %d days, %zu true pairs (generated in %.0f ms)\n", name, g.entries.size(),
                options.days, g.truth.size(), generate_ms);
    std::printf("  find_duplicates: %.1f ms, %zu pairs at 0.35 (%zu true): precision %.3f, recall %.3f\n", best_ms,
                pairs.size(), q.true_found, q.precision(), q.recall());
}

}  // namespace

int main() {
    dupgen::Options big;
    big.agencies = {dupgen::Police, dupgen::Social, dupgen::Health, dupgen::School};
    big.target = 50'000;
    big.days = 5 * 365;
    run("50k, four agencies", big, 3);
    // The same size at the tests' density (about two entries a day): what changes above is density, not size.
    big.days = 75 * 365;
    run("50k, four agencies, 75 years", big, 1);

    dupgen::Options two;  // the tests' sets
    run("2k, police and social care", two, 3);
    dupgen::Options three;
    three.agencies = {dupgen::Police, dupgen::Social, dupgen::Health};
    run("2k, police, social care and health", three, 3);
    return 0;
}
