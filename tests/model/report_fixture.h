// SPDX-License-Identifier: MIT
// Boards for the report tests: the demo board with a review's learning recorded (findings,
// recommendations, actions), and a small board whose people have names a redactor must catch.
#pragma once
#include "model/learning/learning.h"
#include "model/pathway/pathway_library.h"
#include "model/register/board.h"
#include "model/reports/report.h"
#include "model/sources/zip_archive.h"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <memory>
#include <string>
#include <unistd.h>
#include <vector>

namespace report_testing {

inline model::Date d(const char* iso) { return model::Date::parse_iso(iso); }

/// Recommendations recorded on the demo review, in order: the tests look for them in this order.
inline const std::vector<std::string>& recommendation_texts() {
    static const std::vector<std::string> texts = {
        "Health visiting should record every missed contact and escalate a second one to the named nurse within 5 working days.",
        "Children's social care should hold a strategy discussion for every bruise to a non-mobile baby within 24 hours.",
        "The partnership should audit the use of the bruising protocol in emergency departments by March 2027.",
        "GP practices should flag children whose parent has an open safeguarding concern, reviewed every 3 months.",
    };
    return texts;
}

struct DemoReview {
    std::unique_ptr<model::Board> board;
    std::string ref;
};

/// The demo board (as of 23 November 2026) and its review of Child A, with two systemic findings,
/// one of good practice, four recommendations and two actions each.
inline DemoReview demo_review() {
    DemoReview out;
    out.board = model::Board::open(":memory:", model::PathwayLibrary::load_default());
    out.board->set_actor("tester");
    model::fill_demo_board(*out.board, d("2026-11-23"));
    for (const auto& r : out.board->list_reviews())
        if (r.child == "Child A") out.ref = r.ref;
    REQUIRE(!out.ref.empty());
    model::Learning& learning = out.board->learning();
    const auto f1 = learning.add_finding(out.ref, {model::FindingKind::Systemic, "", "Missed health contacts were not escalated: each agency saw one missed visit, nobody saw the pattern.", {}, d("2026-09-01")});
    const auto f2 = learning.add_finding(out.ref, {model::FindingKind::Systemic, "", "The bruising protocol was not followed in the emergency department.", {}, d("2026-09-01")});
    learning.add_finding(out.ref, {model::FindingKind::GoodPractice, "", "The health visitor's persistent follow-up was exemplary.", {}, d("2026-09-01")});
    const auto& texts = recommendation_texts();
    const std::vector<std::string> addressees = {"Health visiting service", "Children's social care", "Safeguarding partnership", "Integrated care board"};
    for (std::size_t i = 0; i < texts.size(); ++i) {
        const auto saved = learning.add_recommendation(out.ref, {texts[i], addressees[i], {i % 2 ? f2 : f1}, model::RecommendationType::Procedure, d("2026-10-01")});
        learning.add_action(saved.id, {addressees[i], "Head of service", "Action plan step " + std::to_string(i + 1) + "a", d("2027-01-31"), d("2026-10-15")});
        learning.add_action(saved.id, {addressees[i], "Named nurse", "Action plan step " + std::to_string(i + 1) + "b", d("2027-03-31"), d("2026-10-15")});
    }
    return out;
}

/// A temporary folder removed at the end of the test.
struct TempDir {
    std::filesystem::path path;
    explicit TempDir(const std::string& name)
        : path(std::filesystem::temp_directory_path() / ("casereview-" + name + "-" + std::to_string(::getpid()))) {
        std::filesystem::remove_all(path);
        std::filesystem::create_directories(path);
    }
    ~TempDir() {
        std::error_code ec;
        std::filesystem::remove_all(path, ec);
    }
    std::string file(const std::string& name) const { return (path / name).string(); }
};

inline void write_text(const std::string& path, const std::string& text) {
    std::filesystem::create_directories(std::filesystem::path(path).parent_path());
    std::ofstream(path, std::ios::binary) << text;
}

inline std::string read_text(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

/// One member of a rendered DOCX/ODT package, read back with the model's own (capped) ZIP reader.
inline std::string member(const std::string& package_bytes, const std::string& name) {
    const std::string path = (std::filesystem::temp_directory_path() / ("casereview-pkg-" + std::to_string(::getpid()) + ".zip")).string();
    write_text(path, package_bytes);
    auto zip = model::sources::ZipArchive::open(path, model::ReadLimits{});
    std::string text = zip.has(name) ? zip.read(name, 256u << 20) : std::string();
    std::filesystem::remove(path);
    return text;
}

inline std::size_t count(const std::string& text, const std::string& what) {
    std::size_t n = 0;
    for (std::size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + what.size())) ++n;
    return n;
}

inline model::RenderedReport render(const model::Board& board, const std::string& ref, const std::string& name,
                                    model::ReportFormat format, bool publish = false) {
    model::ReportOptions options;
    options.template_name = name;
    options.format = format;
    options.publish = publish;
    options.as_of = d("2026-11-23");
    return model::render_report(board, ref, options);
}

}  // namespace report_testing
