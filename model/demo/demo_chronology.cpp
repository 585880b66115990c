// SPDX-License-Identifier: MIT
// Agency submissions for the demo's Child A review, each in the layout that agency really uses, imported
// through the same path a lead reviewer's files take. Everything here is invented.
#include "model/demo/demo_chronology.h"

#include "model/register/board.h"

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <unistd.h>

namespace model {
namespace {

struct Row {
    int days_before;  // before the board became aware
    const char* time;
    const char* who;
    const char* event;
    const char* more;
};

std::string uk(Date d) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%02d/%02d/%04d", d.day(), d.month(), d.year());
    return buf;
}

std::string quoted(const std::string& s) {
    std::string out = "\"";
    for (char c : s) out += c == '"' ? "\"\"" : std::string(1, c);
    return out + "\"";
}

const Row kPolice[] = {
    {330, "23:10", "PC 2291", "Officers attended the home address after a neighbour reported shouting. Mother had a red mark to her cheek and said she had walked into a door; partner had left before arrival. Mother is 20 weeks pregnant.", "DASH completed: standard risk. Notification to CSC."},
    {98, "10:30", "DS Marsh", "Strategy discussion with children's social care and the hospital about bruising to the baby's cheek and ear.", "Joint section 47 enquiry agreed; police to check the partner's record."},
    {96, "14:00", "DS Marsh", "Partner's record checked: two previous domestic abuse call-outs with a former partner in another force area.", "Shared with children's social care by email."},
    {2, "03:40", "PC 1187", "Ambulance service request: infant unresponsive at home. Officers attended with paramedics; mother and partner present.", "Scene secured; partner arrested on suspicion of grievous bodily harm."},
    {1, "11:00", "DC Ahmed", "Strategy discussion with children's social care and the hospital following the infant's admission with a head injury.", "Police investigation opened; section 47 enquiry."},
};
const Row kSocialCare[] = {
    {329, "", "Duty SW", "Police notification of a domestic incident at the home; mother pregnant, no children in the household yet.", "No further action; letter to mother about support services."},
    {99, "", "MASH SW", "Referral from the hospital: 4-month-old with bruising to the cheek and ear; mother says the baby rolled against the cot bars.", "Strategy discussion convened."},
    {98, "", "SW 1", "Strategy discussion with police and the hospital about the baby's bruising.", "Section 47 enquiry; child protection medical arranged."},
    {90, "", "SW 1", "Home visit. Mother and partner present; the partner was introduced as a family friend who sometimes stays.", "Safety plan: partner not to be left alone with the baby."},
    {84, "", "SW 1", "Section 47 enquiry concluded: explanation accepted, concerns not substantiated.", "Case closed to children's social care with advice to the health visitor."},
    {1, "", "Team manager", "Strategy discussion following the infant's admission with a head injury.", "Section 47 enquiry; emergency protection order sought."},
};
const Row kHealth[] = {
    {400, "09:00", "Midwife", "Booking appointment at 10 weeks. Mother disclosed an argument with her partner; routine enquiry about domestic abuse answered 'no'.", ""},
    {195, "10:00", "HV 1", "New birth visit. Baby feeding well, weight on the 25th centile. Mother seemed tired; partner not present.", "Universal plus offered."},
    {160, "14:30", "HV 1", "Visit: baby well. Mother said her partner has moved in; she declined to discuss their relationship with him in the room.", "No safeguarding concern recorded."},
    {140, "11:00", "HV 2", "No access visit: no answer at the door.", "Card left; appointment rebooked."},
    {126, "11:00", "HV 2", "No access visit: no answer at the door.", "Second card left; not escalated."},
    {84, "", "HV 1", "Advice received from children's social care after their enquiry closed.", "Plan: routine contacts."},
    {21, "09:30", "HV 1", "Clinic contact: small bruise noted on the baby's forearm; mother said it happened at a soft play session.", "Recorded; not discussed with the named nurse."},
};
const Row kGP[] = {
    {158, "", "GP 1", "6-8 week baby check: normal examination. Mother's mood low; PHQ-9 score 14.", "Sertraline started; review in 4 weeks."},
    {130, "", "GP 1", "Mother did not attend her medication review.", "No follow-up recorded."},
    {60, "", "GP 2", "Telephone consultation: mother asked for help with sleep, said 'things at home are hard'.", "Advice given; sleep hygiene leaflet."},
};
const Row kHospital[] = {
    {99, "16:20", "ED registrar", "Attended the emergency department with bruising to the left cheek and behind the left ear, 4 months old. Explanation: rolled against the cot bars.", "Referred to children's social care; skeletal survey clear."},
    {2, "04:15", "PICU consultant", "Admitted with a subdural haemorrhage and retinal haemorrhages. Explanation given: fell from the sofa.", "Referral to police and children's social care; child protection medical."},
};

void write_csv(const std::string& path, const std::string& header, const Row* rows, std::size_t count, Date aware,
               int style) {
    std::ofstream out(path);
    out << header << "\r\n";
    for (std::size_t i = 0; i < count; ++i) {
        const Row& r = rows[i];
        const Date d = aware.add_days(-r.days_before);
        switch (style) {
        case 0:  // Police: plain template
            out << uk(d) << ',' << r.time << ',' << quoted(r.who) << ',' << quoted(r.event) << ',' << quoted(r.more)
                << ",Niche OEL " << 4400 + i << "\r\n";
            break;
        case 1:  // Children's social care: family-court social work chronology
            out << i + 1 << ',' << uk(d) << ',' << quoted(r.event + std::string(" Outcome: ") + r.more) << ",Case note "
                << 200 + i << " (" << r.who << ")\r\n";
            break;
        case 2:  // Health: NHS tabular timeline
            out << uk(d) << (*r.time ? std::string(" ") + r.time : std::string()) << ',' << quoted(r.event) << ','
                << quoted(r.more) << ",," << quoted(r.who) << "\r\n";
            break;
        default:  // GP and hospital: plain with practitioner
            out << uk(d) << ',' << r.time << ',' << quoted(r.who) << ',' << quoted(r.event) << ',' << quoted(r.more)
                << "\r\n";
        }
    }
}

}  // namespace

void fill_demo_chronology(Board& board, const std::string& ref) {
    const Review review = board.get_review(ref);
    const Date aware = review.aware;
    namespace fs = std::filesystem;
    const fs::path dir = fs::temp_directory_path() / ("casereview-demo-" + std::to_string(::getpid()));
    fs::create_directories(dir);
    struct Submission {
        const char* agency;
        const char* file;
        const char* header;
        const Row* rows;
        std::size_t count;
        int style;
    } submissions[] = {
        {"Police", "police-chronology.csv", "Date,Time,Practitioner,Event,Outcome,Source", kPolice, std::size(kPolice), 0},
        {"Children's social care", "csc-chronology.csv", "Serial number,Date,Event detail,Document reference",
         kSocialCare, std::size(kSocialCare), 1},
        {"Health visiting and midwifery", "health-timeline.csv",
         "Date + Time of Event,Event,Additional information,Notable Practice,Source", kHealth, std::size(kHealth), 2},
        {"GP practice", "gp-chronology.csv", "Date,Time,Practitioner,Details of contact,Outcome", kGP, std::size(kGP), 3},
        {"Hospital trust", "hospital-chronology.csv", "Date,Time,Practitioner,Event,Outcome", kHospital,
         std::size(kHospital), 3},
    };
    auto& chronology = board.chronology();
    chronology.add_agency(ref, "Housing association");  // known to be involved; never submitted
    for (const auto& s : submissions) {
        const std::string path = (dir / s.file).string();
        write_csv(path, s.header, s.rows, s.count, aware, s.style);
        ImportOptions options;
        options.agency = s.agency;
        chronology.import_file(ref, path, options);
    }
    fs::remove_all(dir);

    // The lead reviewer has started: a key practice episode and the first analysis.
    for (const auto& e : chronology.list(ref)) {
        if (e.event.rfind("Attended the emergency department", 0) == 0)
            chronology.annotate(e.id, {std::string("key"),
                                       std::string("Bruising to a non-mobile baby was explained by the cot bars and "
                                                   "accepted. Why was the protocol for bruising in non-mobile babies "
                                                   "not followed?"),
                                       std::string("Busy department at the weekend; the registrar was new to the trust."),
                                       std::string("Episode 2: bruising at 4 months")});
        if (e.event.rfind("No access visit", 0) == 0)
            chronology.annotate(e.id, {std::string("high"), {}, {}, std::string("Episode 1: missed contacts")});
    }
}

}  // namespace model
