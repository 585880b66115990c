// SPDX-License-Identifier: MIT
// Templates are files a board can copy and edit: its copy wins; a broken one is reported with file
// and line; an unknown name lists the names; hostile XML is refused before anything is rendered.
#include "model/core/error.h"
#include "report_fixture.h"
#include "test_support.h"

#include <cstdlib>
#include <optional>

using namespace report_testing;
using model::ReportFormat;

using testing::ScopedEnv;

namespace {


const std::string kSource = CASEREVIEW_SOURCE_DIR;

/// A data dir holding the shipped templates and schema plus `extra` files (name → text).
void data_dir(const TempDir& dir, const std::vector<std::pair<std::string, std::string>>& extra) {
    std::filesystem::create_directories(dir.path / "templates");
    std::filesystem::create_directories(dir.path / "schema");
    std::filesystem::copy(kSource + "/templates/reports", dir.path / "templates/reports",
                          std::filesystem::copy_options::recursive);
    std::filesystem::copy(kSource + "/schema/report-template.xsd", dir.path / "schema/report-template.xsd");
    for (const auto& [name, text] : extra) write_text(dir.file("templates/reports/" + name), text);
}

model::Error error_of(const std::function<void()>& f) {
    try {
        f();
    } catch (const model::Error& e) {
        return e;
    }
    FAIL("no model::Error thrown");
    return model::internal_error("");
}

}  // namespace

TEST_CASE("An unknown template is bad input that lists the templates there are", "[report]") {
    const DemoReview demo = demo_review();
    const auto e = error_of([&] { render(*demo.board, demo.ref, "final-reprot", ReportFormat::Html); });
    CHECK(e.kind() == model::ErrorKind::BadInput);
    CHECK_THAT(e.what(), Catch::Contains("unknown template 'final-reprot'") && Catch::Contains("final-report") &&
                             Catch::Contains("terms-of-reference"));
    CHECK(error_of([&] { render(*demo.board, "CSPR-1999-999", "final-report", ReportFormat::Html); }).kind() ==
          model::ErrorKind::NotFound);
}

TEST_CASE("A broken template is reported with its file and line", "[report]") {
    TempDir dir("report-broken");
    data_dir(dir, {{"broken.xml", "<?xml version=\"1.0\"?>\n<report title=\"Broken\">\n  <section title=\"One\">\n"
                                  "    <p>Fine</p>\n    <paragraph>not an element of the language</paragraph>\n"
                                  "  </section>\n</report>\n"},
                   {"not-closed.xml", "<report title=\"x\">\n<section title=\"a\">\n<p>open\n</section>\n</report>\n"},
                   {"bad-field.xml", "<report title=\"x\">\n<section title=\"a\">\n\n<p>Dear {review.nmae}</p>\n</section>\n</report>\n"}});
    const DemoReview demo = demo_review();  // pathways from the usual place; templates from `dir`
    ScopedEnv env;
    env.set("CASEREVIEW_DATA_DIR", dir.path.c_str());

    auto e = error_of([&] { render(*demo.board, demo.ref, "broken", ReportFormat::Html); });
    CHECK(e.kind() == model::ErrorKind::BadInput);
    CHECK_THAT(e.what(), Catch::Contains("broken.xml:5"));
    CHECK_THAT(error_of([&] { render(*demo.board, demo.ref, "not-closed", ReportFormat::Html); }).what(),
               Catch::Contains("not-closed.xml:4"));
    e = error_of([&] { render(*demo.board, demo.ref, "bad-field", ReportFormat::Docx); });
    CHECK_THAT(e.what(), Catch::Contains("bad-field.xml:4") && Catch::Contains("{review.nmae}"));

    // Still listed, so that a board sees its file; the title is empty until it is fixed.
    bool listed = false;
    for (const auto& t : model::list_report_templates())
        if (t.name == "broken") listed = t.title.empty();
    CHECK(listed);
}

TEST_CASE("Hostile template XML is refused: no DOCTYPE, no entities, no external files", "[report]") {
    TempDir dir("report-hostile");
    data_dir(dir, {{"xxe.xml", "<?xml version=\"1.0\"?>\n<!DOCTYPE report [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n"
                               "<report title=\"&x;\"><section title=\"a\"><p>&x;</p></section></report>\n"},
                   {"laughs.xml", "<?xml version=\"1.0\"?>\n<!DOCTYPE r [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]>\n"
                                  "<report title=\"&b;\"/>\n"}});
    const DemoReview demo = demo_review();  // pathways from the usual place; templates from `dir`
    ScopedEnv env;
    env.set("CASEREVIEW_DATA_DIR", dir.path.c_str());
    for (const char* name : {"xxe", "laughs"}) {
        INFO(name);
        const auto e = error_of([&] { render(*demo.board, demo.ref, name, ReportFormat::Xml); });
        CHECK(e.kind() == model::ErrorKind::BadInput);
        CHECK_THAT(e.what(), Catch::Contains(std::string(name) + ".xml:2"));
    }
}

TEST_CASE("A board's own copy of a template wins over the shipped one, and can keep the shipped logo", "[report]") {
    TempDir home("report-xdg");
    std::string text = read_text(kSource + "/templates/reports/learning-briefing.xml");
    const std::string from = "What went well";
    REQUIRE(text.find(from) != std::string::npos);
    text.replace(text.find(from), from.size(), "Practice we want to see more of");
    write_text((home.path / "casereview/templates/reports/learning-briefing.xml").string(), text);
    std::string final_report = read_text(kSource + "/templates/reports/final-report.xml");
    write_text((home.path / "casereview/templates/reports/final-report.xml").string(), final_report);

    const DemoReview demo = demo_review();
    ScopedEnv env;
    env.set("CASEREVIEW_DATA_DIR", nullptr);
    env.set("XDG_DATA_HOME", home.path.c_str());
    const auto briefing = render(*demo.board, demo.ref, "learning-briefing", ReportFormat::Html);
    CHECK(briefing.bytes.find("Practice we want to see more of") != std::string::npos);
    CHECK(briefing.bytes.find(from) == std::string::npos);
    for (const auto& t : model::list_report_templates())
        CHECK(t.overridden == (t.name == "learning-briefing" || t.name == "final-report"));
    // The copied final report names "board-logo.png", which the board did not copy: the shipped one is used.
    const auto report = render(*demo.board, demo.ref, "final-report", ReportFormat::Html);
    CHECK(report.bytes.find("data:image/png;base64,") != std::string::npos);
    for (const auto& w : report.warnings) CHECK(w.find("image") == std::string::npos);
}

TEST_CASE("write_report writes privately and atomically, and writes nothing when rendering fails", "[report]") {
    const DemoReview demo = demo_review();
    TempDir dir("report-write");
    model::ReportOptions options;
    options.template_name = "action-plan";
    options.format = ReportFormat::Docx;
    const std::string path = dir.file("plan.docx");
    model::write_report(*demo.board, demo.ref, options, path);
    const auto perms = std::filesystem::status(path).permissions();
    CHECK((perms & (std::filesystem::perms::group_all | std::filesystem::perms::others_all)) == std::filesystem::perms::none);
    const std::string before = read_text(path);
    CHECK(member(before, "word/document.xml").find("Action plan step 2b") != std::string::npos);

    options.template_name = "no-such-template";
    CHECK_THROWS(model::write_report(*demo.board, demo.ref, options, path));
    CHECK(read_text(path) == before);
    CHECK_THROWS(model::write_report(*demo.board, demo.ref, options, dir.file("new.docx")));
    CHECK_FALSE(std::filesystem::exists(dir.file("new.docx")));
}

TEST_CASE("A template cannot pull in an image from outside its folder", "[report]") {
    TempDir dir("report-image");
    data_dir(dir, {{"sneaky.xml", "<report title=\"x\">\n<cover logo=\"/etc/secret.png\"><title>T</title></cover>\n"
                                  "<section title=\"a\"><image src=\"../../private/photo.png\"/></section>\n</report>\n"},
                   {"missing.xml", "<report title=\"x\">\n<section title=\"a\">\n<image src=\"nowhere.png\"/></section>\n</report>\n"}});
    const DemoReview demo = demo_review();
    ScopedEnv env;
    env.set("CASEREVIEW_DATA_DIR", dir.path.c_str());
    const auto report = render(*demo.board, demo.ref, "sneaky", ReportFormat::Xml);
    REQUIRE(report.warnings.size() == 2);
    CHECK_THAT(report.warnings[0], Catch::Contains("sneaky.xml:2") && Catch::Contains("beside the template"));
    CHECK_THAT(report.warnings[1], Catch::Contains("sneaky.xml:3"));
    CHECK(report.bytes.find("<image") == std::string::npos);
    // A missing image is left out with a note; the report is still produced.
    const auto missing = render(*demo.board, demo.ref, "missing", ReportFormat::Docx);
    REQUIRE(missing.warnings.size() == 1);
    CHECK_THAT(missing.warnings[0], Catch::Contains("missing.xml:3") && Catch::Contains("nowhere.png"));
}
