#!/usr/bin/env bash
# Correcting a finding and a recommendation from the command line: only the options given change, the
# result is printed as `show` prints it, each changed field is audited with its old value, and every
# bad input (nothing to change, empty text, no addressee or finding, a link to another review, an
# unknown id) is refused with the database unchanged.
source "$(dirname "$0")/lib.sh"

REF="$(cli review add --pathway cspr-england --title 'Head injury, infant' --aware 2024-02-05)"
OTHER="$(cli review add --pathway cspr-england --title 'Neglect of siblings' --aware 2024-03-04)"
printf 'Date,Event\n03/02/2024,Call-out to the home\n10/03/2024,Second call-out\n' >"$WORK/police.csv"
printf 'Date,Event\n04/04/2024,Referral received\n' >"$WORK/other.csv"
cli chronology import "$REF" "$WORK/police.csv" --agency Police >/dev/null || bad "import"
cli chronology import "$OTHER" "$WORK/other.csv" --agency Police >/dev/null || bad "import other"
E1="$(cli chronology list "$REF" --json | json 'd[0]["id"]')"
E2="$(cli chronology list "$REF" --json | json 'd[1]["id"]')"
EX="$(cli chronology list "$OTHER" --json | json 'd[0]["id"]')"

F1="$(cli finding add "$REF" --text 'The school never heard of the call-outs.' --theme 'information sharing' --evidence "$E1" --date 2024-06-01)"
F2="$(cli finding add "$REF" --text 'Nobody asked who else lived there.' --date 2024-06-01)"
FX="$(cli finding add "$OTHER" --text 'Neglect was not recognised.' --date 2024-06-01)"
R1="$(cli recommendation add "$REF" --finding "$F1" --addressee Police --type procedure --date 2024-07-01 \
  --text 'The police will notify the school of every domestic abuse incident within 24 hours; audited quarterly.' 2>/dev/null)"

# ---- findings ----
expect_out "$REF finding 1 (systemic, information sharing)
The school never heard of the two call-outs.
Evidence: $E1" cli finding edit "$F1" --text 'The school never heard of the two call-outs.'
expect_out "$REF finding 1 (good-practice, the child's voice)
The school never heard of the two call-outs.
Evidence: $E1,$E2" cli finding edit "$F1" --kind good-practice --theme "The child's voice" --evidence "$E2,$E1"
[ "$(cli finding show "$F1" --json | json '(d["kind"], d["theme"], d["evidence"], d["recorded"])')" = \
  "('good-practice', \"the child's voice\", [$E1, $E2], '2024-06-01')" ] && ok || bad "finding show after edit"
# Empty values remove the theme and every evidence link.
[ "$(cli finding edit "$F1" --theme '' --evidence '' --json | json '(d["theme"], d["evidence"])')" = "('', [])" ] \
  && ok || bad "finding edit clears theme and evidence"

expect_fail 2 "finding edit: nothing to change (give --text, --kind, --theme or --evidence)" cli finding edit "$F1"
expect_fail 2 "finding text must not be empty" cli finding edit "$F1" --text '  '
expect_fail 2 "unknown finding kind 'bad'" cli finding edit "$F1" --kind bad
expect_fail 2 "unknown theme 'parenting'" cli finding edit "$F1" --theme parenting
expect_fail 2 "evidence: chronology entry $EX is not part of $REF" cli finding edit "$F1" --evidence "$E1,$EX"
expect_fail 2 "finding edit: ID: 'abc' is not an id" cli finding edit abc --text 'x'
expect_fail 2 "finding edit: unknown option '--date'" cli finding edit "$F1" --date 2024-01-01
expect_fail 3 "unknown finding 9999" cli finding edit 9999 --text 'x'
expect_fail 2 "expected add, list, show or edit" cli finding change "$F1"

# ---- recommendations ----
cli recommendation respond "$R1" --decision accepted --date 2024-08-01 --text 'Accepted in full.' >/dev/null || bad "respond"
expect_out "$REF recommendation 1 (training, made 2024-07-01)
To: Police and schools
The police will notify the school of every domestic abuse incident within 48 hours; audited quarterly.
Findings: $F1,$F2
Board response: accepted on 2024-08-01 (by tester): Accepted in full." \
  cli recommendation edit "$R1" --addressee 'Police and schools' --type training --finding "$F2" --finding "$F1" \
  --text 'The police will notify the school of every domestic abuse incident within 48 hours; audited quarterly.'
cli recommendation show "$R1" | grep -q "^The police will notify the school of every domestic abuse incident within 48 hours; audited quarterly.$" \
  && ok || bad "show has the edited text"
[ "$(cli recommendation list "$REF" --json | json '[(r["number"], r["addressee"], r["type"]) for r in d["recommendations"]]')" = \
  "[(1, 'Police and schools', 'training')]" ] && ok || bad "list after edit"

# The guard's warnings are advice, on stderr, never a refusal.
cli recommendation edit "$R1" --text 'Agencies should ensure better information sharing.' >/dev/null 2>"$WORK/warn" && ok || bad "edit with warnings refused"
grep -q "^warning: stock-phrase: " "$WORK/warn" && ok || bad "stock-phrase warning on stderr: $(cat "$WORK/warn")"
[ "$(cli recommendation edit "$R1" --text 'Agencies should ensure better information sharing.' --json | json '[w["code"] for w in d["warnings"]]')" = \
  "['stock-phrase', 'vague']" ] && ok || bad "edit --json warnings"

expect_fail 2 "recommendation edit: nothing to change (give --text, --addressee, --type or --finding)" cli recommendation edit "$R1"
expect_fail 2 "recommendation text must not be empty" cli recommendation edit "$R1" --text ''
expect_fail 2 "addressee must not be empty" cli recommendation edit "$R1" --addressee ' '
expect_fail 2 "finding: a recommendation must answer at least one finding of $REF" cli recommendation edit "$R1" --finding ''
expect_fail 2 "finding: finding $FX is not part of $REF" cli recommendation edit "$R1" --finding "$F1,$FX"
expect_fail 2 "unknown recommendation type 'policy'" cli recommendation edit "$R1" --type policy
expect_fail 3 "unknown recommendation 9999" cli recommendation edit 9999 --addressee Police
expect_fail 2 "expected check, add, list, show, respond or edit" cli recommendation change "$R1"

# ---- the audit trail keeps every earlier value, one row per changed field ----
[ "$(cli audit "$REF" --json | json '[(a["field"], a["old"], a["new"]) for a in d if a["action"] == "finding.edit"][:2]')" = \
  "[('text', 'The school never heard of the call-outs.', 'The school never heard of the two call-outs.'), ('kind', 'systemic', 'good-practice')]" ] \
  && ok || bad "finding.edit audit: $(cli audit "$REF" --json | head -c 600)"
[ "$(cli audit "$REF" --json | json '[a["field"] for a in d if a["action"] == "recommendation.edit"]')" = \
  "['text', 'addressee', 'type', 'findings', 'text']" ] && ok || bad "recommendation.edit audit fields"
[ "$(cli audit "$REF" --json | json '[(a["old"], a["new"]) for a in d if a["action"] == "recommendation.edit" and a["field"] == "findings"]')" = \
  "[('$F1', '$F1,$F2')]" ] && ok || bad "recommendation.edit findings old and new"

# The same values again change nothing at all.
before="$(db_digest)"
cli recommendation edit "$R1" --addressee 'Police and schools' --type training >/dev/null 2>&1 && ok || bad "same values refused"
cli finding edit "$F2" --text 'Nobody asked who else lived there.' >/dev/null && ok || bad "same finding text refused"
[ "$(db_digest)" = "$before" ] && ok || bad "an edit that changes nothing wrote to the database"

finish
