#!/usr/bin/env bash
# End-to-end test with hostile input (issue 12, items 7, 11, 12, 15): escape sequences and C1
# controls in a page and in its file name, a name that is not UTF-8, a legacy-encoded page.
# No command may print a control character raw; every file is read; bad queries are refused.
# Usage: Tests/e2e/hostile.sh path/to/lede
set -uo pipefail
BIN=${1:?usage: hostile.sh path/to/lede}
BIN=$(cd "$(dirname "$BIN")" && pwd)/$(basename "$BIN")
[ -x "$BIN" ] || { echo "hostile.sh: $BIN is not an executable"; exit 1; }

WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
export XDG_DATA_HOME="$WORK/data" XDG_CONFIG_HOME="$WORK/config"
fail() { echo "hostile.sh: FAIL: $*"; exit 1; }
pass() { echo "hostile.sh: ok - $*"; }

LIB="$WORK/lib"; mkdir -p "$LIB"
ESC=$'\033'; BEL=$'\007'; CSI1=$'\302\233'  # ESC, BEL and U+009B (the one-scalar CSI) in UTF-8
SHY=$'\302\255'; LATIN1_E=$'\351'             # a soft hyphen in UTF-8; e acute in Latin-1
# An original article with a title change, a screen clear, a C1 CSI and a soft hyphen in it,
# saved under a name that carries an escape sequence.
HOSTILE_NAME="$LIB/pier${ESC}[2Jvote.txt"
printf '%s\n' \
  "Harbour council ${ESC}]0;owned${BEL}backs the pier" \
  "" \
  "By Mara Quill${ESC}[31m" \
  "" \
  "The council of Portmere voted on Tuesday to rebuild the old pier${ESC}[2J, and Anna Nov${SHY}ak of the ferry company welcomed the plan." \
  "" \
  "Engineers said the timber piles had rotted below the waterline ${CSI1}31m and could no longer carry the weight of delivery trucks." \
  > "$HOSTILE_NAME"
# A name that is not UTF-8 (Latin-1 e acute).
printf 'Ferry timetable\n\nThe winter timetable of the island ferry will be published before the autumn meeting in the harbour office.\n' \
  > "$LIB/caf${LATIN1_E}.txt"
# Russian text in KOI8-R with no declaration.
printf 'Причал\n\nПортовый совет во вторник вечером проголосовал за то, чтобы перестроить старый причал у моста.\n' \
  | iconv -f UTF-8 -t KOI8-R > "$LIB/koi8.txt" 2>/dev/null || rm -f "$LIB/koi8.txt"

# Raw control bytes: C0 other than tab/newline/CR, DEL, or a UTF-8 C1 (C2 80-C2 9F).
has_controls() { LC_ALL=C grep -qaP '[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]|\xc2[\x80-\x9f]' "$1"; }

run() {  # run NAME ARGS...: stdout and stderr to files, both checked for raw controls
  local name=$1; shift
  "$BIN" "$@" > "$WORK/$name.out" 2> "$WORK/$name.err"
  local code=$?
  has_controls "$WORK/$name.out" && fail "$name: a control character on stdout: $(LC_ALL=C grep -aoP '.{0,20}[\x00-\x08\x0b\x0c\x0e-\x1f\x7f].{0,10}' "$WORK/$name.out" | head -1 | od -c | head -2)"
  has_controls "$WORK/$name.err" && fail "$name: a control character on stderr: $(head -c 300 "$WORK/$name.err" | od -c | head -4)"
  return $code
}

for format in text markdown json html; do
  run "clean-$format" clean --format "$format" "$LIB" || fail "clean --format $format exited non-zero: $(cat "$WORK/clean-$format.err")"
done
pass "clean in every format: no control character, every file read"
grep -q 'pier\\x1B\[2Jvote.txt' "$WORK/clean-text.out" || fail "the hostile file name is not shown escaped"
grep -q 'caf\\xE9.txt' "$WORK/clean-text.out" || fail "the Latin-1 file name was not read or not shown escaped"
grep -q 'Anna Novak' "$WORK/clean-text.out" || fail "the soft hyphen was not removed"
pass "file names escaped, a non-UTF-8 name read, soft hyphen gone"

run explain clean --explain "$LIB" || fail "clean --explain exited non-zero"
if [ -f "$LIB/koi8.txt" ]; then
  # --explain: whether the cleaner keeps so short a page is not the point here, its decoding is.
  grep -q 'Портовый совет' "$WORK/explain.out" || fail "the KOI8-R page was not decoded"
  pass "an undeclared KOI8-R page is decoded"
fi
run entities entities --format json "$LIB" || fail "entities exited non-zero"
grep -q '"Anna Novak"' "$WORK/entities.out" || fail "entities: Anna Novak not found"
run entities-text entities "$LIB" || fail "entities (text) exited non-zero"
pass "--explain and entities: no control character, Anna Novak found whole"

run index index "$LIB" --index "$WORK/idx.sqlite" || fail "index exited non-zero: $(cat "$WORK/index.err")"
run search search Novak "$LIB" --index "$WORK/idx.sqlite" || fail "search Novak found nothing: $(cat "$WORK/search.err")"
grep -q 'pier\\x1B\[2Jvote.txt' "$WORK/search.out" || fail "search: the path is not shown escaped"
run search-timetable search timetable "$LIB" --index "$WORK/idx.sqlite" || fail "search: the Latin-1 named file was not indexed"
pass "index and search: no control character, the non-UTF-8 name indexed and found"

run missing clean "$LIB/gone${ESC}]0;x${BEL}.txt" && fail "a missing file exited 0"
grep -q 'gone\\x1B\]0;x\\x07.txt' "$WORK/missing.err" || fail "the missing file's name is not escaped in the message"
pass "error messages escape the file name"

for query in "" "*"; do
  run "bad-query" search "$query" "$LIB" --index "$WORK/idx.sqlite" && fail "search '$query' exited 0"
  grep -q 'at least one word' "$WORK/bad-query.err" || fail "search '$query' does not say the query is invalid"
done
run limit0 search ferry "$LIB" --index "$WORK/idx.sqlite" --limit 0 && fail "--limit 0 exited 0"
run entities-missing entities "$LIB" "$WORK/nope.txt" && fail "entities with an unreadable file exited 0"
pass "invalid queries and an unreadable file fail with a message"
echo "hostile.sh: all passed"
