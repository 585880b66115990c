// SPDX-License-Identifier: MIT
// The board's response to each recommendation: recorded or replaced in one audited transaction, with
// the old and new values on the audit trail; refused (a wrong decision word, no text, a date before
// the recommendation was made, an unknown recommendation) with the data left as it was; shown in the
// board-response report; carried by a case file.
#include "learning_fixture.h"

#include "model/reports/report.h"

#include <string>
#include <vector>

using namespace learning_testing;
using model::ResponseDecision;

namespace {

const char* const kRef = "MINI-2024-001";

/// A finding and two recommendations of MINI-2024-001, made on 1 July 2024; returns their ids.
std::vector<std::int64_t> two_recommendations(model::Board& b) {
    auto& l = b.learning();
    const auto f = l.add_finding(kRef, {model::FindingKind::Systemic, "", "Neglect was not recognised.", {}, d("2024-06-01")});
    const auto r1 = l.add_recommendation(kRef, {"Re-audit 30 neglect cases by December 2024.", "Children's Social Care",
                                                {f}, model::RecommendationType::Procedure, d("2024-07-01")});
    const auto r2 = l.add_recommendation(kRef, {"Train all health visitors in the neglect toolkit by March 2025.",
                                                "Health visiting", {f}, model::RecommendationType::Training, d("2024-07-01")});
    return {r1.id, r2.id};
}

std::vector<model::AuditEntry> respond_rows(const model::Board& b) {
    std::vector<model::AuditEntry> out;
    for (const auto& e : b.audit(kRef))
        if (e.action == "recommendation.respond") out.push_back(e);
    return out;
}

model::RenderedReport board_response(const model::Board& b) {
    model::ReportOptions options;
    options.template_name = "board-response";
    options.format = model::ReportFormat::Html;
    options.as_of = d("2024-12-01");
    return model::render_report(b, kRef, options);
}

}  // namespace

TEST_CASE("A board response is recorded and read back with the recommendation", "[learning][response]") {
    auto b = board_with_reviews();
    auto& l = b->learning();
    const auto ids = two_recommendations(*b);
    CHECK_FALSE(l.recommendation(ids[0]).response);
    CHECK_FALSE(l.response(ids[0]));

    int events = 0;
    auto sub = b->events().subscribe([&](const model::BoardEvent& e) {
        if (e.type == model::BoardEvent::Type::LearningChanged && e.review_ref == kRef) ++events;
    });
    l.respond(ids[0], ResponseDecision::AcceptedInPart, "  Accepted for the re-audit; the date moves to March 2025.  ",
              d("2024-08-01"));
    CHECK(events == 1);

    const auto response = l.response(ids[0]);
    REQUIRE(response);
    CHECK(response->decision == ResponseDecision::AcceptedInPart);
    CHECK(response->text == "Accepted for the re-audit; the date moves to March 2025.");  // trimmed
    CHECK(response->date == d("2024-08-01"));
    CHECK(response->recorded_by == "lead reviewer");
    // The same response on the review's list; the other recommendation still has none.
    const auto list = l.recommendations(kRef);
    REQUIRE(list.size() == 2);
    REQUIRE(list[0].response);
    CHECK(list[0].response->text == response->text);
    CHECK_FALSE(list[1].response);
}

TEST_CASE("Recording a response again replaces it, the audit trail keeping old and new values", "[learning][response]") {
    auto b = board_with_reviews();
    auto& l = b->learning();
    const auto id = two_recommendations(*b)[0];

    l.respond(id, ResponseDecision::Accepted, "Accepted in full.", d("2024-08-01"));
    auto rows = respond_rows(*b);
    REQUIRE(rows.size() == 3);  // a first response: every field, from nothing
    for (const auto& row : rows) {
        CHECK(row.entity == "recommendation");
        CHECK(row.entity_id == std::to_string(id));
        CHECK(row.old_value.empty());
        CHECK(row.actor == "lead reviewer");
    }
    CHECK(rows[0].field == "response_decision");
    CHECK(rows[0].new_value == "accepted");
    CHECK(rows[1].field == "response_text");
    CHECK(rows[1].new_value == "Accepted in full.");
    CHECK(rows[2].field == "response_date");
    CHECK(rows[2].new_value == "2024-08-01");

    // The board changes its mind at its next meeting: only what changed is audited, old beside new.
    l.respond(id, ResponseDecision::NotAccepted, "Not accepted: the audit is already in the agency's own plan.",
              d("2024-08-01"));
    rows = respond_rows(*b);
    REQUIRE(rows.size() == 5);
    CHECK(rows[3].field == "response_decision");
    CHECK(rows[3].old_value == "accepted");
    CHECK(rows[3].new_value == "not-accepted");
    CHECK(rows[4].field == "response_text");
    CHECK(rows[4].old_value == "Accepted in full.");
    CHECK(rows[4].new_value == "Not accepted: the audit is already in the agency's own plan.");

    const auto response = l.response(id);
    REQUIRE(response);
    CHECK(response->decision == ResponseDecision::NotAccepted);
    CHECK(l.recommendations(kRef).size() == 2);  // replaced, not added

    // The same response again changes nothing and audits nothing.
    l.respond(id, ResponseDecision::NotAccepted, "Not accepted: the audit is already in the agency's own plan.",
              d("2024-08-01"));
    CHECK(respond_rows(*b).size() == 5);
}

TEST_CASE("A wrong response is refused and leaves the response as it was", "[learning][response]") {
    auto b = board_with_reviews();
    auto& l = b->learning();
    const auto id = two_recommendations(*b)[0];
    l.respond(id, ResponseDecision::Accepted, "Accepted in full.", d("2024-08-01"));
    const auto audit_before = b->audit(kRef).size();

    // An unknown decision word names itself and the three decisions.
    auto msg = message_of([] { model::response_decision_from("maybe"); });
    CHECK(msg == "unknown decision 'maybe' (expected accepted, accepted-in-part, not-accepted)");
    CHECK(kind_of([] { model::response_decision_from("Accepted"); }) == model::ErrorKind::BadInput);
    CHECK(model::response_decision_from("accepted-in-part") == ResponseDecision::AcceptedInPart);
    CHECK(model::to_string(ResponseDecision::NotAccepted) == "not-accepted");

    // Not accepted needs its reason; every decision needs its text.
    msg = message_of([&] { l.respond(id, ResponseDecision::NotAccepted, "   ", d("2024-08-02")); });
    CHECK(msg.find("reason for not accepting recommendation 1 of MINI-2024-001") != std::string::npos);
    CHECK(kind_of([&] { l.respond(id, ResponseDecision::Accepted, "", d("2024-08-02")); }) == model::ErrorKind::BadInput);

    // Not before the recommendation was made.
    msg = message_of([&] { l.respond(id, ResponseDecision::Accepted, "Accepted.", d("2024-06-30")); });
    CHECK(msg == "response date 2024-06-30 is before recommendation 1 of MINI-2024-001 was made (2024-07-01)");

    // An unknown recommendation.
    msg = message_of([&] { l.respond(9999, ResponseDecision::Accepted, "Accepted.", d("2024-08-02")); });
    CHECK(msg == "unknown recommendation 9999");
    CHECK(kind_of([&] { l.respond(9999, ResponseDecision::Accepted, "Accepted.", d("2024-08-02")); }) ==
          model::ErrorKind::NotFound);
    CHECK(kind_of([&] { l.response(9999); }) == model::ErrorKind::NotFound);

    const auto response = l.response(id);
    REQUIRE(response);
    CHECK(response->decision == ResponseDecision::Accepted);
    CHECK(response->text == "Accepted in full.");
    CHECK(response->date == d("2024-08-01"));
    CHECK(b->audit(kRef).size() == audit_before);
}

TEST_CASE("The board-response report shows each recorded response and says when there is none", "[learning][response][report]") {
    auto b = board_with_reviews();
    const auto ids = two_recommendations(*b);
    std::string html = board_response(*b).bytes;
    CHECK(html.find("No response recorded yet.") != std::string::npos);

    b->learning().respond(ids[0], ResponseDecision::AcceptedInPart, "The re-audit will cover 20 cases, not 30.",
                          d("2024-08-01"));
    html = board_response(*b).bytes;
    CHECK(html.find("Accepted in part: The re-audit will cover 20 cases, not 30.") != std::string::npos);
    // The second recommendation is still awaiting its response.
    const auto first = html.find("Accepted in part:");
    const auto none = html.find("No response recorded yet.");
    REQUIRE(none != std::string::npos);
    CHECK(first < none);
}

TEST_CASE("A board response travels in the case file, export, import, export giving the same bytes", "[learning][response][casefile]") {
    auto b = board_with_reviews();
    const auto ids = two_recommendations(*b);
    b->learning().respond(ids[0], ResponseDecision::Accepted, "Accepted & funded <in full>.", d("2024-08-01"));
    b->learning().respond(ids[1], ResponseDecision::NotAccepted, "Not accepted: the toolkit is being replaced.",
                          d("2024-09-01"));
    const std::string first = b->case_files().export_xml(kRef);
    CHECK(first.find("<recommendation-response") != std::string::npos);
    CHECK(first.find("decision=\"not-accepted\"") != std::string::npos);

    auto target = model::Board::open(":memory:", testing::mini_library());
    target->set_actor("importer");
    target->case_files().import_xml(first, "mini.xml");
    CHECK(target->case_files().export_xml(kRef) == first);

    const auto recs = target->learning().recommendations(kRef);
    REQUIRE(recs.size() == 2);
    REQUIRE(recs[0].response);
    CHECK(recs[0].response->decision == ResponseDecision::Accepted);
    CHECK(recs[0].response->text == "Accepted & funded <in full>.");
    CHECK(recs[0].response->recorded_by == "lead reviewer");  // who recorded it on the first board
    REQUIRE(recs[1].response);
    CHECK(recs[1].response->decision == ResponseDecision::NotAccepted);
    CHECK(recs[1].response->date == d("2024-09-01"));
}
