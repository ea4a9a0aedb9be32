#!/usr/bin/env bash
# End-to-end fault test, no terminal needed: full-disk writes, an unreadable folder, a corrupt index,
# two concurrent indexers and a file that is not an index. Each must end with a clear message, a
# non-zero exit where the command failed, and a library that lost nothing.
# Usage: Tests/e2e/faults.sh path/to/lede
set -uo pipefail
BIN=${1:?usage: faults.sh path/to/lede}
BIN=$(cd "$(dirname "$BIN")" && pwd)/$(basename "$BIN")
[ -x "$BIN" ] || { echo "faults.sh: $BIN is not an executable"; exit 1; }

WORK=$(mktemp -d)
chmod 755 "$WORK"
MOUNTED=""
cleanup() {
  chmod -R u+rwX "$WORK" 2>/dev/null
  [ -n "$MOUNTED" ] && umount "$MOUNTED" 2>/dev/null
  rm -rf "$WORK"
}
trap cleanup EXIT
fail() { echo "faults.sh: FAIL: $*"; exit 1; }
pass() { echo "faults.sh: ok - $*"; }
skip() { echo "faults.sh: skipped - $*"; }
export XDG_DATA_HOME="$WORK/data" XDG_CONFIG_HOME="$WORK/config"

# The library: original pages, 3 folders deep enough to have something to lose.
LIB="$WORK/lib"; mkdir -p "$LIB/north" "$LIB/south"
for ((i = 0; i < 60; i++)); do
  dir=$([ $((i % 2)) -eq 0 ] && echo north || echo south)
  printf 'Moorland warden report %d\n\nThe warden walked transect %d on a cold morning and counted %d curlews near the peat cuttings at Hollin Edge.\n\nVolunteers repaired %d metres of boardwalk and asked walkers to keep dogs on leads during nesting season.\n' \
    "$i" "$i" "$((i * 3 + 1))" "$((i * 5 + 2))" > "$LIB/$dir/report-$(printf %03d "$i").txt"
done
echo "# my own notes, not an index" > "$LIB/notes.md"
fingerprint() { (cd "$LIB" && find . -type f -print0 | sort -z | xargs -0 sha1sum | sha1sum); }
BEFORE=$(fingerprint)
intact() { [ "$(fingerprint)" = "$BEFORE" ] || fail "$1: the library changed"; }
# articles INDEX: the count lede reports for that index (lede index prints "N articles in PATH").
articles() { "$BIN" index "$LIB" --index "$1" --quiet 2>/dev/null | sed -n 's/.*; \([0-9]*\) articles in .*/\1/p'; }

# 1. Full disk: output cut short is an error, for every command that prints.
for cmd in "clean $LIB/north/report-000.txt" "entities $LIB/north" "search curlews $LIB --index $WORK/full.sqlite" "index $LIB --index $WORK/full.sqlite"; do
  err=$($BIN $cmd 2>&1 >/dev/full); status=$?
  [ "$status" -ne 0 ] || fail "lede $cmd >/dev/full exited 0"
  [ "$status" -lt 128 ] || fail "lede $cmd >/dev/full crashed (status $status)"
  echo "$err" | grep -q "could not write to standard output" || fail "lede $cmd >/dev/full said: $err"
done
"$BIN" clean "$LIB/north/report-000.txt" "$LIB/missing.txt" >/dev/null 2>/dev/full; status=$?
[ "$status" -eq 1 ] || fail "lede clean with a full stderr exited $status (want 1, not a crash)"
intact "full stdout"
pass "full disk (/dev/full): every command exits non-zero with a message"

# 1b. A small full file system for the index itself (needs mount; skipped where not allowed).
SMALL="$WORK/small"; mkdir -p "$SMALL"
if mount -t tmpfs -o size=64k tmpfs "$SMALL" 2>/dev/null; then
  MOUNTED="$SMALL"
  out=$("$BIN" index "$LIB" --index "$SMALL/index.sqlite" --quiet 2>&1); status=$?
  [ "$status" -ne 0 ] || fail "indexing into a full file system exited 0: $out"
  echo "$out" | grep -qi "full\|space" || fail "indexing into a full file system said: $out"
  intact "full file system"
  umount "$SMALL" && MOUNTED=""
  pass "full file system for the index: non-zero exit, '$(echo "$out" | tail -n 1 | cut -c1-80)'"
else
  skip "tmpfs not mountable here (the /dev/full checks above still ran)"
fi

# 2. Not an index: a file lede did not make is refused and left exactly as it was.
out=$("$BIN" index "$LIB" --index "$LIB/notes.md" 2>&1); status=$?
[ "$status" -ne 0 ] || fail "--index notes.md exited 0"
echo "$out" | grep -q "not a lede index" || fail "--index notes.md said: $out"
ls "$LIB"/notes.md.* >/dev/null 2>&1 && fail "notes.md was moved aside"
intact "--index on a note"
pass "--index on a file that is not an index: refused, untouched"

# 3. An unreadable folder keeps its articles (as a normal user: root reads through chmod 000).
IDX="$WORK/main.sqlite"
"$BIN" index "$LIB" --index "$IDX" --quiet >/dev/null || fail "first index failed"
[ "$(articles "$IDX")" = 60 ] || fail "first index does not hold 60 articles"
AS=()
if [ "$(id -u)" -eq 0 ]; then
  if command -v setpriv >/dev/null && setpriv --reuid=65534 --regid=65534 --clear-groups true 2>/dev/null; then
    AS=(setpriv --reuid=65534 --regid=65534 --clear-groups env XDG_DATA_HOME="$XDG_DATA_HOME")
    chmod -R a+rwX "$WORK"; chmod a+rw "$IDX"*
  fi
fi
if [ "$(id -u)" -ne 0 ] || [ ${#AS[@]} -gt 0 ]; then
  chmod 000 "$LIB/south" "$LIB/north/report-000.txt"
  out=$("${AS[@]}" "$BIN" index "$LIB" --index "$IDX" --quiet --verbose 2>&1); status=$?
  chmod 755 "$LIB/south"; chmod 644 "$LIB/north/report-000.txt"
  [ "$status" -ne 0 ] || fail "indexing with an unreadable folder exited 0: $out"
  echo "$out" | grep -q "0 removed" || fail "an unreadable folder's articles were removed: $out"
  echo "$out" | grep -q "2 unreadable" || fail "the unreadable folder and file were not counted: $out"
  echo "$out" | grep -q "south: cannot read (permission denied)" || fail "--verbose did not name the folder: $out"
  echo "$out" | grep -q "report-000.txt: cannot read (permission denied)" || fail "--verbose did not name the file: $out"
  [ "$(articles "$IDX")" = 60 ] || fail "articles lost after an unreadable folder"
  intact "unreadable folder"
  pass "unreadable folder and file: reported, non-zero exit, their 31 articles kept"
else
  skip "unreadable folder: running as root without setpriv"
fi

# 4. A corrupt index (40 KB of garbage over the article table, which every run reads) is moved aside
# and rebuilt on first use. python3 checkpoints the WAL first, so the damage is in the file SQLite reads.
command -v python3 >/dev/null || fail "python3 is needed to damage an index"
python3 - "$IDX" <<'PY' || fail "could not damage the index"
import sqlite3, sys
path = sys.argv[1]
db = sqlite3.connect(path)
db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
page_size = db.execute("PRAGMA page_size").fetchone()[0]
root = db.execute("SELECT rootpage FROM sqlite_master WHERE name = 'article'").fetchone()[0]
db.close()
with open(path, "r+b") as f:
    f.seek((root - 1) * page_size)
    f.write(bytes((i * 131 + 17) % 256 for i in range(40960)))
PY
out=$("$BIN" search curlews "$LIB" --index "$IDX" --limit 100 2>&1); status=$?
out2=$("$BIN" index "$LIB" --index "$IDX" --quiet 2>&1); status2=$?
echo "$out$out2" | grep -q "moved it to" || fail "the damaged index was not reported: $out $out2"
[ "$status" -eq 0 ] && [ "$status2" -eq 0 ] || fail "a command failed on the damaged index: $out $out2"
ls "$IDX".broken-* >/dev/null 2>&1 || fail "the damaged index was not kept aside"
[ "$(articles "$IDX")" = 60 ] || fail "the rebuilt index does not hold 60 articles"
[ "$("$BIN" search curlews "$LIB" --index "$IDX" --limit 100 2>/dev/null | grep -c '^[0-9]*\. ')" = 60 ] || fail "search after the rebuild does not find 60"
intact "corrupt index"
pass "corrupt index: moved aside with a message, rebuilt, nothing failed"

# 5. Two indexers at once on one new index: both succeed, one waits, nothing is moved aside.
IDX2="$WORK/twice.sqlite"
"$BIN" index "$LIB" --index "$IDX2" --batch-size 4 --quiet >"$WORK/a.out" 2>"$WORK/a.err" & a=$!
"$BIN" index "$LIB" --index "$IDX2" --batch-size 4 --quiet >"$WORK/b.out" 2>"$WORK/b.err" & b=$!
wait $a; sa=$?; wait $b; sb=$?
[ "$sa" -eq 0 ] && [ "$sb" -eq 0 ] || fail "concurrent indexers exited $sa and $sb: $(cat "$WORK"/a.err "$WORK"/b.err)"
ls "$IDX2".broken-* >/dev/null 2>&1 && fail "a concurrent indexer moved the index aside"
[ "$(articles "$IDX2")" = 60 ] || fail "concurrent indexers left $(articles "$IDX2") articles, want 60"
# A search while an index runs reads what is there (or waits): never an error.
"$BIN" index "$LIB" --index "$WORK/third.sqlite" --batch-size 2 --quiet >/dev/null 2>&1 & c=$!
"$BIN" search curlews "$LIB" --index "$WORK/third.sqlite" >/dev/null 2>"$WORK/c.err"; sc=$?
wait $c || fail "the indexer beside a search failed"
[ "$sc" -le 1 ] || fail "search beside an indexer exited $sc: $(cat "$WORK/c.err")"
grep -qi "constraint\|no such table\|malformed" "$WORK/c.err" && fail "search beside an indexer: $(cat "$WORK/c.err")"
intact "concurrent indexers"
pass "two concurrent indexers: both exit 0, $(cat "$WORK"/a.err "$WORK"/b.err | grep -c waiting) waited with a message"

# 6. An index belongs to its folder: only --index uses the recorded one, another folder is refused.
cd "$WORK" || fail "no work dir"
out=$("$BIN" search curlews --index "$IDX" 2>&1) || fail "search with only --index failed: $out"
[ "$(articles "$IDX")" = 60 ] || fail "search with only --index changed the library it holds"
mkdir -p "$WORK/elsewhere" && cp "$LIB/north/report-000.txt" "$WORK/elsewhere/"
out=$("$BIN" index "$WORK/elsewhere" --index "$IDX" 2>&1); status=$?
[ "$status" -ne 0 ] && echo "$out" | grep -q "belongs to the folder" || fail "another folder was not refused: $out"
[ "$(articles "$IDX")" = 60 ] || fail "another folder replaced the library"
intact "another folder"
pass "an index belongs to its folder"
echo "faults.sh: all passed"
