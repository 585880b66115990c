#!/usr/bin/env bash
# The chronology verbs from the command line: import all-or-nothing, list, search, duplicates, gaps,
# annotate, export, and every bad input refused with the database unchanged.
source "$(dirname "$0")/lib.sh"

REF="$(cli review add --pathway cspr-england --title 'Head injury, infant' --aware 2016-06-10)"
cli agency add "$REF" Police && cli agency add "$REF" "Children's social care" && cli agency add "$REF" School && ok

cat > "$WORK/police.csv" <<'CSV'
Date,Time,Practitioner,Event,Outcome,Source
03/04/2015,22:40,PC 1432,"Officers attended the home address after a report of a domestic incident; mother had a cut lip and bruising to her face, the baby was asleep upstairs",DASH risk assessment: medium,STORM 2211
22/05/16,09:15,DC Hale,"Strategy discussion with children's social care about bruising to the baby",Section 47 agreed,Minutes 44
June 2016,,PC 990,"Intelligence that mother's partner is living at the address",Logged,Intel 7
CSV
printf 'Serial number,Date,Event detail,Document reference\n1,04/04/2015,"Police notification of a domestic incident at the home; mum had facial injuries, the baby was present",Referral 88\n2,22/05/2016,"Strategy discussion with police about bruising to the baby",Strategy minutes\n3,31/02/2015,"A day that never was",X\n' > "$WORK/csc.csv"

expect_out "imported 3 entries" cli chronology import "$REF" "$WORK/police.csv" --agency Police
[ "$(cli chronology import "$REF" "$WORK/police.csv" --agency Police --json | json 'd["imported"]')" = 3 ] && ok || bad "json import"
# That second import duplicated police rows; start the review again for clean counts.
REF="$(cli review add --pathway cspr-england --title 'Second review' --aware 2016-06-10)"
cli agency add "$REF" School && ok
expect_out "imported 3 entries" cli chronology import "$REF" "$WORK/police.csv" --agency Police

# All or nothing: the impossible date names file, line and value; nothing is imported.
expect_fail 2 "csc.csv:4: no such day: 31/02/2015" cli chronology import "$REF" "$WORK/csc.csv" --agency "Children's social care"
out="$(cli chronology import "$REF" "$WORK/csc.csv" --agency "Children's social care" --skip-bad --json)"
[ "$(echo "$out" | json 'd["imported"], [(r["line"], r["reason"].split(":")[0]) for r in d["rejected"]]')" = "2 [(4, 'no such day')]" ] && ok || bad "skip-bad: $out"

# The merged list: sorted, each entry with its agency and source.
list="$(cli chronology list "$REF" --json)"
[ "$(echo "$list" | json '[e["agency"][0] for e in d]')" = "['P', 'C', 'C', 'P', 'P']" ] && ok || bad "merged order: $(echo "$list" | json '[(e["date"], e["agency"]) for e in d]')"
[ "$(echo "$list" | json 'd[0]["source"]')" = "police.csv:2" ] && ok || bad "source: $(echo "$list" | json 'd[0]["source"]')"
[ "$(echo "$list" | json 'd[1]["document"]')" = "Referral 88" ] && ok || bad "document"
[ "$(echo "$list" | json 'd[4]["date"]')" = "2016-06" ] && ok || bad "partial date"
[ "$(cli chronology list "$REF" --from 2016-01-01 --agency Police --json | json 'len(d)')" = 2 ] && ok || bad "filter"
cli chronology list "$REF" --csv | head -1 | grep -q "Date,Time,Agency" && ok || bad "csv list"

# Search: ranked, highlighted.
[ "$(cli chronology search "$REF" bruising --json | json 'all("[bruising]" in h["snippet"] for h in d) and len(d)')" = 3 ] && ok || bad "search"
[ "$(cli chronology search "$REF" '"cut lip"' --json | json 'len(d)')" = 1 ] && ok || bad "phrase"

# Duplicates across agencies, then merge one pair and dismiss nothing else.
dups="$(cli chronology duplicates "$REF" --json)"
[ "$(echo "$dups" | json 'len(d) >= 1')" = True ] && ok || bad "duplicates: $dups"
A="$(echo "$dups" | json 'd[0]["a"]')"; B="$(echo "$dups" | json 'd[0]["b"]')"
expect_out "" cli chronology merge "$A" "$B"
[ "$(cli chronology list "$REF" --json | json 'len(d)')" = 4 ] && ok || bad "merged count"
[ "$(cli chronology show "$A" --json | json 'd["merged_from"]')" = "[$B]" ] && ok || bad "merged_from"

# Undo the merge (audited): both entries are listed again; then merge once more for what follows.
expect_out "" cli chronology unmerge "$B"
[ "$(cli chronology list "$REF" --json | json 'len(d)')" = 5 ] && ok || bad "unmerged count"
[ "$(cli chronology show "$A" --json | json 'd["merged_from"]')" = "[]" ] && ok || bad "unmerged merged_from"
cli audit "$REF" 2>/dev/null | grep -q "chronology.unmerge" && ok || bad "unmerge audited"
expect_fail 2 "not merged" cli chronology unmerge "$B"
expect_fail 3 "424242" cli chronology unmerge 424242
expect_out "" cli chronology merge "$A" "$B"

# Gaps and agencies that sent nothing.
gaps="$(cli chronology gaps "$REF" --min-days 60 --json)"
[ "$(echo "$gaps" | json 'd["gaps"][0]["from"], d["gaps"][0]["days"]')" = "2015-04-04 414" ] && ok || bad "gaps: $gaps"
[ "$(echo "$gaps" | json 'd["missing_agencies"]')" = "['School']" ] && ok || bad "missing agencies"

# Annotate and export.
expect_out "" cli chronology annotate "$A" --significance high --analysis "Why was the partner's history not checked?"
cli chronology annotate "$B" --episode "Episode 1" && cli chronology annotate "$(echo "$list" | json 'd[4]["id"]')" --episode "Episode 2" && ok
# The values in use, for a filter's choices (B is merged away: its episode is not offered).
[ "$(cli chronology values "$REF" --json | json 'd["significance"], d["episodes"]')" = "['high'] ['Episode 2']" ] && ok || bad "values: $(cli chronology values "$REF" --json)"
[ "$(cli chronology show "$A" --json | json 'd["analysis"]')" = "Why was the partner's history not checked?" ] && ok || bad "annotate"
expect_out "" cli chronology export "$REF" -o "$WORK/out.xlsx"
[ "$(stat -c %a "$WORK/out.xlsx")" = 600 ] && ok || bad "export mode"
REF2="$(cli review add --pathway cspr-england --title 'Round trip' --aware 2016-06-10)"
expect_out "imported 4 entries" cli chronology import "$REF2" "$WORK/out.xlsx"

# Bad input: exit code, named value, database unchanged.
expect_fail 3 "CSPR-2099-001" cli chronology list CSPR-2099-001
expect_fail 2 "missing.csv" cli chronology import "$REF" "$WORK/missing.csv" --agency Police
printf 'Colour,Size\nblue,large\n' > "$WORK/nodate.csv"
expect_fail 2 "no date column" cli chronology import "$REF" "$WORK/nodate.csv" --agency Police
expect_fail 2 "no agency" cli chronology import "$REF" "$WORK/police.csv"
expect_fail 2 "colour" cli chronology import "$REF" "$WORK/police.csv" --agency Police --map "Event=colour"
printf 'PK\003\004garbage' > "$WORK/broken.xlsx"
expect_fail 2 "broken.xlsx" cli chronology import "$REF" "$WORK/broken.xlsx" --agency Police
expect_fail 2 "unclosed quote" cli chronology search "$REF" '"bruising'
expect_fail 3 "424242" cli chronology show 424242
expect_fail 2 "2016-13-01" cli chronology list "$REF" --from 2016-13-01
expect_fail 2 ".pdf" cli chronology export "$REF" -o "$WORK/out.pdf"
mkdir -p "$WORK/folder.csv"
expect_fail 2 "not a regular file" cli chronology export "$REF" -o "$WORK/folder.csv"

finish
