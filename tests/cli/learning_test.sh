#!/usr/bin/env bash
# Findings, recommendations, actions and evidence from the command line: the quality guard, the
# lifecycle, RAG as of a date, alerts, and every bad input refused with the database unchanged.
source "$(dirname "$0")/lib.sh"

REF="$(cli review add --pathway cspr-england --title 'Head injury, infant' --aware 2024-02-05)"
OTHER="$(cli review add --pathway cspr-england --title 'Neglect of siblings' --aware 2025-03-03)"
printf 'Date,Event\n03/04/2023,"Police call-out to a domestic incident"\n10/05/2023,"Health visitor new birth visit"\n' > "$WORK/police.csv"
cli chronology import "$REF" "$WORK/police.csv" --agency Police >/dev/null && ok || bad "import"
E1="$(cli chronology list "$REF" --json | json 'd[0]["id"]')"

# Findings: theme from the controlled list, evidence from the review's own chronology.
[ "$(cli themes | grep -c '')" -ge 20 ] && ok || bad "themes list"
cli themes --json | json '[t["name"] for t in d]' | grep -q "information sharing" && ok || bad "themes json"
F1="$(cli finding add "$REF" --text 'The school never heard of the call-outs.' --theme 'information sharing' --evidence "$E1" --date 2024-06-01)"
F2="$(cli finding add "$REF" --kind good-practice --text 'The GP followed up.' --date 2024-06-01)"
FO="$(cli finding add "$OTHER" --text 'Drift.' --theme neglect --date 2025-06-01)"
[ "$(cli finding list "$REF" --json | json '[(f["number"], f["kind"], f["theme"], f["evidence"]) for f in d]')" = \
  "[(1, 'systemic', 'information sharing', [$E1]), (2, 'good-practice', '', [])]" ] && ok || bad "finding list"
expect_fail 2 "unknown theme 'parenting'" cli finding add "$REF" --text x --theme parenting
expect_fail 2 "unknown finding kind 'bad'" cli finding add "$REF" --text x --kind bad
expect_fail 2 "evidence: no chronology entry 9999" cli finding add "$REF" --text x --evidence 9999
expect_fail 2 "finding text must not be empty" cli finding add "$REF" --text '  '
expect_fail 3 "unknown review 'NOPE-1'" cli finding add NOPE-1 --text x

# The quality guard without saving: stock phrases and paraphrases, vague, missing addressee and finding.
[ "$(cli recommendation check --text 'Agencies should communicate more.' --json | json '[w["code"] for w in d]')" = \
  "['no-addressee', 'no-finding', 'stock-phrase', 'vague']" ] && ok || bad "check stock phrase"
[ "$(cli recommendation check --text 'Improve the sharing of information between agencies.' --addressee LSCP --finding 1 --json | json '[w.get("phrase") for w in d if w["code"]=="stock-phrase"]')" = \
  "['better information sharing']" ] && ok || bad "paraphrase"
GOOD='The police will notify the school of every domestic abuse incident at a household with children within 24 hours; compliance audited quarterly.'
expect_out "no warnings" cli recommendation check --text "$GOOD" --addressee Police --finding "$F1"

# Saving: addressee and finding required, nothing saved when refused.
expect_fail 2 "addressee must not be empty" cli recommendation add "$REF" --text "$GOOD" --addressee ' ' --finding "$F1"
expect_fail 2 "finding: a recommendation must answer at least one finding" cli recommendation add "$REF" --text "$GOOD" --addressee Police
expect_fail 2 "finding: finding $FO is not part of $REF" cli recommendation add "$REF" --text "$GOOD" --addressee Police --finding "$FO"
expect_fail 2 "unknown recommendation type 'policy'" cli recommendation add "$REF" --text "$GOOD" --addressee Police --finding "$F1" --type policy
R1="$(cli recommendation add "$REF" --text "$GOOD" --addressee Police --finding "$F1" --type procedure --date 2024-07-01 2>"$WORK/warn")"
[ -s "$WORK/warn" ] && bad "good recommendation warned: $(cat "$WORK/warn")" || ok
out="$(cli recommendation add "$REF" --text 'Better information sharing between partners.' --addressee 'All partners' --finding "$F1,$F2" --date 2024-07-01 --json)"
[ "$(echo "$out" | json '(d["number"], [w["code"] for w in d["warnings"]])')" = "(2, ['stock-phrase', 'vague'])" ] && ok || bad "add with warnings: $out"
[ "$(cli recommendation list "$REF" --json | json '(d["mix"]["total"], d["mix"]["procedure"], d["mix"]["other"], [r["findings"] for r in d["recommendations"]])')" = \
  "(2, 1, 1, [[$F1], [$F1, $F2]])" ] && ok || bad "recommendation list + mix"
cli recommendation list "$REF" | grep -q "2 recommendations: 1 procedure, 0 training, 0 supervision, 1 other" && ok || bad "mix text"

# Near-duplicate of an earlier review's recommendation, naming the review and number.
out="$(cli recommendation check --review "$OTHER" --text 'Schools to be notified by the police of every domestic abuse incident within 24 hours, audited quarterly.' --addressee Police --finding "$FO" --json)"
[ "$(echo "$out" | json '[(w["code"], w["review"], w["number"]) for w in d]')" = "[('similar-to-earlier', '$REF', 1)]" ] && ok || bad "similar: $out"

# Actions: due date not before the recommendation; lifecycle one step at a time; evidence rules.
expect_fail 2 "due date 2024-06-30 is before recommendation 1" cli action add "$R1" --agency Police --owner 'DI Smith' --due 2024-06-30 --text 'Brief officers' --agreed 2024-07-01
expect_fail 2 "agency must not be empty" cli action add "$R1" --agency '' --owner 'DI Smith' --due 2024-12-31 --text 'Brief officers'
expect_fail 2 "action add: --due is required" cli action add "$R1" --agency Police --owner O --text T
expect_fail 3 "unknown recommendation 999" cli action add 999 --agency Police --owner O --due 2024-12-31 --text T
A1="$(cli action add "$R1" --agency Police --owner 'DI Smith' --due 2024-12-31 --text 'Notifications to schools' --agreed 2024-07-15)"
A2="$(cli action add "$R1" --agency 'Children''s Social Care' --owner 'Head of MASH' --due 2024-09-30 --text 'Record the notification' --agreed 2024-07-15)"
expect_fail 2 "cannot go from agreed to implemented; the next step is ratified" cli action set "$A1" --status implemented --date 2024-08-01
expect_fail 2 "unknown action status 'done'" cli action set "$A1" --status done --date 2024-08-01
expect_fail 2 "status date 2024-07-01 is before the action became agreed" cli action set "$A1" --status ratified --date 2024-07-01
expect_fail 3 "unknown action 4242" cli action set 4242 --status ratified --date 2024-08-01
cli action set "$A1" --status ratified --date 2024-08-01 && ok || bad "ratify"
cli action set "$A1" --status implemented --date 2024-10-01 --evidence 'Notification process live' && ok || bad "implement"
expect_fail 2 "needs evidence of impact" cli action set "$A1" --status effectiveness-reviewed --date 2025-01-10
printf 'case,compliant\n1,yes\n2,yes\n' > "$WORK/reaudit.csv"
EV="$(cli evidence attach "$A1" "$WORK/reaudit.csv" --kind re-audit --text 'Re-audit: 28 of 30 schools notified in time' --date 2025-01-05)"
expect_fail 2 "unknown evidence kind 'gut-feeling'" cli evidence add "$A1" --kind gut-feeling --text x
expect_fail 2 "missing.pdf" cli evidence attach "$A1" "$WORK/missing.pdf" --kind re-audit
cli action set "$A1" --status effectiveness-reviewed --date 2025-01-10 && ok || bad "effectiveness reviewed"
expect_fail 2 "evidence: closing action $A1 needs evidence" cli action set "$A1" --status closed --date 2025-02-01
cli action set "$A1" --status closed --date 2025-02-01 --evidence 'Board accepted two re-audits' && ok || bad "close"
[ "$(cli action show "$A1" --json | json '([h["status"] for h in d["history"]], d["evidence"][0]["file"]["size"], d["evidence"][0]["file"]["sha256"][:8])')" = \
  "(['agreed', 'ratified', 'implemented', 'effectiveness-reviewed', 'closed'], $(stat -c %s "$WORK/reaudit.csv"), '$(sha256sum "$WORK/reaudit.csv" | cut -c1-8)')" ] && ok || bad "action show: $(cli action show "$A1" --json)"
cli evidence get "$EV" -o "$WORK/back.csv" && cmp -s "$WORK/back.csv" "$WORK/reaudit.csv" && ok || bad "evidence get"

# RAG as of any date: the status history as it stood then.
[ "$(cli actions --as-of 2024-07-14 --json | json 'len(d)')" = 0 ] && ok || bad "not agreed yet"
[ "$(cli actions --as-of 2024-09-20 --json | json '[(a["id"], a["status"], a["rag"]) for a in d]')" = \
  "[($A2, 'agreed', 'amber'), ($A1, 'ratified', 'green')]" ] && ok || bad "rag september"
[ "$(cli actions --as-of 2024-10-15 --json | json '[(a["id"], a["status"], a["rag"], a["days_late"]) for a in d]')" = \
  "[($A2, 'agreed', 'red', 15), ($A1, 'implemented', 'green', 0)]" ] && ok || bad "rag october"
[ "$(cli actions --as-of 2025-03-01 --agency police --json | json '[(a["id"], a["rag"]) for a in d]')" = "[($A1, 'grey')]" ] && ok || bad "agency filter"
expect_fail 2 "unknown RAG 'purple'" cli actions --rag purple

# Alerts: the register's list now carries learning alerts with the same fields plus kind and message.
out="$(cli alerts --as-of 2024-10-15 --review "$REF" --json)"
[ "$(echo "$out" | json '[(a["kind"], a["clock"], a["status"], a["days_late"]) for a in d if a["kind"] != "clock"]')" = \
  "[('recommendation-without-action', 'recommendation-2', 'overdue', 106), ('action-overdue', 'action-$A2', 'overdue', 15)]" ] && ok || bad "alerts: $out"
echo "$out" | json '[a["message"] for a in d if a["kind"]=="action-overdue"][0]' | grep -q "15 days past its due date 30 September 2024" && ok || bad "alert message"

# Challenge log and learning events.
C1="$(cli challenge add "$REF" --agency "Children's Social Care" --raised 2024-11-01 --issue 'Action overdue, no update' --board-action 'Chair wrote to the director')"
expect_fail 2 "closed date 2024-10-01 is before the challenge was raised" cli challenge close "$C1" --date 2024-10-01 --outcome 'Done'
expect_fail 2 "raised date 2020-01-01 is before" cli challenge add "$REF" --agency Police --raised 2020-01-01 --issue x
cli challenge close "$C1" --date 2024-11-20 --outcome 'Action completed within three weeks' && ok || bad "close challenge"
expect_fail 2 "already closed" cli challenge close "$C1" --date 2024-11-21 --outcome 'again'
[ "$(cli challenge list "$REF" --json | json '[(c["agency"], c["closed"], c["outcome"]) for c in d]')" = \
  "[(\"Children's Social Care\", '2024-11-20', 'Action completed within three weeks')]" ] && ok || bad "challenge list"
cli learning-event add "$REF" --date 2024-12-05 --title 'Seven-minute briefing' --audience 'Practitioners' --attendance 42 --presenter 'Lead reviewer' >/dev/null && ok || bad "event"
expect_fail 2 "attendance must not be negative" cli learning-event add "$REF" --date 2024-12-05 --title T --attendance -3
expect_fail 2 "is not a whole number" cli learning-event add "$REF" --date 2024-12-05 --title T --attendance many
[ "$(cli learning-event list --json | json '[(e["review"], e["attendance"]) for e in d]')" = "[('$REF', 42)]" ] && ok || bad "event list"

# Across reviews: recurring themes and recommendations.
cli finding add "$OTHER" --text 'Schools not told.' --theme 'Information sharing' --date 2025-06-01 >/dev/null
F3="$(cli finding add "$OTHER" --text 'Again.' --date 2025-06-01)"
cli recommendation add "$OTHER" --text 'Schools must be notified by the police of every domestic abuse incident within 24 hours, audited quarterly.' --addressee Police --finding "$F3" --date 2025-07-01 >/dev/null 2>&1
out="$(cli recurring --json)"
[ "$(echo "$out" | json '[(t["theme"], t["reviews"], [y["year"] for y in t["years"]]) for t in d["themes"]]')" = \
  "[('information sharing', ['$REF', '$OTHER'], [2024, 2025])]" ] && ok || bad "recurring themes: $out"
[ "$(echo "$out" | json '[[(m["review"], m["number"]) for m in c["recommendations"]] for c in d["recommendations"]]')" = \
  "[[('$REF', 1), ('$OTHER', 1)]]" ] && ok || bad "recurring recommendations: $out"

# The demo board has learning in every state.
DB="$WORK/demo.db"
cli demo >/dev/null && ok || bad "demo"
[ "$(cli actions --json | json 'sorted(set(a["status"] for a in d))')" = \
  "['agreed', 'closed', 'effectiveness-reviewed', 'implemented', 'ratified']" ] && ok || bad "demo lifecycle states"
[ "$(cli alerts --json | json 'sorted(set(a["kind"] for a in d))')" = \
  "['action-overdue', 'clock', 'effect-not-checked', 'recommendation-without-action']" ] && ok || bad "demo alerts"
[ "$(cli recurring --json | json 'len(d["themes"]) >= 2 and len(d["recommendations"]) >= 1')" = True ] && ok || bad "demo recurring"

finish
