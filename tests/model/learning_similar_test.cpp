// SPDX-License-Identifier: MIT
// Near-duplicates of earlier reviews' recommendations, recurring themes and recommendations across
// reviews, and the learning alerts.
#include "learning_fixture.h"

using namespace learning_testing;

namespace {

std::int64_t finding(model::Board& b, const char* ref, const char* theme, const char* recorded) {
    return b.learning().add_finding(ref, {model::FindingKind::Systemic, theme, "A finding.", {}, d(recorded)});
}

model::SavedRecommendation recommend(model::Board& b, const char* ref, std::int64_t f, const std::string& text,
                                     const char* made = "2024-07-01") {
    return b.learning().add_recommendation(ref, {text, "Children's Social Care", {f}, model::RecommendationType::Other, d(made)});
}

std::vector<model::QualityWarning> similar(model::Board& b, const char* ref, const std::string& text) {
    std::vector<model::QualityWarning> out;
    for (auto& w : b.learning().check_recommendation(ref, {text, "CSC", {1}}))
        if (w.code == "similar-to-earlier") out.push_back(w);
    return out;
}

}  // namespace

TEST_CASE("A near-duplicate of an earlier review's recommendation names that review and number", "[learning]") {
    auto b = board_with_reviews();
    auto f = finding(*b, "MINI-2024-001", "neglect", "2024-06-01");
    recommend(*b, "MINI-2024-001", f, "Health visitors should complete the Graded Care Profile in every neglect case by March 2025.");
    recommend(*b, "MINI-2024-001", f, "The police must notify schools of domestic abuse incidents within 24 hours, audited quarterly.");
    recommend(*b, "MINI-2024-001", f, "Managers will provide reflective supervision every 6 weeks, recorded on the file, from April 2025.");

    // Reworded, reordered, other forms of the same words.
    auto hits = similar(*b, "MINI-2025-001",
                        "By March 2026 the Graded Care Profile must be completed by health visitors in all cases of neglect.");
    REQUIRE(hits.size() == 1);
    CHECK(hits[0].similar_review == "MINI-2024-001");
    CHECK(hits[0].similar_number == 1);
    CHECK(hits[0].message.find("MINI-2024-001 recommendation 1") != std::string::npos);

    hits = similar(*b, "MINI-2025-001", "Schools to be notified by police of every domestic abuse incident within 24 hours.");
    REQUIRE(hits.size() == 1);
    CHECK(hits[0].similar_number == 2);

    // Different recommendations on overlapping topics are not near-duplicates.
    CHECK(similar(*b, "MINI-2025-001", "The police will train all response officers on coercive control by June 2026.").empty());
    CHECK(similar(*b, "MINI-2025-001", "Schools will record the child's views at every welfare meeting from January 2026.").empty());
    // A review's own recommendations are not "earlier" ones.
    CHECK(similar(*b, "MINI-2024-001",
                  "By March 2026 the Graded Care Profile must be completed by health visitors in all cases of neglect.").empty());
}

TEST_CASE("The index sees recommendations added after it was built", "[learning]") {
    auto b = board_with_reviews();
    auto f = finding(*b, "MINI-2024-001", "neglect", "2024-06-01");
    const std::string text = "GP practices will code every child protection plan on the child's record within 5 working days.";
    CHECK(similar(*b, "MINI-2025-001", text).empty());  // builds the index
    recommend(*b, "MINI-2024-001", f, text);
    CHECK(similar(*b, "MINI-2025-001", text).size() == 1);
}

TEST_CASE("Recurring themes by year and recurring recommendations across reviews", "[learning]") {
    auto b = board_with_reviews();
    b->add_review({"mini-cspr", "Adolescent self-harm", d("2025-09-01"), "Child C"});  // MINI-2025-002
    auto f1 = finding(*b, "MINI-2024-001", "information sharing", "2024-06-01");
    finding(*b, "MINI-2024-001", "information sharing", "2024-06-02");
    auto f2 = finding(*b, "MINI-2025-001", "information sharing", "2025-06-01");
    auto f3 = finding(*b, "MINI-2025-002", "neglect", "2025-10-01");
    finding(*b, "MINI-2025-002", "information sharing", "2025-10-01");

    const auto themes = b->learning().recurring_themes();
    REQUIRE(themes.size() == 1);  // neglect appears in one review only
    CHECK(themes[0].theme == "information sharing");
    CHECK(themes[0].findings == 4);
    CHECK(themes[0].reviews == std::vector<std::string>{"MINI-2024-001", "MINI-2025-001", "MINI-2025-002"});
    REQUIRE(themes[0].years.size() == 2);
    CHECK(themes[0].years[0].year == 2024);
    CHECK(themes[0].years[0].findings == 2);
    CHECK(themes[0].years[1].year == 2025);
    CHECK(themes[0].years[1].reviews == std::vector<std::string>{"MINI-2025-001", "MINI-2025-002"});

    recommend(*b, "MINI-2024-001", f1, "The police must notify schools of domestic abuse incidents within 24 hours.");
    recommend(*b, "MINI-2025-001", f2, "Schools must be notified by the police of domestic abuse incidents within 24 hours.", "2025-07-01");
    recommend(*b, "MINI-2025-002", f3, "Health visitors will use the neglect toolkit in every case by 2026.", "2025-11-01");
    const auto clusters = b->learning().recurring_recommendations();
    REQUIRE(clusters.size() == 1);
    CHECK(clusters[0].reviews == std::vector<std::string>{"MINI-2024-001", "MINI-2025-001"});
    REQUIRE(clusters[0].members.size() == 2);
    CHECK(clusters[0].members[0].review == "MINI-2024-001");  // oldest first
    CHECK(!clusters[0].terms.empty());
}

TEST_CASE("Alerts: actions past due, effect never checked, recommendations without action", "[learning]") {
    auto b = board_with_reviews();
    auto& l = b->learning();
    auto f = finding(*b, "MINI-2024-001", "neglect", "2024-06-01");
    auto r1 = recommend(*b, "MINI-2024-001", f, "Audit 20 neglect cases by December 2024.");
    recommend(*b, "MINI-2024-001", f, "Train 100 staff on neglect by December 2024.");
    auto late = l.add_action(r1.id, {"CSC", "Head of Service", "Audit", d("2024-10-31"), d("2024-07-10")});
    auto done = l.add_action(r1.id, {"Health", "Named nurse", "Toolkit", d("2024-10-31"), d("2024-07-10")});
    l.set_action_status(done, model::ActionStatus::Ratified, d("2024-07-20"));
    l.set_action_status(done, model::ActionStatus::Implemented, d("2024-08-01"));

    auto kinds_on = [&](const char* day) {
        std::vector<std::string> out;
        for (const auto& a : l.alerts(d(day))) out.push_back(a.kind + ":" + std::to_string(a.action_id));
        std::sort(out.begin(), out.end());
        return out;
    };
    CHECK(kinds_on("2024-06-30").empty());  // nothing made yet
    CHECK(kinds_on("2024-07-05") == std::vector<std::string>{"recommendation-without-action:0", "recommendation-without-action:0"});
    CHECK(kinds_on("2024-09-01") == std::vector<std::string>{"recommendation-without-action:0"});
    CHECK(kinds_on("2024-11-05") == std::vector<std::string>{"action-overdue:" + std::to_string(late),
                                                              "effect-not-checked:" + std::to_string(done),
                                                              "recommendation-without-action:0"});
    const auto alerts = l.alerts(d("2024-11-05"));
    const auto overdue = std::find_if(alerts.begin(), alerts.end(), [](const auto& a) { return a.kind == "action-overdue"; });
    REQUIRE(overdue != alerts.end());
    CHECK(overdue->days_late == 5);
    CHECK(overdue->review == "MINI-2024-001");
    CHECK(overdue->message.find("5 days past its due date 31 October 2024") != std::string::npos);
}
