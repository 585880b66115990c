#!/usr/bin/env bash
# The review register from the command line: the contract of docs/CLI.md, first table.
source "$(dirname "$0")/lib.sh"

expect_out "" cli init
[ "$(stat -c %a "$DB")" = 600 ] && ok || bad "database mode is $(stat -c %a "$DB"), want 600"

# Pathways: the ten shipped ids, with cspr-england's clocks.
ids="$(cli pathways --json | json '",".join(sorted(p["id"] for p in d))')"
[ "$ids" = "case-audit,cpr-wales-concise,cpr-wales-extended,cspr-england,dhr,good-practice,near-miss,rapid-inquiry-lli,sar,scr-england" ] && ok || bad "pathway ids: $ids"
clocks="$(cli pathways --json | json '[",".join(c["id"] for c in p["clocks"]) for p in d if p["id"]=="cspr-england"][0]')"
[ "$clocks" = "notification,rapid-review,final-report,publication-notice" ] && ok || bad "cspr clocks: $clocks"

# Register a review and follow it.
REF="$(cli review add --pathway cspr-england --title 'Head injury, infant' --aware 2025-12-19 --child 'Child A')"
[ "$REF" = "CSPR-2025-001" ] && ok || bad "ref $REF"
expect_out "CSPR-2025-001" bash -c "'$CLI' --db '$DB' review list --json | python3 -c 'import json,sys; print(json.load(sys.stdin)[0][\"ref\"])'"
[ "$(cli review list --json | json 'd[0]["stage"]')" = notification ] && ok || bad "first stage"

# 5 working days from Fri 19 Dec 2025 skip Christmas and Boxing Day.
expect_out "2025-12-30" cli calendar add 2025-12-19 5 working-days
expect_out "2026-01-07" cli calendar add 2025-12-29 5 working-days --region scotland
expect_out "2026-02-28" cli calendar add 2025-08-31 6 months
expect_out "2025-08-28" cli calendar add 2025-02-28 6 months
expect_out "2024-02-29" cli calendar add 2023-08-31 6 months

# Alerts as of a date: status and lateness per clock.
alert() { cli alerts --as-of "$1" --json | json "[a['$3'] for a in d if a['review']=='$REF' and a['clock']=='$2'][0]"; }
[ "$(alert 2025-12-22 notification status)" = on-track ] && ok || bad "on-track"
[ "$(alert 2025-12-29 notification status)" = due-soon ] && ok || bad "due-soon"
[ "$(alert 2026-01-02 notification status)" = overdue ] && ok || bad "overdue"
[ "$(alert 2026-01-02 notification days_late)" = 2 ] && ok || bad "days_late"
[ "$(alert 2026-01-02 notification due)" = 2025-12-30 ] && ok || bad "due"

expect_out "" cli stage complete "$REF" notification --date 2026-01-05
[ "$(alert 2026-01-06 notification status)" = met-late ] && ok || bad "met-late"
[ "$(alert 2026-01-06 notification days_late)" = 3 ] && ok || bad "met-late days"
expect_out "" cli stage complete "$REF" rapid-review --date 2026-01-09
[ "$(alert 2026-01-10 rapid-review status)" = met ] && ok || bad "met"
expect_out "" cli stage complete "$REF" decision --date 2026-01-12 --note "Criteria met; full review"
[ "$(alert 2026-02-01 final-report due)" = 2026-07-12 ] && ok || bad "final-report due"

# A hold pauses the final-report clock and extends it by the held span.
expect_out "1" cli hold add "$REF" --proceeding police --reason "Investigation; CPS advice" --from 2026-02-01
[ "$(alert 2026-02-10 final-report status)" = paused ] && ok || bad "paused"
expect_out "" cli hold end "$REF" --date 2026-02-28
[ "$(alert 2026-03-10 final-report due)" = 2026-08-09 ] && ok || bad "extended due: $(alert 2026-03-10 final-report due)"
[ "$(alert 2026-03-10 final-report status)" = on-track ] && ok || bad "running again"

# People, appointments, terms of reference; review show carries it all.
expect_out "1" cli person add "$REF" --name "Oliver Whitfield" --pseudonym "Child A" --role child
expect_out "1" cli appoint "$REF" --name "Margaret Ellison" --role lead-reviewer --declaration "None" --date 2026-01-20
expect_out "1" cli terms set "$REF" --agreed 2026-01-25 --scope-from 2024-06-01 --scope-to 2025-12-19 --question "Q1" --question "Q2"
expect_out "2" cli terms set "$REF" --agreed 2026-02-25 --scope-from 2024-01-01 --scope-to 2025-12-19 --question "Q1"
show="$(cli review show "$REF" --as-of 2026-03-10 --json)"
[ "$(echo "$show" | json '(len(d["holds"]), len(d["people"]), len(d["appointments"]), len(d["terms_of_reference"]))')" = "(1, 1, 1, 2)" ] && ok || bad "show counts"
[ "$(echo "$show" | json '[c["owner"] for c in d["clocks"] if c["clock"]=="final-report"][0]')" = "Margaret Ellison" ] && ok || bad "owner"
[ "$(echo "$show" | json '[s["completed"] for s in d["stages"] if s["id"]=="decision"][0]')" = 2026-01-12 ] && ok || bad "stage date"
[ "$(echo "$show" | json '[c["clock"] for c in d["pending_clocks"]]')" = "['publication-notice']" ] && ok || bad "pending"

# The audit trail names who did it.
[ "$(cli audit "$REF" --json | json 'sorted(set(e["actor"] for e in d))')" = "['tester']" ] && ok || bad "audit actor"
[ "$(cli audit "$REF" --json | json '[e["new"] for e in d if e["action"]=="hold.end"][0]')" = 2026-02-28 ] && ok || bad "audit hold end"

# Bad input: exit code, one error line naming the value, database unchanged.
expect_fail 2 "2025-02-30" cli review add --pathway cspr-england --title T --aware 2025-02-30
expect_fail 3 "no-such-pathway" cli review add --pathway no-such-pathway --title T --aware 2025-02-03
expect_fail 2 "title" cli review add --pathway cspr-england --aware 2025-02-03
expect_fail 3 "CSPR-2099-001" cli review show CSPR-2099-001
expect_fail 3 "CSPR-2099-001" cli stage complete CSPR-2099-001 notification --date 2026-01-05
expect_fail 3 "launch-party" cli stage complete "$REF" launch-party --date 2026-01-05
expect_fail 2 "already completed" cli stage complete "$REF" notification --date 2026-01-06
expect_fail 2 "before stage 'terms-of-reference'" cli stage complete "$REF" chronology --date 2026-03-01
expect_fail 2 "2026-13-01" cli stage complete "$REF" terms-of-reference --date 2026-13-01
expect_fail 2 "overlaps" cli hold add "$REF" --proceeding coroner --reason "Inquest" --from 2026-02-20 --to 2026-03-05
expect_fail 2 "astrology" cli hold add "$REF" --proceeding astrology --reason "x" --from 2026-04-01
expect_fail 2 "no open hold" cli hold end "$REF" --date 2026-04-01
expect_fail 2 "fortnights" cli calendar add 2025-01-01 5 fortnights
expect_fail 2 "mars" cli calendar add 2025-01-01 5 days --region mars
expect_fail 2 "five" cli calendar add 2025-01-01 five days
expect_fail 2 "--colour" cli review list --colour
expect_fail 2 "frobnicate" cli frobnicate
expect_fail 2 "/nonexistent/bank-holidays.json" cli calendar import /nonexistent/bank-holidays.json
echo '{"england-and-wales": {"division": "england-and-wales", "events": [' > "$WORK/broken.json"
expect_fail 2 "broken.json" cli calendar import "$WORK/broken.json"

# Importing GOV.UK's real file keeps the dates the rules give.
expect_out "" cli calendar import "$SRC/../shared/data/bank-holidays.json"
expect_out "2025-12-30" cli calendar add 2025-12-19 5 working-days
[ "$(cli calendar holidays 2027 --region scotland --json | json 'len(d)')" = 9 ] && ok || bad "scotland 2027 count"

finish
