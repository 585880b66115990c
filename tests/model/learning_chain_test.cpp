// SPDX-License-Identifier: MIT
// The chain chronology entry → finding → recommendation → action, with its rules: links stay inside
// the review, nothing is saved when a command refuses, and every change is audited.
#include "learning_fixture.h"

using namespace learning_testing;

TEST_CASE("Findings take a theme from the list and chronology entries of their own review", "[learning]") {
    auto b = board_with_reviews();
    auto& l = b->learning();
    auto f1 = l.add_finding("MINI-2024-001", {model::FindingKind::Systemic, "Information Sharing",
                                              "The school never heard of the police call-outs.", {}, d("2024-06-01")});
    auto f2 = l.add_finding("MINI-2024-001", {model::FindingKind::GoodPractice, "", "The GP followed up promptly.", {}, d("2024-06-01")});
    const auto all = l.findings("MINI-2024-001");
    REQUIRE(all.size() == 2);
    CHECK(all[0].id == f1);
    CHECK(all[0].number == 1);
    CHECK(all[0].theme == "information sharing");  // the list's spelling
    CHECK(all[1].id == f2);
    CHECK(all[1].kind == model::FindingKind::GoodPractice);

    const auto msg = message_of([&] { l.add_finding("MINI-2024-001", {model::FindingKind::Systemic, "parenting", "x"}); });
    CHECK(msg.find("unknown theme 'parenting'") != std::string::npos);
    CHECK(msg.find("information sharing") != std::string::npos);  // names the list
    CHECK(kind_of([&] { l.add_finding("MINI-2024-001", {model::FindingKind::Systemic, "", "x", {999}}); }) ==
          model::ErrorKind::BadInput);
    CHECK(kind_of([&] { l.add_finding("NOPE-1", {model::FindingKind::Systemic, "", "x"}); }) == model::ErrorKind::NotFound);
    CHECK(l.findings("MINI-2024-001").size() == 2);
}

TEST_CASE("A recommendation needs an addressee and a finding of its review, refusals save nothing", "[learning]") {
    auto b = board_with_reviews();
    auto& l = b->learning();
    auto f = l.add_finding("MINI-2024-001", {model::FindingKind::Systemic, "neglect", "Neglect was not recognised."});
    auto other = l.add_finding("MINI-2025-001", {model::FindingKind::Systemic, "neglect", "Neglect again."});
    const auto audit_before = b->audit().size();

    model::NewRecommendation r{"Health visitors will use the neglect toolkit in all cases by June 2026, audited quarterly.",
                               "", {f}, model::RecommendationType::Training, d("2024-07-01")};
    CHECK(message_of([&] { l.add_recommendation("MINI-2024-001", r); }).find("addressee") != std::string::npos);
    r.addressee = "Health visiting service";
    r.findings = {};
    CHECK(message_of([&] { l.add_recommendation("MINI-2024-001", r); }).find("finding") != std::string::npos);
    r.findings = {other};
    CHECK(message_of([&] { l.add_recommendation("MINI-2024-001", r); }).find("not part of MINI-2024-001") != std::string::npos);
    CHECK(l.recommendations("MINI-2024-001").empty());
    CHECK(b->audit().size() == audit_before);

    r.findings = {f};
    const auto saved = l.add_recommendation("MINI-2024-001", r);
    CHECK(saved.number == 1);
    CHECK(saved.warnings.empty());
    const auto recs = l.recommendations("MINI-2024-001");
    REQUIRE(recs.size() == 1);
    CHECK(recs[0].addressee == "Health visiting service");
    CHECK(recs[0].findings == std::vector<std::int64_t>{f});
    CHECK(b->audit().size() > audit_before);
}

TEST_CASE("Advisory warnings are returned with the saved recommendation, and the mix is counted", "[learning]") {
    auto b = board_with_reviews();
    auto& l = b->learning();
    auto f = l.add_finding("MINI-2024-001", {model::FindingKind::Systemic, "", "Agencies did not talk."});
    auto saved = l.add_recommendation("MINI-2024-001", {"Agencies should communicate more.", "All partners", {f},
                                                        model::RecommendationType::Procedure, d("2024-07-01")});
    CHECK(has(codes(saved.warnings), "stock-phrase"));
    CHECK(has(codes(saved.warnings), "vague"));
    l.add_recommendation("MINI-2024-001", {"Audit 20 supervision records by May 2025.", "CSC", {f},
                                           model::RecommendationType::Supervision, d("2024-07-01")});
    l.add_recommendation("MINI-2024-001", {"Deliver 4 neglect workshops by May 2025.", "LSCP", {f},
                                           model::RecommendationType::Procedure, d("2024-07-01")});
    const auto mix = l.mix("MINI-2024-001");
    CHECK(mix.total == 3);
    CHECK(mix.procedure == 2);
    CHECK(mix.supervision == 1);
    CHECK(mix.training == 0);
    CHECK(mix.other == 0);
}
