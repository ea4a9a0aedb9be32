#!/usr/bin/env bash
# End-to-end test of issue 12, item 8: a page lede cannot read whole (nesting past its depth limit,
# an element with too many attributes) is still cleaned, and `lede clean` says on stderr, in one
# line, what was not read whole; `--explain` says it too. An ordinary page says nothing.
# Usage: Tests/e2e/partial-page.sh path/to/lede
set -uo pipefail
BIN=${1:?usage: partial-page.sh path/to/lede}
[ -x "$BIN" ] || { echo "partial-page.sh: $BIN is not an executable"; exit 1; }
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
fail() { echo "partial-page.sh: FAIL: $*"; exit 1; }
pass() { echo "partial-page.sh: ok - $*"; }

repeat() { local s=$1 n=$2 out=""; for ((i = 0; i < n; i++)); do out+=$s; done; printf '%s' "$out"; }
prose='<p>The orchard cooperative in Vell Hollow pressed its first cider of the season on Friday, a week later than planned after a wet spring.</p><p>Growers said the late frost had thinned the blossom but the apples that set were larger and sweeter than last year.</p>'
{ printf '<!DOCTYPE html><html><head><title>Vell Hollow presses its first cider</title></head><body>'
  repeat '<div><section>' 400; printf '%s' "$prose"; repeat '</section></div>' 400; printf '</body></html>'; } > "$WORK/deep.html"
{ printf '<!DOCTYPE html><html><head><title>Vell Hollow presses its first cider</title></head><body><div class="x"'
  for ((i = 0; i < 300; i++)); do printf ' data-a%d="%d"' "$i" "$i"; done
  printf '>x</div><article>%s</article></body></html>' "$prose"; } > "$WORK/attrs.html"
printf '<!DOCTYPE html><html><head><title>Vell Hollow presses its first cider</title></head><body><article>%s</article></body></html>' "$prose" > "$WORK/plain.html"

out=$("$BIN" clean "$WORK/deep.html" 2>"$WORK/err"); status=$?
[ "$status" -eq 0 ] || fail "clean of a deep page exited $status"
echo "$out" | grep -q "larger and sweeter" || fail "the deep page lost its text: $out"
[ "$(wc -l < "$WORK/err")" -eq 1 ] && grep -q "deep.html: not read whole: nested deeper than" "$WORK/err" \
  || fail "clean of a deep page said: $(cat "$WORK/err")"
"$BIN" clean --explain "$WORK/deep.html" 2>/dev/null | sed -n 2p | grep -q "^note: not read whole" || fail "--explain has no note"
pass "deep page: '$(cut -c1-90 "$WORK/err")'"

"$BIN" clean "$WORK/attrs.html" >/dev/null 2>"$WORK/err" || fail "clean of a many-attribute page failed"
grep -q "attrs.html: not read whole: an element has more than" "$WORK/err" || fail "many attributes said: $(cat "$WORK/err")"
pass "many attributes: '$(cut -c1-90 "$WORK/err")'"

"$BIN" clean "$WORK/plain.html" >/dev/null 2>"$WORK/err" || fail "clean of a plain page failed"
[ ! -s "$WORK/err" ] || fail "a plain page got a note: $(cat "$WORK/err")"
pass "ordinary page: no note"
echo "partial-page.sh: all passed"
