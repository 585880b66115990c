#!/usr/bin/env bash
# Withdrawing an import from the command line: the review's imports listed, a superseded submission
# withdrawn (audited) and its corrected version imported; refusals (exit 2) and unknown ids (exit 3)
# leave the database as it was.
source "$(dirname "$0")/lib.sh"

REF="$(cli review add --pathway cspr-england --title 'Head injury, infant' --aware 2016-06-10)"
cat > "$WORK/police-v1.csv" <<'CSV'
Date,Time,Practitioner,Event,Outcome
03/04/2015,22:40,PC 1432,"Officers attended the home after a report of a domestic incident; mother had a cut lip",DASH completed
22/05/16,09:15,DC Hale,"Strategy discussion about bruising to the baby and the marmoset",Section 47 agreed
CSV
sed 's/and the marmoset/with children'"'"'s social care/' "$WORK/police-v1.csv" > "$WORK/police-v2.csv"
printf 'Date,Event\n04/04/2015,"Health visitor told of the domestic incident; the mother had a cut lip"\n' > "$WORK/health.csv"

expect_out "imported 2 entries" cli chronology import "$REF" "$WORK/police-v1.csv" --agency Police
expect_out "imported 1 entries" cli chronology import "$REF" "$WORK/health.csv" --agency Health

imports="$(cli chronology imports "$REF" --json)"
[ "$(echo "$imports" | json '[(i["agency"], i["file"], i["rows_imported"], i["listed"], i["annotated"]) for i in d]')" = \
  "[('Police', 'police-v1.csv', 2, 2, 0), ('Health', 'health.csv', 1, 1, 0)]" ] && ok || bad "imports json: $imports"
POLICE="$(echo "$imports" | json 'd[0]["id"]')"; HEALTH="$(echo "$imports" | json 'd[1]["id"]')"
table="$(cli chronology imports "$REF")"
echo "$table" | head -1 | grep -q "^ID *WHEN *AGENCY *FILE *ROWS *LISTED *ANNOTATED" && ok || bad "imports table header: $table"
echo "$table" | grep -q "^$POLICE .*Police *police-v1.csv *2 *2 *0" && ok || bad "imports table row: $table"

# Refused while a finding cites one of its entries (exit 2, nothing changed); unlinked, it goes.
P1="$(cli chronology list "$REF" --agency Police --json | json 'd[0]["id"]')"
H1="$(cli chronology list "$REF" --agency Health --json | json 'd[0]["id"]')"
F="$(cli finding add "$REF" --text "The bruising was not escalated." --evidence "$P1")"
expect_fail 2 "finding F1 of $REF cites entry $P1 of this import" cli chronology withdraw "$POLICE"
cli finding edit "$F" --evidence '' >/dev/null && ok || bad "unlink"

# Refused while merged across the import, either way; unmerged, it goes.
cli chronology merge "$P1" "$H1" && ok || bad "merge"
expect_fail 2 "entry $H1 of another import is merged into its entry $P1" cli chronology withdraw "$POLICE"
cli chronology unmerge "$H1" && cli chronology merge "$H1" "$P1" && ok || bad "merge the other way"
expect_fail 2 "chronology unmerge $P1" cli chronology withdraw "$POLICE"
cli chronology unmerge "$P1" && ok || bad "unmerge"

# Unknown ids and reviews: exit 3.
expect_fail 3 "unknown chronology import 4242" cli chronology withdraw 4242
expect_fail 3 "CSPR-2099-001" cli chronology imports CSPR-2099-001
expect_fail 2 "an import id" cli chronology withdraw police

# Withdrawn: what went is said, its words are no longer found, the other import is untouched.
cli chronology annotate "$P1" --analysis "Why was the history not checked?" && ok
expect_out "withdrew 2 entries imported from police-v1.csv (Police, $(echo "$imports" | json 'd[0]["imported_at"][:16]')Z)
1 annotated entry was withdrawn, with the annotations" cli chronology withdraw "$POLICE"
[ "$(cli chronology search "$REF" marmoset --json | json 'len(d)')" = 0 ] && ok || bad "withdrawn words still found"
[ "$(cli chronology search "$REF" '"cut lip"' --json | json '[h["id"] for h in d]')" = "[$H1]" ] && ok || bad "other import's search"
[ "$(cli chronology list "$REF" --json | json '[e["agency"] for e in d]')" = "['Health']" ] && ok || bad "list after withdraw"
[ "$(cli chronology imports "$REF" --json | json '[i["id"] for i in d]')" = "[$HEALTH]" ] && ok || bad "imports after withdraw"
cli audit "$REF" | grep -q "chronology.withdraw.*2 entries (ids [0-9]*-[0-9]*) from police-v1.csv withdrawn, 1 of them annotated" && ok || bad "audit: $(cli audit "$REF" | tail -2)"
cli agency list "$REF" | grep -qx Police && ok || bad "agency kept"
expect_fail 3 "unknown chronology import $POLICE" cli chronology withdraw "$POLICE"

# The corrected submission comes in its place.
expect_out "imported 2 entries" cli chronology import "$REF" "$WORK/police-v2.csv" --agency Police
out="$(cli chronology withdraw "$(cli chronology imports "$REF" --json | json 'd[-1]["id"]')" --json)"
[ "$(echo "$out" | json 'd["file"], d["withdrawn"], d["annotated"], d["review"]')" = "police-v2.csv 2 0 $REF" ] && ok || bad "withdraw json: $out"

finish
