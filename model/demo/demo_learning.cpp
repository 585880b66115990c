// SPDX-License-Identifier: MIT
// The demo board's learning: what a board's assurance sub-group would see. Every name is invented.
#include "model/demo/demo_learning.h"

#include "model/register/board.h"

namespace model {
namespace {

/// The id of the first chronology entry of `ref` whose event starts with `prefix` (0 when none).
std::int64_t entry(Board& board, const std::string& ref, const std::string& prefix) {
    for (const auto& e : board.chronology().list(ref))
        if (e.event.rfind(prefix, 0) == 0) return e.id;
    return 0;
}

std::vector<std::int64_t> entries(Board& board, const std::string& ref, std::initializer_list<const char*> prefixes) {
    std::vector<std::int64_t> out;
    for (const char* p : prefixes)
        if (auto id = entry(board, ref, p)) out.push_back(id);
    return out;
}

using Kind = FindingKind;
using Type = RecommendationType;
using Status = ActionStatus;

/// Moves an action along its lifecycle to `last`, taking each step on the given day offsets from today.
void advance(Learning& l, std::int64_t action, Date today, std::initializer_list<int> days_ago, const char* closing_evidence = "") {
    int step = 1;
    for (int ago : days_ago) {
        const auto status = static_cast<Status>(step++);
        l.set_action_status(action, status, today.add_days(-ago),
                            status == Status::Closed ? closing_evidence
                            : status == Status::Implemented ? "Confirmed by the agency's safeguarding lead"
                                                            : "");
    }
}

void child_a(Board& board, const std::string& a, Date today) {
    auto& l = board.learning();
    const Date found = today.add_days(-80);
    const auto f1 = l.add_finding(a, {Kind::Systemic, "information sharing",
        "The police knew of the partner's previous domestic abuse call-outs, but this did not reach the health visitor "
        "or the GP, who went on seeing the mother alone.",
        entries(board, a, {"Partner's record checked", "Home visit. Mother and partner present", "Visit: baby well"}), found});
    const auto f2 = l.add_finding(a, {Kind::Systemic, "hidden men",
        "The partner was accepted as 'a family friend who sometimes stays'; no agency assessed him as a carer of the baby.",
        entries(board, a, {"Home visit. Mother and partner present", "Visit: baby well"}), found});
    const auto f3 = l.add_finding(a, {Kind::Systemic, "non-mobile infant bruising",
        "A second bruise to a non-mobile baby, three months after the first, was recorded but not discussed with the "
        "named nurse or children's social care.",
        entries(board, a, {"Attended the emergency department", "Clinic contact: small bruise"}), found});
    const auto f4 = l.add_finding(a, {Kind::Systemic, "was not brought",
        "Two consecutive no-access visits to a baby under six months were not escalated.",
        entries(board, a, {"No access visit"}), found});
    l.add_finding(a, {Kind::Systemic, "the child's voice",
        "No record describes the baby's daily life; visits were about the mother's mood and the partner's status.",
        entries(board, a, {"New birth visit", "Visit: baby well"}), found});
    l.add_finding(a, {Kind::GoodPractice, "assessment",
        "The emergency department referred the first bruising promptly and arranged a skeletal survey the same day.",
        entries(board, a, {"Attended the emergency department"}), found});

    const Date made = today.add_days(-60);
    const auto r1 = l.add_recommendation(a, {"The police will send children's social care and the health visiting service the "
        "domestic abuse history of any adult joining a household with a child under one, within 5 working days of a "
        "strategy discussion; compliance to be audited quarterly and reported to the partnership.",
        "Police", {f1, f2}, Type::Procedure, made});
    const auto r2 = l.add_recommendation(a, {"All health visitors and GPs will complete training on bruising in non-mobile babies "
        "within 6 months, with attendance of at least 90% reported to the partnership.",
        "Health visiting service and GP practices", {f3}, Type::Training, made});
    const auto r3 = l.add_recommendation(a, {"Team managers will review in supervision, within 10 working days, every section 47 "
        "enquiry that closes accepting an explanation of an injury to a non-mobile baby; a dip sample of 20 cases after "
        "12 months will measure compliance.",
        "Children's Social Care", {f3}, Type::Supervision, made});
    const auto r4 = l.add_recommendation(a, {"Two consecutive no-access visits to a child under one will be escalated to the named "
        "nurse within 2 working days; a re-audit of 30 records within 9 months will check this happens.",
        "Health visiting service", {f4}, Type::Procedure, made});

    auto p = l.add_action(r1.id, {"Police", "Detective Chief Inspector, Public Protection", "Add household-member history checks "
        "to the strategy discussion template and send the result within 5 working days", today.add_days(30), today.add_days(-55)});
    advance(l, p, today, {40, 20});
    auto csc = l.add_action(r1.id, {"Children's Social Care", "Head of MASH", "Record the adult's history on the child's file "
        "and task the allocated worker to assess him", today.add_days(-10), today.add_days(-55)});
    advance(l, csc, today, {45});
    auto hv = l.add_action(r2.id, {"Health visiting service", "Named Nurse for Safeguarding", "Deliver bruising protocol training "
        "to all health visitors", today.add_days(8), today.add_days(-50)});
    advance(l, hv, today, {42});
    l.add_action(r2.id, {"GP practices", "Named GP", "Bruising protocol session at the GP safeguarding leads' forum",
        today.add_days(90), today.add_days(-50)});
    auto sup = l.add_action(r3.id, {"Children's Social Care", "Principal Social Worker", "Add the injury-explanation check to the "
        "supervision template", today.add_days(-5), today.add_days(-50)});
    advance(l, sup, today, {44});
    // The board's response: three decided, recommendation 3 still awaiting it.
    l.respond(r1.id, ResponseDecision::Accepted, "The police will lead, with children's social care and the health visiting service; progress is reported to every quarterly meeting.",
        today.add_days(-50));
    l.respond(r2.id, ResponseDecision::AcceptedInPart, "Accepted for health visitors. GP practices will be offered the "
        "training through the safeguarding leads' forum rather than required to complete it; attendance will be "
        "reported instead.", today.add_days(-50));
    l.respond(r4.id, ResponseDecision::NotAccepted, "The health visiting service already escalates after two no-access "
        "visits under its own policy, so a second rule would duplicate it. The partnership will instead re-audit 30 "
        "records to test that the policy is followed.", today.add_days(-45));
    // r4 is left without an action: the alert list shows it
}

void child_g(Board& board, const std::string& g, Date today) {
    auto& l = board.learning();
    const Date found = today.add_days(-600);
    const auto f1 = l.add_finding(g, {Kind::Systemic, "information sharing",
        "The school was never told of six police call-outs to domestic abuse at the child's home.", {}, found});
    const auto f2 = l.add_finding(g, {Kind::Systemic, "the child's voice",
        "Nobody spoke to the child alone in eighteen months of contact with four agencies.", {}, found});
    const auto f3 = l.add_finding(g, {Kind::Systemic, "domestic abuse",
        "Risk assessments rated each incident on its own; the pattern of escalating abuse was not seen.", {}, found});
    l.add_finding(g, {Kind::GoodPractice, "the child's voice",
        "The school nurse's record of the child's own words was clear and was the starting point of the review.", {}, found});

    const Date made = today.add_days(-560);
    const auto r1 = l.add_recommendation(g, {"The police will notify the child's school of every domestic abuse incident at a "
        "household with children within 24 hours; compliance to be audited every 6 months.", "Police", {f1},
        Type::Procedure, made});
    const auto r2 = l.add_recommendation(g, {"All social workers will complete training on seeing and hearing the child alone "
        "within 9 months, with completion of at least 85% reported to the board.", "Children's Social Care", {f2},
        Type::Training, made});
    const auto r3 = l.add_recommendation(g, {"Supervisors will review the cumulative history of domestic abuse incidents in "
        "supervision every 3 months for each open case, recorded on the file.", "Children's Social Care", {f3},
        Type::Supervision, made});

    for (const auto& r : {r1, r2, r3})
        l.respond(r.id, ResponseDecision::Accepted, "Accepted in full by the partnership, with the action plan agreed at "
            "the same meeting.", today.add_days(-550));

    auto closed = l.add_action(r1.id, {"Police", "Superintendent, Safeguarding", "Operation Encompass notifications to schools",
        today.add_days(-380), today.add_days(-550)});
    advance(l, closed, today, {530, 400});
    l.add_evidence(closed, {EvidenceKind::ReAudit, "Re-audit of 60 incidents: 57 schools notified within 24 hours (95%)",
        today.add_days(-210), ""});
    l.set_action_status(closed, Status::EffectivenessReviewed, today.add_days(-200));
    l.set_action_status(closed, Status::Closed, today.add_days(-150), "Two successive re-audits above 90%; accepted by the board");

    auto unchecked = l.add_action(r2.id, {"Children's Social Care", "Workforce Development Manager", "Child's voice training "
        "for all social workers", today.add_days(-280), today.add_days(-550)});
    advance(l, unchecked, today, {520, 300});

    auto reviewed = l.add_action(r3.id, {"Children's Social Care", "Head of Service, Safeguarding", "Cumulative-history prompt "
        "in the supervision record", today.add_days(-330), today.add_days(-550)});
    advance(l, reviewed, today, {525, 350});
    l.add_evidence(reviewed, {EvidenceKind::PractitionerFeedback, "Survey of 40 social workers: 31 say the prompt changed "
        "their analysis of risk", today.add_days(-120), ""});
    l.set_action_status(reviewed, Status::EffectivenessReviewed, today.add_days(-110));

    auto challenge = l.add_challenge(g, {"Police", today.add_days(-545), "The police had not ratified the action plan two "
        "months after the board agreed it", "Escalation meeting between the chair and the Assistant Chief Constable"});
    l.close_challenge(challenge, today.add_days(-528), "Action plan ratified within two weeks of the meeting");
    l.add_learning_event(g, {today.add_days(-350), "Seven-minute briefing: Child G", "Multi-agency practitioners", 84,
        "Lead reviewer"});
    l.add_learning_event(g, {today.add_days(-300), "Domestic abuse and the child's voice: learning workshop",
        "Social workers, school safeguarding leads", 37, "Designated Safeguarding Lead (schools)"});
}

void child_f(Board& board, const std::string& f, Date today) {
    auto& l = board.learning();
    const Date found = today.add_days(-450);
    const auto f1 = l.add_finding(f, {Kind::Systemic, "professional curiosity",
        "Fourteen hospital attendances in two years were each treated on their own; no one asked why.", {}, found});
    const auto f2 = l.add_finding(f, {Kind::Systemic, "information sharing",
        "Three hospitals held records of the child that were never brought together.", {}, found});
    const auto f3 = l.add_finding(f, {Kind::Systemic, "escalation",
        "A paediatrician's concern was not escalated when children's social care declined the referral.", {}, found});

    const Date made = today.add_days(-400);
    const auto r1 = l.add_recommendation(f, {"The police will share the domestic abuse history of any new adult in a household "
        "with a child under one with children's social care and health visitors within 5 working days; audited quarterly.",
        "Police", {f2}, Type::Procedure, made});
    const auto r2 = l.add_recommendation(f, {"Paediatricians will use the escalation policy whenever a referral is declined, "
        "with every escalation logged and reported to the partnership every 6 months.", "Acute trusts", {f3},
        Type::Procedure, made});
    l.add_recommendation(f, {"The designated doctor will audit 25 children with more than five hospital attendances in a "
        "year within 12 months, to check records from every hospital were brought together.", "Designated doctor",
        {f1, f2}, Type::Other, made});

    auto late = l.add_action(r1.id, {"Police", "Detective Inspector, MASH", "History checks for new adults in households with "
        "babies", today.add_days(-100), today.add_days(-390)});
    advance(l, late, today, {380});
    auto soon = l.add_action(r2.id, {"Acute trusts", "Named Doctor", "Escalation log in the paediatric department",
        today.add_days(10), today.add_days(-390)});
    advance(l, soon, today, {370});

    l.add_challenge(f, {"Police", today.add_days(-60), "Action on information sharing is 40 days overdue with no update at "
        "two board meetings", "Chair wrote to the Detective Chief Superintendent; item escalated to the executive group"});
    l.add_learning_event(f, {today.add_days(-200), "Fabricated or induced illness: recognising the pattern",
        "Paediatricians, GPs, health visitors", 46, "Designated doctor"});
}

void children_e(Board& board, const std::string& e, Date today) {
    auto& l = board.learning();
    const Date found = today.add_days(-110);
    const auto f1 = l.add_finding(e, {Kind::Systemic, "neglect",
        "Neglect of four children was seen as a series of separate episodes; cumulative harm was not assessed.", {}, found});
    l.add_finding(e, {Kind::Systemic, "information sharing",
        "School attendance and health visitor concerns were never brought to the same meeting.", {}, found});
    l.add_finding(e, {Kind::Systemic, "supervision",
        "Supervision recorded tasks, not reflection: drift over 30 months went unchallenged.", {}, found});
    const auto r1 = l.add_recommendation(e, {"Social workers will complete the Graded Care Profile 2 for every child in need "
        "case involving neglect within 20 working days of allocation; a re-audit of 30 cases after 9 months will measure "
        "compliance.", "Children's Social Care", {f1}, Type::Procedure, today.add_days(-60)});
    auto a = l.add_action(r1.id, {"Children's Social Care", "Head of Children in Need", "Make the Graded Care Profile 2 a "
        "mandatory step in the neglect pathway", today.add_days(100), today.add_days(-50)});
    advance(l, a, today, {35});
}

}  // namespace

void fill_demo_learning(Board& board, const std::vector<std::string>& refs, Date today) {
    if (refs.size() < 7) return;  // a board without the shipped pathways gets no learning demo
    child_a(board, refs[0], today);
    children_e(board, refs[4], today);
    child_f(board, refs[5], today);
    child_g(board, refs[6], today);
}

}  // namespace model
