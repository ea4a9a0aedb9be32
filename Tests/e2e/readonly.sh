#!/usr/bin/env bash
# End-to-end test of a read-only index (issue 12, item 15): reading commands read it as it is and
# say plainly that it cannot be written; writing commands fail with that message, never SQLite's.
# The index is made by one user and read by another (setpriv to nobody when run as root; chmod
# otherwise). The reader is checked in tmux when tmux is installed.
# Usage: Tests/e2e/readonly.sh path/to/lede
set -uo pipefail
BIN=${1:?usage: readonly.sh path/to/lede}
BIN=$(cd "$(dirname "$BIN")" && pwd)/$(basename "$BIN")
[ -x "$BIN" ] || { echo "readonly.sh: $BIN is not an executable"; exit 1; }

WORK=$(mktemp -d)
chmod 755 "$WORK"
SOCKET="lede-ro-$$"
cleanup() { tmux -L "$SOCKET" kill-server 2>/dev/null; chmod -R u+rwX "$WORK" 2>/dev/null; rm -rf "$WORK"; }
trap cleanup EXIT
fail() { echo "readonly.sh: FAIL: $*"; exit 1; }
pass() { echo "readonly.sh: ok - $*"; }
export XDG_DATA_HOME="$WORK/data" XDG_CONFIG_HOME="$WORK/config"

LIB="$WORK/lib"; mkdir -p "$LIB"
for ((i = 0; i < 12; i++)); do
  printf 'Lighthouse keeper log %d\n\nThe keeper trimmed the lamp at dusk and logged %d vessels passing the reef at Carrow Point.\n\nA squall from the north brought %d millimetres of rain before midnight.\n' \
    "$i" "$((i * 2 + 3))" "$((i + 4))" > "$LIB/log-$(printf %02d "$i").txt"
done
RO="$WORK/ro"; mkdir -p "$RO"
IDX="$RO/index.sqlite"
"$BIN" index "$LIB" --index "$IDX" --quiet >/dev/null || fail "could not make the index"

AS=()
if [ "$(id -u)" -eq 0 ]; then
  command -v setpriv >/dev/null && setpriv --reuid=65534 --regid=65534 --clear-groups true 2>/dev/null \
    || { echo "readonly.sh: skipped - running as root without setpriv"; exit 0; }
  AS=(setpriv --reuid=65534 --regid=65534 --clear-groups env XDG_DATA_HOME="$XDG_DATA_HOME" XDG_CONFIG_HOME="$XDG_CONFIG_HOME")
  chmod -R a+rX "$WORK"; chmod -R go-w "$RO"  # nobody reads all, writes nothing of the index
else
  chmod a-w "$RO" "$IDX"*
fi
BEFORE=$(sha1sum "$IDX")

# A search brings the index up to date first: here it cannot, so it says so and searches what is there.
out=$("${AS[@]}" "$BIN" search keeper "$LIB" --index "$IDX" 2>"$WORK/err"); status=$?
[ "$status" -eq 0 ] || fail "search on a read-only index exited $status: $(cat "$WORK/err")"
[ "$(echo "$out" | grep -c '^[0-9]*\. ')" = 12 ] || fail "search on a read-only index found: $out"
grep -q "cannot be written" "$WORK/err" || fail "search did not say the index cannot be written: $(cat "$WORK/err")"
grep -qi "readonly database\|grdb_issue\|CREATE TABLE" "$WORK/err" && fail "search showed SQLite's message: $(cat "$WORK/err")"
pass "search on a read-only index: results, and '$(head -n 1 "$WORK/err" | cut -c1-70)…'"

# --no-refresh only reads: nothing to say.
out=$("${AS[@]}" "$BIN" search reef --no-refresh "$LIB" --index "$IDX" 2>"$WORK/err"); status=$?
[ "$status" -eq 0 ] && [ ! -s "$WORK/err" ] || fail "search --no-refresh on a read-only index: status $status, $(cat "$WORK/err")"
# Only --index: the recorded folder is read from the read-only index.
(cd "$WORK" && "${AS[@]}" "$BIN" search squall --no-refresh --index "$IDX" >/dev/null 2>"$WORK/err") \
  || fail "search with only --index on a read-only index: $(cat "$WORK/err")"
pass "search --no-refresh on a read-only index: silent"

# Indexing must write: a plain message and a failure exit.
out=$("${AS[@]}" "$BIN" index "$LIB" --index "$IDX" --quiet 2>&1); status=$?
[ "$status" -eq 1 ] || fail "index on a read-only index exited $status: $out"
echo "$out" | grep -q "cannot be written" || fail "index on a read-only index said: $out"
echo "$out" | grep -qi "readonly database\|grdb_issue" && fail "index showed SQLite's message: $out"
pass "index on a read-only index: exit 1, '$(echo "$out" | head -n 1 | cut -c1-70)…'"

[ "$(sha1sum "$IDX")" = "$BEFORE" ] || fail "the read-only index changed"
ls "$RO" | grep -q "broken" && fail "the read-only index was moved aside"

# An index that would need migrating first cannot be read as it is: said plainly, nothing touched.
if command -v python3 >/dev/null; then
  OLD="$WORK/old"; mkdir -p "$OLD"
  "$BIN" index "$LIB" --index "$OLD/index.sqlite" --quiet >/dev/null || fail "could not make the second index"
  python3 - "$OLD/index.sqlite" <<'PY' || fail "could not age the index"
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
last = db.execute("SELECT identifier FROM grdb_migrations ORDER BY rowid DESC LIMIT 1").fetchone()[0]
db.execute("DELETE FROM grdb_migrations WHERE identifier = ?", (last,))
db.commit()
db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
PY
  rm -f "$OLD/index.sqlite-wal" "$OLD/index.sqlite-shm"
  chmod -R a+rX "$OLD"; chmod -R go-w "$OLD"; [ "$(id -u)" -eq 0 ] || chmod a-w "$OLD" "$OLD"/index.sqlite*
  OLDSUM=$(sha1sum "$OLD/index.sqlite")
  out=$("${AS[@]}" "$BIN" search keeper "$LIB" --index "$OLD/index.sqlite" 2>&1); status=$?
  [ "$status" -eq 1 ] && echo "$out" | grep -q "cannot be written" || fail "search on an old read-only index: status $status, $out"
  echo "$out" | grep -qi "lock file\|readonly database" && fail "search on an old read-only index showed: $out"
  [ "$(sha1sum "$OLD/index.sqlite")" = "$OLDSUM" ] || fail "the old read-only index changed"
  pass "an index needing migration, read-only: exit 1, '$(echo "$out" | head -n 1 | cut -c1-60)…'"
fi

# The reader shows the library and says it cannot save.
if command -v tmux >/dev/null; then
  chmod 777 "$WORK"
  tmux -L "$SOCKET" new-session -d -s ro -x 160 -y 40 "${AS[*]} $BIN $LIB --index $IDX; sleep 5"
  seen=""
  for _ in $(seq 1 50); do
    seen=$(tmux -L "$SOCKET" capture-pane -p -t ro)
    echo "$seen" | grep -q "cannot be written" && break
    sleep 0.1
  done
  echo "$seen" | grep -q "cannot be written" || fail "the reader did not say the index cannot be written: $seen"
  echo "$seen" | grep -q "Lighthouse keeper log 0" || fail "the reader did not show the library: $seen"
  echo "$seen" | grep -qi "in memory\|readonly database" && fail "the reader fell back or showed SQLite's message: $seen"
  tmux -L "$SOCKET" send-keys -t ro q
  pass "the reader on a read-only index: the list, and a plain note"
else
  echo "readonly.sh: skipped - the reader check needs tmux"
fi
[ "$(sha1sum "$IDX")" = "$BEFORE" ] || fail "the read-only index changed"
echo "readonly.sh: all passed"
