#!/usr/bin/env bash
# Publication and redaction from the command line: the redaction check replaces names and refuses
# what it cannot be sure of, decisions resolve it, and the publication log keeps a sane lifecycle.
source "$(dirname "$0")/lib.sh"

REF="$(cli review add --pathway cspr-england --title 'Bruising to a baby' --aware 2024-01-10)"
cli person add "$REF" --name 'Jane Smith' --pseudonym Mother --role parent >/dev/null && ok
cli person add "$REF" --name 'Tom Smith' --pseudonym 'Child A' --role child >/dev/null && ok
cli person add "$REF" --name 'May Okafor' --pseudonym 'Health visitor 1' --role practitioner >/dev/null && ok
cat > "$WORK/hv.csv" <<'CSV'
Date,Practitioner,Event
03/02/2024,May Okafor,"Home visit: Jane Smith's partner present; Tom asleep. JANE said she was coping."
10/05/2024,HV team,"Review in May: Smith did not attend"
CSV
cli chronology import "$REF" "$WORK/hv.csv" --agency "Health visiting" >/dev/null && ok

# Not safe: 'May' (the month, or the health visitor?) and 'Smith' (Mother or Child A?).
expect_fail 2 "redaction of $REF is not safe: 2 problem" cli redaction check "$REF"
out="$(cli redaction check "$REF" --json 2>/dev/null)"
[ "$(echo "$out" | json 'd["safe"], len(d["problems"])')" = "False 2" ] && ok || bad "check json: $out"
echo "$out" | json '[p["where"] for p in d["problems"]]' | grep -q "chronology [0-9]* event" && ok || bad "problem names the place: $out"
echo "$out" | json '[p["excerpt"] for p in d["problems"]]' | grep -q "Smith did not attend" && ok || bad "problem shows the text"
[ "$(echo "$out" | json '"|".join(sorted(r["found"] + ">" + r["pseudonym"] for r in d["replacements"]))')" = \
  "JANE>Mother|Jane Smith's>Mother's|May Okafor>Health visitor 1|Tom>Child A" ] && ok || bad "replacements: $out"

# Publication cannot record published-redacted while the check fails, nor skip the final report.
expect_fail 2 "has no final report yet" cli publication add "$REF" --status published-redacted --date 2025-03-01
expect_fail 2 "reasons are required" cli publication add "$REF" --status not-published --date 2025-03-01
expect_fail 2 "unknown status 'printed'" cli publication add "$REF" --status printed
expect_fail 3 "unknown review 'CSPR-1999-001'" cli publication add CSPR-1999-001 --status draft
expect_fail 2 "before the review's aware date" cli publication add "$REF" --status draft --date 2023-01-01
expect_fail 2 "version file: cannot open" cli publication add "$REF" --status draft --version-file "$WORK/missing.docx"

echo "draft report" > "$WORK/report-v1.html"
echo "final report" > "$WORK/report-v2.docx"
echo "The board accepts every recommendation." > "$WORK/response.txt"
expect_out "1" cli publication add "$REF" --status draft --date 2025-01-20 --version-file "$WORK/report-v1.html" --template final-report
expect_out "2" cli publication add "$REF" --status final --date 2025-02-01 --version-file "$WORK/report-v2.docx" \
  --board-response "$WORK/response.txt" --legal-advice "Counsel: no risk to the trial"
expect_fail 2 "already has a final report" cli publication add "$REF" --status draft --date 2025-02-02
expect_fail 2 "before the last publication log entry" cli publication add "$REF" --status sent-to-panel --date 2025-01-31
expect_out "3" cli publication add "$REF" --status sent-to-panel --date 2025-02-03
expect_fail 2 "published-redacted refused: the redaction check of $REF finds 2 problem" \
  cli publication add "$REF" --status published-redacted --date 2025-03-01

# Resolve: 'May' is the month there; 'Smith' there is Mother. Both decisions are audited.
expect_fail 2 "give either --safe" cli redaction decide "$REF" --text May --reason month
expect_fail 2 "reason must not be empty" cli redaction decide "$REF" --text May --safe --reason ' '
expect_out "1" cli redaction decide "$REF" --text May --safe --reason "the month of the review meeting"
where="$(echo "$out" | json '[p["where"] for p in d["problems"] if "Smith" in p["excerpt"]][0]')"
expect_out "2" cli redaction decide "$REF" --text Smith --replace-with Mother --where "$where" --reason "Mother was invited; Tom is a baby"
[ "$(cli redaction decisions "$REF" --json | json '[(x["text"], x["verdict"]) for x in d]')" = "[('May', 'keep'), ('Smith', 'replace')]" ] && ok || bad "decisions"
cli redaction check "$REF" > "$WORK/check.txt" && ok || bad "check now safe: $(cat "$WORK/check.txt")"
grep -q "Safe to publish." "$WORK/check.txt" && ok || bad "verdict"
[ "$(cli audit "$REF" --json | json 'len([a for a in d if a["action"] == "redaction.decide"])')" = 8 ] && ok || bad "decisions audited"

expect_out "4" cli publication add "$REF" --status published-redacted --date 2025-03-01 --redaction-notes "names replaced by pseudonyms"
log="$(cli publication list "$REF" --json)"
[ "$(echo "$log" | json '[(e["version"], e["status"]) for e in d]')" = \
  "[(1, 'draft'), (2, 'final'), (2, 'sent-to-panel'), (2, 'published-redacted')]" ] && ok || bad "log: $log"
[ "$(echo "$log" | json 'd[1]["sha256"]')" = "$(sha256sum "$WORK/report-v2.docx" | cut -d' ' -f1)" ] && ok || bad "sha256"
[ "$(echo "$log" | json 'd[1]["format"], d[1]["legal_advice"], d[1]["board_response"], d[3]["recorded_by"]')" = \
  "docx Counsel: no risk to the trial response.txt tester" ] && ok || bad "fields: $log"
cli publication list "$REF" | grep -q "published-redacted" && ok || bad "table"
id="$(echo "$log" | json 'd[1]["id"]')"
cli publication response "$id" -o "$WORK/out.txt" && cmp -s "$WORK/out.txt" "$WORK/response.txt" && ok || bad "response saved"
expect_fail 3 "unknown publication entry 999" cli publication response 999 -o "$WORK/x.txt"
[ "$(cli audit "$REF" --json | json '[a["new"] for a in d if a["action"] == "publication.add" and a["field"] == "status"]')" = \
  "['draft', 'final', 'sent-to-panel', 'published-redacted']" ] && ok || bad "status changes audited"

# Unknown reviews and bad arguments.
expect_fail 3 "unknown review 'CSPR-1999-001'" cli redaction check CSPR-1999-001
expect_fail 3 "unknown review 'CSPR-1999-001'" cli publication list CSPR-1999-001
expect_fail 3 "unknown review 'CSPR-1999-001'" cli redaction decide CSPR-1999-001 --text May --safe --reason month
expect_fail 2 "unknown sub-command 'publish'" cli redaction publish "$REF"
expect_fail 2 "format 'pdf' given without a version file" cli publication add "$REF" --status final --format pdf
expect_fail 2 "unknown format 'exe'" cli publication add "$REF" --status final --version-file "$WORK/response.txt" --format exe

# Not published, with reasons, after a final: allowed.
expect_out "5" cli publication add "$REF" --status not-published --date 2025-03-02 --reason "Publication would identify the child"

finish
