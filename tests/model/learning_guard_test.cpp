// SPDX-License-Identifier: MIT
// The recommendation quality guard: the stock phrases the sources call banal are caught however they
// are worded, vague wording is named, and specific, measurable recommendations with an addressee and
// a finding pass without a single warning.
#include "learning_fixture.h"

using namespace learning_testing;

namespace {

model::NewRecommendation draft(const std::string& text, const std::string& addressee = "Children's Social Care") {
    model::NewRecommendation r;
    r.text = text;
    r.addressee = addressee;
    r.findings = {1};
    return r;
}

std::string stock_phrase_of(model::Board& b, const std::string& text) {
    for (const auto& w : b.learning().check_recommendation("", draft(text)))
        if (w.code == "stock-phrase") return w.phrase;
    return "";
}

}  // namespace

TEST_CASE("Each stock phrase the sources name is flagged, as written and paraphrased", "[learning]") {
    auto b = board_with_reviews();
    const std::string sharing = "better information sharing";
    const std::string communication = "more communication between partners";
    const std::string curious = "more curious inquiry";
    const std::string engage = "do more to engage the young person/family";

    const std::vector<std::pair<std::string, std::string>> cases = {
        // As the sources quote them.
        {"There should be better information sharing.", sharing},
        {"More communication between partners.", communication},
        {"Practitioners should show more curious inquiry.", curious},
        {"Agencies should do more to engage the young person.", engage},
        {"Agencies must do more to engage the family.", engage},
        // Paraphrases: other words, stems, synonyms and word order.
        {"Improve the sharing of information between agencies.", sharing},
        {"Agencies should share information more effectively.", sharing},
        {"The partnership should strengthen the exchange of information and intelligence.", sharing},
        {"Agencies should communicate more.", communication},
        {"Partners must improve communication with one another.", communication},
        {"There needs to be closer liaison between health and social care.", communication},
        {"Agencies need to work together more effectively.", communication},
        {"Partners should improve collaboration.", communication},
        {"Practitioners should be more curious.", curious},
        {"Professionals should demonstrate professional curiosity.", curious},
        {"Staff need to show greater curiosity about who lives in the household.", curious},
        {"Practitioners should ask more questions.", curious},
        {"Engage better with the family.", engage},
        {"Services should improve engagement with families.", engage},
        {"Practitioners must involve parents more.", engage},
    };
    for (const auto& [text, phrase] : cases) {
        INFO(text);
        CHECK(stock_phrase_of(*b, text) == phrase);
    }
}

TEST_CASE("Specific, measurable recommendations with an addressee and a finding get no warning", "[learning]") {
    auto b = board_with_reviews();
    const std::vector<std::pair<std::string, std::string>> good = {
        {"Police", "Thames Valley Police must notify the child's school of every domestic abuse incident "
                   "attended where a child lives at the address within 24 hours; compliance to be audited "
                   "quarterly and reported to the partnership from April 2026."},
        {"Safeguarding partnership", "The partnership will revise its neglect strategy to require the Graded Care "
                                      "Profile 2 in all child in need cases open longer than 3 months, with a "
                                      "re-audit of 30 cases by March 2026."},
        {"Health visiting service", "All health visitors will complete training on bruising in non-mobile babies by "
                                    "30 June 2026; attendance records to be reported to the board."},
        {"Children's Social Care", "Team managers must hold reflective supervision on every child protection case at "
                                   "least every 6 weeks, recorded on the child's file; a dip sample of 20 files in "
                                   "September 2026 will measure compliance."},
        {"Police and Children's Social Care", "The police and children's social care will hold a joint strategy "
                                              "discussion within 24 hours of every referral about a child under one, "
                                              "with the timeliness reported to the board quarterly."},
        {"GP practices", "GP practices will share information about missed immunisations with the health visitor "
                         "within 5 working days; the ICB will audit 50 records by December 2026."},
        {"Police", "The police will improve the quality of DASH risk assessments, with a dip sample of 50 assessments "
                   "showing at least 80% rated good by March 2027."},
        {"Designated Safeguarding Leads", "Schools' safeguarding leads will record the child's own words at each "
                                          "welfare meeting from January 2026, checked by an audit of 10 schools."},
    };
    for (const auto& [addressee, text] : good) {
        INFO(text);
        const auto warnings = b->learning().check_recommendation("", draft(text, addressee));
        for (const auto& w : warnings) INFO(w.code + ": " + w.message);
        CHECK(warnings.empty());
    }
}

TEST_CASE("Missing addressee and missing finding are named", "[learning]") {
    auto b = board_with_reviews();
    model::NewRecommendation r = draft("Health visitors will complete neglect training by June 2026, with attendance audited.", "");
    r.findings.clear();
    const auto c = codes(b->learning().check_recommendation("", r));
    CHECK(c == std::vector<std::string>{"no-addressee", "no-finding"});
}

TEST_CASE("Vague wording: no measurable outcome, or no date or timescale", "[learning]") {
    auto b = board_with_reviews();
    auto vague_message = [&](const std::string& text) {
        for (const auto& w : b->learning().check_recommendation("", draft(text)))
            if (w.code == "vague") return w.message;
        return std::string();
    };
    CHECK(vague_message("Children's Social Care should consider reviewing how it assesses risk.").find(
              "no measurable outcome and no date or timescale") != std::string::npos);
    CHECK(vague_message("Children's Social Care will audit 25 assessments of neglect.").find("no date or timescale") !=
          std::string::npos);
    CHECK(vague_message("Children's Social Care will revise its assessment guidance by May 2026.")
              .find("no measurable outcome") != std::string::npos);
    // "may" as a verb is not the month.
    CHECK(vague_message("Agencies may wish to audit 20 cases.").find("no date or timescale") != std::string::npos);
    CHECK(vague_message("Within 10 working days of every referral the MASH will record its decision; audited monthly.").empty());
}
