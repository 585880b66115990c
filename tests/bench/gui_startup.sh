#!/usr/bin/env bash
# Benchmark (not a test): database open to first paint of the desktop app's main window, with a
# board of 1,000 reviews. Usage: tests/bench/gui_startup.sh BUILD_DIR   [target < 300 ms]
set -euo pipefail
BUILD="${1:-build}"
DB="$(mktemp -d)/bench.db"
"$BUILD/tests/bench/bench_register" --keep "$DB" >/dev/null
for view in register dashboard; do
  for run in 1 2 3; do
    xvfb-run -a -s "-screen 0 1280x800x24" "$BUILD/app/casereview" --db "$DB" --view "$view" \
      --startup-timing --quit-after 1500 2>&1 | grep '^startup' | sed "s/^/$view run $run: /"
  done
done
