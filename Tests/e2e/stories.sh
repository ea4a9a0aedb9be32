#!/usr/bin/env bash
# End-to-end test of stories in tmux: `v` groups the article list by story (headers with dates and
# article counts, copies shown once), `v` again lists files; `lede stories` prints the same grouping.
# On the seeds (../shared/seeds) when present: two visits, three and two articles, plus two copies
# saved under other names. Else on small original articles written here.
# Usage: Tests/e2e/stories.sh path/to/lede
set -uo pipefail
BIN=${1:?usage: stories.sh path/to/lede}
BIN=$(cd "$(dirname "$BIN")" && pwd)/$(basename "$BIN")
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
command -v tmux >/dev/null || { echo "stories.sh: tmux is not installed (apt-get install tmux)"; exit 1; }
[ -x "$BIN" ] || { echo "stories.sh: $BIN is not an executable"; exit 1; }

WORK=$(mktemp -d)
SESSION="lede-stories-$$"
SOCKET="lede-stories-$$"
cleanup() { tmux -L "$SOCKET" kill-server 2>/dev/null; rm -rf "$WORK"; }
trap cleanup EXIT
NAME=stories.sh
# shellcheck source=lib/tmux.sh
source "$(dirname "$0")/lib/tmux.sh"

CORPUS="$WORK/library"; mkdir -p "$CORPUS"
SEEDS="$ROOT/../shared/seeds"
if [ -d "$SEEDS" ]; then
  cp "$SEEDS"/*.txt "$CORPUS"/
  first=$(ls "$SEEDS"/*.txt | head -1)
  third=$(ls "$SEEDS"/*.txt | sed -n 3p)
  cp "$first" "$CORPUS/saved again.txt"
  mkdir -p "$CORPUS/later"; cp "$third" "$CORPUS/later/copy.txt"
  BIG="3 articles"; SMALL="2 articles"; STORIES=2
else
  cat > "$CORPUS/01-vote.txt" <<'TXT'
Portmere council votes to fund Little Skerry ferry

By Mara Quill | March 4, 2025

The harbour council in Portmere voted on Tuesday to fund a ferry line to Little Skerry, ending a decade of debate over the crossing.

"The island has waited ten years for this boat, and it will not wait one more winter," said Councillor Ada Brenn.

The council set aside 4.2 million pounds for the vessel and a new slipway at the north quay.

The ferry, to be built at the Calder yard, should carry up to two hundred passengers twice a day from June.
TXT
  cat > "$CORPUS/02-reaction.txt" <<'TXT'
Little Skerry cheers as ferry money is approved

Islanders on Little Skerry greeted the Portmere vote with bells and a bonfire on the north quay.

The island has waited ten years for this boat and it will not wait one more winter, Ada Brenn told the council before the vote.

Of the 4.2 million pounds, most will go to the vessel and the rest to the slipway, the council said.

Skipper Tomas Reld said the Calder yard had promised the hull by the end of May.
TXT
  cat > "$CORPUS/03-frost.txt" <<'TXT'
Frost threatens Eastvale apple harvest

By Lise Marrow | March 5, 2025

Growers in Eastvale lit braziers between the rows overnight as temperatures fell to four degrees below freezing.

The Eastvale growers' cooperative asked for help from the regional fund if the losses are confirmed.
TXT
  cp "$CORPUS/01-vote.txt" "$CORPUS/saved again.txt"
  BIG="2 articles"; SMALL=""; STORIES=2
fi
export XDG_CONFIG_HOME="$WORK/config"
export XDG_DATA_HOME="$WORK/data"


# 1. lede stories: the grouping as JSON.
json=$("$BIN" stories --format json "$CORPUS") || fail "lede stories exited non-zero"
count=$(printf '%s' "$json" | python3 -c 'import json,sys; print(len(json.load(sys.stdin)))' 2>/dev/null) \
  || fail "lede stories --format json is not JSON"
[ "$count" = "$STORIES" ] || fail "expected $STORIES stories, got $count"
copies=$(printf '%s' "$json" | python3 -c 'import json,sys; print(sum(1 for s in json.load(sys.stdin) for a in s["articles"] if a["copy_of"]))')
[ "$copies" -ge 1 ] || fail "no copy found in the JSON"
pass "lede stories: $count stories, $copies copies"

# 2. The reader on the folder (a library index): v groups, v again lists files.
tmux -L "$SOCKET" new-session -d -s "$SESSION" -x 120 -y 40 "bash --norc --noprofile"
tmux -L "$SOCKET" send-keys -t "$SESSION" "cd '$WORK' && TERM=xterm-256color '$BIN' '$CORPUS'; echo LEDE-EXIT=\$?" Enter
wait_for "Articles 1/" 10 || fail "article list did not appear"
wait_for "indexed:" 30 || fail "indexing did not finish"
keys v
wait_for "stories," 5 || fail "v did not group the list by story"
screen | grep -qF "▍" || fail "no story header on screen"
screen | grep -qF "$BIG" || fail "no story of $BIG"
[ -z "$SMALL" ] || screen | grep -qF "$SMALL" || fail "no story of $SMALL"
screen | grep -qF "2 copies" || fail "copies are not shown once as '2 copies'"
pass "v: story headers ($BIG${SMALL:+, $SMALL}) and '2 copies'"

keys j
keys j
keys Enter
wait_for "[Reader]" || fail "Enter did not open an article from the grouped list"
keys Tab
keys Tab
keys v
wait_for "articles by file" || fail "v again did not go back to the file list"
screen | grep -qF "▍" && fail "story headers still shown after v"
pass "Enter opens from the grouped list; v again lists files"

keys q
wait_for "LEDE-EXIT=0" || fail "q did not exit cleanly"
pass "quit"
