// SPDX-License-Identifier: MIT
// Correcting a saved finding or recommendation: only the fields given change, each changed field is
// audited with its old and new value, a correction that changes nothing writes nothing, and a refused
// one leaves everything as it was. The corrected wording is what the lists, the report and the
// quality guard see afterwards.
#include "learning_fixture.h"
#include "test_support.h"

#include "model/reports/report.h"

#include <string>
#include <vector>

using namespace learning_testing;
using model::FindingKind;
using model::RecommendationType;

namespace {

const char* const kRef = "MINI-2024-001";
const char* const kOther = "MINI-2025-001";

/// Two chronology entries in each review, a finding and a recommendation of MINI-2024-001, and a
/// finding of MINI-2025-001.
struct Fixture {
    testing::TempDir dir;
    std::unique_ptr<model::Board> board = board_with_reviews();
    std::vector<std::int64_t> entries, other_entries;
    std::int64_t finding = 0, second_finding = 0, other_finding = 0, recommendation = 0;

    Fixture() {
        model::ImportOptions options;
        options.agency = "Police";
        board->chronology().import_file(kRef, dir.write("a.csv", "Date,Event\n03/02/2024,Call-out to the home\n"
                                                                 "10/03/2024,Second call-out\n"),
                                        options);
        board->chronology().import_file(kOther, dir.write("b.csv", "Date,Event\n04/04/2025,Referral received\n"), options);
        for (const auto& e : board->chronology().list(kRef)) entries.push_back(e.id);
        for (const auto& e : board->chronology().list(kOther)) other_entries.push_back(e.id);
        REQUIRE(entries.size() == 2);
        REQUIRE(other_entries.size() == 1);

        auto& l = board->learning();
        finding = l.add_finding(kRef, {FindingKind::Systemic, "information sharing",
                                       "The school never heard of the call-outs.", {entries[0]}, d("2024-06-01")});
        second_finding = l.add_finding(kRef, {FindingKind::Systemic, "", "Nobody asked who else lived there.", {},
                                              d("2024-06-01")});
        other_finding = l.add_finding(kOther, {FindingKind::Systemic, "neglect", "Neglect was not recognised.", {}});
        recommendation = l.add_recommendation(kRef, {"The police will notify the school of every call-out within 24 hours; "
                                                     "audited quarterly.",
                                                     "Police", {finding}, RecommendationType::Procedure, d("2024-07-01")})
                             .id;
    }

    std::vector<model::AuditEntry> rows(const std::string& action) const {
        std::vector<model::AuditEntry> out;
        for (const auto& e : board->audit(kRef))
            if (e.action == action) out.push_back(e);
        return out;
    }
};

/// Every stored field of a finding, to compare before and after.
std::string snapshot(const model::Finding& f) {
    std::string out = std::to_string(f.id) + "|" + f.review + "|" + std::to_string(f.number) + "|" + to_string(f.kind) +
                      "|" + f.theme + "|" + f.text + "|" + f.recorded.iso() + "|";
    for (auto id : f.evidence) out += std::to_string(id) + ",";
    return out;
}

std::string snapshot(const model::Recommendation& r) {
    std::string out = std::to_string(r.id) + "|" + r.review + "|" + std::to_string(r.number) + "|" + r.text + "|" +
                      r.addressee + "|" + to_string(r.type) + "|" + r.made.iso() + "|" + std::to_string(r.action_count) + "|";
    for (auto id : r.findings) out += std::to_string(id) + ",";
    return out;
}

std::string snapshot(const model::Board& b) {
    std::string out;
    for (const char* ref : {kRef, kOther}) {
        for (const auto& f : b.learning().findings(ref)) out += snapshot(f) + "\n";
        for (const auto& r : b.learning().recommendations(ref)) out += snapshot(r) + "\n";
    }
    return out + std::to_string(b.audit().size());
}

}  // namespace

TEST_CASE("Editing a finding changes only the fields given and audits each with its old value", "[learning][edit]") {
    Fixture f;
    auto& l = f.board->learning();
    const auto before = l.finding(f.finding);
    int events = 0;
    auto sub = f.board->events().subscribe([&](const model::BoardEvent& e) {
        if (e.type == model::BoardEvent::Type::LearningChanged && e.review_ref == kRef) ++events;
    });

    model::FindingChange change;
    change.text = "  The school never heard of the two call-outs.  ";
    l.update_finding(f.finding, change);
    auto after = l.finding(f.finding);
    CHECK(after.text == "The school never heard of the two call-outs.");  // trimmed, as when adding
    CHECK(after.kind == before.kind);
    CHECK(after.theme == "information sharing");
    CHECK(after.evidence == before.evidence);
    CHECK(after.number == 1);
    CHECK(after.recorded == d("2024-06-01"));
    CHECK(events == 1);

    auto rows = f.rows("finding.edit");
    REQUIRE(rows.size() == 1);
    CHECK(rows[0].field == "text");
    CHECK(rows[0].old_value == "The school never heard of the call-outs.");
    CHECK(rows[0].new_value == "The school never heard of the two call-outs.");
    CHECK(rows[0].entity == "finding");
    CHECK(rows[0].entity_id == std::to_string(f.finding));
    CHECK(rows[0].actor == "lead reviewer");

    // Kind, theme (by any spelling of a listed one) and evidence together: three rows, text untouched.
    change = {};
    change.kind = FindingKind::GoodPractice;
    change.theme = "The Child's Voice";
    change.evidence = std::vector<std::int64_t>{f.entries[1], f.entries[0], f.entries[1]};
    l.update_finding(f.finding, change);
    after = l.finding(f.finding);
    CHECK(after.kind == FindingKind::GoodPractice);
    CHECK(after.theme == "the child's voice");
    CHECK(after.evidence == std::vector<std::int64_t>{f.entries[0], f.entries[1]});
    CHECK(after.text == "The school never heard of the two call-outs.");
    rows = f.rows("finding.edit");
    REQUIRE(rows.size() == 4);
    CHECK(rows[1].field == "kind");
    CHECK(rows[1].old_value == "systemic");
    CHECK(rows[1].new_value == "good-practice");
    CHECK(rows[2].field == "theme");
    CHECK(rows[2].old_value == "information sharing");
    CHECK(rows[2].new_value == "the child's voice");
    CHECK(rows[3].field == "evidence");
    CHECK(rows[3].old_value == std::to_string(f.entries[0]));
    CHECK(rows[3].new_value == std::to_string(f.entries[0]) + "," + std::to_string(f.entries[1]));
    CHECK(events == 2);

    // An empty theme and an empty evidence list remove them.
    change = {};
    change.theme = "";
    change.evidence = std::vector<std::int64_t>{};
    l.update_finding(f.finding, change);
    after = l.finding(f.finding);
    CHECK(after.theme.empty());
    CHECK(after.evidence.empty());
    CHECK(f.rows("finding.edit").size() == 6);
    // The other finding was never touched.
    CHECK(l.finding(f.second_finding).text == "Nobody asked who else lived there.");
}

TEST_CASE("Editing a recommendation changes only the fields given and audits each with its old value", "[learning][edit]") {
    Fixture f;
    auto& l = f.board->learning();
    l.respond(f.recommendation, model::ResponseDecision::Accepted, "Accepted in full.", d("2024-08-01"));
    l.add_action(f.recommendation, {"Police", "DCI", "Notifications live", d("2024-12-31"), d("2024-07-15")});
    int events = 0;
    auto sub = f.board->events().subscribe([&](const model::BoardEvent& e) {
        if (e.type == model::BoardEvent::Type::LearningChanged && e.review_ref == kRef) ++events;
    });

    model::RecommendationChange change;
    change.addressee = " Police and schools ";
    change.findings = std::vector<std::int64_t>{f.second_finding, f.finding};
    l.update_recommendation(f.recommendation, change);
    auto r = l.recommendation(f.recommendation);
    CHECK(r.addressee == "Police and schools");
    CHECK(r.findings == std::vector<std::int64_t>{f.finding, f.second_finding});
    CHECK(r.text == "The police will notify the school of every call-out within 24 hours; audited quarterly.");
    CHECK(r.type == RecommendationType::Procedure);
    // What hangs off it stays: number, date, action, the board's response.
    CHECK(r.number == 1);
    CHECK(r.made == d("2024-07-01"));
    CHECK(r.action_count == 1);
    REQUIRE(r.response);
    CHECK(r.response->text == "Accepted in full.");
    CHECK(events == 1);

    auto rows = f.rows("recommendation.edit");
    REQUIRE(rows.size() == 2);
    CHECK(rows[0].field == "addressee");
    CHECK(rows[0].old_value == "Police");
    CHECK(rows[0].new_value == "Police and schools");
    CHECK(rows[1].field == "findings");
    CHECK(rows[1].old_value == std::to_string(f.finding));
    CHECK(rows[1].new_value == std::to_string(f.finding) + "," + std::to_string(f.second_finding));
    for (const auto& row : rows) {
        CHECK(row.entity == "recommendation");
        CHECK(row.entity_id == std::to_string(f.recommendation));
        CHECK(row.review_ref == kRef);
    }

    change = {};
    change.text = "The police will notify the school of every call-out within 48 hours; audited quarterly.";
    change.type = RecommendationType::Training;
    change.addressee = "Police and schools";  // the same: not audited
    l.update_recommendation(f.recommendation, change);
    rows = f.rows("recommendation.edit");
    REQUIRE(rows.size() == 4);
    CHECK(rows[2].field == "text");
    CHECK(rows[2].old_value == "The police will notify the school of every call-out within 24 hours; audited quarterly.");
    CHECK(rows[2].new_value == "The police will notify the school of every call-out within 48 hours; audited quarterly.");
    CHECK(rows[3].field == "type");
    CHECK(rows[3].old_value == "procedure");
    CHECK(rows[3].new_value == "training");
    CHECK(events == 2);

    // The review's list, its mix and the board-response report all read the corrected recommendation.
    const auto list = l.recommendations(kRef);
    REQUIRE(list.size() == 1);
    CHECK(list[0].text == "The police will notify the school of every call-out within 48 hours; audited quarterly.");
    CHECK(l.mix(kRef).training == 1);
    CHECK(l.mix(kRef).procedure == 0);
    model::ReportOptions options;
    options.template_name = "board-response";
    options.format = model::ReportFormat::Html;
    options.as_of = d("2024-12-01");
    const std::string html = model::render_report(*f.board, kRef, options).bytes;
    CHECK(html.find("within 48 hours") != std::string::npos);
    CHECK(html.find("within 24 hours") == std::string::npos);
}

TEST_CASE("A correction that changes nothing writes nothing and publishes nothing", "[learning][edit]") {
    Fixture f;
    auto& l = f.board->learning();
    const std::string before = snapshot(*f.board);
    int events = 0;
    auto sub = f.board->events().subscribe([&](const model::BoardEvent&) { ++events; });

    l.update_finding(f.finding, {});
    model::FindingChange same;
    same.kind = FindingKind::Systemic;
    same.theme = "Information sharing";  // another spelling of the same theme
    same.text = "The school never heard of the call-outs. ";
    same.evidence = std::vector<std::int64_t>{f.entries[0]};
    l.update_finding(f.finding, same);

    l.update_recommendation(f.recommendation, {});
    const auto r = l.recommendation(f.recommendation);
    l.update_recommendation(f.recommendation, {r.text, r.addressee, r.type, r.findings});

    CHECK(snapshot(*f.board) == before);
    CHECK(events == 0);
}

TEST_CASE("A refused correction names the value and leaves the data exactly as it was", "[learning][edit]") {
    Fixture f;
    auto& l = f.board->learning();
    const std::string before = snapshot(*f.board);

    auto finding_refused = [&](model::FindingChange change) { return message_of([&] { l.update_finding(f.finding, change); }); };
    auto rec_refused = [&](model::RecommendationChange change) {
        return message_of([&] { l.update_recommendation(f.recommendation, change); });
    };

    model::FindingChange fc;
    fc.text = "   ";
    fc.kind = FindingKind::GoodPractice;  // valid, but the whole change is refused
    CHECK(finding_refused(fc).find("finding text") != std::string::npos);
    fc = {};
    fc.theme = "parenting";
    auto msg = finding_refused(fc);
    CHECK(msg.find("unknown theme 'parenting'") != std::string::npos);
    CHECK(msg.find("information sharing") != std::string::npos);
    fc = {};
    fc.evidence = std::vector<std::int64_t>{f.entries[1], f.other_entries[0]};
    CHECK(finding_refused(fc) == "evidence: chronology entry " + std::to_string(f.other_entries[0]) +
                                     " is not part of MINI-2024-001");
    fc.evidence = std::vector<std::int64_t>{99999};
    CHECK(finding_refused(fc) == "evidence: no chronology entry 99999");
    CHECK(kind_of([&] { l.update_finding(f.finding, fc); }) == model::ErrorKind::BadInput);

    model::RecommendationChange rc;
    rc.text = "";
    CHECK(rec_refused(rc).find("recommendation text") != std::string::npos);
    rc = {};
    rc.addressee = "  ";
    rc.text = "A valid new text, within 3 months, audited.";
    CHECK(rec_refused(rc) == "addressee must not be empty: name the agency or role that must act");
    rc = {};
    rc.findings = std::vector<std::int64_t>{};
    CHECK(rec_refused(rc) == "finding: a recommendation must answer at least one finding of MINI-2024-001");
    rc.findings = std::vector<std::int64_t>{f.finding, f.other_finding};
    CHECK(rec_refused(rc) == "finding: finding " + std::to_string(f.other_finding) + " is not part of MINI-2024-001");
    rc.findings = std::vector<std::int64_t>{99999};
    CHECK(rec_refused(rc) == "finding: no finding 99999");
    CHECK(kind_of([&] { l.update_recommendation(f.recommendation, rc); }) == model::ErrorKind::BadInput);

    // Unknown ids are NotFound, whatever the change.
    model::FindingChange text_only;
    text_only.text = "x";
    CHECK(kind_of([&] { l.update_finding(99999, text_only); }) == model::ErrorKind::NotFound);
    CHECK(message_of([&] { l.update_finding(99999, text_only); }) == "unknown finding 99999");
    model::RecommendationChange addressee_only;
    addressee_only.addressee = "Police";
    CHECK(kind_of([&] { l.update_recommendation(99999, addressee_only); }) == model::ErrorKind::NotFound);
    CHECK(message_of([&] { l.update_recommendation(99999, {}); }) == "unknown recommendation 99999");

    CHECK(snapshot(*f.board) == before);
}

TEST_CASE("A theme taken off the list stays on a finding until it is changed", "[learning][edit]") {
    Fixture f;
    auto& l = f.board->learning();
    l.set_themes(model::ThemeList({{"neglect", ""}, {"supervision", ""}}));  // "information sharing" is gone
    model::FindingChange change;
    change.theme = "information sharing";  // as the dialog gives it back
    change.text = "The school was never told of the call-outs.";
    l.update_finding(f.finding, change);
    CHECK(l.finding(f.finding).theme == "information sharing");
    CHECK(l.finding(f.finding).text == "The school was never told of the call-outs.");
    // Once changed, the old theme cannot be given back: it is no longer on the list.
    change.theme = "supervision";
    l.update_finding(f.finding, change);
    CHECK(l.finding(f.finding).theme == "supervision");
    change.theme = "information sharing";
    CHECK(message_of([&] { l.update_finding(f.finding, change); }).find("unknown theme 'information sharing'") !=
          std::string::npos);
}

TEST_CASE("The quality guard compares drafts with a recommendation's corrected wording", "[learning][edit][guard]") {
    Fixture f;
    auto& l = f.board->learning();
    const std::string wording =
        "Health visitors will complete hidden men training within 6 months; attendance reported to the board.";
    model::NewRecommendation draft{wording, "Health visiting", {f.other_finding}, RecommendationType::Training};
    CHECK_FALSE(has(codes(l.check_recommendation(kOther, draft)), "similar-to-earlier"));  // builds the index

    model::RecommendationChange change;
    change.text = wording;
    l.update_recommendation(f.recommendation, change);
    const auto warnings = l.check_recommendation(kOther, draft);
    REQUIRE(has(codes(warnings), "similar-to-earlier"));
    for (const auto& w : warnings)
        if (w.code == "similar-to-earlier") CHECK(w.similar_id == f.recommendation);
}
