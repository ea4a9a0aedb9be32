# Helpers shared by the tmux end-to-end scripts (Tests/e2e/*.sh). Source it after setting NAME (the
# script's name for messages), SOCKET and SESSION; KEY_PAUSE (seconds after send-keys) is optional.

# Prints the screen of a running session under the message, then exits 1.
fail() {
  echo "$NAME: FAIL: $*"
  if tmux -L "$SOCKET" has-session -t "$SESSION" 2>/dev/null; then
    echo "----- screen -----"; tmux -L "$SOCKET" capture-pane -p -t "$SESSION" 2>/dev/null | sed -n '1,60p'
  fi
  exit 1
}
pass() { echo "$NAME: ok - $*"; }

screen() { tmux -L "$SOCKET" capture-pane -p -t "$SESSION"; }

# wait_for PATTERN [SECONDS]: polls the screen until a fixed string shows up (10 s: CI machines are loaded).
wait_for() {
  local pattern=$1 limit=${2:-10} i
  for ((i = 0; i < limit * 20; i++)); do
    screen 2>/dev/null | grep -qF -- "$pattern" && return 0
    sleep 0.05
  done
  return 1
}

# wait_gone PATTERN [SECONDS]: polls the screen until a fixed string is gone.
wait_gone() {
  local pattern=$1 limit=${2:-5} i
  for ((i = 0; i < limit * 20; i++)); do
    screen 2>/dev/null | grep -qF -- "$pattern" || return 0
    sleep 0.05
  done
  return 1
}

keys() { tmux -L "$SOCKET" send-keys -t "$SESSION" "$@"; sleep "${KEY_PAUSE:-0.15}"; }
