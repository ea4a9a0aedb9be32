#!/usr/bin/env bash
# End-to-end test of the reader in tmux: panes, navigation, help, export, resize, TERMs, quit.
# Usage: Tests/e2e/tui.sh path/to/lede
set -uo pipefail
BIN=${1:?usage: tui.sh path/to/lede}
BIN=$(cd "$(dirname "$BIN")" && pwd)/$(basename "$BIN")
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
command -v tmux >/dev/null || { echo "tui.sh: tmux is not installed (apt-get install tmux)"; exit 1; }
[ -x "$BIN" ] || { echo "tui.sh: $BIN is not an executable"; exit 1; }

WORK=$(mktemp -d)
SESSION="lede-e2e-$$"
# A server of our own: a tmux server already running (yours, another test's) would lend the
# session its environment (XDG dirs, TERM) and its sessions would be in reach of ours.
SOCKET="lede-e2e-$$"
cleanup() { tmux -L "$SOCKET" kill-server 2>/dev/null; rm -rf "$WORK"; }
trap cleanup EXIT
NAME=tui.sh
# shellcheck source=lib/tmux.sh
source "$(dirname "$0")/lib/tmux.sh"

# The corpus: the bundled demo when present, else a few small original articles.
if [ -d "$ROOT/Demo" ]; then
  CORPUS="$ROOT/Demo"
else
  CORPUS="$WORK/corpus"; mkdir -p "$CORPUS"
  cat > "$CORPUS/01-harbour.txt" <<'TXT'
Harbour council approves new ferry line

By Mara Quill, The Coastal Ledger, March 2, 2025

The harbour council in Portmere voted on Tuesday to fund a ferry line to Little Skerry, ending a decade of debate.

Councillor Ada Brenn said the ferry would run twice a day from June and carry up to two hundred passengers.
TXT
  cat > "$CORPUS/02-ferry.txt" <<'TXT'
Ferry plan draws praise and doubts

Fishermen in Little Skerry welcomed the plan but asked what would happen during the winter storms.

Ada Brenn promised a review of the timetable after the first season, and said the council would publish the figures.
TXT
  cat > "$CORPUS/03-weather.txt" <<'TXT'
Weather outlook for the weekend

Rain is expected along the coast on Saturday, clearing by Sunday afternoon with light winds from the west.
TXT
fi
EXPORTS="$WORK/exports"; mkdir -p "$EXPORTS"
export XDG_CONFIG_HOME="$WORK/config"
# Library indexes go to a temp dir, never the user's ~/.local/share.
export XDG_DATA_HOME="$WORK/data"

# wait_for PATTERN [session] [seconds]: poll the screen until a fixed string shows up.

# 1. Not a terminal: a hint and a non-zero exit.
out=$("$BIN" "$CORPUS" 2>&1 | cat); status=${PIPESTATUS[0]}
[ "$status" -ne 0 ] || fail "lede | cat exited 0"
echo "$out" | grep -q "lede clean" || fail "lede | cat gave no hint: $out"
pass "stdout not a terminal: exit $status with a hint"

# 2. The reader at 120x40.
tmux -L "$SOCKET" new-session -d -s "$SESSION" -x 120 -y 40 "bash --norc --noprofile"
tmux -L "$SOCKET" send-keys -t "$SESSION" "cd '$WORK' && TERM=xterm-256color '$BIN' --export-dir '$EXPORTS' '$CORPUS'; echo LEDE-EXIT=\$?" Enter
wait_for "Articles 1/" || fail "article list did not appear"
wait_for "[Articles]" || fail "status line did not appear"
screen | head -1 | grep -q "Entities (" || fail "entity sidebar missing at 120 columns"
screen | grep -q "? help" || fail "key hint missing"
pass "three panes, status line and key hint at 120x40"

keys j
wait_for "Articles 2/" || fail "j did not move the selection"
keys Enter
# Progress ("grouping entities…") may stand between the pane name and the position while background work runs.
{ wait_for "article 2/" && wait_for "[Reader]"; } || fail "Enter did not open the article and focus the reader"
keys G
wait_for "100%" || fail "G did not scroll the reader to the end"
keys g
pass "j, Enter, G, g"

keys Tab
wait_for "[Entities]" || fail "Tab did not focus the entity sidebar"
if screen | grep -q "No entities found"; then
  echo "tui.sh: note - no entities in this build, mention jumps not exercised"
else
  keys Enter
  # In memory: "12 mentions in 3 articles"; from a library index: "in 3 articles" (asked of the index).
  wait_for " articles · m/M" || fail "Enter in the sidebar did not select an entity"
  keys m
  # In memory: "Name: mention k/N, article a of A"; from an index: "Name: article a/A, mention k/n".
  jumped=""
  for _ in $(seq 1 100); do screen | grep -qE "mention [0-9]+/[0-9]+" && { jumped=1; break; }; sleep 0.05; done
  [ -n "$jumped" ] || fail "m did not jump to a mention"
  first=$(screen | grep -F '[Entities]' | grep -oE 'article [0-9]+/[0-9]+' | head -1)
  moved=""
  for _ in $(seq 1 40); do
    keys m
    now=$(screen | grep -F '[Entities]' | grep -oE 'article [0-9]+/[0-9]+' | head -1)
    [ "$now" != "$first" ] && { moved=1; break; }
  done
  [ -n "$moved" ] || fail "m never continued into another article"
  keys M
  screen | grep -q "mention [0-9]*/" || fail "mention counter vanished after M"
  pass "entity selection; m crosses from $first to $now; M goes back"
fi
keys BTab BTab
wait_for "[Articles]" || fail "Shift-Tab did not go back to the list"

keys s
sleep 0.2
screen | head -1 | grep -q "Entities (" && fail "s did not hide the sidebar"
keys s
wait_for "Entities (" || fail "s did not bring the sidebar back"
keys BTab BTab
wait_for "[Articles]" || fail "focus did not return to the list after the sidebar toggle"
keys C-l
wait_for "Articles" || fail "Ctrl-l did not redraw"
pass "s toggles the sidebar, Ctrl-l redraws"

keys '?'
wait_for "next mention of the selected entity" || fail "help overlay did not open"
keys q
wait_gone "next mention of the selected entity" || fail "q did not close the help overlay"
wait_for "Articles" || fail "panes not redrawn after closing help"
pass "help overlay opens and closes"

keys / 
tmux -L "$SOCKET" send-keys -t "$SESSION" -l "the"; keys Enter
screen | grep -qE "/the [0-9]+/[0-9]+|no match" || fail "search gave neither hits nor a message"
keys n
keys Escape
pass "search, n, Esc"

keys e
wait_for "Export as:" || fail "e did not show the format prompt"
keys m
wait_for "exported " || fail "export did not report a path"
keys e m
wait_for "-2.md" || fail "second export did not get a new name"
[ "$(ls "$EXPORTS"/*.md 2>/dev/null | wc -l)" -eq 2 ] || fail "expected 2 markdown files in $EXPORTS, found: $(ls "$EXPORTS")"
pass "export writes $(ls "$EXPORTS" | head -1) and never overwrites"

tmux -L "$SOCKET" resize-window -t "$SESSION" -x 80 -y 24
sleep 0.4
screen | head -1 | grep -q "Articles" || fail "list missing at 80x24"
screen | head -1 | grep -q "Entities (" && fail "sidebar not folded at 80x24"
pass "80x24 folds the sidebar"

tmux -L "$SOCKET" resize-window -t "$SESSION" -x 40 -y 12
sleep 0.4
screen | grep -qE "Articles|Reader|too small" || fail "40x12 shows neither a pane nor a clear message"
pass "40x12: $(screen | head -1 | cut -c1-38)"

tmux -L "$SOCKET" resize-window -t "$SESSION" -x 120 -y 40
sleep 0.3
keys q
wait_for "LEDE-EXIT=0" || fail "q did not exit cleanly"
pass "q exits and the shell is back"

# 3. Other terminals: screen and vt100 draw the panes and quit cleanly; dumb and unknown are refused clearly.
for term in screen vt100; do
  tmux -L "$SOCKET" send-keys -t "$SESSION" "clear; TERM=$term '$BIN' '$CORPUS'; echo LEDE-EXIT-$term=\$?" Enter
  wait_for "Articles 1/" || fail "TERM=$term: panes did not appear"
  keys q
  wait_for "LEDE-EXIT-$term=0" || fail "TERM=$term: q did not exit cleanly"
  pass "TERM=$term"
done
command -v script >/dev/null || echo "tui.sh: note - 'script' missing, TERM=dumb check skipped"
command -v script >/dev/null && for term in dumb no-such-terminal; do
  out=$(TERM=$term script -qec "'$BIN' '$CORPUS'" /dev/null 2>&1 </dev/null); status=$?
  [ "$status" -ne 0 ] || fail "TERM=$term exited 0"
  echo "$out" | grep -qi "term" || fail "TERM=$term gave no clear message: $out"
  pass "TERM=$term refused: $(echo "$out" | tr -d '\r' | head -1)"
done

# 4. Config: key overrides reach the key map and the generated help; a broken theme falls back.
mkdir -p "$XDG_CONFIG_HOME/lede"
printf 'theme = "no-such-theme"\nmouse = false\n[keys]\nhelp = ["h", "?"]\n' > "$XDG_CONFIG_HOME/lede/config.toml"
tmux -L "$SOCKET" send-keys -t "$SESSION" "clear; TERM=xterm-256color '$BIN' '$CORPUS'; echo LEDE-EXIT-CONFIG=\$?" Enter
wait_for "Articles 1/" || fail "reader did not start with a config file"
wait_for "not found, using default" || fail "a missing theme was not reported"
keys h
wait_for "this help" || fail "the [keys] override did not bind h to help"
screen | grep -q "h ?  *this help\|? h  *this help" || fail "help overlay does not list the overridden keys"
keys q q
wait_for "LEDE-EXIT-CONFIG=0" || fail "reader with a config did not quit"
rm "$XDG_CONFIG_HOME/lede/config.toml"
pass "config: key override bound and shown in help, missing theme falls back with a message"

# 5. SIGTERM restores the terminal.
tmux -L "$SOCKET" send-keys -t "$SESSION" "clear; TERM=xterm-256color '$BIN' '$CORPUS'; echo LEDE-EXIT-TERM=\$?" Enter
wait_for "Articles 1/" || fail "reader did not start for the SIGTERM check"
shell_pid=$(tmux -L "$SOCKET" display -p -t "$SESSION" '#{pane_pid}')
lede_pid=$(ps -o pid= --ppid "$shell_pid" | head -1 | tr -d ' ')
[ -n "$lede_pid" ] || fail "could not find the reader's process"
kill -TERM "$lede_pid"
wait_for "LEDE-EXIT-TERM=" || fail "SIGTERM did not end the reader"
pass "SIGTERM ends the reader and the shell is back"

# 6. No argument opens the demo corpus (when the checkout has one).
if [ -d "$ROOT/Demo" ]; then
  tmux -L "$SOCKET" send-keys -t "$SESSION" "clear; cd '$ROOT' && TERM=xterm-256color '$BIN'; echo LEDE-EXIT-DEMO=\$?" Enter
  wait_for "Articles 1/" || fail "lede with no argument did not open the demo corpus"
  keys q
  wait_for "LEDE-EXIT-DEMO=0" || fail "demo reader did not quit"
  pass "no argument opens Demo/"
fi
# 7. A second run on the same folder shows the list from its index, with the read marks of the first run.
ls "$XDG_DATA_HOME"/lede/*.sqlite >/dev/null 2>&1 || fail "no library index under \$XDG_DATA_HOME/lede after the first runs"
tmux -L "$SOCKET" send-keys -t "$SESSION" "clear; TERM=xterm-256color '$BIN' '$CORPUS'; echo LEDE-EXIT-WARM=\$?" Enter
wait_for "Articles 1/" || fail "second run did not show the list"
sleep 0.5
screen | grep -q "indexed:" && fail "second run re-indexed an unchanged folder"
# Article 2 was opened in the first run: its row (line 4, two lines per article) has no unread dot.
screen | sed -n 4p | grep -q "^•" && fail "the read mark of article 2 did not persist"
# Articles the first run never opened keep their unread dot (which ones depends on the mention jumps).
[ "$(screen | grep -c "^•")" -ge 3 ] || fail "articles never opened should still be unread"
keys q
wait_for "LEDE-EXIT-WARM=0" || fail "warm reader did not quit"
pass "second run: list from the index, read marks kept, nothing re-indexed"

# 7b. A damaged index given with --index is moved aside and rebuilt; the status line says so.
# (It must be lede's: a file lede never made an index is refused and left alone, see faults.sh.)
"$BIN" index "$CORPUS" --index "$WORK/broken.sqlite" --quiet >/dev/null || fail "could not index into $WORK/broken.sqlite"
rm -f "$WORK/broken.sqlite-wal" "$WORK/broken.sqlite-shm"
echo "this is not a database" > "$WORK/broken.sqlite"
tmux -L "$SOCKET" send-keys -t "$SESSION" "clear; TERM=xterm-256color '$BIN' --index '$WORK/broken.sqlite' '$CORPUS'; echo LEDE-EXIT-BROKEN=\$?" Enter
wait_for "not an SQLite database" || fail "a damaged index was not reported in the status line"
wait_for "Articles 1/" || fail "no list after rebuilding a damaged index"
keys q
wait_for "LEDE-EXIT-BROKEN=0" || fail "reader with a rebuilt index did not quit"
ls "$WORK"/broken.sqlite.broken-* >/dev/null 2>&1 || fail "the damaged index was not kept aside"
pass "--index: a damaged index is moved aside with a message and rebuilt"

# 8. A bigger folder indexes in the background: a progress bar in the status line, keys keep working.
BIG="$WORK/big"; mkdir -p "$BIG"
for ((i = 0; i < 3000; i++)); do
  printf 'Council notebook number %d on the harbour budget\n\nThe harbour council met for session %d and discussed the ferry timetable, the quay repairs and the winter storm fund.\n\nMembers asked for a report on the costs of dredging before the next meeting of the finance committee.\n\nThe chair said the minutes would be published on the council noticeboard within a week.\n' "$i" "$i" > "$BIG/note-$(printf %05d "$i").txt"
done
tmux -L "$SOCKET" send-keys -t "$SESSION" "clear; TERM=xterm-256color '$BIN' '$BIG'; echo LEDE-EXIT-BIG=\$?" Enter
wait_for "indexing" 10 || fail "no indexing progress in the status line"
wait_for "Articles 1/" 20 || fail "the list did not fill while indexing"
keys j j
wait_for "Articles 3/" || fail "j did not move the selection while indexing"
if screen | grep -qE "indexing \[[#-]+\] [0-9]+/3000 files +[0-9]+/s +ETA"; then
  pass "progress bar with count, rate and ETA while the selection moves"
  # The summary replaces the bar when indexing ends (a key pressed after that clears it, so
  # it is only awaited when indexing was still running after the keys).
  wait_for "indexed: 3000 new" 120 || fail "indexing did not finish with a summary"
else
  screen | grep -q "indexing \[" && fail "the progress bar lacks count, rate or ETA"
  echo "tui.sh: note - indexing ended before the keys were checked (fast machine)"
fi
wait_for "/3000" || fail "the list does not hold all 3000 articles after indexing"
screen | head -1 | grep -q "Articles 3/3000" || fail "the selection did not stay on article 3 through the refreshes"
keys /
tmux -L "$SOCKET" send-keys -t "$SESSION" -l "session 1234"; keys Enter
wait_for "Articles 1235/3000" || fail "full-text search did not move to the matching article"
keys q
wait_for "LEDE-EXIT-BIG=0" || fail "reader on the big folder did not quit"
pass "3000 files: indexed in the background, selection kept, FTS search"

echo "tui.sh: all passed"
