#!/usr/bin/env bash
# Benchmark (not a test): database open to first paint of the desktop app's main window.
#   gui_startup.sh BUILD_DIR              a board of 1,000 reviews, register and dashboard   [target < 300 ms]
#   gui_startup.sh BUILD_DIR chronology   a review with a 50,000-entry chronology (and, for
#                                         comparison, an empty one on the same board)       [target < 300 ms]
set -euo pipefail
BUILD="${1:-build}"
WHAT="${2:-register}"
DIR="$(mktemp -d)"
trap 'rm -rf "$DIR"' EXIT
DB="$DIR/bench.db"
run() {  # run LABEL ARGS...
  local label=$1
  shift
  for run in 1 2 3 4 5; do
    xvfb-run -a -s "-screen 0 1280x800x24" "$BUILD/app/casereview" --db "$DB" "$@" \
      --startup-timing --quit-after 1500 2>&1 | grep '^startup' | sed "s/^/$label run $run: /"
  done
}
if [ "$WHAT" = chronology ]; then
  here=$(cd "$(dirname "$0")/../gui" && pwd)
  python3 "$here/make_chronology_bulk.py" "$DIR/bulk.csv" 50000
  ref=$("$BUILD/app/casereview-cli" --db "$DB" review add --pathway cspr-england --title Bulk --aware 2024-06-10)
  "$BUILD/app/casereview-cli" --db "$DB" chronology import "$ref" "$DIR/bulk.csv"
  empty=$("$BUILD/app/casereview-cli" --db "$DB" review add --pathway cspr-england --title Empty --aware 2024-06-10)
  run "chronology 50,000" --view chronology --open "$ref"
  run "chronology empty" --view chronology --open "$empty"
  exit 0
fi
"$BUILD/tests/bench/bench_register" --keep "$DB" >/dev/null
for view in register dashboard; do
  run "$view" --view "$view"
done
