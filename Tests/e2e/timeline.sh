#!/usr/bin/env bash
# End-to-end test of the entity timeline (T) and related articles (R) in tmux.
# Usage: Tests/e2e/timeline.sh path/to/lede
set -uo pipefail
BIN=${1:?usage: timeline.sh path/to/lede}
BIN=$(cd "$(dirname "$BIN")" && pwd)/$(basename "$BIN")
command -v tmux >/dev/null || { echo "timeline.sh: tmux is not installed (apt-get install tmux)"; exit 1; }
[ -x "$BIN" ] || { echo "timeline.sh: $BIN is not an executable"; exit 1; }

WORK=$(mktemp -d)
SESSION="lede-timeline-$$"
SOCKET="lede-timeline-$$"
cleanup() { tmux -L "$SOCKET" kill-server 2>/dev/null; rm -rf "$WORK"; }
trap cleanup EXIT
NAME=timeline.sh
# shellcheck source=lib/tmux.sh
source "$(dirname "$0")/lib/tmux.sh"

# Original articles: one harbour master in three of them, on three dates; one unrelated page.
CORPUS="$WORK/corpus"; mkdir -p "$CORPUS"
cat > "$CORPUS/a-first.txt" <<'TXT'
Harbour master orders dredging at Portmere

By Ina Larsk, Coastal Ledger, March 2, 2025

Harbour master Ingrid Tobiassen ordered the dredging of the Portmere channel on Monday after two trawlers ran aground.

Tobiassen said the work would take three weeks and cost the harbour board about forty thousand pounds.
TXT
cat > "$CORPUS/b-second.txt" <<'TXT'
Dredger arrives in Portmere

By Ina Larsk, Coastal Ledger, March 9, 2025

A dredger chartered by the Portmere harbour board arrived on Sunday, a week ahead of the plan.

Ingrid Tobiassen told fishermen that the channel would reopen before the spring herring run.
TXT
cat > "$CORPUS/c-third.txt" <<'TXT'
Portmere channel reopens

By Ina Larsk, Coastal Ledger, March 30, 2025

The Portmere channel reopened to trawlers on Saturday, and Ingrid Tobiassen thanked the crews of the dredger.

The harbour board will publish the final cost of the work in April.
TXT
cat > "$CORPUS/d-weather.txt" <<'TXT'
Weather outlook for the weekend

Rain is expected along the coast on Saturday, clearing by Sunday afternoon with light winds from the west.
TXT
export XDG_CONFIG_HOME="$WORK/config"
export XDG_DATA_HOME="$WORK/data"


# 1. The command line: text and Markdown timelines, oldest first.
out=$("$BIN" entities --timeline "Ingrid Tobiassen" "$CORPUS" --index "$WORK/cli.sqlite") || fail "lede entities --timeline failed: $out"
[ "$(echo "$out" | wc -l)" -eq 4 ] || fail "expected 4 timeline lines, got: $out"
echo "$out" | head -1 | grep -q "^2025-03-02 .*\[Ingrid Tobiassen\]" || fail "first line is not the oldest mention: $out"
echo "$out" | tail -1 | grep -q "^2025-03-30 " || fail "last line is not the newest mention: $out"
md=$("$BIN" entities --timeline "Ingrid Tobiassen" "$CORPUS" --index "$WORK/cli.sqlite" --format markdown) || fail "markdown timeline failed"
echo "$md" | head -1 | grep -q "^## Ingrid Tobiassen: timeline" || fail "markdown heading missing: $md"
echo "$md" | grep -q '\*\*Ingrid Tobiassen\*\*' || fail "markdown mention not in bold: $md"
pass "lede entities --timeline (text and markdown)"

# 2. The reader: T on the selected entity, Enter opens the article at the mention, Esc returns.
tmux -L "$SOCKET" new-session -d -s "$SESSION" -x 120 -y 40 "bash --norc --noprofile"
tmux -L "$SOCKET" send-keys -t "$SESSION" "cd '$WORK' && TERM=xterm-256color '$BIN' '$CORPUS'; echo LEDE-EXIT=\$?" Enter
wait_for "Articles 1/" || fail "article list did not appear"
# Entities come from the index once it is built.
wait_for "Ingrid Tobiassen" 10 || fail "entity sidebar never showed Ingrid Tobiassen"
keys T
wait_for "select an entity first" || fail "T without a selected entity gave no hint"
keys Tab; keys Tab
wait_for "[Entities]" || fail "Tab did not focus the entity sidebar"
# The sidebar cursor starts on the most salient entity: Ingrid Tobiassen.
keys Enter
wait_for "Ingrid Tobiassen:" || fail "Enter in the sidebar did not select Ingrid Tobiassen"
keys T
wait_for "Timeline: Ingrid Tobiassen" || fail "T did not open the timeline"
wait_for "4 mentions in 3 articles" || fail "the timeline does not list 4 mentions in 3 articles"
first=$(screen | grep -n "2025-03-02" | head -1 | cut -d: -f1)
last=$(screen | grep -n "2025-03-30" | head -1 | cut -d: -f1)
[ -n "$first" ] && [ -n "$last" ] && [ "$first" -lt "$last" ] || fail "timeline rows are not in date order"
screen | grep -F "2025-03-09" | grep -qF "Ingrid Tobiassen" || fail "a timeline row has no context with the name"
pass "T opens the timeline in date order with contexts"
keys Escape
wait_gone "Timeline: Ingrid Tobiassen" || fail "Esc did not close the timeline"
keys T
wait_for "Timeline: Ingrid Tobiassen" || fail "T did not reopen the timeline"
keys G
keys Enter
wait_gone "Timeline: Ingrid Tobiassen" || fail "Enter did not close the timeline"
wait_for "2025-03-30 · " || fail "Enter did not say which mention it opened"
wait_for "[Reader]" || fail "Enter did not focus the reader"
screen | grep -qF "Portmere channel reopens" || fail "Enter did not open the newest article"
pass "Enter opens the article at the mention, Esc closes"

# 3. R: the related articles of the open one; Enter opens one.
keys R
wait_for "Related to this article" || fail "R did not open the related articles"
# Only the overlay's rows (the article list shows beside it).
related=$(screen | sed -n '/Related to this article/,/└/p')
echo "$related" | grep -qF "Weather outlook" && fail "an article sharing no name is listed as related"
echo "$related" | grep -qF "Dredger arrives in Portmere" || fail "an article sharing names is missing"
keys Escape
wait_gone "Related to this article" || fail "Esc did not close the related articles"
keys R
wait_for "Related to this article" || fail "R did not reopen"
keys Enter
wait_gone "Related to this article" || fail "Enter did not close the related articles"
wait_for "[Reader]" || fail "Enter did not open the related article in the reader"
pass "R lists related articles, Enter opens one, Esc closes"

keys q
wait_for "LEDE-EXIT=0" || fail "q did not quit cleanly"
pass "quit"
