#!/usr/bin/env bash
# report: templates rendered to HTML, DOCX, ODT and XML from the command line; publication with
# redaction; every refusal leaves the database unchanged and writes nothing.
source "$(dirname "$0")/lib.sh"

expect_out "" cli init
REF="$(cli review add --pathway cspr-england --title 'Injuries to Tyler Hughes' --aware 2026-01-05 --child 'Child T')"
cli person add "$REF" --name 'Tyler Hughes' --pseudonym 'Child T' --role child >/dev/null
cli person add "$REF" --name 'Kayleigh Brennan' --pseudonym 'Mother' --role parent >/dev/null
F="$(cli finding add "$REF" --text "Kayleigh's worries about Tyler were not recorded by any agency." --date 2026-06-01)"
R1="$(cli recommendation add "$REF" --text 'Health visitors should record every parental worry raised at a contact within 2 working days.' --addressee 'Health visiting service' --finding "$F" --date 2026-07-01 2>/dev/null)"
R2="$(cli recommendation add "$REF" --text 'GP practices should code a safeguarding concern on the record of each child in the household within 5 working days.' --addressee 'Integrated care board' --finding "$F" --date 2026-07-01 2>/dev/null)"
cli action add "$R1" --agency 'Health visiting service' --owner 'Named nurse' --due 2026-12-31 --text 'Revise the contact template' --agreed 2026-07-10 >/dev/null

# The seven templates, listed.
names="$(cli report templates --json | json '",".join(t["name"] for t in d)')"
[ "$names" = "action-plan,board-progress,board-response,final-report,learning-briefing,panel-submission,terms-of-reference" ] && ok || bad "templates: $names"
cli report templates | grep -q "^board-progress	Board progress report	(board-wide)" && ok || bad "board-progress not listed as board-wide"

# Each format, from --format or from the file's extension.
for f in html docx odt xml; do
  expect_out "wrote $WORK/final.$f" bash -c "'$CLI' --db '$DB' report '$REF' --template final-report --format $f -o '$WORK/final.$f' | head -1 | sed 's/ (.*//'"
  [ "$(stat -c %a "$WORK/final.$f")" = 600 ] && ok || bad "final.$f mode $(stat -c %a "$WORK/final.$f")"
done
cli report "$REF" --template action-plan -o "$WORK/plan.odt" >/dev/null && ok || bad "format from extension"
[ "$(head -c 38 "$WORK/plan.odt" | tail -c 8)" = mimetype ] && ok || bad "odt mimetype first"
python3 - "$WORK/final.docx" <<'PY' && ok || bad "docx content"
import sys, zipfile
z = zipfile.ZipFile(sys.argv[1]); doc = z.read("word/document.xml").decode()
assert "Heading1" in doc and "<w:tblHeader/>" in doc and "<w:numId" in doc, "structure"
assert doc.index("parental worry") < doc.index("GP practices should code"), "recommendation order"
assert " PAGE " in z.read("word/footer1.xml").decode()
PY
python3 -c "import xml.dom.minidom,sys; xml.dom.minidom.parse(sys.argv[1])" "$WORK/final.xml" && ok || bad "xml not well-formed"
[ "$(cli report "$REF" --template learning-briefing -o "$WORK/b.html" --json | json 'd["format"]')" = html ] && ok || bad "--json"

# Board-wide: no REF needed.
cli report --template board-progress --format html -o "$WORK/board.html" >/dev/null && ok || bad "board-progress"
grep -q "$REF" "$WORK/board.html" && ok || bad "board-progress lists the review"

# Publish: pseudonyms only.
cli report "$REF" --template final-report --format xml -o "$WORK/published.xml" --publish >/dev/null && ok || bad "publish"
grep -qiE "tyler|kayleigh|brennan|hughes" "$WORK/published.xml" && bad "a name survived publication" || ok
grep -q "Mother's worries" "$WORK/published.xml" && ok || bad "possessive pseudonym"

# Refusals: exit code, one error line, database unchanged, nothing written.
expect_fail 2 "unknown template 'final'.*final-report" cli report "$REF" --template final --format html -o "$WORK/x.html"
expect_fail 3 "CSPR-2020-999" cli report CSPR-2020-999 --template final-report --format html -o "$WORK/x.html"
expect_fail 2 "unknown format 'pdf'" cli report "$REF" --template final-report --format pdf -o "$WORK/x.pdf"
expect_fail 2 "format is required" cli report "$REF" --template final-report -o "$WORK/x.txt"
expect_fail 2 "template is required" cli report "$REF" --format html -o "$WORK/x.html"
expect_fail 2 "reports on one review" cli report --template final-report --format html -o "$WORK/x.html"
cli finding add "$REF" --text "Mrs Brenan was not seen alone." --date 2026-06-02 >/dev/null
[ "$(cli report "$REF" --template final-report --check --json | json '(d["safe"], len(d["problems"]), d["problems"][0]["excerpt"].count("Brenan"))')" = "(False, 1, 1)" ] && ok || bad "report --check"
expect_fail 2 "cannot publish.*Brenan" cli report "$REF" --template final-report --format docx -o "$WORK/refused.docx" --publish
[ -e "$WORK/refused.docx" ] && bad "a refused publication wrote a file" || ok
[ -e "$WORK/x.html" ] && bad "a refused report wrote a file" || ok

finish
