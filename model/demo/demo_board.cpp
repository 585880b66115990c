// SPDX-License-Identifier: MIT
// A realistic demo board: what a chair would see on a Monday morning. Every name is invented.
#include "model/register/board.h"
#include "model/demo/demo_chronology.h"
#include "model/demo/demo_learning.h"

#include <iterator>
#include <vector>

namespace model {
namespace {

struct DemoReview {
    const char* pathway;
    const char* title;
    const char* child;
    int aware_days_ago;
    std::vector<int> stage_days;  // completion of the first stages, in days after `aware`
    const char* region = "england-and-wales";
};

struct DemoPerson { const char* name; const char* pseudonym; const char* role; };

const std::vector<DemoReview>& demo_reviews() {
    static const std::vector<DemoReview> reviews = {
        // Running late: decision taken long ago, no report yet.
        {"cspr-england", "Non-accidental head injury, infant aged 7 months", "Child A", 260, {3, 19, 24, 40, 45, 90}},
        // Just notified: the 5 and 15 working-day clocks are running.
        {"cspr-england", "Sudden unexpected death in infancy, co-sleeping and parental alcohol use", "Baby B", 4, {}},
        // Rapid review overdue.
        {"cspr-england", "Serious self-harm of a looked-after young person in residential care", "Young Person C", 27, {4}},
        // Well into the review, with the police investigation hold.
        {"cspr-england", "Fatal assault of a 14-year-old, criminal exploitation (county lines)", "Child D", 150, {2, 14, 18, 35, 41}},
        // Near the end: report written, planned publication set.
        {"cspr-england", "Chronic neglect of a sibling group of four", "Children E", 240, {5, 20, 23, 30, 35, 80, 120, 150, 160, 200}},
        // Closed out.
        {"cspr-england", "Fabricated or induced illness, child aged 6", "Child F", 700, {3, 15, 20, 30, 34, 60, 80, 100, 120, 140, 160, 170, 175, 200, 215, 230, 400, 520}},
        // Legacy SCR, published late.
        {"scr-england", "Death of a child known to services, domestic abuse in the household", "Child G", 900,
         {4, 30, 60, 90, 120, 150, 170, 200, 260, 330, 400, 420, 470}},
        // Wood model: rapid inquiry then LLI.
        {"rapid-inquiry-lli", "Drowning of a toddler, missed health visits", "Child H", 60, {2, 12, 15, 20}},
        // Wales.
        {"cpr-wales-concise", "Bruising to a non-mobile baby, missed escalation", "Baby J", 75, {3, 20, 28}, "england-and-wales"},
        {"cpr-wales-extended", "Sexual abuse within the extended family over several years", "Child K", 200, {5, 25, 40, 60, 90}},
        // Adults and domestic homicide.
        {"sar", "Self-neglect of an adult with learning disabilities after transition from children's services", "Adult L", 120, {5, 30, 40}},
        {"dhr", "Domestic homicide, mother of two; children witnessed", "Victim M", 95, {7, 28}},
        // Light pathways.
        {"case-audit", "Multi-agency audit: strategy discussions for children under 1", "Audit N", 40, {5, 20}},
        {"good-practice", "Case of special interest: early help turned a family round", "Family P", 30, {10}},
    };
    return reviews;
}

// Independent reviewers a board might commission; all invented.
const char* const kLeadReviewers[] = {"Margaret Ellison", "Richard Osei", "Anne Holloway", "David Pryce",
                                      "Fiona Maclean", "Gareth Evans", "Sarah Lindqvist"};

}  // namespace

void fill_demo_board(Board& board, Date today) {
    std::vector<std::string> refs;
    std::size_t reviewer = 0;
    for (const DemoReview& d : demo_reviews()) {
        const Pathway* pathway = board.pathways().find(d.pathway);
        if (!pathway) continue;  // a board may have removed a shipped pathway
        NewReview nr{d.pathway, d.title, today.add_days(-d.aware_days_ago), d.child, parse_region(d.region)};
        const std::string ref = board.add_review(nr);
        refs.push_back(ref);
        for (std::size_t i = 0; i < d.stage_days.size() && i < pathway->stages.size(); ++i) {
            const StageDef& stage = pathway->stages[i];
            std::string note = stage.requires_note ? "Criteria met: serious harm and concerns about how agencies "
                                                     "worked together. Full review agreed by the panel."
                                                   : "";
            board.complete_stage(ref, stage.id, nr.aware.add_days(d.stage_days[i]), note);
        }
        // The business manager and the review group's chair answer for the early clocks on every review;
        // reviews past their first
        // few stages have a lead reviewer.
        board.add_appointment(ref, {"Priya Shah", "business-manager", "Safeguarding Partnership", true,
                                    "None declared.", nr.aware.add_days(1)});
        board.add_appointment(ref, {"Deborah Kaur", "panel-chair", "Safeguarding Partnership (independent scrutineer)",
                                    true, "None declared.", nr.aware.add_days(1)});
        if (d.stage_days.size() >= 4)
            board.add_appointment(ref, {kLeadReviewers[reviewer++ % std::size(kLeadReviewers)], "lead-reviewer",
                                        "Independent", true, "No previous involvement with the agencies or the family.",
                                        nr.aware.add_days(d.stage_days[3])});
    }
    if (refs.size() < 6) return;

    // Child A: full cast, terms of reference in two versions, appointments with declarations.
    const std::string& a = refs[0];
    Date aware_a = board.get_review(a).aware;
    const DemoPerson people_a[] = {{"Oliver Whitfield", "Child A", "child"},
                                   {"Chloe Whitfield", "Mother", "parent"},
                                   {"Ryan Daley", "Mother's partner", "family-member"},
                                   {"Dr Helen Marsh", "GP 1", "practitioner"},
                                   {"Sandra Okafor", "Health Visitor 1", "practitioner"},
                                   {"Mark Bennett", "Social Worker 1", "practitioner"}};
    for (const auto& p : people_a) board.add_person(a, {p.name, p.pseudonym, p.role});
    board.add_appointment(a, {"Tom Reyes", "panel-member", "Police", false,
                              "Line-managed the public protection unit during the scope period; will not review "
                              "police records.", aware_a.add_days(40)});
    board.set_terms(a, {aware_a.add_days(-400), aware_a, {"How well did agencies share information about the "
                        "mother's partner?", "Was the infant's voice and lived experience seen?"},
                        "Systems methodology (Learning Together)", aware_a.add_days(40)});
    board.set_terms(a, {aware_a.add_days(-540), aware_a, {"How well did agencies share information about the "
                        "mother's partner?", "Was the infant's voice and lived experience seen?",
                        "How were bruises to a non-mobile baby responded to?"},
                        "Systems methodology (Learning Together)", aware_a.add_days(60)});

    fill_demo_chronology(board, a);

    // Child D: on hold for the police investigation since shortly after the decision.
    const std::string& d = refs[3];
    Date aware_d = board.get_review(d).aware;
    board.add_hold(d, {"police", "Police investigation and charging decision; CPS asked that practitioners "
                                 "are not interviewed before charge.", aware_d.add_days(45), std::nullopt});
    board.add_person(d, {"Jayden Cole", "Child D", "child"});

    // Sibling group E: publication planned in three weeks.
    const std::string& e = refs[4];
    board.set_planned_publication(e, today.add_days(21));

    // Child F: a past hold for the coroner's inquest, long since ended.
    const std::string& f = refs[5];
    Date aware_f = board.get_review(f).aware;
    board.add_hold(f, {"coroner", "Inquest opened and adjourned; the coroner asked to see the draft report first.",
                       aware_f.add_days(100), aware_f.add_days(130)});

    fill_demo_learning(board, refs, today);
}

}  // namespace model
