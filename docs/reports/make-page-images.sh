#!/usr/bin/env bash
# Renders the demo review's final report to DOCX, converts it with LibreOffice and writes the first
# pages as PNGs next to this script (docs/reports/final-report-page-N.png).
# Usage: docs/reports/make-page-images.sh path/to/casereview-cli
set -euo pipefail
CLI="$1"
HERE="$(cd "$(dirname "$0")" && pwd)"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
export CASEREVIEW_DATA_DIR="$(cd "$HERE/../.." && pwd)"
cli() { "$CLI" --db "$WORK/demo.db" --user demo "$@"; }

cli demo --today 2026-11-23 >/dev/null
REF="$(cli review list --json | python3 -c 'import json,sys; print([r["ref"] for r in json.load(sys.stdin) if r["title"].startswith("Non-accidental head injury")][0])')"

# When the demo board has no learning recorded for this review, add what a finished review would have.
if [ "$(cli recommendation list "$REF" --json | python3 -c 'import json,sys; d=json.load(sys.stdin); print(len(d["recommendations"] if isinstance(d, dict) else d))')" = 0 ]; then
F1="$(cli finding add "$REF" --date 2026-09-01 --text 'Missed health contacts were never seen together: each agency saw one missed visit, and nobody saw the pattern of disengagement after the birth.')"
F2="$(cli finding add "$REF" --date 2026-09-01 --text 'The bruising protocol for non-mobile babies was not followed when Child A was seen in the emergency department; no strategy discussion was held.')"
cli finding add "$REF" --date 2026-09-01 --kind good-practice --text "The health visitor's persistent attempts to see Child A at home, and her escalation to the named nurse, were exemplary." >/dev/null
i=0
while IFS='|' read -r addressee agency text; do
  i=$((i + 1))
  R="$(cli recommendation add "$REF" --date 2026-10-01 --addressee "$addressee" --finding "$F1,$F2" --type procedure --text "$text" 2>/dev/null)"
  cli action add "$R" --agency "$agency" --owner 'Head of service' --due 2027-0$((i + 1))-28 --agreed 2026-10-15 \
      --text "Agree and publish the revised procedure; audit ten cases after three months." >/dev/null
done <<'RECS'
Health visiting service|Health visiting|Health visiting should record every missed contact and escalate a second missed contact to the named nurse within 5 working days.
Acute hospital trust|Emergency department|The emergency department should apply the bruising protocol to every non-mobile baby and refer to children's social care the same day.
Children's social care|Children's social care|Children's social care should hold a strategy discussion within 24 hours of any referral about bruising to a non-mobile baby.
Safeguarding partnership|Safeguarding partnership|The partnership should audit the use of the bruising protocol across agencies by June 2027 and report the results to the board.
RECS
fi

cli report "$REF" --template final-report --format docx --as-of 2026-11-23 -o "$WORK/final-report.docx" >/dev/null
(cd "$WORK" && soffice --headless --convert-to pdf final-report.docx >/dev/null 2>&1)
pdftoppm -png -r 60 -f 1 -l 4 "$WORK/final-report.pdf" "$WORK/page"
for n in 1 2 3 4; do cp "$WORK/page-$n.png" "$HERE/final-report-page-$n.png"; done
echo "wrote $HERE/final-report-page-{1..4}.png"
