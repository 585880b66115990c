#!/usr/bin/env bash
# GUI smoke test: opens each main view of the desktop app on a demo board under Xvfb, saves a
# screenshot and checks that it exists and is not blank; checks that bad arguments are refused.
# Usage: smoke_test.sh CASEREVIEW CASEREVIEW_CLI SCRATCH_DIR
# (GTK prints harmless "CRITICAL" noise under Xvfb: never grep stderr for it.)
set -euo pipefail

app=$1
cli=$2
scratch=$3
mkdir -p "$scratch"
work=$(mktemp -d "$scratch/gui_smoke.XXXXXX")
trap 'rm -rf "$work"' EXIT
export HOME="$work/home" XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data"
mkdir -p "$HOME"

db="$work/demo.db"
"$cli" --db "$db" demo

ref=$("$cli" --db "$db" review list --json |
      python3 -c 'import json, sys; rows = json.load(sys.stdin); print(rows[0]["ref"])')
[ -n "$ref" ] || { echo "FAIL: no review in the demo board"; exit 1; }

run() {  # run the app under a fresh virtual display; prints nothing, returns the app's exit code
    xvfb-run -a -s "-screen 0 1280x800x24" "$app" "$@"
}

for view in register dashboard review; do
    shot="$work/$view.png"
    args=(--db "$db" --view "$view" --as-of "$(date -d "+7 days" +%F)" --screenshot "$shot" --quit-after 3000)
    [ "$view" = review ] && args+=(--open "$ref")
    rc=0
    run "${args[@]}" || rc=$?
    [ "$rc" -eq 0 ] || { echo "FAIL: --view $view exited $rc"; exit 1; }
    [ -s "$shot" ] || { echo "FAIL: --view $view wrote no screenshot"; exit 1; }
    colours=$(/usr/bin/identify -format %k "$shot")
    [ "$colours" -gt 20 ] || { echo "FAIL: $view screenshot looks blank ($colours colours)"; exit 1; }
    echo "ok: $view view ($colours colours)"
done

rc=0
run --db "$db" --view nonsense --quit-after 2000 2>"$work/err.txt" || rc=$?
[ "$rc" -eq 2 ] || { echo "FAIL: unknown view exited $rc, expected 2"; exit 1; }
grep -q "error: unknown view 'nonsense'" "$work/err.txt" || { echo "FAIL: unknown view message"; exit 1; }
echo "ok: unknown view refused"

rc=0
run --db "$db" --open NO-SUCH-REF --quit-after 2000 2>"$work/err.txt" || rc=$?
[ "$rc" -ne 0 ] || { echo "FAIL: unknown review ref exited 0"; exit 1; }
grep -q "error: .*NO-SUCH-REF" "$work/err.txt" || { echo "FAIL: unknown ref message"; exit 1; }
echo "ok: unknown review refused (exit $rc)"

rc=0
run --db "$db" --as-of 2025-02-30 --quit-after 2000 2>"$work/err.txt" || rc=$?
[ "$rc" -eq 2 ] || { echo "FAIL: bad --as-of date exited $rc, expected 2"; exit 1; }
echo "ok: bad date refused"
