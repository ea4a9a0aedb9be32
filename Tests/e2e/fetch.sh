#!/usr/bin/env bash
# End-to-end test of bringing articles in: lede add (URL, file, standard input, the same URL twice),
# lede feed add/list/export, lede fetch (then unchanged), and the reader's r fetching in the background
# while the list keeps scrolling. A small python3 server on 127.0.0.1 serves original fixture pages.
# Usage: Tests/e2e/fetch.sh path/to/lede
set -uo pipefail
BIN=${1:?usage: fetch.sh path/to/lede}
BIN=$(cd "$(dirname "$BIN")" && pwd)/$(basename "$BIN")
command -v tmux >/dev/null || { echo "fetch.sh: tmux is not installed (apt-get install tmux)"; exit 1; }
command -v python3 >/dev/null || { echo "fetch.sh: skipped (no python3 for the fixture server)"; exit 0; }
[ -x "$BIN" ] || { echo "fetch.sh: $BIN is not an executable"; exit 1; }

WORK=$(mktemp -d)
SESSION="lede-fetch-$$"
SOCKET="lede-fetch-$$"
SERVER_PID=""
cleanup() {
  tmux -L "$SOCKET" kill-server 2>/dev/null
  [ -n "$SERVER_PID" ] && kill "$SERVER_PID" 2>/dev/null
  rm -rf "$WORK"
}
trap cleanup EXIT
NAME=fetch.sh
KEY_PAUSE=0.1
# shellcheck source=lib/tmux.sh
source "$(dirname "$0")/lib/tmux.sh"
export XDG_CONFIG_HOME="$WORK/config" XDG_DATA_HOME="$WORK/data"
LIB="$WORK/data/lede/library"

# The fixture site: a feed of four items whose pages answer slowly (so r's progress can be watched).
cat > "$WORK/server.py" <<'PY'
import http.server, sys, time, threading
PARA = ("<p>The lamps along the harbour wall were lit again after two dark winters, and a small crowd "
        "stayed out in the drizzle to watch the first one flicker on above the slipway.</p>"
        "<p>Volunteers spent the autumn rewiring the old posts and repainting the iron brackets, "
        "the committee that raised the money said on the quay.</p>")
def page(title):
    return ("<!doctype html><html><head><meta charset='utf-8'><title>%s | Quay Gazette</title></head>"
            "<body><article><h1>%s</h1>%s</article></body></html>" % (title, title, PARA))
TITLES = {"1": "Lamps Lit on the Quay", "2": "Ferry Timetable Shifts", "3": "Net Loft Becomes Studio", "4": "Tide Gauge Repaired"}
class H(http.server.BaseHTTPRequestHandler):
    def log_message(self, *a): pass
    def send(self, body, ctype="text/html; charset=utf-8", extra=()):
        data = body.encode()
        self.send_response(200)
        self.send_header("Content-Type", ctype); self.send_header("Content-Length", str(len(data)))
        for k, v in extra: self.send_header(k, v)
        self.end_headers(); self.wfile.write(data)
    def do_GET(self):
        base = "http://" + self.headers["Host"]
        if self.path == "/feed.xml":
            if self.headers.get("If-None-Match") == '"f1"':
                self.send_response(304); self.end_headers(); return
            items = "".join("<item><title>%s</title><link>%s/p/%s</link><guid>g%s</guid></item>" % (t, base, n, n) for n, t in TITLES.items())
            self.send("<?xml version='1.0'?><rss version='2.0'><channel><title>Quay Gazette</title>%s</channel></rss>" % items,
                      "application/rss+xml", [("ETag", '"f1"')])
        elif self.path.startswith("/p/"):
            time.sleep(0.7)
            self.send(page(TITLES.get(self.path[3:], "Unknown")))
        elif self.path.startswith("/story"):
            self.send(page("Harbour Lights Return"))
        else:
            self.send_response(404); self.end_headers()
server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), H)
print(server.server_address[1], flush=True)
threading.Timer(float(sys.argv[1]), server.shutdown).start()
server.serve_forever()
PY
python3 "$WORK/server.py" 120 > "$WORK/port" &
SERVER_PID=$!
for _ in $(seq 1 50); do [ -s "$WORK/port" ] && break; sleep 0.1; done
PORT=$(head -1 "$WORK/port")
[ -n "$PORT" ] || fail "fixture server did not start"
BASE="http://127.0.0.1:$PORT"

# 1. lede add: a URL (with tracking), the same URL again, a file, standard input.
out=$("$BIN" add "$BASE/story?utm_source=e2e" 2>&1) || fail "lede add URL: $out"
echo "$out" | grep -q "saved $LIB/harbour-lights-return.html: Harbour Lights Return" || fail "lede add URL said: $out"
out=$("$BIN" add "$BASE/story" 2>&1) || fail "lede add URL again: $out"
echo "$out" | grep -q "already saved" || fail "the same URL was saved twice: $out"
printf 'Notes on the breakwater\n\nThe breakwater survey found two cracked blocks near the lighthouse steps and a loose rail on the upper walk.\n' > "$WORK/note.txt"
out=$("$BIN" add "$WORK/note.txt" 2>&1) || fail "lede add FILE: $out"
out=$(printf 'Gull numbers on the island fell again this spring, the wardens counted fewer nests on the western cliffs.\n' | "$BIN" add - 2>&1) \
  || fail "lede add -: $out"
[ "$(ls "$LIB" | wc -l)" -eq 3 ] || fail "expected 3 files in the library, found: $(ls "$LIB")"
pass "lede add from a URL, a file and standard input; the same URL twice saves one file"

# 2. Feeds.
"$BIN" feed add "$BASE/feed.xml" >/dev/null || fail "lede feed add"
"$BIN" feed list | grep -qF "$BASE/feed.xml" || fail "lede feed list does not show the feed"
"$BIN" feed export | grep -qF "xmlUrl=\"$BASE/feed.xml\"" || fail "lede feed export has no outline for the feed"
pass "lede feed add, list, export"

# 3. The reader on the library (no argument): r fetches in the background while j/k keep working.
tmux -L "$SOCKET" new-session -d -s "$SESSION" -x 120 -y 40 "bash --norc --noprofile"
tmux -L "$SOCKET" send-keys -t "$SESSION" "cd '$WORK' && TERM=xterm-256color '$BIN'; echo LEDE-EXIT=\$?" Enter
wait_for "Harbour Lights Return" || fail "lede with no argument did not open the library"
wait_for "Articles 1/3" || fail "the library list did not show its three articles"
keys r
wait_for "fetching feeds" 5 || fail "r showed no fetch progress"
keys j
wait_for "Articles 2/" 3 || fail "j did not move while fetching"
screen | grep -q "fetching feeds" || fail "the fetch ended before the keys were tried (pages answer slowly)"
keys k
wait_for "Articles 1/" 3 || fail "k did not move while fetching"
pass "r fetches in the background with progress in the status line while j/k move"
wait_for "fetched 1 feed(s): 4 new" 20 || fail "r did not report the fetch"
wait_for "/7 " 20 || fail "the new articles did not join the list"
wait_for "Net Loft Becomes Studio" 5 || fail "a fetched article is not in the list"
pass "new articles appear without a restart"
keys F
wait_for "feed: Quay Gazette (4 articles)" 5 || fail "F did not filter by the feed"
wait_for "/4 " 5 || fail "the filtered list does not have the feed's 4 articles"
screen | grep -q "Harbour Lights Return" && fail "an added article is still listed under the feed filter"
keys g
wait_for "Articles 1/4" 3 || fail "g does not go to the top of the filtered list"
keys j
wait_for "Articles 2/4" 3 || fail "j does not move in the filtered list"
keys F
wait_for "all articles" 5 || fail "a second F did not go back to all articles"
wait_for "/7 " 5 || fail "the whole list did not come back"
pass "F lists one feed's articles, then all again"
keys q
wait_for "LEDE-EXIT=0" 5 || fail "lede did not quit cleanly"

# 4. lede fetch without a terminal: one line per feed and a summary; nothing new the second time.
out=$("$BIN" fetch 2>&1) || fail "lede fetch failed: $out"
echo "$out" | grep -q "Quay Gazette: unchanged" || fail "second fetch was not unchanged: $out"
echo "$out" | grep -q "0 article(s) saved" || fail "second fetch saved something: $out"
[ "$(ls "$LIB" | wc -l)" -eq 7 ] || fail "expected 7 files after fetching, found $(ls "$LIB" | wc -l)"
pass "lede fetch: unchanged feed costs a 304, nothing saved twice"
echo "fetch.sh: all passed"
