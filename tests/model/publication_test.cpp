// SPDX-License-Identifier: MIT
// The publication log (a sane lifecycle, versions by fingerprint, the board response kept, every
// change audited, a refused command changes nothing) and redaction decisions over a whole review.
#include "model/core/error.h"
#include "model/register/board.h"
#include "model/reports/publications_file.h"
#include "test_pathways.h"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <functional>
#include <unistd.h>

using model::Date;
using model::NewPublicationEntry;

namespace {

Date d(const char* iso) { return Date::parse_iso(iso); }

struct Fixture {
    std::unique_ptr<model::Board> board = model::Board::open(":memory:", testing::mini_library());
    std::string ref;
    std::filesystem::path dir = std::filesystem::temp_directory_path() / ("publication_test_" + std::to_string(::getpid()));

    Fixture() {
        board->set_actor("chair");
        ref = board->add_review({"mini-cspr", "Bruising to a baby", d("2024-01-10")});
        board->add_person(ref, {"Jane Smith", "Mother", "parent"});
        board->add_person(ref, {"Tom Smith", "Child A", "child"});
        std::filesystem::create_directories(dir);
    }
    ~Fixture() { std::filesystem::remove_all(dir); }

    std::string file(const std::string& name, const std::string& content) {
        const auto p = dir / name;
        std::ofstream(p, std::ios::binary) << content;
        return p.string();
    }
    std::int64_t add(const std::string& status, const char* date, const std::string& version_file = {}) {
        NewPublicationEntry e;
        e.status = status;
        e.date = d(date);
        e.version_file = version_file;
        return board->publications().add(ref, e);
    }
};

model::ErrorKind kind_of(const std::function<void()>& f) {
    try {
        f();
    } catch (const model::Error& e) {
        return e.kind();
    }
    FAIL("no model::Error thrown");
    return model::ErrorKind::Internal;
}

std::string message_of(const std::function<void()>& f) {
    try {
        f();
    } catch (const model::Error& e) {
        return e.what();
    }
    return "no error";
}

}  // namespace

TEST_CASE("sha256 of known inputs", "[publication]") {
    CHECK(model::sha256_hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    CHECK(model::sha256_hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    CHECK(model::sha256_hex(std::string(1000, 'a')) ==
          "41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3");
}

TEST_CASE("the publication lifecycle: nothing is sent or published before a final report", "[publication]") {
    Fixture f;
    auto& p = f.board->publications();
    CHECK(kind_of([&] { f.add("sent-to-panel", "2025-01-01"); }) == model::ErrorKind::BadInput);
    CHECK(kind_of([&] { f.add("published-in-full", "2025-01-01"); }) == model::ErrorKind::BadInput);
    CHECK(message_of([&] { f.add("printed", "2025-01-01"); }).find("unknown status 'printed'") != std::string::npos);
    CHECK(kind_of([&] { f.add("draft", "2023-12-31"); }) == model::ErrorKind::BadInput);  // before aware
    CHECK(kind_of([&] { p.add("CSPR-1999-001", {"draft"}); }) == model::ErrorKind::NotFound);
    CHECK(p.log(f.ref).empty());

    f.add("draft", "2025-01-10", f.file("v1.html", "draft"));
    f.add("final", "2025-02-01", f.file("v2.docx", "final"));
    CHECK(message_of([&] { f.add("draft", "2025-02-02"); }).find("already has a final report") != std::string::npos);
    CHECK(message_of([&] { f.add("sent-to-panel", "2025-01-31"); }).find("before the last publication log entry") !=
          std::string::npos);
    NewPublicationEntry no_reason{"not-published", d("2025-02-05")};
    CHECK(message_of([&] { p.add(f.ref, no_reason); }).find("reasons are required") != std::string::npos);
    f.add("sent-to-panel", "2025-02-03");
    CHECK(p.status(f.ref) == "sent-to-panel");
    no_reason.reasons = "Publication would identify the child";
    p.add(f.ref, no_reason);
    CHECK(p.status(f.ref) == "not-published");
    CHECK(p.log(f.ref).back().reasons == "Publication would identify the child");
}

TEST_CASE("versions follow the document's fingerprint, the board response is kept", "[publication]") {
    Fixture f;
    auto& p = f.board->publications();
    f.add("draft", "2025-01-10", f.file("v1.html", "one"));
    f.add("draft", "2025-01-11", f.file("v1-again.html", "one"));  // same bytes: same version
    NewPublicationEntry final_entry{"final", d("2025-02-01")};
    final_entry.version_file = f.file("report.docx", "two");
    final_entry.board_response_file = f.file("response.txt", "We accept all recommendations.");
    final_entry.legal_advice = "Counsel advised no risk to the trial";
    const auto id = p.add(f.ref, final_entry);
    const auto log = p.log(f.ref);
    REQUIRE(log.size() == 3);
    CHECK(log[0].version == 1);
    CHECK(log[1].version == 1);
    CHECK(log[2].version == 2);
    CHECK(log[2].format == "docx");
    CHECK(log[2].sha256 == model::sha256_hex("two"));
    CHECK(log[2].recorded_by == "chair");
    CHECK(log[2].board_response_name == "response.txt");
    const auto bytes = p.board_response(id);
    CHECK(std::string(bytes.begin(), bytes.end()) == "We accept all recommendations.");
    CHECK(p.board_response(log[0].id).empty());
    CHECK(kind_of([&] { p.board_response(999); }) == model::ErrorKind::NotFound);
    CHECK(kind_of([&] { f.add("final", "2025-02-02", (f.dir / "missing.docx").string()); }) == model::ErrorKind::BadInput);
    CHECK(kind_of([&] { f.add("final", "2025-02-02", f.file("report.exe", "x")); }) == model::ErrorKind::BadInput);
}

TEST_CASE("status changes are audited, a refused command changes nothing and publishes nothing", "[publication]") {
    Fixture f;
    std::vector<model::BoardEvent> seen;
    auto subscription = f.board->events().subscribe([&](const model::BoardEvent& e) { seen.push_back(e); });
    f.add("draft", "2025-01-10");
    f.add("final", "2025-02-01");
    REQUIRE(seen.size() == 2);
    CHECK(seen.back().type == model::BoardEvent::Type::PublicationChanged);
    CHECK(seen.back().review_ref == f.ref);
    std::vector<std::string> changes;
    for (const auto& a : f.board->audit(f.ref))
        if (a.action == "publication.add" && a.field == "status") changes.push_back(a.old_value + ">" + a.new_value);
    CHECK(changes == std::vector<std::string>{">draft", "draft>final"});

    const auto audit_before = f.board->audit().size();
    CHECK(kind_of([&] { f.add("draft", "2025-02-02"); }) == model::ErrorKind::BadInput);
    CHECK(f.board->audit().size() == audit_before);
    CHECK(f.board->publications().log(f.ref).size() == 2);
    CHECK(seen.size() == 2);
}

TEST_CASE("published-redacted is refused while the review's redaction check finds problems", "[publication][redaction]") {
    Fixture f;
    auto& p = f.board->publications();
    const std::string csv = f.file("hv.csv",
                                   "Date,Practitioner,Event\n"
                                   "03/02/2024,HV 1,\"Home visit: Jane Smith's partner present; Tom asleep\"\n"
                                   "10/05/2024,HV 1,\"Smith did not attend\"\n");
    model::ImportOptions options;
    options.agency = "Health visiting";
    f.board->chronology().import_file(f.ref, csv, options);
    model::NewFinding finding;
    finding.text = "Nobody asked Tom's father about the bruise";
    f.board->learning().add_finding(f.ref, finding);

    auto check = p.check_redaction(f.ref);
    CHECK_FALSE(check.safe());
    REQUIRE(check.report.problems.size() == 1);  // "Smith": Mother or Child A?
    CHECK(check.report.problems[0].where.find("chronology ") == 0);
    bool finding_redacted = false;
    for (const auto& r : check.report.replacements)
        if (r.where.rfind("finding ", 0) == 0 && r.found == "Tom's" && r.pseudonym == "Child A's") finding_redacted = true;
    CHECK(finding_redacted);

    f.add("final", "2025-02-01");
    CHECK(message_of([&] { f.add("published-redacted", "2025-03-01"); }).find("refused") != std::string::npos);

    CHECK(kind_of([&] { p.decide_redaction(f.ref, {"Smith", " "}); }) == model::ErrorKind::BadInput);
    CHECK(kind_of([&] { p.decide_redaction(f.ref, {"--", "why"}); }) == model::ErrorKind::BadInput);
    CHECK(kind_of([&] { p.decide_redaction("CSPR-1999-001", {"Smith", "why"}); }) == model::ErrorKind::NotFound);
    p.decide_redaction(f.ref, {"SMITH", "Mother was invited; Tom is a baby", check.report.problems[0].where, "Mother"});
    check = p.check_redaction(f.ref);
    CHECK(check.safe());
    const auto decisions = p.redaction_decisions(f.ref);
    REQUIRE(decisions.size() == 1);
    CHECK(decisions[0].decided_by == "chair");
    f.add("published-redacted", "2025-03-01");
    CHECK(p.status(f.ref) == "published-redacted");
    int audited = 0;
    for (const auto& a : f.board->audit(f.ref)) audited += a.action == "redaction.decide";
    CHECK(audited == 4);
}
