// SPDX-License-Identifier: MIT
// Publishing: every text of the report goes through the redactor, so the people of the review appear
// only by pseudonym, in every format and every part (chronology, findings, recommendations, titles).
// When the redactor is unsure, nothing is produced and the message says which text and where.
#include "model/core/error.h"
#include "report_fixture.h"

#include <algorithm>
#include <cctype>

using namespace report_testing;
using model::ReportFormat;

namespace {

std::string lower(std::string s) {
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return char(std::tolower(c)); });
    return s;
}

struct NamedReview {
    std::unique_ptr<model::Board> board;
    std::string ref;
};

/// A review whose records name the family in several forms: full name, first name, surname in
/// capitals, possessive.
NamedReview named_review(const TempDir& dir, const std::string& extra_finding = {}) {
    NamedReview out;
    out.board = model::Board::open(":memory:", model::PathwayLibrary::load_default());
    out.board->set_actor("tester");
    out.ref = out.board->add_review({"cspr-england", "Injuries to Tyler Hughes, aged 2", d("2026-01-05"), "Child T"});
    out.board->add_person(out.ref, {"Tyler Hughes", "Child T", "child"});
    out.board->add_person(out.ref, {"Kayleigh Brennan", "Mother", "parent"});
    out.board->add_person(out.ref, {"Dwayne Pettigrew", "Mother's partner", "family-member"});
    const std::string csv = dir.file("police.csv");
    write_text(csv, "Date,Event\n"
                    "12/10/2025,Officers attended; Kayleigh said Tyler had fallen from the sofa\n"
                    "14/10/2025,PETTIGREW arrested after a disturbance at Kayleigh Brennan's flat\n"
                    "20/11/2025,Dwayne's car seen outside the nursery where HUGHES is enrolled\n");
    model::ImportOptions options;
    options.agency = "Police";
    out.board->chronology().import_file(out.ref, csv, options);
    model::Learning& learning = out.board->learning();
    const auto f = learning.add_finding(out.ref, {model::FindingKind::Systemic, "", "Nobody asked about Mr Pettigrew's role in Tyler's care; brennan family history was not checked." + extra_finding, {}, d("2026-06-01")});
    const auto r = learning.add_recommendation(out.ref, {"Health visitors should ask who else cares for a child such as Tyler, and record the answer within 10 working days.", "Health visiting service", {f}, model::RecommendationType::Procedure, d("2026-07-01")});
    learning.add_action(r.id, {"Health visiting service", "Named nurse", "Update the family assessment form", d("2026-12-31"), d("2026-07-15")});
    return out;
}

/// Every text a reader could see in a rendered report.
std::string visible(const model::RenderedReport& report) {
    switch (report.format) {
    case ReportFormat::Docx:
        return member(report.bytes, "word/document.xml") + member(report.bytes, "word/footer1.xml") + member(report.bytes, "docProps/core.xml");
    case ReportFormat::Odt:
        return member(report.bytes, "content.xml") + member(report.bytes, "styles.xml") + member(report.bytes, "meta.xml");
    default:
        return report.bytes;
    }
}

}  // namespace

TEST_CASE("A draft shows the names but the published report shows only pseudonyms, in every format", "[report][publish]") {
    TempDir dir("report-publish");
    const NamedReview review = named_review(dir);

    const auto draft = render(*review.board, review.ref, "final-report", ReportFormat::Xml);
    CHECK(draft.bytes.find("Kayleigh Brennan") != std::string::npos);  // the people table of a draft
    CHECK(draft.redaction.replacements.empty());

    for (ReportFormat format : {ReportFormat::Html, ReportFormat::Docx, ReportFormat::Odt, ReportFormat::Xml}) {
        INFO(model::format_id(format));
        const auto published = render(*review.board, review.ref, "final-report", format, true);
        const std::string text = lower(visible(published));
        for (const char* name : {"tyler", "hughes", "kayleigh", "brennan", "dwayne", "pettigrew"}) {
            INFO(name);
            CHECK(text.find(name) == std::string::npos);
        }
        CHECK(text.find("mother") != std::string::npos);
        CHECK(text.find("child t") != std::string::npos);
        CHECK_FALSE(published.redaction.replacements.empty());
    }
}

TEST_CASE("Publication is refused, and nothing written, when the redactor cannot be sure", "[report][publish]") {
    TempDir dir("report-refuse");
    // "Brenan": a misspelt surname a reader would still recognise.
    const NamedReview review = named_review(dir, " Mrs Brenan was not seen alone.");
    model::ReportOptions options;
    options.template_name = "final-report";
    options.format = ReportFormat::Docx;
    options.publish = true;
    const std::string path = dir.file("published.docx");
    try {
        model::write_report(*review.board, review.ref, options, path);
        FAIL("publication was not refused");
    } catch (const model::Error& e) {
        CHECK(e.kind() == model::ErrorKind::BadInput);
        CHECK_THAT(e.what(), Catch::Contains("cannot publish") && Catch::Contains("Brenan") && Catch::Contains("finding"));
    }
    CHECK_FALSE(std::filesystem::exists(path));
    // The draft of the same review is fine.
    options.publish = false;
    CHECK_NOTHROW(model::write_report(*review.board, review.ref, options, path));
}

TEST_CASE("check_publication lists what would be replaced and every problem, once each, without refusing", "[report][publish]") {
    TempDir dir("report-check");
    const NamedReview review = named_review(dir, " Mrs Brenan was not seen alone.");
    model::ReportOptions options;
    options.template_name = "final-report";
    options.format = ReportFormat::Docx;
    const auto checked = model::check_publication(*review.board, review.ref, options);
    CHECK(checked.bytes.empty());
    REQUIRE(checked.redaction.problems.size() == 1);
    CHECK(checked.redaction.problems[0].where.find("finding") != std::string::npos);
    CHECK(checked.redaction.problems[0].excerpt.find("Brenan") != std::string::npos);
    bool mother = false;
    for (const auto& r : checked.redaction.replacements) mother = mother || r.pseudonym.rfind("Mother", 0) == 0;
    CHECK(mother);
}
