#!/usr/bin/env bash
# The board's response to each recommendation from the command line: recorded, replaced, shown by
# `recommendation show` and `list --json`, audited, printed in the board-response report, carried by a
# case file; and every bad input refused with the database unchanged.
source "$(dirname "$0")/lib.sh"

REF="$(cli review add --pathway cspr-england --title 'Head injury, infant' --aware 2024-02-05)"
F1="$(cli finding add "$REF" --text 'The school never heard of the call-outs.' --theme 'information sharing' --date 2024-06-01)"
R1="$(cli recommendation add "$REF" --finding "$F1" --addressee Police --type procedure --date 2024-07-01 \
  --text 'The police will notify the school of every domestic abuse incident within 24 hours; audited quarterly.' 2>/dev/null)"
R2="$(cli recommendation add "$REF" --finding "$F1" --addressee 'Health visiting' --type training --date 2024-07-01 \
  --text 'All health visitors will complete training on hidden men within 6 months; attendance reported to the board.' 2>/dev/null)"

# None yet: null in JSON, said in words, and the report keeps its placeholder.
[ "$(cli recommendation show "$R1" --json | json 'd["response"]')" = "None" ] && ok || bad "no response: null"
cli recommendation show "$R1" | grep -q "^Board response: none recorded$" && ok || bad "no response: words"

# Wrong input: exit 2 naming the value (or the rule), exit 3 for an unknown id; nothing recorded.
expect_fail 2 "unknown decision 'maybe' (expected accepted, accepted-in-part, not-accepted)" \
  cli recommendation respond "$R1" --decision maybe --text 'Yes.'
expect_fail 2 "recommendation respond: --decision is required" cli recommendation respond "$R1" --text 'Yes.'
expect_fail 2 "recommendation respond: --text is required" cli recommendation respond "$R1" --decision accepted
expect_fail 2 "response text must not be empty: give the board's reason for not accepting recommendation 1" \
  cli recommendation respond "$R1" --decision not-accepted --text '  '
expect_fail 2 "response date 2024-06-30 is before recommendation 1 of $REF was made (2024-07-01)" \
  cli recommendation respond "$R1" --decision accepted --text 'Yes.' --date 2024-06-30
expect_fail 2 "recommendation respond: --date: invalid date '2024-13-01'" cli recommendation respond "$R1" --decision accepted --text 'Yes.' --date 2024-13-01
expect_fail 2 "recommendation respond: ID: 'abc' is not an id" cli recommendation respond abc --decision accepted --text 'Yes.'
expect_fail 3 "unknown recommendation 9999" cli recommendation respond 9999 --decision accepted --text 'Yes.'

# Recorded: printed in words, or the recommendation as JSON with its response.
expect_out "Board response: accepted-in-part on 2024-08-01 (by tester): The school will be told within 48 hours, not 24." \
  cli recommendation respond "$R1" --decision accepted-in-part --date 2024-08-01 --text 'The school will be told within 48 hours, not 24.'
[ "$(cli recommendation respond "$R2" --decision not-accepted --date 2024-08-01 --text 'The training is already mandatory.' --json | json '(d["id"], d["response"]["decision"], d["response"]["date"], d["response"]["recorded_by"])')" = \
  "($R2, 'not-accepted', '2024-08-01', 'tester')" ] && ok || bad "respond --json"
[ "$(cli recommendation list "$REF" --json | json '[(r["number"], r["response"]["decision"]) for r in d["recommendations"]]')" = \
  "[(1, 'accepted-in-part'), (2, 'not-accepted')]" ] && ok || bad "list --json responses"
cli recommendation list "$REF" | grep -q "accepted-in-part" && ok || bad "list table shows the decision"
cli recommendation show "$R2" | grep -q "^Board response: not-accepted on 2024-08-01 (by tester): The training is already mandatory.$" \
  && ok || bad "show words"

# Replaced, not added; the audit trail keeps the old value beside the new one.
cli recommendation respond "$R1" --decision accepted --date 2024-09-01 --text 'Accepted in full after the police review.' >/dev/null && ok || bad "replace"
[ "$(cli recommendation show "$R1" --json | json '(d["response"]["decision"], d["response"]["text"], d["response"]["date"])')" = \
  "('accepted', 'Accepted in full after the police review.', '2024-09-01')" ] && ok || bad "replaced response"
[ "$(cli audit "$REF" --json | json '[(a["field"], a["old"], a["new"]) for a in d if a["action"] == "recommendation.respond" and a["field"] == "response_decision"]')" = \
  "[('response_decision', '', 'accepted-in-part'), ('response_decision', '', 'not-accepted'), ('response_decision', 'accepted-in-part', 'accepted')]" ] \
  && ok || bad "audit old and new: $(cli audit "$REF" --json | head -c 600)"

# The board-response report prints the decision and the text.
cli report "$REF" --template board-response -o "$WORK/response.html" >/dev/null && ok || bad "report"
grep -q "Accepted: Accepted in full after the police review." "$WORK/response.html" && ok || bad "report shows accepted response"
grep -q "Not accepted: The training is already mandatory." "$WORK/response.html" && ok || bad "report shows not accepted"
grep -q "No response recorded yet." "$WORK/response.html" && bad "placeholder left in the report" || ok

# A case file carries the responses: export, import elsewhere, export again gives the same bytes.
cli export "$REF" -o "$WORK/a.xml" >/dev/null && ok || bad "export"
grep -q '<recommendation-response recommendation-id=' "$WORK/a.xml" && ok || bad "response in the case file"
OTHER="$WORK/other.db"
"$CLI" --db "$OTHER" --user tester import "$WORK/a.xml" >/dev/null && ok || bad "import"
"$CLI" --db "$OTHER" --user tester export "$REF" -o "$WORK/b.xml" >/dev/null && ok || bad "export again"
cmp -s "$WORK/a.xml" "$WORK/b.xml" && ok || bad "case file round trip differs"

finish
