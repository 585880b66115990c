#!/usr/bin/env bash
# Builds a realistic multi-agency chronology for screenshots and GUI tests: one fictional family
# (no real names) over two years, submitted by Police, Children's social care, Health visiting, the GP
# and the School in their own spreadsheet layouts, with overlapping records of the same incidents, one
# long silence (August to November 2023, after the family moved) and Housing known to be involved
# but not yet submitted. A few entries carry the lead reviewer's annotations.
#
# Usage: make_chronology_demo.sh CASEREVIEW_CLI DB_PATH
# Prints the review's reference on the last line.
set -euo pipefail

cli=$1
mkdir -p "$(dirname "$2")"
db="$(cd "$(dirname "$2")" && pwd)/$(basename "$2")"  # absolute: the imports run in the scratch folder
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
run() { "$cli" --db "$db" "$@"; }

run init >/dev/null
ref=$(run review add --pathway cspr-england --title "Child J (Oakfield)" --aware 2024-01-22 --child "Child J" | tail -1)
run terms set "$ref" --agreed 2024-02-26 --scope-from 2022-04-01 --scope-to 2024-01-31 \
    --question "How well did agencies recognise and respond to domestic abuse in the household?" \
    --question "Was the voice and daily lived experience of the children heard?" \
    --methodology "Multi-agency chronology, practitioner learning event, systems analysis" >/dev/null

# --- Police: their own headings; "Officer" and "Incident summary" are mapped on import -------------
cat >"$work/police.csv" <<'CSV'
Date,Time,Officer,Incident summary,Action taken,Ref
14/03/2022,23:40,PC 4471,"Call from neighbour reporting shouting and a child crying at the flat. Officers attended; mother (M) said she had argued with partner (P), who had left before police arrived. Children J (11 months) and K (6) seen asleep.","DASH risk assessment completed: standard risk. Public protection notice (PPN) submitted.",INC-22-03-1187
15/03/2022,09:30,PPU researcher,"PPN reviewed by the public protection unit. No previous incidents recorded at the address.",Shared with children's social care (MASH).,INC-22-03-1187
02/05/2022,01:15,PC 3310,"999 call from M: P had pushed her against a wall and thrown a mug. Injury to M's forearm seen. J was in the same room in a bouncer chair. P arrested at the scene for assault.","DASH: medium risk. PPN to children's social care. P released under investigation with bail conditions not to contact M.",INC-22-05-0042
03/05/2022,10:30,DC 2207,"Statement taken from M. M said this was the third incident since Christmas but she did not want to support a prosecution. Officer noted M appeared frightened of P.","Evidence-led prosecution considered; insufficient evidence without M's statement.",INC-22-05-0042
04/05/2022,15:00,PC 3310,"Bail conditions explained to M. Safety advice given; a video doorbell offered through the target-hardening scheme.",Doorbell fitted on 9 May.,INC-22-05-0042
11/05/2022,,DA unit,"Referral to the independent domestic violence adviser (IDVA) service. M declined contact.",Referral closed by the IDVA service.,INC-22-05-0042
19/05/2022,16:20,PC 4471,"M reported that P had been seen outside the flat in breach of bail conditions. P not located.","Breach logged. Patrols requested for the address for 7 days.",INC-22-05-0911
27/06/2022,,DC 2207,"No further action decision on the May assault: M withdrew support. Bail conditions lapsed.",Case filed. M informed by phone; no letter sent to children's social care.,INC-22-05-0042
30/07/2022,22:05,PC 5120,"Report of a disturbance at the maternal grandmother's address. M and children staying there. P had arrived drunk demanding to see J. P left before police arrival.","DASH: medium risk. PPN submitted. Referral to MARAC not made as the threshold was not met.",INC-22-07-1530
01/08/2022,10:00,PPU researcher,"PPN review: M flagged as a repeat victim (three reports in five months).",Flag added to M's record; children not flagged.,INC-22-07-1530
12/09/2022,02:30,PC 3310,"Anonymous call about a man shouting threats outside the flat. Officers attended; no one answered. Lights on; a child heard crying.",No further action; address flagged.,INC-22-09-0301
24/11/2022,18:45,PC 4471,"M reported P had taken her phone and bank card. Officers attended; P present and calm, returned the items. M said it was a misunderstanding. K was present and told the officer 'Daddy P shouts a lot'.","DASH: standard risk. PPN submitted; K's comment recorded on the PPN.",INC-22-11-0876
25/11/2022,09:15,PPU researcher,"Operation Encompass notification sent to K's school about the incident of 24 November.",,INC-22-11-0876
06/01/2023,21:10,PC 5120,"Call from K's school friend's parent: K had said at a party that 'mummy got hurt'. Welfare check at the flat; M said everything was fine. Children seen; no concerns noted.",Welfare check completed. No PPN submitted.,INC-23-01-0233
18/02/2023,00:50,PC 3310,"M called 999 and the line went dead. Officers attended: M had a cut lip and said she fell. P present and hostile. J awake and distressed in her cot.","P arrested on suspicion of assault. DASH: high risk. MARAC referral made. PPN submitted.",INC-23-02-0715
18/02/2023,01:30,PC 3310,"Officers stayed with the children until the maternal grandmother arrived to care for them while M had her lip checked at the urgent treatment centre.",Children left in the grandmother's care overnight.,INC-23-02-0715
19/02/2023,14:00,DC 2207,"P interviewed; denied assault. M declined to make a statement. Body-worn video reviewed.","P charged with common assault on the evidence of the body-worn video. Remanded on bail with conditions.",INC-23-02-0715
20/02/2023,10:00,PPU researcher,"Operation Encompass notification sent to K's school about the incident of 18 February.",,INC-23-02-0715
21/02/2023,,DA unit,"High-risk case review by the domestic abuse unit. Personal alarm issued to M; safety plan agreed.",IDVA referral accepted by M this time.,INC-23-02-0715
09/03/2023,,DS 1188,"MARAC meeting: M's case discussed. Actions for the IDVA to make contact and for housing to consider a move.","MARAC actions recorded.",MARAC-23-03
20/04/2023,11:30,DC 2207,"Magistrates' court: P pleaded guilty to common assault. Sentenced to a community order with a restraining order protecting M.","Restraining order for 12 months. Children's social care informed by email.",INC-23-02-0715
14/06/2023,19:20,PC 5120,"M reported P had been sending messages in breach of the restraining order. Messages seen on M's phone.",P arrested and cautioned for the breach.,INC-23-06-0487
15/06/2023,10:00,DC 2207,"Caution administered to P for the breach. M informed and advised to report any further contact.",,INC-23-06-0487
02/07/2023,,DA unit,"Risk review: M's risk lowered to medium as there had been no incidents for two weeks.",IDVA support continued.,INC-23-06-0487
28/07/2023,,PC 4471,"Information received that M and the children had moved to a new address in another part of the borough. Address flag not transferred.",Record updated with new address.,INC-23-07-1102
02/12/2023,23:15,PC 3310,"Call from a neighbour at the new address about a man and a woman arguing on the landing; a baby heard crying. Officers attended: P present. M said P was visiting to see J.","Breach of restraining order identified. P arrested. DASH: high risk. PPN submitted.",INC-23-12-0066
03/12/2023,11:00,PPU researcher,"Operation Encompass notification not sent: K's new school not known to police.",,INC-23-12-0066
04/12/2023,09:00,DS 1188,"P released on bail pending charging decision. Officer noted P said he was 'back living with the family'.","Bail conditions: not to attend the address. PPN update sent to children's social care.",INC-23-12-0066
05/01/2024,14:00,DS 1188,"Charging decision: P charged with breaching the restraining order. Trial listed for March 2024.",,INC-23-12-0066
21/01/2024,03:10,PC 4471,"Ambulance service requested police attendance: J (2) unresponsive at home with a head injury. M said J fell from the sofa. P present.",P and M arrested on suspicion of child cruelty. K placed with maternal grandmother under police protection.,INC-24-01-0914
21/01/2024,15:00,DS 1188,"Strategy discussion with children's social care and the hospital. Joint investigation agreed.",Section 47 enquiry opened jointly with children's social care.,INC-24-01-0914
22/01/2024,10:00,DC 2207,"Joint visit with children's social care to K at the maternal grandmother's home. Achieving best evidence interview planned.",Interview booked for 25 January.,INC-24-01-0914
CSV

# --- Children's social care: a Chronolator-style layout ---------------------------------------------
cat >"$work/csc.csv" <<'CSV'
Sequence,Start Date,Start Time,End Date,End Time,Source of Information,Event,Practitioner,Outcome
1,16/03/2022,09:15,,,PPN INC-22-03-1187,"Police notification of a domestic incident on 14 March: argument between M and P; children J and K present but asleep.",Front door duty worker,No further action: standard risk and no previous contact. Letter sent to M with support services.
2,04/05/2022,10:00,,,PPN INC-22-05-0042,"Police notification: P arrested after pushing M against a wall; J in the same room. Third incident since Christmas according to M.",MASH social worker,Referral accepted for a child and family assessment.
3,06/05/2022,14:00,06/05/2022,15:30,Case notes,"Home visit by social worker. M tearful; said P had moved out. Children seen: J well cared for, K shy and quiet. Home clean but sparse.",Social worker A,Assessment started. Safety plan agreed with M.
4,10/05/2022,,,,Agency checks,"Information gathered from health and school. GP not contacted.",Social worker A,Checks recorded.
5,20/05/2022,,,,Case notes,"Telephone call with M. M said P was outside the flat last night. Advised to call 999.",Social worker A,Police already aware.
6,25/05/2022,16:00,,,Case notes,"Home visit. M said P had been sending messages asking to come back. Safety plan reviewed with M.",Social worker A,Safety plan updated.
7,15/06/2022,10:30,,,Case notes,"Second home visit. M said she and P were 'on a break'. K told the worker she liked it better when P was not there.",Social worker A,K's words recorded in the assessment.
8,01/07/2022,,,,Assessment,"Child and family assessment completed. Concerns about domestic abuse recognised but M engaging and protective. No evidence of direct harm to the children.",Social worker A,Closed with a step-down to early help.
9,12/07/2022,11:00,,,Early help,"Early help worker's first visit. M agreed a family plan about routines and K's school attendance.",Early help worker,Family plan agreed.
10,02/08/2022,09:40,,,PPN INC-22-07-1530,"Police notification of a disturbance at the maternal grandmother's address: P drunk and demanding to see J.",MASH social worker,Sent to the early help worker for information. No new assessment.
11,15/09/2022,,,,Early help,"M cancelled two planned early help visits. Worker unable to make contact by phone.",Early help worker,Letter sent.
12,30/09/2022,,,,Early help,"Early help closed: family not engaging.",Early help manager,Closed. School informed.
13,28/11/2022,11:20,,,PPN INC-22-11-0876,"Police notification: P took M's phone and bank card. K told the officer 'Daddy P shouts a lot'.",MASH social worker,Screened as coercive control; referral for a new assessment.
14,07/12/2022,13:00,,,Case notes,"Home visit. P present throughout and answered for M. K not spoken to alone. Flat cold; J in a nappy only.",Social worker B,Planned to see K at school.
15,21/12/2022,,,,Case notes,"Attempted to see K at school: school closed for Christmas. Visit not rearranged.",Social worker B,
16,?January 2023,,,,Case notes,"Social worker B left the authority. Case held by the team manager pending allocation.",Team manager,Case unallocated for six weeks.
17,20/02/2023,09:30,,,PPN INC-23-02-0715,"Police notification: P arrested after M found with a cut lip; J awake and distressed. MARAC referral made.",MASH social worker,Strategy discussion held.
18,20/02/2023,14:00,20/02/2023,15:00,Strategy discussion,"Strategy discussion with police and health. Agreed threshold met for a section 47 enquiry.",Team manager,Section 47 enquiry started.
19,24/02/2023,10:00,,,Case notes,"Section 47 visit: children seen and spoken to. K said she hides under her bed 'when the shouting starts'. M agreed to a safety plan and not to let P into the home.",Social worker C,Initial child protection conference requested.
20,06/03/2023,,,,Case notes,"Reports gathered for the conference. GP report not received; police report received.",Social worker C,Chased the GP by email.
21,16/03/2023,10:00,16/03/2023,12:30,Conference minutes,"Initial child protection conference. Agencies agreed the children should be subject to child in need plans rather than protection plans because P had left and M was engaging.",Conference chair,Child in need plan. Social worker C allocated.
22,12/04/2023,15:00,,,Case notes,"Child in need visit. M positive; starting a domestic abuse recovery course. Children seen together.",Social worker C,Plan progressing.
23,10/05/2023,,,,Child in need review,"Child in need review meeting. GP and police not represented. Health visitor sent a report about J's missed appointments.",Social worker C,Plan continued.
24,07/06/2023,14:00,,,Case notes,"Child in need visit. Men's trainers and a coat seen in the hallway; M said they were old belongings of P.",Social worker C,Not explored further.
25,15/06/2023,09:00,,,PPN INC-23-06-0487,"Police notification: P breached the restraining order by sending messages.",Social worker C,Discussed with M on the phone; M said she had blocked P.
26,21/07/2023,,,,Case notes,"M told the worker the family were moving to a new flat at the end of the month. New address not recorded.",Social worker C,
27,31/07/2023,,,,Case closure,"Child in need plan closed: family moving out of the area of the team; M engaging and no incidents for six weeks. Transfer to the new locality team not requested.",Team manager,Case closed.
28,05/12/2023,10:15,,,PPN INC-23-12-0066,"Police notification: P arrested at the family's new address in breach of the restraining order. P said he was back living with the family.",MASH social worker,Referral for a new assessment; allocated to the locality team.
29,06/12/2023,,,,Agency checks,"Previous records found: two assessments and a closed child in need plan. History summarised in two lines.",Social worker D,History not read in full before the visit.
30,19/12/2023,14:30,,,Case notes,"Home visit by the locality social worker. M said P only visits. J had a bruise on her forehead; M said she fell against a table.",Social worker D,Advice about safe sleep and supervision. Health visitor to be informed.
31,08/01/2024,,,,Case notes,"Planned visit cancelled by M: she said J was at nursery.",Social worker D,Visit rebooked for 22 January.
32,21/01/2024,06:00,,,Emergency duty team,"Hospital called: J admitted with a head injury; police at the hospital.",Emergency duty social worker,Strategy discussion arranged.
33,21/01/2024,15:00,21/01/2024,16:30,Strategy discussion,"Strategy discussion with police and the hospital. Joint section 47 enquiry agreed; K to stay with the maternal grandmother.",Team manager,Section 47 enquiry and police investigation.
34,22/01/2024,,,,Notification,"Serious incident notification made to the national panel and the safeguarding partnership.",Head of service,Rapid review to follow.
CSV

# --- Health visiting: the NHS tabular timeline ---------------------------------------------------------
cat >"$work/health-visiting.csv" <<'CSV'
Date + Time of Event,Event,Additional information,Notable Practice
18/03/2022 10:00,"Routine 9-12 month review for J at clinic. Weight on the 25th centile. M said things were 'a bit stressful at home'.","Domestic abuse routine enquiry not asked: M attended with P.",Missed opportunity for routine enquiry.
30/03/2022 09:00,"Telephone call from M cancelling J's hearing test.","Rebooked for April.",
12/04/2022 13:30,"J's hearing test attended with the maternal grandmother. Hearing normal.",,
10/05/2022 14:00,"Health visitor informed of the police notification by the MASH. Telephone contact with M.","M said P had moved out. Offered a visit; M declined.",
25/05/2022 11:30,"Home visit. J crawling, meeting milestones. M asked about domestic abuse alone: disclosed the May incident.","Information about local domestic abuse services given.",Good practice: routine enquiry asked when seen alone.
20/06/2022 10:30,"Home visit: M low in mood; Edinburgh postnatal depression scale score 16.","Advised to see the GP; GP already prescribing.",
11/07/2022 14:00,"Telephone contact: M said P had moved back in 'for the children'.","Not shared with children's social care, who were closing the case.",Information not shared.
22/08/2022 09:30,"J did not attend her immunisations appointment.","Letter sent to M with a new appointment.",
14/09/2022 09:30,"J did not attend the rearranged immunisations.","Second letter sent. GP informed.",
28/09/2022 11:00,"Safeguarding supervision: J's missed immunisations discussed.","Plan: joint visit with the nursery nurse.",Good use of supervision.
05/10/2022 15:00,"Home visit for J's immunisation follow-up. No answer at the door.","Card left.",
12/10/2022 10:00,"Joint visit with the nursery nurse: no answer.","Not escalated.",
17/11/2022 10:00,"J brought to clinic by the maternal grandmother for her immunisations.","Grandmother said M was 'not coping'. Not shared with the social worker.",Information not shared.
09/01/2023 15:00,"Telephone call to M: M said J was eating better.",,
23/02/2023 16:00,"Health visitor attended the strategy discussion by phone.","Shared J's missed appointments and the weight drop from the 25th to the 9th centile.",
01/03/2023 10:00,"Weight check at clinic: J on the 9th centile.",,
08/03/2023 11:00,"Home visit before the conference. J's weight on the 9th centile; M says J is a fussy eater.","Referred to the community paediatrician for weight faltering.",
16/03/2023 10:00,"Attended the initial child protection conference and recommended child protection plans.","Outvoted: child in need plans agreed. Dissent not recorded in the minutes.",Escalation policy not used.
26/04/2023 11:00,"Community paediatrician appointment: J not brought.","Rebooked.",
02/05/2023 10:00,"Report sent to the child in need review about J's weight and missed appointments.","Health visitor unable to attend the meeting.",
24/05/2023 09:30,"Community paediatrician: J seen. Weight faltering linked to feeding difficulties and stress at home.","Dietetic advice given.",
14/06/2023 14:30,"J's 2-year review. Speech delayed: around 10 words. Weight now on the 25th centile.","Referral to speech and language therapy.",
05/07/2023 14:00,"Speech and language therapy: first appointment not attended.","Letter to M.",
20/07/2023 10:00,"Last home visit before the family moved. M said P had no contact.","New address not asked for.",
c. August 2023,"Family's move not notified to the health visiting service. J's records remained with the old team.","Records transfer requested only in November.",Records not transferred for three months.
27/11/2023 09:30,"New health visitor received J's records. Attempted telephone contact: number not recognised.","Letter sent to the new address.",
12/12/2023 10:00,"Speech and language therapy discharged J after two missed appointments.",,
19/12/2023 16:00,"Email from social worker D about J's forehead bruise. Health visitor on leave.","Email not read until 3 January.",
08/01/2024 13:00,"Home visit at the new address. M present with a man she introduced as 'a friend'. J had a healing bruise on her cheek; M said J fell at nursery.","J does not attend a nursery. Not questioned at the visit.",Professional curiosity not shown.
21/01/2024 08:00,"Hospital liaison: J admitted to the children's ward with a head injury.","Health visitor informed the named nurse for safeguarding.",
22/01/2024 11:00,"Health visitor contributed to the strategy discussion by phone: shared the bruise seen on 8 January.",,
CSV

# --- GP practice: plain headings, some partial and uncertain dates -----------------------------------
cat >"$work/gp.csv" <<'CSV'
Date,Practitioner,Details of contact,Outcome
21/03/2022,Practice nurse,"J seen for nappy rash. M appeared anxious and was in a hurry to leave.",Cream prescribed.
06/04/2022,Duty doctor,"Telephone triage: M asked for an urgent appointment about her mood.",Appointment next day.
07/04/2022,GP partner,"M consulted with low mood and poor sleep. Said her relationship was 'difficult'. Not asked about domestic abuse.",Started on sertraline 50mg. Review in 4 weeks.
04/05/2022,GP partner,"M did not attend her medication review.",Not followed up.
05/05/2022,Practice nurse,"M attended for a dressing to her forearm: said she had caught it on a door.","Dressing applied. Injury not linked to the police notification received the same week.",
12/05/2022,GP registrar,"Police PPN received and scanned to M's record. Not coded on the children's records.",No action recorded.
June 2022,Practice administrator,"Letters from the health visitor about J's missed immunisations filed without being read by a clinician.",
17/06/2022,GP partner,"Repeat prescription of sertraline requested by M; issued without a review.",
03/08/2022,GP registrar,"K seen for a cough. P brought K and said M was 'ill in bed'.","Simple linctus. P's relationship to K not recorded.",
16/09/2022,GP partner,"Telephone consultation with M: sertraline increased. M mentioned J was 'not eating'.","Advised to see the health visitor.",
21/09/2022,Practice administrator,"Health visitor's letter about J's second missed immunisations filed.",
c. October 2022,GP partner,"J not brought to a booked appointment for a chest infection.","Not followed up.",
30/11/2022,Practice administrator,"Police PPN about the phone and bank card incident received and scanned.",No action.
12/01/2023,GP registrar,"K seen with M for abdominal pain and bedwetting. K quiet in the consultation.","Urine test normal. Advised about constipation. No safeguarding enquiry.",
17/01/2023,Safeguarding lead,"Practice safeguarding meeting: family not discussed because the children's records carried no flag.",
22/02/2023,GP partner,"Invited to the strategy discussion: unable to attend. Report not sent.",
24/02/2023,Practice administrator,"Police notification of the February assault received. Children's records coded 'child in need'.",
02/03/2023,GP partner,"M seen with anxiety and low mood. Said P had left. Referred to talking therapies.",
14/03/2023,GP partner,"Report sent to the initial child protection conference: M's low mood, J's missed immunisations, K's bedwetting.",
19/04/2023,Talking therapies,"M did not attend her assessment with the talking therapies service.",Discharged back to the GP.
May 2023,Practice administrator,"Invitation to the child in need review received after the meeting date.",
12/05/2023,Practice administrator,"Minutes of the child in need review received and filed.",
29/06/2023,GP partner,"J seen with an ear infection. M said P had 'gone for good'.",Antibiotics.
July 2023,Practice manager,"Family registered at a new address in another part of the borough; remained registered with the practice.",
21/07/2023,Dispensary,"M collected a repeat prescription; new address not given.",
28/11/2023,Practice administrator,"New address recorded after a letter was returned undelivered.",
04/12/2023,Practice administrator,"Police PPN about the restraining order breach received; not linked to the children's records.",
18/12/2023,GP registrar,"M consulted with anxiety: said her ex-partner was 'around again' and she felt unable to stop him coming.","Signposted to the domestic abuse helpline. Children not discussed.",Missed opportunity.
10/01/2024,Nurse practitioner,"J seen for a cough. No injuries noted. M said P had left the area.",
22/01/2024,GP partner,"Hospital discharge summary and police notification received about J's head injury.",Safeguarding lead informed.
23/01/2024,Safeguarding lead,"Internal review of the practice's records started.",
CSV

# --- School (K's primary school): another layout -------------------------------------------------------
cat >"$work/school.csv" <<'CSV'
Date,Time,Staff member,Description,Action taken
21/03/2022,08:50,Class teacher,"K arrived late and tired. Said she was woken by 'loud people' in the night.",Logged on the safeguarding system.
01/04/2022,12:30,Lunchtime supervisor,"K seen putting bread rolls in her bag at lunch.",Logged. Class teacher told.
09/05/2022,,Designated safeguarding lead,"Operation Encompass notification received about the incident on 2 May.",Class teacher informed; K to be offered time with the learning mentor.
13/05/2022,,Learning mentor,"Weekly sessions with K started.",
16/05/2022,11:00,Learning mentor,"Session with K. K drew her family without P and said she was 'happy he's gone'.",Drawing kept on file.
24/06/2022,11:00,Learning mentor,"K said P 'comes back at weekends'.",Logged; not shared with children's social care.
07/07/2022,,Class teacher,"End of year report: K's attendance 91%. Reading below the expected level.",
05/09/2022,,Designated safeguarding lead,"K not in school on the first day of term. M phoned to say K was unwell.",
12/09/2022,08:40,Breakfast club,"K arrived without breakfast. Place offered at breakfast club.",K attends breakfast club from 13 September.
03/10/2022,,Class teacher,"Parents' evening: M did not attend.",Report sent home.
18/10/2022,10:30,Class teacher,"K had a bruise on her upper arm. K said she fell off the bed. Logged.",Logged; no referral made.
11/11/2022,,Attendance officer,"K absent three days; M said K had a cold.",
29/11/2022,,Designated safeguarding lead,"Operation Encompass notification received about the incident on 24 November.",Class teacher informed.
02/12/2022,14:15,Learning mentor,"K said P 'took mummy's phone' and that mummy cried.",Logged.
13/12/2022,14:00,Designated safeguarding lead,"Social worker asked to see K at school; meeting arranged for 21 December, the last day of term.",
06/01/2023,,Attendance officer,"First day of term: K absent.",
09/01/2023,08:45,Class teacher,"K upset at registration; said 'mummy got hurt at Christmas'. Logged.",Shared with the social worker by email; no reply.
17/01/2023,,Attendance officer,"K's attendance down to 84% this term. Letter to M.",
21/02/2023,,Designated safeguarding lead,"Operation Encompass notification received about the incident on 18 February.",Learning mentor sessions restarted.
24/02/2023,11:15,Designated safeguarding lead,"Social worker visited and spoke to K at school with the DSL present.",
27/02/2023,10:00,Learning mentor,"K said she feels safer now P is not living with them.",
16/03/2023,,Designated safeguarding lead,"Attended the initial child protection conference. Shared K's attendance and disclosures.",
24/03/2023,,Designated safeguarding lead,"Chased the conference minutes, not yet received.",
19/04/2023,,Attendance officer,"K's attendance improved to 93% this half term.",
10/05/2023,,Designated safeguarding lead,"Attended the child in need review.",
16/06/2023,,Designated safeguarding lead,"Operation Encompass notification received about the breach of the restraining order.",
10/07/2023,14:00,Class teacher,"K upset on sports day; said she did not want to move house.",
20/07/2023,,Class teacher,"End of year report: attendance 82%. K withdrawn in class this term.",
25/07/2023,,School office,"M said the family were moving and K would start at a new school in September.",Records to be sent on request.
06/11/2023,,School office,"Request from K's new school for her records, received two months after she started there.",Records sent the same day; safeguarding file sent by post.
24/11/2023,15:30,Designated safeguarding lead,"Call from the new school's DSL asking about earlier concerns. Information shared by phone.",Call not recorded by the new school.
CSV

# Imported by file name, as a reviewer would, so sources read "police.csv row 4".
cd "$work"
run chronology import "$ref" police.csv --agency Police \
    --map "Officer=practitioner" --map "Incident summary=event" --map "Action taken=outcome" --map "Ref=source" >/dev/null
run chronology import "$ref" csc.csv --agency "Children's social care" >/dev/null
run chronology import "$ref" health-visiting.csv --agency "Health visiting" >/dev/null
run chronology import "$ref" gp.csv --agency "GP practice" >/dev/null
run chronology import "$ref" school.csv --agency School \
    --map "Staff member=practitioner" --map "Description=event" --map "Action taken=outcome" >/dev/null
run agency add "$ref" Housing
run agency add "$ref" "Domestic abuse service"

# The lead reviewer's first annotations: a few entries marked by the words they contain.
run chronology list "$ref" --json >"$work/entries.json"
python3 - "$work/entries.json" >"$work/notes.tsv" <<'PY'
import json, sys
entries = json.load(open(sys.argv[1]))
notes = [
    ("third incident since Christmas", "Police", "key", "KPE1: Domestic abuse, spring 2022",
     "The pattern (three incidents) was known to police but the assessment treated May as a first incident.",
     "Assessment framed around M's engagement; no tool to chart repeat incidents across agencies."),
    ("Daddy P shouts a lot", "Children's social care", "high", "KPE2: Coercive control, winter 2022",
     "K's words were recorded but the visit that followed was led by P; K was never seen alone.",
     "Worker left the authority a month later; the case was unallocated for six weeks."),
    ("child in need plans rather than protection plans", "Children's social care", "key",
     "KPE3: Conference decision, March 2023",
     "The decision rested on P having left; the risk from P returning was not planned for.",
     "Optimism about M's engagement; GP and police information incomplete at the conference."),
    ("Transfer to the new locality team not requested", "Children's social care", "key",
     "KPE4: Move and closure, summer 2023",
     "Closure at the point of a house move meant no agency held the family for four months.",
     "Move seen as a fresh start; no process to hand over between locality teams."),
    ("healing bruise on her cheek", "Health visiting", "high", "KPE5: Bruising, winter 2023",
     "An injury in a non-mobile explanation context (J does not attend nursery) was not questioned.", ""),
    ("forearm", "GP practice", "medium", "KPE1: Domestic abuse, spring 2022",
     "The injury was not linked to the police notice received the same week.", ""),
]
for words, agency, significance, episode, analysis, human in notes:
    hit = next(e for e in entries if words in e["event"] + " " + e["outcome"] and e["agency"] == agency)
    print("\t".join([str(hit["id"]), significance, episode, analysis, human]))
PY
while IFS=$'\t' read -r id significance episode analysis human; do
    args=(--significance "$significance" --episode "$episode" --analysis "$analysis")
    [ -n "$human" ] && args+=(--human-factors "$human")
    run chronology annotate "$id" "${args[@]}"
done <"$work/notes.tsv"
echo "$ref"
