#!/usr/bin/env bash
# Whole-review case files from the command line: export, import into another board, and the refusals.
source "$(dirname "$0")/lib.sh"

expect_out "" cli init
expect_out "" cli demo --today 2026-11-23
# The richest review of the demo (Child A: people, two terms versions, a five-agency chronology).
REF="$(cli review list --json | json '[r["ref"] for r in d if r["title"].startswith("Non-accidental head injury")][0]')"
# A merge whose survivor is the later entry, so a reference points forward in the file.
ids=($(cli chronology list "$REF" --json | json '" ".join(str(e["id"]) for e in sorted(d, key=lambda e: e["id"])[:2])'))
expect_out "" cli chronology merge "${ids[1]}" "${ids[0]}"

# Export: a private file, valid against the schema.
expect_out "" cli export "$REF" -o "$WORK/a.xml"
[ "$(stat -c %a "$WORK/a.xml")" = 600 ] && ok || bad "case file mode is $(stat -c %a "$WORK/a.xml"), want 600"
grep -q '<case-file xmlns="urn:casereview:casefile:1" version="1">' "$WORK/a.xml" && ok || bad "root element"
if command -v xmllint >/dev/null; then
  xmllint --noout --nonet --schema "$SRC/schema/casefile.xsd" "$WORK/a.xml" 2>"$WORK/lint" && ok || bad "xmllint: $(cat "$WORK/lint")"
fi

# Import into another board, export again: the same bytes.
OTHER="$WORK/other.db"
other() { "$CLI" --db "$OTHER" --user importer "$@"; }
expect_out "$REF" other import "$WORK/a.xml"
expect_out "" other export "$REF" -o "$WORK/b.xml"
cmp -s "$WORK/a.xml" "$WORK/b.xml" && ok || bad "export → import → export differs: $(diff "$WORK/a.xml" "$WORK/b.xml" | head -5)"
[ "$(other review list --json | json 'len(d)')" = 1 ] && ok || bad "one review on the other board"
[ "$(other chronology list "$REF" --json | json 'len(d)')" = "$(cli chronology list "$REF" --json | json 'len(d)')" ] \
  && ok || bad "chronology entries differ"
# The import is on the board's audit trail; the review's own trail came across as it was.
[ "$(other audit --json | json '[a["action"] for a in d][-1]')" = casefile.import ] && ok || bad "import not audited"
[ "$(other audit "$REF" --json | json 'len(d)')" = "$(cli audit "$REF" --json | json 'len(d)')" ] \
  && ok || bad "review audit trail differs"

# --json
rm -f "$WORK/third.db"
[ "$("$CLI" --db "$WORK/third.db" import "$WORK/a.xml" --json | json 'd["ref"] + " " + str(d["entries"] > 0)')" = "$REF True" ] \
  && ok || bad "import --json"

# Refusals: exit code, one error line naming the problem, database unchanged.
expect_fail 2 "review $REF already exists" cli import "$WORK/a.xml"
expect_fail 3 "unknown review 'NOPE-1'" cli export NOPE-1 -o "$WORK/nope.xml"
[ ! -e "$WORK/nope.xml" ] && ok || bad "a file was written for an unknown review"
expect_fail 2 "export: -o FILE.xml is required" cli export "$REF"
expect_fail 2 "cannot open '$WORK/missing.xml'" cli import "$WORK/missing.xml"

cat >"$WORK/xxe.xml" <<'XML'
<?xml version="1.0"?>
<!DOCTYPE case-file [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<case-file xmlns="urn:casereview:casefile:1" version="1"><review>&xxe;</review></case-file>
XML
expect_fail 2 "xxe.xml:2: DOCTYPE is not allowed" cli import "$WORK/xxe.xml"

# A file from another board, broken by hand: a dangling reference, an impossible date, a wrong namespace.
sed 's/merged-into="e[0-9]*"/merged-into="e999999"/' "$WORK/a.xml" >"$WORK/dangling.xml"
line="$(grep -n 'merged-into="e999999"' "$WORK/dangling.xml" | head -1 | cut -d: -f1)"
expect_fail 2 "dangling.xml:$line: merged-into 'e999999' names no chronology-entry in this file" \
  "$CLI" --db "$DB" import "$WORK/dangling.xml"
sed 's/aware="[0-9-]*"/aware="2025-02-30"/' "$WORK/a.xml" >"$WORK/baddate.xml"
expect_fail 2 "baddate.xml:3: .*2025-02-30" cli import "$WORK/baddate.xml"
sed 's/urn:casereview:casefile:1/urn:example/' "$WORK/a.xml" >"$WORK/ns.xml"
expect_fail 2 "ns.xml:2: " cli import "$WORK/ns.xml"

finish
