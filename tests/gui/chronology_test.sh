#!/usr/bin/env bash
# GUI test of the chronology workbench: builds the demo chronology with make_chronology_demo.sh, opens
# `--view chronology` on it under Xvfb, saves a screenshot and checks that it exists and is not blank;
# checks the view's empty state and that an unknown review is refused.
# Usage: chronology_test.sh CASEREVIEW CASEREVIEW_CLI SCRATCH_DIR
# (GTK prints harmless "CRITICAL" noise under Xvfb: never grep stderr for it.)
set -euo pipefail

app=$1
cli=$2
scratch=$3
here=$(cd "$(dirname "$0")" && pwd)
mkdir -p "$scratch"
work=$(mktemp -d "$scratch/gui_chronology.XXXXXX")
trap 'rm -rf "$work"' EXIT
export HOME="$work/home" XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data"
mkdir -p "$HOME"

db="$work/chronology.db"
ref=$(bash "$here/make_chronology_demo.sh" "$cli" "$db" | tail -1)
[ -n "$ref" ] || { echo "FAIL: the demo script printed no review reference"; exit 1; }
entries=$("$cli" --db "$db" chronology list "$ref" --json | python3 -c 'import json, sys; print(len(json.load(sys.stdin)))')
[ "$entries" -ge 150 ] || { echo "FAIL: the demo chronology has $entries entries, expected at least 150"; exit 1; }
echo "ok: demo chronology $ref with $entries entries"

run() {  # run the app under a fresh virtual display; returns the app's exit code
    xvfb-run -a -s "-screen 0 1280x800x24" "$app" "$@"
}

check_shot() {  # check_shot NAME FILE
    [ -s "$2" ] || { echo "FAIL: $1 wrote no screenshot"; exit 1; }
    local colours
    colours=$(/usr/bin/identify -format %k "$2")
    [ "$colours" -gt 20 ] || { echo "FAIL: $1 screenshot looks blank ($colours colours)"; exit 1; }
    echo "ok: $1 ($colours colours)"
}

shot="$work/chronology.png"
rc=0
run --db "$db" --view chronology --open "$ref" --screenshot "$shot" --quit-after 3000 --startup-timing \
    2>"$work/err.txt" || rc=$?
[ "$rc" -eq 0 ] || { echo "FAIL: --view chronology exited $rc"; cat "$work/err.txt"; exit 1; }
check_shot "chronology view" "$shot"
grep -q "startup: database open to first paint" "$work/err.txt" || { echo "FAIL: no startup timing line"; exit 1; }
grep "startup:" "$work/err.txt"

# A search typed from the command line: ranked hits, the words highlighted.
shot="$work/search.png"
rc=0
run --db "$db" --view chronology --open "$ref" --search school --screenshot "$shot" --quit-after 3000 2>/dev/null || rc=$?
[ "$rc" -eq 0 ] || { echo "FAIL: --search exited $rc"; exit 1; }
check_shot "chronology search" "$shot"

# One entry by its id opens its review's chronology with it selected; an unknown id is refused by name.
entry=$("$cli" --db "$db" chronology list "$ref" --json | python3 -c 'import json, sys; print(json.load(sys.stdin)[40]["id"])')
shot="$work/entry.png"
rc=0
run --db "$db" --entry "$entry" --screenshot "$shot" --quit-after 3000 2>/dev/null || rc=$?
[ "$rc" -eq 0 ] || { echo "FAIL: --entry $entry exited $rc"; exit 1; }
check_shot "chronology entry $entry" "$shot"
rc=0
run --db "$db" --entry 999999 --quit-after 3000 2>"$work/err.txt" || rc=$?
[ "$rc" -eq 2 ] || { echo "FAIL: --entry 999999 exited $rc, expected 2"; exit 1; }
grep -q "unknown chronology entry 999999" "$work/err.txt" || { echo "FAIL: --entry 999999 did not name the entry"; cat "$work/err.txt"; exit 1; }
echo "ok: --entry 999999 refused"

# The Chronology menu's dialogs, opened from the command line: each is photographed, not the window.
dialog_shot() {  # dialog_shot NAME ARGS...
    local name=$1
    shift
    local rc=0
    run --db "$db" --open "$ref" --view chronology "$@" --screenshot "$work/$name.png" --quit-after 3500 \
        2>"$work/err.txt" || rc=$?
    [ "$rc" -eq 0 ] || { echo "FAIL: $name dialog exited $rc"; cat "$work/err.txt"; exit 1; }
    local size colours
    size=$(/usr/bin/identify -format %wx%h "$work/$name.png")
    colours=$(/usr/bin/identify -format %k "$work/$name.png")
    { [ "$size" != "$window_size" ] && [ "$colours" -gt 20 ]; } ||
        { echo "FAIL: the $name dialog was not photographed ($size, $colours colours)"; exit 1; }
    echo "ok: $name dialog ($size, $colours colours)"
}
window_size=$(/usr/bin/identify -format %wx%h "$work/chronology.png")
printf 'Sequence,Start Date,Start Time,Source of Information,Event,Call grade\n1,03/04/2015,22:40,STORM 2211,Officers attended,G2\n' \
    >"$work/police.csv"
dialog_shot import --dialog import --file "$work/police.csv"
dialog_shot duplicates --dialog duplicates
dialog_shot gaps --dialog gaps
dialog_shot imports --dialog imports
rc=0
run --db "$db" --dialog minutes --quit-after 1000 2>"$work/err.txt" || rc=$?
[ "$rc" -eq 2 ] || { echo "FAIL: --dialog minutes exited $rc, expected 2"; exit 1; }
grep -q "expected import, imports, duplicates, gaps or response" "$work/err.txt" || { echo "FAIL: unknown dialog message"; exit 1; }
rc=0
run --db "$db" --dialog import --file "$work/missing.csv" --quit-after 1000 2>"$work/err.txt" || rc=$?
[ "$rc" -eq 2 ] || { echo "FAIL: --dialog import of a missing file exited $rc, expected 2"; exit 1; }
grep -q "missing.csv" "$work/err.txt" || { echo "FAIL: the missing file was not named"; cat "$work/err.txt"; exit 1; }
echo "ok: an unknown dialog and a missing file are refused by name"

# Without --open, the chronology view opens the first review.
shot="$work/first.png"
rc=0
run --db "$db" --view chronology --screenshot "$shot" --quit-after 3000 2>/dev/null || rc=$?
[ "$rc" -eq 0 ] || { echo "FAIL: --view chronology without --open exited $rc"; exit 1; }
check_shot "chronology view of the first review" "$shot"

# A board with no review shows the view's hint instead of failing.
empty="$work/empty.db"
"$cli" --db "$empty" init >/dev/null
shot="$work/empty.png"
rc=0
run --db "$empty" --view chronology --screenshot "$shot" --quit-after 3000 2>/dev/null || rc=$?
[ "$rc" -eq 0 ] || { echo "FAIL: --view chronology on an empty board exited $rc"; exit 1; }
[ -s "$shot" ] || { echo "FAIL: empty board wrote no screenshot"; exit 1; }
echo "ok: chronology view of an empty board"

rc=0
run --db "$db" --view chronology --open NO-SUCH-REF --quit-after 2000 2>"$work/err.txt" || rc=$?
[ "$rc" -ne 0 ] || { echo "FAIL: unknown review ref exited 0"; exit 1; }
grep -q "error: .*NO-SUCH-REF" "$work/err.txt" || { echo "FAIL: unknown ref message"; exit 1; }
echo "ok: unknown review refused (exit $rc)"
