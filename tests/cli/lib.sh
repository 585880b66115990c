# Shared helpers for the black-box CLI tests (sourced, not run).
# Each test gets its own scratch directory and counts passes and failures.
set -uo pipefail
CLI="$1"
SRC="$2"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
DB="$WORK/board.db"
PASS=0
FAIL=0

cli() { "$CLI" --db "$DB" --user tester "$@"; }

ok() { PASS=$((PASS + 1)); }
bad() { FAIL=$((FAIL + 1)); echo "FAIL: $*" >&2; }

# expect_out "expected stdout" cmd...  — exact stdout, exit 0
expect_out() {
  local want="$1"; shift
  local got; got="$("$@" 2>"$WORK/err")"; local rc=$?
  if [ $rc -eq 0 ] && [ "$got" = "$want" ]; then ok; else bad "$* -> rc=$rc out='$got' want='$want' err=$(cat "$WORK/err")"; fi
}

# expect_fail CODE "text in the error line" cmd...  — exit code, one 'error:' line naming the value,
# and the database byte-for-byte unchanged.
expect_fail() {
  local code="$1" text="$2"; shift 2
  local before; before="$(db_digest)"
  "$@" >"$WORK/out" 2>"$WORK/err"; local rc=$?
  local after; after="$(db_digest)"
  if [ $rc -ne "$code" ]; then bad "$* -> rc=$rc want $code; err=$(cat "$WORK/err")"; return; fi
  if ! grep -q "^error: .*$text" "$WORK/err"; then bad "$* -> error does not mention '$text': $(cat "$WORK/err")"; return; fi
  if [ "$(grep -c '' "$WORK/err")" -ne 1 ]; then bad "$* -> more than one line on stderr"; return; fi
  if [ "$before" != "$after" ]; then bad "$* -> database changed"; return; fi
  ok
}

# A digest of every row of every table, so "unchanged" means the data, not the file's pages.
db_digest() {
  [ -f "$DB" ] || { echo none; return; }
  python3 - "$DB" <<'PY'
import sqlite3, sys, hashlib
c = sqlite3.connect(sys.argv[1]); h = hashlib.sha256()
for (t,) in c.execute("select name from sqlite_master where type='table' order by name"):
    for row in c.execute(f'select * from "{t}" order by 1'): h.update(repr(row).encode())
print(h.hexdigest())
PY
}

json() { python3 -c "import json,sys; d=json.load(sys.stdin); print($1)"; }

finish() {
  echo "$PASS passed, $FAIL failed"
  [ "$FAIL" -eq 0 ]
}
