#!/usr/bin/env bash
# GUI test of the learning views. On a board holding one review with a finding, a recommendation (with
# the board's response) and an action added through casereview-cli (and on the demo board, for the
# views across reviews), opens
# `--view learning`, `recommendations` (with a stock-phrase draft), `actions` and `assurance` under
# Xvfb and checks what a user would see:
#  - every view paints (a screenshot that is not blank, of the window's size);
#  - the quality guard's yellow warning strip appears for a stock-phrase draft and not without one;
#  - the actions board, and the chair's dashboard's learning line, show more red as of a date after
#    the action's due date than before it.
# Usage: learning_test.sh CASEREVIEW CASEREVIEW_CLI SCRATCH_DIR
# (GTK prints harmless "CRITICAL" noise under Xvfb: never grep stderr for it.)
set -euo pipefail

app=$1
cli=$2
scratch=$3
mkdir -p "$scratch"
work=$(mktemp -d "$scratch/gui_learning.XXXXXX")
trap 'rm -rf "$work"' EXIT
export HOME="$work/home" XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data"
mkdir -p "$HOME"

demo="$work/demo.db"
"$cli" --db "$demo" demo >/dev/null

# A board of one review, so the colours counted below come from it alone.
db="$work/one.db"
"$cli" --db "$db" init >/dev/null
ref=$("$cli" --db "$db" review add --pathway cspr-england --title "Learning view test" --aware 2025-01-06 | tail -1)
finding=$("$cli" --db "$db" finding add "$ref" --text "Referrals were closed without speaking to the child" \
          --kind systemic --theme "the child's voice" --date 2025-11-01 | tail -1)
rec=$("$cli" --db "$db" recommendation add "$ref" --finding "$finding" --addressee "Children's social care" \
      --type supervision --date 2025-11-03 \
      --text "Children's social care to audit 40 closed referrals by 31 March 2026 for a recorded conversation with the child; report the rate to the board" \
      | tail -1)
"$cli" --db "$db" action add "$rec" --agency "Children's social care" --owner "Head of service" \
    --due 2026-03-31 --agreed 2025-11-20 --text "Audit 40 closed referrals" >/dev/null
"$cli" --db "$db" recommendation respond "$rec" --decision accepted-in-part --date 2025-11-20 \
    --text "Accepted; the audit will cover 30 referrals until the new case system is live" >/dev/null
echo "ok: $ref with finding $finding, recommendation $rec (board response recorded) and an action due 2026-03-31"

run() {  # run the app under a fresh virtual display; returns the app's exit code
    xvfb-run -a -s "-screen 0 1280x800x24" "$app" "$@"
}

check_shot() {  # check_shot NAME FILE
    [ -s "$2" ] || { echo "FAIL: $1 wrote no screenshot"; exit 1; }
    local colours size
    colours=$(/usr/bin/identify -format %k "$2")
    [ "$colours" -gt 20 ] || { echo "FAIL: $1 screenshot looks blank ($colours colours)"; exit 1; }
    size=$(/usr/bin/identify -format %wx%h "$2")
    local w=${size%x*} h=${size#*x}
    { [ "$w" -ge 720 ] && [ "$h" -ge 480 ]; } || { echo "FAIL: $1 screenshot is only $size"; exit 1; }
    echo "ok: $1 ($colours colours, $size)"
}

pixels() {  # pixels FILE '#RRGGBB': how many pixels have exactly that colour
    convert "$1" -fill black +opaque "$2" -fill white -opaque "$2" -format '%[fx:round(mean*w*h)]' info:
}

shoot() {  # shoot NAME ARGS...: runs the app with a screenshot into $work/NAME.png
    local name=$1
    shift
    local rc=0
    run --screenshot "$work/$name.png" --quit-after 3500 "$@" 2>"$work/err.txt" || rc=$?
    [ "$rc" -eq 0 ] || { echo "FAIL: $name exited $rc"; cat "$work/err.txt"; exit 1; }
    check_shot "$name" "$work/$name.png"
}

amber='#FDEFC8'  # the warning strip (and amber rows); see learning_format.cpp
red='#FBE0DE'    # red RAG cells

shoot learning --db "$db" --view learning --open "$ref"
shoot learning-plain --db "$db" --view recommendations --open "$ref"
plain=$(pixels "$work/learning-plain.png" "$amber")
[ "$plain" -lt 500 ] || { echo "FAIL: warning colour shown with no draft ($plain pixels)"; exit 1; }
shoot recommendations --db "$db" --view recommendations --open "$ref" \
    --draft "Agencies should ensure better information sharing and more communication between partners."
warned=$(pixels "$work/recommendations.png" "$amber")
[ "$warned" -gt 5000 ] || { echo "FAIL: no warning strip for a stock-phrase draft ($warned pixels)"; exit 1; }
echo "ok: the quality guard's warning strip shows for a stock-phrase draft ($warned pixels, $plain without)"

shoot actions-before --db "$db" --view actions --as-of 2026-03-01
shoot actions-after --db "$db" --view actions --as-of 2026-06-01
before=$(pixels "$work/actions-before.png" "$red")
after=$(pixels "$work/actions-after.png" "$red")
[ "$after" -gt "$before" ] || { echo "FAIL: no more red on the actions board after the due date ($before -> $after)"; exit 1; }
echo "ok: the actions board turns red past the due date ($before -> $after red pixels)"

# The chair's dashboard carries the learning alerts: its learning line turns red once the action is
# past due (the clocks' own colours are the same on both dates).
shoot dashboard-before --db "$db" --view dashboard --as-of 2026-03-01
shoot dashboard-after --db "$db" --view dashboard --as-of 2026-06-01
before=$(pixels "$work/dashboard-before.png" "$red")
after=$(pixels "$work/dashboard-after.png" "$red")
[ "$after" -gt "$before" ] || { echo "FAIL: the dashboard shows no learning alert past the due date ($before -> $after)"; exit 1; }
echo "ok: the dashboard's learning line turns red past the due date ($before -> $after red pixels)"

# The demo board, for what spans reviews.
demo_ref=$("$cli" --db "$demo" review list --json | python3 -c 'import json, sys; print(json.load(sys.stdin)[0]["ref"])')
shoot demo-learning --db "$demo" --view learning --open "$demo_ref"
shoot demo-actions --db "$demo" --view actions
shoot demo-assurance --db "$demo" --view assurance
shoot demo-dashboard --db "$demo" --view dashboard

# The board's response dialog, opened as "Record response..." would open it, on the recommendation.
rc=0
run --db "$db" --open "$ref" --dialog response --screenshot "$work/response.png" --quit-after 3500 2>"$work/err.txt" || rc=$?
[ "$rc" -eq 0 ] || { echo "FAIL: --dialog response exited $rc"; cat "$work/err.txt"; exit 1; }
size=$(/usr/bin/identify -format %wx%h "$work/response.png")
colours=$(/usr/bin/identify -format %k "$work/response.png")
{ [ "${size%x*}" -lt 1000 ] && [ "$colours" -gt 20 ]; } || { echo "FAIL: the response dialog was not photographed ($size, $colours colours)"; exit 1; }
echo "ok: response dialog ($size, $colours colours)"
empty="$work/empty.db"
"$cli" --db "$empty" review add --pathway cspr-england --title "No learning yet" --aware 2025-01-06 >/dev/null
rc=0
run --db "$empty" --dialog response --quit-after 1000 2>"$work/err.txt" || rc=$?
[ "$rc" -eq 2 ] || { echo "FAIL: --dialog response with no recommendation exited $rc, expected 2"; exit 1; }
grep -q "no recommendation" "$work/err.txt" || { echo "FAIL: no reason given"; cat "$work/err.txt"; exit 1; }
echo "ok: --dialog response refused for a review with no recommendation"

rc=0
run --db "$db" --view nonsense --quit-after 1000 2>"$work/err.txt" || rc=$?
[ "$rc" -eq 2 ] || { echo "FAIL: unknown view exited $rc, expected 2"; exit 1; }
grep -q "learning, recommendations, actions or assurance" "$work/err.txt" || { echo "FAIL: unknown view message"; exit 1; }
echo "ok: unknown view refused, naming the learning views"

if [ -n "${LEARNING_SCREENSHOTS:-}" ]; then  # keep the shots (for docs/screenshots)
    mkdir -p "$LEARNING_SCREENSHOTS"
    cp "$work"/*.png "$LEARNING_SCREENSHOTS/"
fi
