// SPDX-License-Identifier: MIT
// Pathway definitions: the ten shipped pathways load and say what the guidance says; a bad file is
// refused with `file:line: …` naming the offending value; untrusted XML (XXE, billion laughs, huge
// files) is refused before it can do harm.
#include "model/core/error.h"
#include "model/pathway/pathway_library.h"
#include "model/pathway/safe_xml.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <functional>
#include <random>

namespace fs = std::filesystem;
using model::ClockAnchor;
using model::DurationUnit;
using model::ErrorKind;
using model::PathwayLibrary;

namespace {

const std::string kShippedDir = CASEREVIEW_SOURCE_DIR "/templates/pathways";
const std::string kSchema = CASEREVIEW_SOURCE_DIR "/schema/pathway.xsd";

/// A private scratch folder under the system temp directory, removed afterwards.
class TempDir {
public:
    TempDir() {
        std::random_device rd;
        m_path = fs::temp_directory_path() / ("pathway_test_" + std::to_string(rd()) + std::to_string(rd()));
        fs::create_directories(m_path);
    }
    ~TempDir() {
        std::error_code ec;
        fs::remove_all(m_path, ec);
    }
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;

    std::string write(const std::string& name, const std::string& content) const {
        const fs::path p = m_path / name;
        std::ofstream(p, std::ios::binary) << content;
        return p.string();
    }
    std::string path() const { return m_path.string(); }

private:
    fs::path m_path;
};

struct Failure {
    bool thrown = false;
    ErrorKind kind = ErrorKind::Internal;
    std::string message;
};

Failure failure_of(const std::function<void()>& action) {
    Failure out;
    try {
        action();
    } catch (const model::Error& e) {
        out.thrown = true;
        out.kind = e.kind();
        out.message = e.what();
    }
    return out;
}

Failure load_failure(const std::string& file) {
    return failure_of([&] { PathwayLibrary::load_file(file, kSchema); });
}

/// A small valid definition; the line numbers in the comments are those of the document.
const std::string kValid = R"(<?xml version="1.0" encoding="UTF-8"?>
<pathway id="test-pathway" version="1">
  <name>Test pathway</name>
  <stages>
    <stage id="a" name="Stage A"/>
    <stage id="b" name="Stage B" optional="true"/>
    <stage id="c" name="Stage C" requires-note="1"/>
  </stages>
  <clocks>
    <clock id="b" name="Clock B" pausable="true" owner="lead-reviewer">
      <start review-date="aware"/>
      <duration amount="5" unit="working-days"/>
      <origin>test</origin>
    </clock>
  </clocks>
</pathway>
)";

/// kValid with the clock (lines 10-14) replaced by `clock` (which starts on line 10).
std::string with_clock(const std::string& clock) {
    const auto begin = kValid.find("    <clock id=\"b\"");
    const auto end = kValid.find("  </clocks>");
    return kValid.substr(0, begin) + clock + kValid.substr(end);
}

}  // namespace

TEST_CASE("the ten shipped pathways load and validate", "[pathway]") {
    const PathwayLibrary library = PathwayLibrary::load_directory(kShippedDir, kSchema);
    std::vector<std::string> ids;
    for (const auto& p : library.all()) ids.push_back(p.id);
    std::sort(ids.begin(), ids.end());
    CHECK(ids == std::vector<std::string>{"case-audit", "cpr-wales-concise", "cpr-wales-extended", "cspr-england",
                                          "dhr", "good-practice", "near-miss", "rapid-inquiry-lli", "sar",
                                          "scr-england"});

    for (const auto& p : library.all()) {
        INFO(p.id);
        CHECK(!p.name.empty());
        CHECK(!p.description.empty());
        CHECK(p.source_file.find(p.id + ".xml") != std::string::npos);
        CHECK(p.stages.size() >= 4);
        for (const auto& clock : p.clocks) {
            INFO(clock.id);
            CHECK(p.find_stage(clock.end_stage) != nullptr);
            if (clock.start.kind == ClockAnchor::Kind::Stage)
                CHECK(p.stage_index(clock.start.id) < p.stage_index(clock.end_stage));
            else
                CHECK((clock.start.id == "aware" || clock.start.id == "planned-publication"));
            CHECK(clock.duration.amount > 0);
            CHECK(!clock.origin.empty());
            CHECK(clock.origin.find('\n') == std::string::npos);  // whitespace collapsed
        }
    }
    CHECK(library.get("sar").jurisdiction == "England");
    CHECK(library.find("no-such") == nullptr);
}

TEST_CASE("cspr-england has the stages and clocks of the CLI contract", "[pathway]") {
    const PathwayLibrary library = PathwayLibrary::load_directory(kShippedDir, kSchema);
    const model::Pathway& p = library.get("cspr-england");
    CHECK(p.name == "Child Safeguarding Practice Review (England)");
    CHECK(p.jurisdiction == "England");

    std::vector<std::string> stage_ids;
    for (const auto& s : p.stages) stage_ids.push_back(s.id);
    CHECK(stage_ids == std::vector<std::string>{
                           "notification", "rapid-review", "decision", "terms-of-reference", "appointment",
                           "chronology", "practitioner-involvement", "family-involvement", "analysis",
                           "recommendations", "report", "board-response", "publication-notice", "publication",
                           "action-plan", "implementation", "impact-review", "closure"});
    REQUIRE(p.find_stage("decision"));
    CHECK(p.find_stage("decision")->requires_note);
    CHECK_FALSE(p.find_stage("notification")->requires_note);
    CHECK(p.find_stage("practitioner-involvement")->optional);
    CHECK(p.find_stage("family-involvement")->optional);
    CHECK_FALSE(p.find_stage("analysis")->optional);
    CHECK(p.find_stage("publication-notice")->name ==
          "Final report sent to the national panel and Secretary of State");
    CHECK(p.stage_index("notification") == 0);
    CHECK(p.stage_index("closure") == 17);
    CHECK(p.stage_index("nope") == -1);
    CHECK(p.find_stage("nope") == nullptr);

    REQUIRE(p.clocks.size() == 4);
    CHECK(p.clocks[0].id == "notification");
    CHECK(p.clocks[1].id == "rapid-review");
    CHECK(p.clocks[2].id == "final-report");
    CHECK(p.clocks[3].id == "publication-notice");
    CHECK(p.find_clock("nope") == nullptr);

    const model::ClockDef* c = p.find_clock("notification");
    REQUIRE(c);
    CHECK(c->start.kind == ClockAnchor::Kind::ReviewDate);
    CHECK(c->start.id == "aware");
    CHECK(c->duration.amount == 5);
    CHECK(c->duration.unit == DurationUnit::WorkingDays);
    CHECK_FALSE(c->before);
    CHECK(c->end_stage == "notification");
    CHECK_FALSE(c->pausable);
    CHECK(c->amber.amount == 2);
    CHECK(c->amber.unit == DurationUnit::WorkingDays);
    CHECK(c->owner_role == "business-manager");
    CHECK(c->origin.find("Working Together") != std::string::npos);
    CHECK(c->origin.find("not in the source documents") != std::string::npos);

    c = p.find_clock("rapid-review");
    REQUIRE(c);
    CHECK(c->start.kind == ClockAnchor::Kind::ReviewDate);
    CHECK(c->start.id == "aware");
    CHECK(c->duration.amount == 15);
    CHECK(c->duration.unit == DurationUnit::WorkingDays);
    CHECK(c->end_stage == "rapid-review");
    CHECK_FALSE(c->pausable);

    c = p.find_clock("final-report");
    REQUIRE(c);
    CHECK(c->start.kind == ClockAnchor::Kind::Stage);
    CHECK(c->start.id == "decision");
    CHECK(c->duration.amount == 6);
    CHECK(c->duration.unit == DurationUnit::Months);
    CHECK_FALSE(c->before);
    CHECK(c->end_stage == "report");
    CHECK(c->pausable);
    CHECK(c->origin.find("Working Together") != std::string::npos);

    c = p.find_clock("publication-notice");
    REQUIRE(c);
    CHECK(c->start.kind == ClockAnchor::Kind::ReviewDate);
    CHECK(c->start.id == "planned-publication");
    CHECK(c->duration.amount == 7);
    CHECK(c->duration.unit == DurationUnit::WorkingDays);
    CHECK(c->before);
    CHECK(c->end_stage == "publication-notice");
    CHECK_FALSE(c->pausable);
}

TEST_CASE("scr-england and rapid-inquiry-lli carry the figures of the sources", "[pathway]") {
    const PathwayLibrary library = PathwayLibrary::load_directory(kShippedDir, kSchema);

    const model::Pathway& scr = library.get("scr-england");
    const model::ClockDef* publication = scr.find_clock("publication");
    REQUIRE(publication);
    CHECK(publication->start.kind == ClockAnchor::Kind::Stage);
    CHECK(publication->start.id == "decision");
    CHECK(publication->duration.amount == 12);
    CHECK(publication->duration.unit == DurationUnit::Months);
    CHECK(publication->end_stage == "publication");
    CHECK(publication->pausable);
    CHECK(publication->origin.find("published within 12 months of being initiated") != std::string::npos);
    const model::ClockDef* completion = scr.find_clock("completion");
    REQUIRE(completion);
    CHECK(completion->duration.amount == 6);
    CHECK(completion->end_stage == "report");
    REQUIRE(scr.find_clock("notification"));
    CHECK(scr.find_clock("notification")->duration.amount == 5);

    const model::Pathway& lli = library.get("rapid-inquiry-lli");
    CHECK(lli.find_stage("decision")->requires_note);
    CHECK(lli.find_stage("nsci-referral")->optional);
    CHECK(lli.stage_index("sent-to-national-body") < lli.stage_index("publication"));
    const model::ClockDef* clock = lli.find_clock("lli");
    REQUIRE(clock);
    CHECK(clock->start.id == "decision");
    CHECK(clock->duration.amount == 3);
    CHECK(clock->duration.unit == DurationUnit::Months);
    CHECK(clock->end_stage == "report");
    CHECK(clock->pausable);
    CHECK(clock->origin.find("preferably no more than three months") != std::string::npos);
    CHECK(clock->origin.find("exceptional reasons") != std::string::npos);
}

TEST_CASE("an unknown pathway id is NotFound and lists the known ones", "[pathway]") {
    const PathwayLibrary library = PathwayLibrary::load_directory(kShippedDir, kSchema);
    const Failure f = failure_of([&] { library.get("cspr-scotland"); });
    REQUIRE(f.thrown);
    CHECK(f.kind == ErrorKind::NotFound);
    CHECK(f.message.find("'cspr-scotland'") != std::string::npos);
    CHECK(f.message.find("cspr-england") != std::string::npos);
}

TEST_CASE("a small definition loads with defaults applied", "[pathway]") {
    TempDir dir;
    const model::Pathway p = PathwayLibrary::load_file(dir.write("ok.xml", kValid), kSchema);
    CHECK(p.id == "test-pathway");
    CHECK(p.jurisdiction.empty());
    REQUIRE(p.stages.size() == 3);
    CHECK(p.stages[1].optional);
    CHECK(p.stages[2].requires_note);  // xs:boolean "1"
    REQUIRE(p.clocks.size() == 1);
    CHECK(p.clocks[0].end_stage == "b");  // defaults to the clock's own id
    CHECK(p.clocks[0].amber.amount == 0);  // no <amber>: never amber
    CHECK(p.clocks[0].pausable);
    CHECK(p.clocks[0].owner_role == "lead-reviewer");
}

TEST_CASE("malformed XML is refused with the file and line", "[pathway]") {
    TempDir dir;
    std::string text = kValid;
    text.replace(text.find("<stage id=\"b\" name=\"Stage B\" optional=\"true\"/>"),
                 std::string("<stage id=\"b\" name=\"Stage B\" optional=\"true\"/>").size(),
                 "<stage id=\"b\" name=\"Stage B\">");  // unclosed on line 6
    const std::string file = dir.write("broken.xml", text);
    const Failure f = load_failure(file);
    REQUIRE(f.thrown);
    CHECK(f.kind == ErrorKind::BadInput);
    CHECK(f.message.rfind(file + ":", 0) == 0);
    CHECK(f.message.find("broken.xml:8:") != std::string::npos);  // where the mismatch is seen
    CHECK(f.message.find('\n') == std::string::npos);

    const Failure empty = load_failure(dir.write("empty.xml", ""));
    REQUIRE(empty.thrown);
    CHECK(empty.message.find("empty.xml") != std::string::npos);

    const Failure undefined_entity = load_failure(dir.write("entity.xml", with_clock(R"(    <clock id="b" name="&e;">
      <start review-date="aware"/>
      <duration amount="5" unit="working-days"/>
      <origin>test</origin>
    </clock>
)")));
    REQUIRE(undefined_entity.thrown);
    CHECK(undefined_entity.message.find("entity.xml:10:") != std::string::npos);
}

TEST_CASE("schema-invalid definitions are refused with the file and line", "[pathway]") {
    TempDir dir;

    SECTION("unknown unit") {
        std::string text = kValid;
        text.replace(text.find("working-days"), std::string("working-days").size(), "fortnights");
        const Failure f = load_failure(dir.write("unit.xml", text));
        REQUIRE(f.thrown);
        CHECK(f.kind == ErrorKind::BadInput);
        CHECK(f.message.find("unit.xml:12:") != std::string::npos);
        CHECK(f.message.find("fortnights") != std::string::npos);
    }
    SECTION("stage without an id") {
        std::string text = kValid;
        text.replace(text.find("<stage id=\"c\""), std::string("<stage id=\"c\"").size(), "<stage");
        const Failure f = load_failure(dir.write("noid.xml", text));
        REQUIRE(f.thrown);
        CHECK(f.message.find("noid.xml:7:") != std::string::npos);
        CHECK(f.message.find("'id'") != std::string::npos);
    }
    SECTION("pathway without an id") {
        std::string text = kValid;
        text.replace(text.find("id=\"test-pathway\" "), std::string("id=\"test-pathway\" ").size(), "");
        const Failure f = load_failure(dir.write("nopathwayid.xml", text));
        REQUIRE(f.thrown);
        CHECK(f.message.find("nopathwayid.xml:2:") != std::string::npos);
    }
    SECTION("id that is not a lowercase-hyphen token") {
        std::string text = kValid;
        text.replace(text.find("id=\"a\""), std::string("id=\"a\"").size(), "id=\"Stage A\"");
        const Failure f = load_failure(dir.write("badid.xml", text));
        REQUIRE(f.thrown);
        CHECK(f.message.find("badid.xml:5:") != std::string::npos);
    }
    SECTION("zero amount") {
        std::string text = kValid;
        text.replace(text.find("amount=\"5\""), std::string("amount=\"5\"").size(), "amount=\"0\"");
        const Failure f = load_failure(dir.write("zero.xml", text));
        REQUIRE(f.thrown);
        CHECK(f.message.find("zero.xml:12:") != std::string::npos);
    }
    SECTION("unknown review date") {
        std::string text = kValid;
        text.replace(text.find("\"aware\""), std::string("\"aware\"").size(), "\"incident\"");
        const Failure f = load_failure(dir.write("anchor.xml", text));
        REQUIRE(f.thrown);
        CHECK(f.message.find("anchor.xml:11:") != std::string::npos);
        CHECK(f.message.find("incident") != std::string::npos);
    }
    SECTION("missing origin") {
        std::string text = kValid;
        text.replace(text.find("      <origin>test</origin>\n"), std::string("      <origin>test</origin>\n").size(), "");
        const Failure f = load_failure(dir.write("origin.xml", text));
        REQUIRE(f.thrown);
        CHECK(f.message.find("origin.xml:") != std::string::npos);
        CHECK(f.message.find("origin") != std::string::npos);
    }
}

TEST_CASE("a clock naming an unknown stage is refused at the clock's line", "[pathway]") {
    TempDir dir;

    SECTION("end stage") {
        const std::string file = dir.write("end.xml", with_clock(R"(    <clock id="b" name="Clock B">
      <start review-date="aware"/>
      <duration amount="5" unit="working-days"/>
      <end stage="reprot"/>
      <origin>test</origin>
    </clock>
)"));
        const Failure f = load_failure(file);
        REQUIRE(f.thrown);
        CHECK(f.kind == ErrorKind::BadInput);
        CHECK(f.message.find("end.xml:10:") != std::string::npos);
        CHECK(f.message.find("'reprot'") != std::string::npos);
        CHECK(f.message.find("'b'") != std::string::npos);
    }
    SECTION("start stage") {
        const Failure f = load_failure(dir.write("start.xml", with_clock(R"(    <clock id="b" name="Clock B">
      <start stage="decsion"/>
      <duration amount="5" unit="working-days"/>
      <origin>test</origin>
    </clock>
)")));
        REQUIRE(f.thrown);
        CHECK(f.message.find("start.xml:10:") != std::string::npos);
        CHECK(f.message.find("'decsion'") != std::string::npos);
    }
    SECTION("implicit end stage (the clock's own id)") {
        const Failure f = load_failure(dir.write("implicit.xml", with_clock(R"(    <clock id="report" name="Report">
      <start review-date="aware"/>
      <duration amount="5" unit="working-days"/>
      <origin>test</origin>
    </clock>
)")));
        REQUIRE(f.thrown);
        CHECK(f.message.find("implicit.xml:10:") != std::string::npos);
        CHECK(f.message.find("'report'") != std::string::npos);
    }
}

TEST_CASE("clock rules the schema cannot express", "[pathway]") {
    TempDir dir;

    SECTION("start needs exactly one anchor") {
        const Failure f = load_failure(dir.write("two.xml", with_clock(R"(    <clock id="b" name="Clock B">
      <start review-date="aware" stage="a"/>
      <duration amount="5" unit="working-days"/>
      <origin>test</origin>
    </clock>
)")));
        REQUIRE(f.thrown);
        CHECK(f.message.find("two.xml:10:") != std::string::npos);
        const Failure none = load_failure(dir.write("none.xml", with_clock(R"(    <clock id="b" name="Clock B">
      <start/>
      <duration amount="5" unit="working-days"/>
      <origin>test</origin>
    </clock>
)")));
        REQUIRE(none.thrown);
        CHECK(none.message.find("none.xml:10:") != std::string::npos);
    }
    SECTION("a clock due before its start counts back from a planned date") {
        const Failure f = load_failure(dir.write("before.xml", with_clock(R"(    <clock id="b" name="Clock B">
      <start stage="a"/>
      <duration amount="5" unit="working-days" direction="before"/>
      <origin>test</origin>
    </clock>
)")));
        REQUIRE(f.thrown);
        CHECK(f.message.find("before.xml:10:") != std::string::npos);
        CHECK(f.message.find("planned-publication") != std::string::npos);
    }
    SECTION("a clock starting at a stage ends at a later stage") {
        const Failure f = load_failure(dir.write("order.xml", with_clock(R"(    <clock id="b" name="Clock B">
      <start stage="c"/>
      <duration amount="5" unit="working-days"/>
      <origin>test</origin>
    </clock>
)")));
        REQUIRE(f.thrown);
        CHECK(f.message.find("order.xml:10:") != std::string::npos);
        CHECK(f.message.find("'c'") != std::string::npos);
    }
    SECTION("amber shorter than the clock") {
        const Failure f = load_failure(dir.write("amber.xml", with_clock(R"(    <clock id="b" name="Clock B">
      <start review-date="aware"/>
      <duration amount="5" unit="working-days"/>
      <amber amount="5" unit="working-days"/>
      <origin>test</origin>
    </clock>
)")));
        REQUIRE(f.thrown);
        CHECK(f.message.find("amber.xml:13:") != std::string::npos);
    }
}

TEST_CASE("duplicate ids are refused", "[pathway]") {
    TempDir dir;

    SECTION("stage ids") {
        std::string text = kValid;
        text.replace(text.find("id=\"c\""), std::string("id=\"c\"").size(), "id=\"a\"");
        const Failure f = load_failure(dir.write("dupstage.xml", text));
        REQUIRE(f.thrown);
        CHECK(f.message.find("dupstage.xml:7:") != std::string::npos);
        CHECK(f.message.find("'a'") != std::string::npos);
    }
    SECTION("clock ids") {
        const std::string clock = R"(    <clock id="b" name="Clock B">
      <start review-date="aware"/>
      <duration amount="5" unit="working-days"/>
      <origin>test</origin>
    </clock>
)";
        const Failure f = load_failure(dir.write("dupclock.xml", with_clock(clock + clock)));
        REQUIRE(f.thrown);
        CHECK(f.message.find("dupclock.xml:15:") != std::string::npos);
        CHECK(f.message.find("'b'") != std::string::npos);
    }
    SECTION("pathway ids across files") {
        dir.write("a.xml", kValid);
        const std::string second = dir.write("b.xml", kValid);
        const Failure f = failure_of([&] { PathwayLibrary::load_directory(dir.path(), kSchema); });
        REQUIRE(f.thrown);
        CHECK(f.kind == ErrorKind::BadInput);
        CHECK(f.message.find(second + ":2:") != std::string::npos);
        CHECK(f.message.find("'test-pathway'") != std::string::npos);
        CHECK(f.message.find("a.xml") != std::string::npos);
    }
}

TEST_CASE("an external entity (XXE) is refused and never read", "[pathway][security]") {
    TempDir dir;
    const std::string secret = dir.write("secret.txt", "TOP-SECRET-CONTENT-7f3a");
    std::string text = kValid;
    text.insert(text.find("<pathway"), "<!DOCTYPE pathway [<!ENTITY e SYSTEM \"file://" + secret + "\">]>\n");
    text.replace(text.find("Stage A"), std::string("Stage A").size(), "&e;");
    const std::string file = dir.write("xxe.xml", text);

    const Failure f = load_failure(file);
    REQUIRE(f.thrown);
    CHECK(f.kind == ErrorKind::BadInput);
    CHECK(f.message.find("xxe.xml:2:") != std::string::npos);
    CHECK(f.message.find("DOCTYPE is not allowed") != std::string::npos);
    CHECK(f.message.find("TOP-SECRET") == std::string::npos);

    // The same with /etc/hostname, as an attacker would write it, and without a schema: the parser
    // itself refuses, not the validation.
    std::string hostname_text = kValid;
    hostname_text.insert(hostname_text.find("<pathway"),
                         "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/hostname\">]>\n");
    hostname_text.replace(hostname_text.find("Stage A"), std::string("Stage A").size(), "&e;");
    const Failure raw = failure_of([&] { model::xml::parse_xml(hostname_text, "hostname.xml", nullptr); });
    REQUIRE(raw.thrown);
    CHECK(raw.message.find("hostname.xml:2: DOCTYPE is not allowed") != std::string::npos);
    std::ifstream host("/etc/hostname");
    std::string hostname;
    if (host && std::getline(host, hostname) && hostname.size() > 3)
        CHECK(raw.message.find(hostname) == std::string::npos);

    // A parameter entity and an external DTD are refused the same way.
    const Failure external_dtd = failure_of([&] {
        model::xml::parse_xml("<?xml version=\"1.0\"?>\n<!DOCTYPE pathway SYSTEM \"file://" + secret + "\">\n<pathway/>",
                              "dtd.xml", nullptr);
    });
    REQUIRE(external_dtd.thrown);
    CHECK(external_dtd.message.find("dtd.xml:2: DOCTYPE is not allowed") != std::string::npos);
}

TEST_CASE("a billion-laughs document is refused quickly", "[pathway][security]") {
    TempDir dir;
    std::string text = "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n  <!ENTITY lol \"lol\">\n";
    std::string previous = "lol";
    for (int i = 1; i <= 9; ++i) {
        const std::string name = "lol" + std::to_string(i);
        text += "  <!ENTITY " + name + " \"";
        for (int j = 0; j < 10; ++j) text += "&" + previous + ";";
        text += "\">\n";
        previous = name;
    }
    text += "]>\n<pathway id=\"lol\" version=\"1\"><name>&lol9;</name></pathway>\n";
    const std::string file = dir.write("lol.xml", text);

    const auto started = std::chrono::steady_clock::now();
    const Failure f = load_failure(file);
    const auto elapsed = std::chrono::steady_clock::now() - started;
    REQUIRE(f.thrown);
    CHECK(f.kind == ErrorKind::BadInput);
    CHECK(f.message.find("lol.xml:2: DOCTYPE is not allowed") != std::string::npos);
    CHECK(f.message.find("lollollol") == std::string::npos);
    CHECK(elapsed < std::chrono::seconds(5));
}

TEST_CASE("an oversize file is refused before parsing", "[pathway][security]") {
    TempDir dir;
    std::string text = kValid;
    // Valid XML all the way through, just too big: a 5 MiB comment.
    text.insert(text.find("<pathway"), "<!--" + std::string(5u * 1024u * 1024u, 'x') + "-->\n");
    const std::string file = dir.write("huge.xml", text);
    const Failure f = load_failure(file);
    REQUIRE(f.thrown);
    CHECK(f.kind == ErrorKind::BadInput);
    CHECK(f.message.find("huge.xml") != std::string::npos);
    CHECK(f.message.find("too large") != std::string::npos);

    // In memory too, and with a caller's own cap.
    model::xml::ParseOptions small;
    small.max_bytes = 100;
    const Failure mem = failure_of([&] { model::xml::parse_xml(kValid, "mem.xml", nullptr, small); });
    REQUIRE(mem.thrown);
    CHECK(mem.message.find("mem.xml: file is too large") != std::string::npos);
}

TEST_CASE("load_directory reports an invalid file among valid ones", "[pathway]") {
    TempDir dir;
    std::string first = kValid;
    first.replace(first.find("test-pathway"), std::string("test-pathway").size(), "first");
    std::string third = kValid;
    third.replace(third.find("test-pathway"), std::string("test-pathway").size(), "third");
    std::string second = kValid;
    second.replace(second.find("test-pathway"), std::string("test-pathway").size(), "second");
    second.replace(second.find("working-days"), std::string("working-days").size(), "fortnights");
    dir.write("a-first.xml", first);
    const std::string bad = dir.write("b-second.xml", second);
    dir.write("c-third.xml", third);
    dir.write("notes.txt", "not a definition");

    const Failure f = failure_of([&] { PathwayLibrary::load_directory(dir.path(), kSchema); });
    REQUIRE(f.thrown);
    CHECK(f.kind == ErrorKind::BadInput);
    CHECK(f.message.find(bad + ":12:") != std::string::npos);

    // Fixed, all three load in file-name order and the .txt is ignored.
    dir.write("b-second.xml", kValid);
    const PathwayLibrary library = PathwayLibrary::load_directory(dir.path(), kSchema);
    REQUIRE(library.all().size() == 3);
    CHECK(library.all()[0].id == "first");
    CHECK(library.all()[1].id == "test-pathway");
    CHECK(library.all()[2].id == "third");
}

TEST_CASE("load_directory refuses a missing or empty folder and a missing schema", "[pathway]") {
    TempDir dir;
    Failure f = failure_of([&] { PathwayLibrary::load_directory(dir.path(), kSchema); });
    REQUIRE(f.thrown);
    CHECK(f.message.find(dir.path()) != std::string::npos);

    f = failure_of([&] { PathwayLibrary::load_directory(dir.path() + "/missing", kSchema); });
    REQUIRE(f.thrown);
    CHECK(f.message.find("missing") != std::string::npos);

    dir.write("ok.xml", kValid);
    f = failure_of([&] { PathwayLibrary::load_directory(dir.path(), dir.path() + "/nope.xsd"); });
    REQUIRE(f.thrown);
    CHECK(f.message.find("nope.xsd") != std::string::npos);
}

TEST_CASE("load_default finds the shipped pathways", "[pathway]") {
    // CTest sets CASEREVIEW_DATA_DIR to the source tree; without it the source tree is the fallback.
    const PathwayLibrary library = PathwayLibrary::load_default();
    CHECK(library.find("cspr-england") != nullptr);
    CHECK(library.all().size() >= 10);
}

TEST_CASE("safe_xml keeps elements, text and lines, and reports big line numbers", "[pathway][xml]") {
    model::xml::ParseOptions mixed;
    mixed.drop_blank_text = false;
    const model::xml::XmlDocument doc = model::xml::parse_xml(
        "<?xml version=\"1.0\"?>\n<doc a=\"1\" b=\"x &amp; y\">\n  <p>Hello <b>bold</b> <i>it</i><![CDATA[ <raw>]]></p>\n"
        "  <!-- dropped -->\n  <p/>\n</doc>\n",
        "mem.xml", nullptr, mixed);
    CHECK(doc.path == "mem.xml");
    CHECK(doc.root.name == "doc");
    CHECK(doc.root.line == 2);
    CHECK(doc.root.attribute_or("b", "") == "x & y");
    CHECK(doc.root.attribute("c") == nullptr);
    REQUIRE(doc.root.elements("p").size() == 2);
    const model::xml::XmlNode& p = *doc.root.child("p");
    CHECK(p.line == 3);
    REQUIRE(p.children.size() == 5);  // "Hello ", <b>, " ", <i>, " <raw>"
    CHECK(p.children[0].text == "Hello ");
    CHECK(p.children[2].text == " ");
    CHECK(p.children[4].text == " <raw>");
    CHECK(p.own_text() == "Hello   <raw>");
    CHECK(p.child("b")->own_text() == "bold");

    // Past line 65535 (where libxml2's node line field saturates) the real line is reported.
    std::string big = "<?xml version=\"1.0\"?>\n<doc>\n";
    for (int i = 0; i < 70000; ++i) big += "<e/>\n";
    big += "<broken>\n</doc>\n";  // line 70003: mismatched end tag reported on 70004
    const Failure f = failure_of([&] { model::xml::parse_xml(big, "big.xml", nullptr); });
    REQUIRE(f.thrown);
    CHECK(f.message.find("big.xml:70004:") != std::string::npos);

    const model::xml::XmlSchema schema = model::xml::XmlSchema::load(kSchema);
    std::string valid_big = kValid;
    valid_big.insert(valid_big.find("  <stages>"), std::string(70000, '\n'));
    valid_big.replace(valid_big.find("working-days"), std::string("working-days").size(), "fortnights");
    const Failure v = failure_of([&] { model::xml::parse_xml(valid_big, "bigvalid.xml", &schema); });
    REQUIRE(v.thrown);
    INFO(v.message);
    CHECK(v.message.find("bigvalid.xml:70012:") != std::string::npos);
}
