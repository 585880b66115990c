#!/usr/bin/env bash
# GUI test of the report preview and the redaction report: builds a small review whose people are
# named in its chronology (some names certain, some uncertain: a surname two people share, a first
# name that is also a word, a near-miss spelling), opens the preview with `--report` as a draft and
# as published, and the redaction report with `--redaction-report`, under Xvfb; checks each
# screenshot is a dialog-sized, non-blank image, that publication is refused (the verdict's colour)
# until the uncertain texts are decided, and shown after; opens every shipped template and a broken
# board copy of one; checks bad launch options are refused.
# Usage: reports_test.sh CASEREVIEW CASEREVIEW_CLI SCRATCH_DIR
# (GTK prints harmless "CRITICAL" noise under Xvfb: never grep stderr for it.)
set -euo pipefail

app=$1
cli=$2
scratch=$3
mkdir -p "$scratch"
work=$(mktemp -d "$scratch/gui_reports.XXXXXX")
trap 'rm -rf "$work"' EXIT
export HOME="$work/home" XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data"
mkdir -p "$HOME"

db="$work/reports.db"
run_cli() { "$cli" --db "$db" "$@"; }
run_cli init >/dev/null
ref=$(run_cli review add --pathway cspr-england --title "Child L (Riverside)" --aware 2025-03-03 --child "Child L" | tail -1)
run_cli person add "$ref" --name "Lily Thornbury" --pseudonym "Child L" --role child >/dev/null
run_cli person add "$ref" --name "Megan Thornbury" --pseudonym "Mother" --role parent >/dev/null
run_cli person add "$ref" --name "Daniel Smith" --pseudonym "Father" --role parent >/dev/null
run_cli person add "$ref" --name "Grace Okafor" --pseudonym "Maternal aunt" --role family-member >/dev/null
cat >"$work/chronology.csv" <<'CSV'
Date,Agency,Event
03/06/2024,Health visiting,"Home visit: Megan Thornbury said Lily had not been sleeping. Health visitor noted Lily's weight had dropped."
17/07/2024,GP,"GP saw Lily with a bruise to the cheek. THORNBURY explained it as a fall from the sofa."
02/09/2024,Police,"Neighbour reported shouting. Daniel Smith left before officers arrived; Megan's account was that there was no argument."
14/10/2024,Children's social care,"Strategy discussion. Mr Smith's whereabouts unknown; Lily's nursery to report any absence."
05/12/2024,School,"Nursery reported that Grace had collected Lily twice without notice."
20/01/2025,Health visiting,"Missed appointment. Mrs Thornbury told the health visitor that Smyth, a family friend, now helps with childcare."
CSV
run_cli chronology import "$ref" "$work/chronology.csv" >/dev/null
echo "ok: review $ref with people named in its chronology"

run() {  # run the app under a fresh virtual display; returns the app's exit code
    xvfb-run -a -s "-screen 0 1280x800x24" "$app" "$@"
}

check_shot() {  # check_shot NAME FILE MIN_WIDTH: exists, not blank, and the dialog (not the screen)
    [ -s "$2" ] || { echo "FAIL: $1 wrote no screenshot"; exit 1; }
    local colours width
    colours=$(/usr/bin/identify -format %k "$2")
    width=$(/usr/bin/identify -format %w "$2")
    [ "$colours" -gt 20 ] || { echo "FAIL: $1 screenshot looks blank ($colours colours)"; exit 1; }
    [ "$width" -ge "$3" ] || { echo "FAIL: $1 screenshot is $width px wide, expected at least $3"; exit 1; }
    echo "ok: $1 ($colours colours, $width px wide)"
}

draft="$work/draft.png"
rc=0
run --db "$db" --open "$ref" --report final-report --screenshot "$draft" --quit-after 4000 2>"$work/err.txt" || rc=$?
[ "$rc" -eq 0 ] || { echo "FAIL: --report final-report exited $rc"; cat "$work/err.txt"; exit 1; }
check_shot "report preview (draft)" "$draft" 640

colour_pixels() {  # colour_pixels FILE RRGGBB: how many pixels have exactly that colour
    /usr/bin/convert "$1" -format %c histogram:info:- | awk -v c="#$2" 'toupper($0) ~ c {n += $1} END {print n + 0}'
}
refused_pink=F8D7DA  # the refusal's background, in the preview and the redaction report's verdict
safe_green=DFF0D8    # the redaction report's "Safe to publish" verdict

published="$work/published.png"
rc=0
run --db "$db" --report final-report --published --screenshot "$published" --quit-after 4000 2>/dev/null || rc=$?
[ "$rc" -eq 0 ] || { echo "FAIL: --report final-report --published exited $rc"; exit 1; }
check_shot "report preview (published)" "$published" 640
pink=$(colour_pixels "$published" $refused_pink)
[ "$pink" -gt 1000 ] || { echo "FAIL: the published preview does not show the refusal ($pink pink pixels)"; exit 1; }
echo "ok: the published preview shows the refusal ($pink pink pixels)"

redaction="$work/redaction.png"
rc=0
run --db "$db" --redaction-report --screenshot "$redaction" --quit-after 4000 2>/dev/null || rc=$?
[ "$rc" -eq 0 ] || { echo "FAIL: --redaction-report exited $rc"; exit 1; }
check_shot "redaction report" "$redaction" 600
pink=$(colour_pixels "$redaction" $refused_pink)
green=$(colour_pixels "$redaction" $safe_green)
[ "$pink" -gt 5000 ] && [ "$green" -eq 0 ] || { echo "FAIL: expected a refused verdict ($pink pink, $green green)"; exit 1; }
echo "ok: the redaction report refuses publication ($pink pink pixels)"

# Resolve every uncertain text (as the Resolve button does): the verdict turns to "Safe to publish"
# and the published preview shows the report, using the decisions stored in the board.
run_cli redaction decide "$ref" --text Thornbury --replace-with Mother --reason "Thornbury alone is Mother here" >/dev/null
run_cli redaction decide "$ref" --text Grace --replace-with "Maternal aunt" --reason "Grace is the maternal aunt" >/dev/null
run_cli redaction decide "$ref" --text Smyth --safe --reason "A family friend outside the review" >/dev/null
rc=0
run --db "$db" --redaction-report --screenshot "$redaction" --quit-after 4000 2>/dev/null || rc=$?
[ "$rc" -eq 0 ] || { echo "FAIL: --redaction-report after the decisions exited $rc"; exit 1; }
pink=$(colour_pixels "$redaction" $refused_pink)
green=$(colour_pixels "$redaction" $safe_green)
[ "$green" -gt 5000 ] && [ "$pink" -eq 0 ] || { echo "FAIL: expected a safe verdict ($pink pink, $green green)"; exit 1; }
echo "ok: after the decisions the redaction report says safe to publish ($green green pixels)"
rc=0
run --db "$db" --report final-report --published --screenshot "$published" --quit-after 4000 2>/dev/null || rc=$?
[ "$rc" -eq 0 ] || { echo "FAIL: --report final-report --published after the decisions exited $rc"; exit 1; }
check_shot "report preview (published, after the decisions)" "$published" 640
pink=$(colour_pixels "$published" $refused_pink)
[ "$pink" -eq 0 ] || { echo "FAIL: the published preview is still refused after the decisions ($pink pink pixels)"; exit 1; }
echo "ok: after the decisions the published preview shows the report"

# Every shipped template opens in the preview (a board-wide one too).
templates=$("$cli" report templates --json | python3 -c 'import json, sys; print(" ".join(t["name"] for t in json.load(sys.stdin)))')
[ -n "$templates" ] || { echo "FAIL: no report templates listed"; exit 1; }
for name in $templates; do
    rc=0
    run --db "$db" --report "$name" --quit-after 2000 2>"$work/err.txt" || rc=$?
    [ "$rc" -eq 0 ] || { echo "FAIL: --report $name exited $rc"; cat "$work/err.txt"; exit 1; }
done
echo "ok: the preview opens every template: $templates"

# A board's own copy of a template that is broken: the preview opens and shows the file and line
# instead of a report (the board's copy is found in the user data dir, so the fixed data dir is unset).
templates_dir="$XDG_DATA_HOME/casereview/templates/reports"
mkdir -p "$templates_dir"
sed 's/<section /<sektion /' "$(cd "$(dirname "$0")/../.." && pwd)/templates/reports/final-report.xml" \
    >"$templates_dir/final-report.xml"
broken="$work/broken.png"
rc=0
CASEREVIEW_DATA_DIR= run --db "$db" --report final-report --screenshot "$broken" --quit-after 4000 2>/dev/null || rc=$?
[ "$rc" -eq 0 ] || { echo "FAIL: the preview of a broken template exited $rc"; exit 1; }
check_shot "report preview of a broken template" "$broken" 640
pink=$(colour_pixels "$broken" $refused_pink)
[ "$pink" -gt 1000 ] || { echo "FAIL: the broken template's preview does not show the problem ($pink pink pixels)"; exit 1; }
rm -r "$XDG_DATA_HOME/casereview"
echo "ok: a broken board copy of a template is shown as a problem, not a report"

expect_refused() {  # expect_refused WHAT PATTERN ARGS...: exit 2 and an error line matching PATTERN
    local what=$1 pattern=$2 rc=0
    shift 2
    run "$@" --quit-after 2000 2>"$work/err.txt" || rc=$?
    [ "$rc" -eq 2 ] || { echo "FAIL: $what exited $rc, expected 2"; cat "$work/err.txt"; exit 1; }
    grep -q "error: .*$pattern" "$work/err.txt" || { echo "FAIL: $what: no error naming '$pattern'"; cat "$work/err.txt"; exit 1; }
    echo "ok: $what refused (exit 2)"
}
expect_refused "an unknown template" "no-such-template" --db "$db" --report no-such-template
expect_refused "--published without --report" "--published" --db "$db" --published
empty="$work/empty.db"
"$cli" --db "$empty" init >/dev/null
expect_refused "--report on a board with no review" "need a review" --db "$empty" --report final-report
