// SPDX-License-Identifier: MIT
// A deterministic generator of multi-agency chronologies with a known answer: the same event instance
// recorded by two or three agencies in their own words (police, social care, health, education), among
// follow-on events, repeats a day apart, same-agency near-copies and partial dates. Used by
// tests/model/duplicate_finder_test.cpp to measure precision and recall, and by
// tests/bench/bench_duplicates.cpp.
#pragma once
#include "model/chronology/duplicate_finder.h"

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <cstdlib>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <utility>
#include <vector>

namespace dupgen {

/// Deterministic on every platform (std::uniform_int_distribution is not): splitmix64.
class Rng {
public:
    explicit Rng(std::uint64_t seed) : m_state(seed) {}
    std::uint64_t next() {
        std::uint64_t z = (m_state += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
    /// 0 <= n < bound
    int below(int bound) { return bound <= 0 ? 0 : int(next() % std::uint64_t(bound)); }
    int between(int lo, int hi) { return lo + below(hi - lo + 1); }
    double unit() { return double(next() >> 11) / double(1ull << 53); }
    bool chance(double p) { return unit() < p; }
    template <class T>
    const T& pick(const std::vector<T>& v) { return v[std::size_t(below(int(v.size())))]; }

private:
    std::uint64_t m_state;
};

enum Agency { Police, Social, Health, School, kAgencies };

inline const char* agency_name(int a) {
    static const char* const names[] = {"Police", "Children's social care", "Health", "Education"};
    return names[a];
}

using Forms = std::vector<const char*>;

/// Words for people, as each agency tends to write them (names are already replaced by roles).
struct RoleSlot {
    const char* name;
    Forms by_agency[kAgencies];
};

/// A detail of one event (the injury, the outcome): the instance picks a value, each record words it
/// in one of that value's forms.
struct DetailSlot {
    const char* name;
    std::vector<Forms> values;
};

struct Record {
    int agency;
    double p;  ///< how often this agency records an event of the kind
    Forms phrasings;
};

struct FollowUp {
    const char* kind;
    double p;
    int lag_from, lag_to;  ///< days after the event
};

struct Kind {
    const char* name;
    double weight;        ///< how often it starts on its own (0: only as a follow-up)
    int from_hour, to_hour;  ///< when it happens (to_hour < from_hour wraps past midnight)
    double repeat;        ///< chance of another instance of the same kind a day or so later (hard negative)
    std::vector<Record> records;  ///< the first is the agency that does it (records it on the day)
    std::vector<FollowUp> follow;
};

inline const std::vector<RoleSlot>& roles() {
    //                      Police                                  Social care                         Health                                  Education
    static const std::vector<RoleSlot> r = {
        {"mother", {{"mother", "the mother", "mother", "female occupant (mother)", "IP (mother)"},
                    {"mother", "mum", "Mum", "mother"},
                    {"mother", "mum", "Mum", "mother"},
                    {"mum", "mother", "parent"}}},
        {"partner", {{"partner", "mother's partner", "male partner", "the suspect (partner)"},
                     {"partner", "mum's partner", "mother's partner", "Mr X (partner)"},
                     {"partner", "mum's partner", "mother's partner"},
                     {"mum's partner", "partner", "step-father"}}},
        {"officers", {{"Officers", "Officers", "Ofcs", "Police"},
                      {"police", "officers", "Police"},
                      {"police", "officers"},
                      {"police", "police officers"}}},
        {"sw", {{"social worker", "CSC", "social services"},
                {"SW", "SW", "social worker", "allocated SW"},
                {"SW", "social worker", "social care"},
                {"social worker", "SW", "social care"}}},
        {"hv", {{"health visitor", "health"},
                {"HV", "health visitor"},
                {"HV", "health visitor", "HV"},
                {"health visitor", "school nurse"}}},
        {"school", {{"the school", "school staff"},
                    {"school", "the school", "DSL"},
                    {"school nurse", "school"},
                    {"DSL", "class teacher", "school"}}},
        {"home", {{"the home address", "the address", "home address", "the home address"},
                  {"the home", "home", "the family home"},
                  {"home", "the family home", "the home"},
                  {"home", "the family home"}}},
    };
    return r;
}

inline const std::vector<DetailSlot>& details() {
    static const std::vector<DetailSlot> d = {
        {"child", {{"Child A", "Child A", "the child"},
                   {"Child B", "the baby", "Child B", "baby"},
                   {"the children", "both children", "Child A and Child B"}}},
        {"injury", {{"a cut lip and bruising to her face", "facial injuries", "a split lip", "injuries to her face",
                     "a bleeding lip and swollen face"},
                    {"bruising to her arms", "bruises on both arms", "marks to her upper arms", "bruised arms"},
                    {"a black eye", "a swollen left eye", "bruising around her eye", "an eye injury"},
                    {"red marks to her neck", "scratches to her neck", "neck injuries consistent with strangulation",
                     "marks on her neck"},
                    {"no visible injuries", "no injuries seen", "no apparent injury", "no injuries"},
                    {"a head wound", "a cut to her head", "a head injury", "a laceration to her scalp"}}},
        {"cinjury", {{"a fracture to the left arm", "a broken arm", "a fractured left arm", "an arm fracture"},
                     {"a burn to the right hand", "a scald to the hand", "burns to his hand", "a burn on the hand"},
                     {"a head injury", "a bump to the head", "swelling to the head", "a skull fracture"},
                     {"bruising to the cheek", "a bruise on his cheek", "facial bruising", "marks to the face"},
                     {"a bite mark on the arm", "a human bite mark", "a bite to his forearm"},
                     {"having swallowed tablets", "a suspected ingestion of mother's medication",
                      "an accidental overdose of paracetamol"}}},
        {"explanation", {{"said to have fallen from the sofa", "mum said he fell off the settee", "fall from sofa reported"},
                         {"mother said a sibling pushed him", "explanation: pushed by sibling",
                          "reported to have been pushed by older sibling"},
                         {"no explanation offered", "no explanation given", "no account of how it happened"},
                         {"explanation consistent with injury", "account consistent with the injury",
                          "consistent explanation given"},
                         {"delay in presentation of two days", "late presentation, injury two days old",
                          "delayed presentation"}}},
        {"room", {{"upstairs", "in the bedroom upstairs", "upstairs in bed"},
                  {"in the living room", "in the lounge", "in the front room"},
                  {"in the kitchen", "in the kitchen", "in the kitchen area"},
                  {"in the hallway", "in the hall", "by the front door"}}},
        {"drink", {{"was drunk", "was intoxicated", "had been drinking heavily", "under the influence of alcohol"},
                   {"smelt of cannabis", "appeared under the influence of drugs", "had been using cannabis"},
                   {"was sober", "did not appear intoxicated", "was not under the influence"}}},
        {"caller", {{"a neighbour", "neighbour", "a neighbour"},
                    {"mother", "the mother", "mum"},
                    {"Child A", "the child", "Child A on 999"},
                    {"an anonymous caller", "anonymous caller", "an anonymous member of the public"}}},
        {"outcome", {{"partner arrested at the scene", "partner arrested", "the partner was arrested"},
                     {"partner had left before police arrived", "partner left the address before officers arrived",
                      "partner not present, left prior to arrival"},
                     {"no offences disclosed", "no offences identified", "no crime recorded"},
                     {"partner removed from the address", "partner asked to leave the property",
                      "partner left to stay with family"}}},
        {"bail", {{"released on bail with conditions not to contact mother", "bailed with conditions not to contact mother",
                   "on bail, not to contact her", "released on conditional bail, no contact with mother"},
                  {"released under investigation", "RUI", "released under investigation pending enquiries"},
                  {"charged and remanded in custody", "charged with ABH and remanded", "remanded in custody after charge"},
                  {"released with no further action", "NFA and released", "released, no further action"}}},
        {"finding", {{"no answer at the door", "no reply at the address", "nobody answered the door"},
                     {"no concerns, children safe and well", "children seen and well", "no concerns, all safe and well"},
                     {"home conditions poor, little food in the house", "poor home conditions and no food",
                      "house dirty, very little food"},
                     {"mother appeared under the influence of alcohol", "mother drunk", "mother intoxicated"},
                     {"partner present at the address in breach of bail", "partner found at the address despite bail",
                      "partner present, in breach of conditions"}}},
        {"visitfinding", {{"home conditions poor, dog faeces on the floor", "poor home conditions, dog mess on floor",
                           "home conditions very poor"},
                          {"house clean and tidy, children well presented", "home clean and tidy",
                           "children well presented, home tidy"},
                          {"no answer, card left", "no answer at the door, calling card left", "no reply, card left"},
                          {"partner present in the home", "partner was in the home", "partner present at visit"},
                          {"mother tearful, said the partner has left", "mum upset, reports partner has moved out",
                           "mother tearful; says relationship over"},
                          {"Child A had a bruise on his cheek", "bruise seen on Child A's cheek",
                           "Child A has bruising to cheek"}}},
        {"concern", {{"domestic abuse and injuries to mother", "the domestic incident", "DV and injury to mother"},
                     {"bruising to Child B", "bruising found on the baby", "baby's bruising"},
                     {"neglect and home conditions", "neglect", "poor home conditions"},
                     {"Child A's disclosure at school", "the disclosure made by Child A", "Child A's disclosure"},
                     {"an unexplained injury to the baby", "unexplained injury to Child B", "baby's unexplained injury"}}},
        {"sdoutcome", {{"s47 enquiry to be undertaken", "section 47 enquiries to start", "proceed to s47"},
                       {"single agency police investigation", "police to investigate, single agency",
                        "single agency investigation by police"},
                       {"joint investigation with a child protection medical", "joint s47, CP medical to be arranged",
                        "joint investigation; CP medical"},
                       {"no further action, child in need assessment", "NFA, CIN assessment", "step down to child in need"},
                       {"proceed to initial child protection conference", "ICPC to be convened", "convene an ICPC"}}},
        {"category", {{"neglect", "neglect", "category of neglect"},
                      {"emotional abuse", "emotional harm", "emotional abuse"},
                      {"physical abuse", "physical harm", "physical abuse"}}},
        {"appt", {{"paediatric appointment", "the paediatric clinic", "paediatric outpatients"},
                  {"immunisations", "immunisation appointment", "vaccinations"},
                  {"hearing test", "audiology appointment", "hearing assessment"},
                  {"developmental review", "2 year review", "developmental check"},
                  {"dental appointment", "dentist", "dental check"}}},
        {"reason", {{"the domestic incident", "DV at home", "domestic abuse"},
                    {"concerns about neglect", "neglect concerns", "poor home conditions"},
                    {"Child A's injury", "injury to Child A", "bruising on Child A"},
                    {"mother's mental health", "mum's low mood", "mother's mental health deteriorating"},
                    {"partner's drug use", "drug use in the home", "partner using drugs"}}},
        {"disclosure", {{"mum's boyfriend hit him", "partner hit him with a belt", "he was hit by mum's partner"},
                        {"there is no food at home", "he is hungry and there is no food at home",
                         "he often has no breakfast or tea"},
                        {"mummy and her partner were fighting", "mum and partner were shouting and fighting",
                         "he saw his mum being hurt"},
                        {"he is scared to go home", "he doesn't want to go home", "he is frightened of going home"}}},
        {"place", {{"at a friend's address", "at a friend's house", "with friends nearby"},
                   {"in the town centre", "in town", "at the shopping centre"},
                   {"at his grandmother's", "at maternal grandmother's home", "with grandmother"}}},
        {"risk", {{"high", "high", "HIGH"}, {"medium", "medium", "standard"}}},
        {"hvfinding", {{"weight on the 9th centile, no concerns", "weight faltering, dropped two centiles",
                        "weight static, faltering growth"},
                       {"mum presented as low in mood", "mother low in mood", "EPDS score raised, low mood"},
                       {"home cluttered, baby in soiled nappy", "baby in soiled nappy, home cluttered",
                        "baby not clean, nappy rash"},
                       {"good interaction between mum and baby", "positive attachment observed",
                        "warm interaction with baby"}}},
        {"gpreason", {{"low mood and anxiety", "depression", "low mood"},
                      {"a chest infection", "chest infection", "cough"},
                      {"back pain", "back pain after a fall", "pain"},
                      {"requesting repeat prescription of sertraline", "medication review", "repeat prescription"}}},
    };
    return d;
}

// Templates name role slots ({mother}) and detail slots ({injury}); a record words each in its own way.
inline const std::vector<Kind>& kinds() {
    static const std::vector<Kind> k = {
        {"domestic incident", 6, 18, 3, 0.25,
         {{Police, 1,
           {"{officers} attended {home} after a report of a domestic incident; {mother} had {injury}, {child} was asleep {room}",
            "Domestic incident at {home}. Call from {caller}. {partner} {drink}; {mother} reported being assaulted, {injury}. {child} present in the house.",
            "DV incident reported by {caller}. {officers} attended; argument between {mother} and {partner}; {mother} had {injury}. {outcome}.",
            "Report of shouting and screaming from {home}. Police attended, {mother} with {injury}; {outcome}. DASH completed, {child} seen {room}.",
            "Domestic - {partner} v {mother}. {injury}. {partner} {drink}. {outcome}. {child} present."}},
          {Social, 0.7,
           {"Police notification of domestic incident at home; {mother} had {injury}, {child} present",
            "PPN received from police re DV incident at {home}: {partner} assaulted {mother}, {injury}. Children in the home.",
            "Notification from police: domestic abuse incident, {mother} {injury}; {outcome}. Case to duty {sw}.",
            "Police report of domestic incident received. {mother} assaulted by {partner}; {child} was in the home at the time.",
            "DA notification: {partner} {drink}, {mother} with {injury}. {child} present. Passed to MASH."}},
          {Health, 0.35,
           {"{hv} notified of DV incident by police: {mother} {injury}, {child} present",
            "Notification of domestic abuse incident received from police. {partner} assaulted mum. Plan: {hv} to contact mum.",
            "DA notification received: {mother} assaulted by {partner}; {injury}. {child} in the house."}},
          {School, 0.5,
           {"Operation Encompass notification: police attended a domestic incident at {child}'s home last night",
            "School informed by police of DV incident at home; DSL to monitor {child}"}}},
         {{"arrest of partner", 0.45, 0, 1}, {"strategy discussion", 0.25, 1, 2}, {"MARAC", 0.12, 8, 20},
          {"referral by police", 0.2, 0, 1}}},
        {"arrest of partner", 1.5, 6, 22, 0.05,
         {{Police, 1,
           {"{partner} arrested on suspicion of assault on {mother}; interviewed and {bail}",
            "Arrest of {partner} for ABH against {mother}. Interviewed. {bail}.",
            "{partner} located and arrested, taken to custody. {bail}.",
            "Suspect ({partner}) arrested for common assault. {bail}."}},
          {Social, 0.55,
           {"Police advised that {partner} has been arrested and {bail}",
            "Information from police: {partner} arrested following DV incident, {bail}",
            "{sw} informed by police officer that {partner} was arrested; {bail}"}},
          {Health, 0.1, {"Police informed {hv} that {partner} has been arrested; {bail}"}}},
         {}},
        {"welfare check", 3, 9, 23, 0.25,
         {{Police, 1,
           {"{officers} attended {home} for a welfare check on {mother} and {child} at the request of {sw}; {finding}",
            "Welfare check conducted at {home}. {finding}.",
            "Police welfare check: {child} seen, {finding}",
            "Concern for welfare call. {officers} attended {home}, {finding}."}},
          {Social, 0.45,
           {"Police carried out welfare check at {home} at {sw} request; {finding}",
            "Police welfare visit completed; officers reported {finding}",
            "Telephone call from police following welfare check: {finding}"}},
          {Health, 0.15, {"Police welfare check requested by {hv} after no contact with mum; {finding}"}}},
         {}},
        {"strategy discussion", 2, 9, 17, 0.05,
         {{Social, 1,
           {"Strategy discussion held with police and health; {concern}. Decision: {sdoutcome}",
            "Strategy meeting re {concern}. Outcome: {sdoutcome}",
            "Strategy discussion (SW, DS police, named nurse): {concern}; {sdoutcome}",
            "Strat disc held. {concern}. Agreed {sdoutcome}."}},
          {Police, 0.7,
           {"Attended strategy discussion with CSC re {concern}; {sdoutcome}",
            "Strategy meeting held with children's services and health. {sdoutcome}",
            "Police represented at multi-agency strategy discussion regarding {concern}; agreed {sdoutcome}"}},
          {Health, 0.55,
           {"Strategy discussion attended by named nurse: {concern}; {sdoutcome}",
            "Telephone strategy discussion with {sw} and police re {concern}, {sdoutcome}",
            "Safeguarding nurse took part in strategy meeting. Outcome {sdoutcome}"}},
          {School, 0.3, {"DSL contributed to strategy discussion re {concern}; {sdoutcome}"}}},
         {{"home visit", 0.6, 0, 2}, {"ABE interview", 0.2, 1, 3}, {"initial child protection conference", 0.3, 10, 15},
          {"child protection medical", 0.2, 0, 1}}},
        {"home visit", 6, 9, 18, 0.3,
         {{Social, 1,
           {"Home visit by {sw}: {child} seen {room}; {visitfinding}",
            "{sw} visited the home, {mother} present; {visitfinding}",
            "Unannounced home visit. {visitfinding}. {child} seen alone.",
            "Statutory visit to {home}: {visitfinding}; {child} seen and spoken to.",
            "HV by SW (announced). {visitfinding}."}},
          {Police, 0.12,
           {"Joint visit with {sw} to {home}; {visitfinding}",
            "{officers} accompanied social worker on a home visit; {child} seen, {visitfinding}"}},
          {Health, 0.12, {"Joint home visit with {sw}: {visitfinding}", "{hv} and SW visited together; {visitfinding}"}}},
         {}},
        {"A&E attendance of a child", 3, 0, 23, 0.1,
         {{Health, 1,
           {"{child} brought to A&E by {mother} with {cinjury}; {explanation}",
            "Attended ED with {cinjury}. Explanation given: {explanation}. Safeguarding referral made.",
            "A&E attendance: pt {child}, {cinjury}, seen by paediatric registrar; {explanation}",
            "Presented to the emergency department with {cinjury}, {explanation}. X-ray and skeletal survey."}},
          {Social, 0.6,
           {"Hospital SW referral: {child} attended A&E with {cinjury}; {explanation}",
            "Notification from hospital: {child} seen in A&E with {cinjury}",
            "Call from ED safeguarding nurse re {child}: {cinjury}, {explanation}"}},
          {Police, 0.25, {"Police informed by hospital of {child} with {cinjury}; {explanation}",
                          "Call from hospital re child with {cinjury}, {explanation}. Officers attended the hospital."}}},
         {{"strategy discussion", 0.4, 0, 1}, {"child protection medical", 0.3, 0, 1}}},
        {"A&E attendance of mother", 2, 0, 23, 0.05,
         {{Health, 1,
           {"{mother} attended A&E with {injury}; said she fell",
            "Mum presented to ED with {injury}. Disclosed DV by {partner}. IDVA referral offered.",
            "ED attendance: pt (mother) {injury}, reports assault by {partner}"}},
          {Police, 0.3, {"Hospital reported {mother} attended with {injury} following an assault; officers attended A&E"}},
          {Social, 0.3, {"Health notification: {mother} attended A&E with {injury}, possible DV"}}},
         {}},
        {"missed health appointment", 5, 9, 16, 0.15,
         {{Health, 1,
           {"{child} not brought to {appt}",
            "DNA {appt}. Letter sent to mum with new appointment.",
            "Was not brought: {child}, {appt}. Second missed appointment; GP informed.",
            "{child} did not attend {appt}. Mum not contactable by phone."}},
          {Social, 0.25,
           {"Health informed {sw} that {child} was not brought to {appt}",
            "Email from health: {child} missed {appt}"}}},
         {}},
        {"school absence", 6, 8, 10, 0.4,
         {{School, 1,
           {"{child} absent from school, no reason given",
            "No contact from home about {child}'s absence; first day calls made, no answer",
            "{child} not in school; mum says unwell. Attendance now 82%",
            "Unauthorised absence. {child} not in school, home visit by EWO"}},
          {Social, 0.3,
           {"School reported {child} absent today, no reason given",
            "Call from school: {child} not in school, mum not answering",
            "DSL informed {sw} of {child}'s absence from school"}}},
         {}},
        {"initial child protection conference", 0.5, 9, 16, 0.0,
         {{Social, 1,
           {"Initial child protection conference: {child} made subject of a CP plan under the category of {category}",
            "ICPC held; CP plan, category {category}",
            "ICPC: decision {child} to be subject to CP plan ({category}). Core group to meet within 10 days."}},
          {Police, 0.7,
           {"Attended CP conference; {child} made subject to child protection plans ({category})",
            "Police attended initial child protection conference. Outcome: CP plan, {category}."}},
          {Health, 0.75,
           {"{hv} attended ICPC. Outcome: CP plan, {category}",
            "Initial CP conference attended by {hv}; children subject to CP plans under {category}"}},
          {School, 0.5, {"DSL attended initial child protection conference; {child} placed on CP plan ({category})"}}},
         {{"core group meeting", 0.9, 8, 10}, {"review child protection conference", 0.9, 85, 95}}},
        {"review child protection conference", 0, 9, 16, 0.0,
         {{Social, 1,
           {"Review child protection conference: {child} to remain subject of CP plan ({category})",
            "RCPC held. CP plan to continue under {category}",
            "Review CP conference; plan ended, step down to child in need"}},
          {Police, 0.4, {"Attended review CP conference: plan continues ({category})"}},
          {Health, 0.7, {"{hv} attended RCPC; CP plan continues, {category}", "Review conference attended by HV. Plan ended."}},
          {School, 0.5, {"DSL attended review child protection conference for {child}"}}},
         {{"review child protection conference", 0.5, 170, 190}}},
        {"core group meeting", 0.5, 9, 16, 0.05,
         {{Social, 1,
           {"Core group meeting held: {visitfinding}", "CG meeting. Progress on CP plan reviewed; {visitfinding}",
            "Core group: mum engaging, {visitfinding}"}},
          {Health, 0.6, {"{hv} attended core group meeting; {visitfinding}", "Core group attended. Actions for HV: weekly visits."}},
          {School, 0.5, {"Core group meeting at school; {child}'s attendance discussed"}},
          {Police, 0.1, {"Police contributed to core group by email"}}},
         {{"core group meeting", 0.75, 26, 42}}},
        {"health visitor contact", 6, 9, 17, 0.3,
         {{Health, 1,
           {"{hv} home visit: {child} weighed, {hvfinding}", "Home visit by HV. {hvfinding}.",
            "HV contact at clinic: {child} seen, {hvfinding}", "Telephone contact with mum by HV; {hvfinding}"}},
          {Social, 0.12, {"{hv} updated {sw} after visit: {hvfinding}", "Call from HV: {hvfinding}"}}},
         {}},
        {"GP appointment", 5, 8, 18, 0.15,
         {{Health, 1,
           {"{mother} seen by GP: {gpreason}", "GP consultation, pt (mother): {gpreason}",
            "Mum attended surgery c/o {gpreason}", "Telephone consultation with GP re {gpreason}"}},
          {Social, 0.05, {"GP informed {sw} that {mother} was seen re {gpreason}"}}},
         {}},
        {"MASH enquiry", 2, 9, 17, 0.05,
         {{Social, 1,
           {"MASH enquiry: information shared by police and health; {reason}",
            "Contact received into MASH re {reason}; checks completed with partner agencies",
            "MASH: multi-agency checks re {reason}. Outcome: allocated for assessment."}},
          {Police, 0.55, {"MASH research completed; police information shared with CSC re {reason}",
                          "Police checks provided to MASH regarding {reason}"}},
          {Health, 0.45, {"Health information provided to MASH re {reason}", "MASH request for health information: {reason}"}}},
         {}},
        {"referral by police", 1, 9, 20, 0.05,
         {{Police, 1,
           {"Referral made to children's social care following {reason}", "PPN submitted to MASH re {reason}",
            "Child concern form completed and sent to CSC: {reason}"}},
          {Social, 0.75, {"Referral received from police: {reason}", "Police referral into MASH re {reason}",
                          "Contact from police re {reason}; NFA decision by duty TM"}}},
         {}},
        {"referral by health", 1.5, 9, 17, 0.05,
         {{Health, 1,
           {"Referral made to CSC by {hv} due to {reason}", "Safeguarding referral to social care re {reason}",
            "HV completed MARF to children's services: {reason}"}},
          {Social, 0.75, {"Referral received from health visitor: {reason}", "Contact from HV re {reason}",
                          "Health referral received re {reason}; passed to assessment team"}}},
         {}},
        {"referral by school", 1.5, 9, 16, 0.05,
         {{School, 1,
           {"DSL made referral to children's social care re {reason}", "Referral to MASH by school: {reason}"}},
          {Social, 0.75, {"Referral received from school regarding {reason}", "Contact from DSL at school re {reason}"}}},
         {}},
        {"anonymous referral", 1, 9, 17, 0.0,
         {{Social, 1,
           {"Anonymous referral: neighbour concerned about shouting and children crying at {home}",
            "Anonymous call to CSC re children left alone at home"}}},
         {{"welfare check", 0.3, 0, 1}}},
        {"disclosure at school", 2, 9, 15, 0.05,
         {{School, 1,
           {"{child} disclosed to class teacher that {disclosure}", "Disclosure by {child}: {disclosure}. Logged on CPOMS, DSL informed.",
            "{child} told TA {disclosure}; DSL spoke to him"}},
          {Social, 0.65, {"Call from school DSL: {child} said {disclosure}", "School reported a disclosure from {child}: {disclosure}"}},
          {Police, 0.25, {"School reported a disclosure by {child} that {disclosure}; crime recorded"}}},
         {{"strategy discussion", 0.5, 0, 1}}},
        {"injury seen at school", 1.5, 8, 15, 0.1,
         {{School, 1,
           {"{child} arrived at school with {cinjury}; {explanation}", "Staff noticed {cinjury} on {child}; body map completed"}},
          {Social, 0.5, {"School reported {cinjury} on {child}: {explanation}", "Call from DSL re {child}'s {cinjury}"}}},
         {{"strategy discussion", 0.35, 0, 1}}},
        {"child protection medical", 0.5, 9, 18, 0.0,
         {{Health, 1,
           {"Child protection medical of {child} by community paediatrician: {cinjury}, {explanation}",
            "CP medical completed. Findings: {cinjury}. Opinion: likely non-accidental injury.",
            "CPM: {cinjury}; {explanation}. Skeletal survey requested."}},
          {Social, 0.6, {"{sw} attended CP medical with {mother}: {cinjury}", "CP medical outcome from paediatrician: {cinjury}"}},
          {Police, 0.35, {"Police informed of CP medical findings: {cinjury}, {explanation}"}}},
         {}},
        {"ABE interview", 0, 10, 16, 0.0,
         {{Police, 1,
           {"ABE interview of {child}; disclosed that {disclosure}", "Achieving Best Evidence interview with {child} conducted"}},
          {Social, 0.6, {"{sw} attended ABE interview of {child}: {disclosure}", "Joint ABE interview completed with police"}}},
         {}},
        {"MARAC", 0.3, 9, 16, 0.0,
         {{Police, 1,
           {"Case heard at MARAC ({risk} risk); actions: safety plan, IDVA support", "MARAC meeting: {mother} discussed, risk {risk}"}},
          {Social, 0.45, {"MARAC held; mum assessed as {risk} risk, actions agreed", "SW attended MARAC; {risk} risk, IDVA allocated"}},
          {Health, 0.45, {"Health attended MARAC re {mother}; flag added to records", "MARAC: {risk} risk, HV to be informed"}}},
         {}},
        {"breach of bail", 1, 16, 2, 0.1,
         {{Police, 1,
           {"{partner} found at {home} in breach of bail conditions; arrested",
            "Call from {mother} reporting {partner} at the door in breach of bail. {officers} attended."}},
          {Social, 0.45, {"Police informed SW that {partner} breached bail by attending the home",
                          "Notification: partner at family home in breach of bail"}}},
         {}},
        {"silent 999 call", 1.5, 18, 4, 0.1,
         {{Police, 1,
           {"Silent 999 call from the address; {officers} attended, {outcome}",
            "Abandoned 999 call traced to {home}. Attended, {outcome}."}},
          {Social, 0.25, {"Police notification: 999 call from the home, {outcome}"}}},
         {}},
        {"missing episode", 1.5, 14, 23, 0.1,
         {{Police, 1,
           {"{child} reported missing by {mother}; found {place}", "Missing person report: {child}, located {place} and returned home",
            "Misper - {child}. Found safe {place}."}},
          {Social, 0.6, {"Police informed {sw} that {child} went missing overnight; found {place}",
                         "Missing episode: {child} found {place}, return home interview to be offered"}},
          {School, 0.15, {"School informed that {child} was missing overnight"}}},
         {}},
        {"telephone call to mother", 6, 9, 17, 0.3,
         {{Social, 1,
           {"{sw} telephoned mum to arrange a visit; no answer", "Call to mother: she said things are better at home",
            "Telephone call from mum upset about the assessment", "{sw} rang mother, discussed the plan and the partner's bail"}}},
         {}},
        {"child in need meeting", 1, 9, 16, 0.05,
         {{Social, 1, {"Child in need meeting held; {visitfinding}", "CIN review meeting: plan reviewed, mum engaging"}},
          {Health, 0.35, {"Attended CIN meeting; {visitfinding}"}},
          {School, 0.4, {"CIN meeting held at school; attendance and behaviour discussed"}}},
         {}},
        {"new birth visit", 0.2, 9, 17, 0.0,
         {{Health, 1, {"New birth visit by {hv}: baby feeding well, {hvfinding}", "NBV completed; {hvfinding}"}},
          {Social, 0.2, {"HV informed SW of new birth visit: {hvfinding}"}}},
         {}},
        {"antenatal appointment", 1, 9, 16, 0.1,
         {{Health, 1,
           {"Mum did not attend antenatal appointment", "Antenatal booking with midwife; disclosed previous DV",
            "Midwife appointment: mother 28 weeks, well"}}},
         {}},
        {"police intelligence", 2, 0, 23, 0.1,
         {{Police, 1,
           {"Intelligence received that {partner} is dealing drugs from {home}",
            "Intelligence: {partner} seen at the address despite bail conditions",
            "Neighbour reports frequent visitors to the property late at night"}}},
         {}},
        {"school exclusion", 0.5, 10, 15, 0.0,
         {{School, 1, {"{child} given a fixed-term exclusion for 2 days for assaulting a pupil",
                       "FTE: {child} excluded for violent behaviour towards staff"}},
          {Social, 0.35, {"School informed SW of {child}'s fixed term exclusion"}}},
         {}},
        {"mental health crisis", 0.6, 0, 23, 0.05,
         {{Health, 1,
           {"{mother} presented at A&E in crisis; assessed by mental health liaison team",
            "Mum seen by crisis team after taking an overdose; discharged with follow-up"}},
          {Police, 0.35, {"Concern for welfare of {mother}: threats of self-harm; officers attended, taken to hospital under s136"}},
          {Social, 0.4, {"Notification: mother admitted to hospital after overdose, children with grandmother"}}},
         {}},
        {"assessment completed", 1, 9, 17, 0.0,
         {{Social, 1, {"Child and family assessment completed; outcome: {sdoutcome}", "C&F assessment authorised by TM"}}},
         {}},
        {"supervision", 2, 9, 17, 0.0,
         {{Social, 1, {"Case discussed in supervision with team manager; plan reviewed", "Supervision: TM agreed actions re {reason}"}}},
         {}},
        {"legal planning meeting", 0.2, 9, 16, 0.0,
         {{Social, 1, {"Legal planning meeting: threshold met, PLO letter to be sent", "LPM held; agreed to issue care proceedings"}}},
         {}},
        {"school attendance meeting", 1, 9, 15, 0.05,
         {{School, 1, {"Attendance meeting with mum; {child}'s attendance 78%, parenting contract", "EWO met mum re attendance"}},
          {Social, 0.2, {"School attendance meeting attended by SW; attendance poor"}}},
         {}},
        {"dental treatment", 0.8, 9, 16, 0.0,
         {{Health, 1, {"{child} seen by dentist: multiple extractions needed due to decay", "Dental GA for extractions, {child}"}}},
         {}},
        // Everyday single-agency records: the bulk of any chronology, and words shared with the rest.
        {"family support session", 6, 9, 17, 0.3,
         {{Social, 1,
           {"Family support worker session with mum on routines and boundaries", "FSW visited: helped mum with bedtime routine",
            "Family support session cancelled by mum", "FSW took {child} to nursery; mum still in bed"}}},
         {}},
        {"letter or email", 6, 9, 17, 0.2,
         {{Social, 1,
           {"Letter sent to mother confirming the next home visit", "Email to health and school requesting updates for conference",
            "Letter to {partner} about contact arrangements", "Case note: tried to contact mum by phone, no answer"}}},
         {}},
        {"contact session", 3, 10, 16, 0.3,
         {{Social, 1, {"Supervised contact between {child} and father; went well", "Contact session with father cancelled"}}},
         {}},
        {"police checks", 6, 8, 20, 0.2,
         {{Police, 1,
           {"PNC check on {partner}: previous convictions for violence", "Crime report reviewed by sergeant; no further lines of enquiry",
            "Vehicle stop: {partner} driving without insurance", "Report of criminal damage to {partner}'s car; no suspects",
            "Antisocial behaviour report: youths gathering outside {home}"}}},
         {}},
        {"health records", 4, 8, 17, 0.3,
         {{Health, 1,
           {"School nurse drop-in: {child} weighed and measured", "Prescription issued for {child}: amoxicillin",
            "Letter from paediatrician: {child} discharged from clinic", "Immunisations given to {child}, no concerns",
            "Telephone triage: mum asking for advice about {child}'s rash"}}},
         {}},
        {"school day", 4, 8, 16, 0.3,
         {{School, 1,
           {"{child} upset in class, settled after talking to TA", "Behaviour incident: {child} hit another pupil in the playground",
            "Attendance letter sent home", "{child} came to school hungry, given breakfast club", "Parents' evening: mum did not attend"}}},
         {}},
        {"neighbour dispute", 0.8, 12, 23, 0.1,
         {{Police, 1, {"Neighbour dispute: complaint about noise from {home}; words of advice given",
                       "Call from neighbour about shouting at {home}; no offences disclosed"}}},
         {}},
    };
    return k;
}

struct Generated {
    std::vector<model::ChronologyEntry> entries;
    std::set<std::pair<std::int64_t, std::int64_t>> truth;  ///< (smaller id, larger id): one event, two agencies
};

struct Options {
    std::vector<int> agencies = {Police, Social};
    std::size_t target = 2000;  ///< entries, roughly
    int days = 3 * 365;
    std::uint64_t seed = 20150403;
    double near_copy = 0.06;       ///< an agency records the same event twice
    double month_precision = 0.02; ///< an entry dated only by month
};

class Generator {
public:
    explicit Generator(const Options& o) : m_o(o), m_rng(o.seed) {
        for (int a : o.agencies) m_in[a] = true;
        for (std::size_t i = 0; i < kinds().size(); ++i) m_kind_index[kinds()[i].name] = i;
    }

    Generated run() {
        const model::Date start = model::Date::from_ymd(2014, 1, 1);
        double total = 0;
        for (const auto& k : kinds()) total += k.weight;
        while (m_out.size() < m_o.target) {
            double r = m_rng.unit() * total;
            std::size_t kind = 0;
            for (; kind + 1 < kinds().size(); ++kind) {
                if (r < kinds()[kind].weight) break;
                r -= kinds()[kind].weight;
            }
            if (kinds()[kind].weight == 0) continue;
            instance(kind, start.add_days(m_rng.below(m_o.days)), 0);
        }
        // Shuffle, then number: ids carry no hint of agency or order.
        for (std::size_t i = m_out.size(); i > 1; --i) std::swap(m_out[i - 1], m_out[std::size_t(m_rng.below(int(i)))]);
        Generated g;
        std::map<std::int64_t, std::vector<std::size_t>> by_instance;
        for (std::size_t i = 0; i < m_out.size(); ++i) {
            m_out[i].entry.id = std::int64_t(i) + 1;
            by_instance[m_out[i].instance].push_back(i);
            g.entries.push_back(m_out[i].entry);
        }
        for (const auto& [inst, members] : by_instance)
            for (std::size_t x = 0; x < members.size(); ++x)
                for (std::size_t y = x + 1; y < members.size(); ++y) {
                    const auto& a = g.entries[members[x]];
                    const auto& b = g.entries[members[y]];
                    if (a.agency == b.agency) continue;
                    if (a.date.precision != model::FuzzyDate::Precision::Day ||
                        b.date.precision != model::FuzzyDate::Precision::Day)
                        continue;
                    if (std::abs(a.date.earliest.days_until(b.date.earliest)) > 1) continue;
                    g.truth.insert(std::minmax(a.id, b.id));
                }
        return g;
    }

private:
    struct Out {
        model::ChronologyEntry entry;
        std::int64_t instance;
    };

    /// One event and its records. Two events of the same kind within two days of each other differ in
    /// every detail they can (as two real home visits a day apart do): otherwise no reader could tell
    /// which record belongs to which.
    void instance(std::size_t kind, model::Date day, int depth) {
        const Kind& k = kinds()[kind];
        const std::int64_t id = ++m_instances;
        std::vector<const std::map<std::string, int>*> nearby;
        for (const auto& [other_day, other_value] : m_events[kind])
            if (std::abs(other_day.days_until(day)) <= 2) nearby.push_back(&other_value);
        std::map<std::string, int> value;
        for (const auto& d : details()) {
            std::vector<int> free;
            for (int v = 0; v < int(d.values.size()); ++v)
                if (std::none_of(nearby.begin(), nearby.end(), [&](const auto* o) { return o->at(d.name) == v; }))
                    free.push_back(v);
            value[d.name] = free.empty() ? m_rng.below(int(d.values.size())) : m_rng.pick(free);
        }
        m_events[kind].emplace_back(day, value);
        const int span = (k.to_hour - k.from_hour + 24) % 24;
        const int minute = (k.from_hour * 60 + m_rng.below(span * 60 + 60)) % (24 * 60);
        for (std::size_t r = 0; r < k.records.size(); ++r) {
            const Record& rec = k.records[r];
            if (!m_in[rec.agency] || !m_rng.chance(rec.p)) continue;
            const int copies = m_rng.chance(m_o.near_copy) ? 2 : 1;
            for (int c = 0; c < copies; ++c) record(rec, r == 0, id, value, day, minute);
        }
        if (depth < 6) {
            for (const auto& f : k.follow)
                if (m_rng.chance(f.p))
                    instance(m_kind_index.at(f.kind), day.add_days(m_rng.between(f.lag_from, f.lag_to)), depth + 1);
            // Another event of the same kind close by: two home visits a day apart, a second call-out.
            if (m_rng.chance(k.repeat)) instance(kind, day.add_days(m_rng.between(0, 2)), depth + 1);
        }
    }

    void record(const Record& rec, bool owner, std::int64_t inst, const std::map<std::string, int>& value,
                model::Date day, int minute) {
        static const double time_known[kAgencies] = {0.95, 0.3, 0.6, 0.15};
        model::ChronologyEntry e;
        e.agency = agency_name(rec.agency);
        int lag = 0;
        if (!owner) {
            const double r = m_rng.unit();
            lag = r < 0.45 ? 0 : r < 0.95 ? 1 : m_rng.between(2, 3);  // late notifications cannot be paired
        }
        const model::Date d = day.add_days(lag);
        e.date = {d, d, model::FuzzyDate::Precision::Day, false};
        if (m_rng.chance(m_o.month_precision)) {
            const model::Date first = model::Date::from_ymd(d.year(), d.month(), 1);
            e.date = {first, first.add_days(model::days_in_month(d.year(), d.month()) - 1),
                      model::FuzzyDate::Precision::Month, false};
        }
        if (owner) {
            if (m_rng.chance(time_known[rec.agency])) e.time = minute;
        } else if (m_rng.chance(time_known[rec.agency] * 0.7)) {
            // The time of the event itself, or when the agency heard of it.
            if (lag == 0 && m_rng.chance(0.5)) e.time = std::min(minute + m_rng.below(40), 24 * 60 - 1);
            else e.time = 8 * 60 + 30 + m_rng.below(9 * 60);
        }
        e.event = render(m_rng.pick(rec.phrasings), rec.agency, value);
        e.source = "generated";
        m_out.push_back({std::move(e), inst});
    }

    std::string render(const std::string& text, int agency, const std::map<std::string, int>& value) {
        std::string out;
        for (std::size_t i = 0; i < text.size(); ++i) {
            const std::size_t close = text[i] == '{' ? text.find('}', i) : std::string::npos;
            if (close == std::string::npos) {
                out += text[i];
                continue;
            }
            const std::string name = text.substr(i + 1, close - i - 1);
            i = close;
            bool found = false;
            for (const auto& r : roles())
                if (name == r.name) out += m_rng.pick(r.by_agency[agency]), found = true;
            for (const auto& d : details())
                if (!found && name == d.name) out += m_rng.pick(d.values[std::size_t(value.at(name))]), found = true;
            if (!found) out += "{" + name + "}";
        }
        if (!out.empty()) out[0] = char(std::toupper(static_cast<unsigned char>(out[0])));
        return out;
    }

    Options m_o;
    Rng m_rng;
    bool m_in[kAgencies] = {};
    std::map<std::string, std::size_t> m_kind_index;
    std::vector<Out> m_out;
    std::int64_t m_instances = 0;
    std::map<std::size_t, std::vector<std::pair<model::Date, std::map<std::string, int>>>> m_events;  // by kind
};

inline Generated generate(const Options& o) { return Generator(o).run(); }

struct Quality {
    std::size_t found = 0, true_found = 0, truth = 0;
    double precision() const { return found ? double(true_found) / double(found) : 1.0; }
    double recall() const { return truth ? double(true_found) / double(truth) : 1.0; }
};

inline Quality measure(const Generated& g, const std::vector<model::DuplicatePair>& pairs) {
    Quality q;
    q.found = pairs.size();
    q.truth = g.truth.size();
    for (const auto& p : pairs) q.true_found += g.truth.count({p.a, p.b});
    return q;
}

}  // namespace dupgen
