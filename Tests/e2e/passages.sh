#!/usr/bin/env bash
# End-to-end test of repeated passages in the reader (tmux): margin marks, "% new", the jump (p)
# and the fold (f), on original fixture articles and, where ../shared/seeds exists, on the seeds.
# Usage: Tests/e2e/passages.sh path/to/lede
set -uo pipefail
BIN=${1:?usage: passages.sh path/to/lede}
BIN=$(cd "$(dirname "$BIN")" && pwd)/$(basename "$BIN")
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
command -v tmux >/dev/null || { echo "passages.sh: tmux is not installed (apt-get install tmux)"; exit 1; }
[ -x "$BIN" ] || { echo "passages.sh: $BIN is not an executable"; exit 1; }

WORK=$(mktemp -d)
SESSION="lede-passages-$$"
SOCKET="lede-passages-$$"  # a tmux server of our own (see tui.sh)
cleanup() { tmux -L "$SOCKET" kill-server 2>/dev/null; rm -rf "$WORK"; }
trap cleanup EXIT
NAME=passages.sh
KEY_PAUSE=0.3
# shellcheck source=lib/tmux.sh
source "$(dirname "$0")/lib/tmux.sh"
export XDG_CONFIG_HOME="$WORK/config"
export XDG_DATA_HOME="$WORK/data"  # library indexes in a temp dir, never the user's

# The reader pane only (right of the list), so list titles do not count as reader text.
reader() { screen | cut -c32-92; }
start() {
  tmux -L "$SOCKET" new-session -d -s "$SESSION" -x 120 -y 40 "bash --norc --noprofile"
  tmux -L "$SOCKET" send-keys -t "$SESSION" "TERM=xterm-256color '$BIN' '$1'; echo LEDE-EXIT=\$?" Enter
}

# Original articles: two outlets quoting one made-up councillor, with different quote marks,
# punctuation and attribution, and one unrelated article.
CORPUS="$WORK/corpus"; mkdir -p "$CORPUS"
cat > "$CORPUS/a-ledger.txt" <<'TXT'
Council backs ferry to Little Skerry

Councillor Ada Brenn told the meeting: “We will not let the island wait another winter for a boat.” The vote passed by nine to two.

Fishermen at the quay were less sure. Old Tomas Verne asked who would pay for the crossing when the storms came.

The ferry will run twice a day from June and carry up to two hundred passengers, the council said.
TXT
cat > "$CORPUS/b-post.txt" <<'TXT'
Island ferry approved

Tickets will cost four crowns for islanders and six for visitors, according to the draft timetable.

"We will not let the island wait another winter for a boat," said Ada Brenn, who chairs the harbour council.

The council said the ferry will run twice a day from June and carry up to two hundred passengers.
TXT
cat > "$CORPUS/c-weather.txt" <<'TXT'
Weekend weather

Rain is expected along the coast on Saturday, clearing by Sunday afternoon with light winds from the west.

Farmers inland hope the showers will last long enough to fill the reservoirs before the dry months.
TXT

start "$CORPUS"
wait_for "Council backs ferry" || fail "the reader did not open"
wait_for "indexed: 3 new" 20 || fail "indexing did not finish"
keys Tab  # focus the reader (clears the indexing message)
wait_for "% new" || fail "the status line does not say how much is new"
reader | grep -q "┃.*another winter" || fail "the repeated quote has no margin mark"
reader | grep -q "┃.*two hundred" || fail "the sentence with its attribution moved has no margin mark"
reader | grep -q "┃.*Fishermen" && fail "a sentence found nowhere else is marked"
pass "repeated quote and sentence marked, new text not; status says how much is new"

keys p
wait_for "same passage in article 2" || fail "p did not jump to the other article"
screen | head -1 | grep -q "Island ferry approved" || fail "p did not open the other article"
reader | grep -q "another winter" || fail "the passage jumped to is not on screen"
keys p
wait_for "same passage in article 1" || fail "p from the landed passage did not jump back"
screen | head -1 | grep -q "Council backs ferry" || fail "p did not come back to the first article"
pass "p jumps to the same passage in the other article and back"

keys f  # article 2 has been read: both repeated passages fold
wait_for "folded passages seen before (2 here)" || fail "f did not fold"
reader | grep -q "meeting: \[…\] The vote" || fail "the folded quote left no marker"
reader | grep -q "another winter" && fail "folded text is still shown"
reader | grep -q "Fishermen" || fail "new text was folded"
keys f
wait_for "showing every passage" || fail "f did not unfold"
reader | grep -q "another winter" || fail "unfolded text did not come back"
pass "f folds the passages seen in articles read before, and shows them again"

# Monochrome (what NO_COLOR gives): the margin mark still says it.
keys q
wait_for "LEDE-EXIT=0" || fail "lede did not quit"
tmux -L "$SOCKET" send-keys -t "$SESSION" "NO_COLOR=1 TERM=xterm-256color '$BIN' '$CORPUS'; echo LEDE-EXIT2=\$?" Enter
wait_for "% new" || fail "the reader did not open under NO_COLOR"
reader | grep -q "┃.*another winter" || fail "no margin mark under NO_COLOR"
keys q
wait_for "LEDE-EXIT2=0" || fail "lede did not quit under NO_COLOR"
pass "margin marks under NO_COLOR"

SEEDS="$ROOT/../shared/seeds"
if [ -d "$SEEDS" ]; then
  tmux -L "$SOCKET" send-keys -t "$SESSION" "TERM=xterm-256color '$BIN' '$SEEDS'; echo LEDE-EXIT3=\$?" Enter
  wait_for "Articles 1/" || fail "the reader did not open the seeds"
  wait_for "indexed: " 30 || fail "indexing the seeds did not finish"
  keys Tab
  wait_for "% new" || fail "the status line does not say how much of the seed is new"
  keys p
  wait_for "same passage in article" || fail "p did not jump on the seeds"
  reader | grep -q "┃" || fail "the passage jumped to is not marked"
  keys f  # the article jumped from is read: the passage just landed on folds
  wait_for "folded passages seen before" || fail "f did not fold on the seeds"
  reader | grep -q "\[…\]" || fail "no fold marker on the seeds"
  keys q
  wait_for "LEDE-EXIT3=0" || fail "lede did not quit on the seeds"
  pass "seeds: quotes in more than one article marked, jump and fold"
else
  echo "passages.sh: skip - $SEEDS is absent"
fi
echo "passages.sh: all passed"
