# Helpers for driving the real confluence-tui binary in a detached tmux session.
# Never sleeps a fixed time to wait for the app: every wait polls `capture-pane -p` for text.
set -euo pipefail

E2E_SESSION="ctui-e2e-$$"
# A tmux server of its own: a session made on a server already running takes that server's environment, not this
# script's (so CONFLUENCE_TUI_HOME would point at another run's folder), and the user's sessions stay untouched.
e2e_tmux() { tmux -L "$E2E_SESSION" "$@"; }
E2E_TIMEOUT="${E2E_TIMEOUT:-30}"
E2E_BINARY="${E2E_BINARY:-$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && swift build --show-bin-path)/confluence-tui}"
E2E_LOG="$(mktemp "${TMPDIR:-/tmp}/ctui-e2e.XXXXXX")"
export CONFLUENCE_TUI_HOME="$(mktemp -d "${TMPDIR:-/tmp}/ctui-e2e-home.XXXXXX")"

# Starts the binary with arguments in a tmux session of WIDTH x HEIGHT; the exit status lands in the log.
# E2E_ENV (e.g. "PATH=/x:\$PATH") is put in front of the command.
e2e_start() {
  local width=$1 height=$2; shift 2
  e2e_tmux new-session -d -s "$E2E_SESSION" -x "$width" -y "$height" \
    "cd '$PWD' && ${E2E_ENV:-} TERM=xterm-256color '$E2E_BINARY' $* 2>>'$E2E_LOG'; echo \"exit=\$?\" >> '$E2E_LOG'; stty -a >> '$E2E_LOG' 2>&1; sleep 600"
  trap e2e_cleanup EXIT
}

e2e_cleanup() {
  e2e_tmux kill-server 2>/dev/null || true
  if [ -n "${E2E_EMULATOR_PID:-}" ]; then kill "$E2E_EMULATOR_PID" 2>/dev/null || true; fi
  rm -rf "$CONFLUENCE_TUI_HOME" "${E2E_EMULATOR_OUT:-}"
}

# Starts the confluence-emulator binary beside the app with ARGS; sets E2E_BASE to its base URL (stopped by e2e_cleanup).
e2e_start_emulator() {
  E2E_EMULATOR_OUT="$(mktemp "${TMPDIR:-/tmp}/ctui-e2e-emulator.XXXXXX")"
  "$(dirname "$E2E_BINARY")/confluence-emulator" "$@" > "$E2E_EMULATOR_OUT" 2>&1 &
  E2E_EMULATOR_PID=$!
  local deadline=$((SECONDS + E2E_TIMEOUT))
  until grep -q "^base URL: " "$E2E_EMULATOR_OUT"; do
    ((SECONDS < deadline)) || { echo "FAIL: the emulator did not start" >&2; cat "$E2E_EMULATOR_OUT" >&2; return 1; }
    sleep 0.05
  done
  E2E_BASE="$(sed -n 's/^base URL: //p' "$E2E_EMULATOR_OUT")"
}

# Adds the OAuth account emu, aimed at the emulator's authorization server and gateway (its demo app).
e2e_add_oauth_account() {
  echo demo-client-secret | "$E2E_BINARY" accounts add emu --site "$E2E_BASE" --auth oauth --client-id demo-client \
    --redirect-uri http://127.0.0.1:0/callback --auth-url "$E2E_BASE" --gateway-url "$E2E_BASE" --secret-stdin > /dev/null
}

e2e_screen() { e2e_tmux capture-pane -p -t "$E2E_SESSION"; }

# Waits until the screen shows TEXT (a fixed string); fails with the screen after E2E_TIMEOUT seconds.
e2e_wait_for() {
  local text=$1 deadline=$((SECONDS + E2E_TIMEOUT))
  while ((SECONDS < deadline)); do
    if e2e_screen | grep -qF -- "$text"; then return 0; fi
    sleep 0.05
  done
  echo "FAIL: '$text' did not appear within ${E2E_TIMEOUT}s; the screen was:" >&2
  e2e_screen >&2
  echo "--- stderr of the app:" >&2
  cat "$E2E_LOG" >&2
  return 1
}

# Waits until the screen no longer shows TEXT.
e2e_wait_gone() {
  local text=$1 deadline=$((SECONDS + E2E_TIMEOUT))
  while ((SECONDS < deadline)); do
    if ! e2e_screen | grep -qF -- "$text"; then return 0; fi
    sleep 0.05
  done
  echo "FAIL: '$text' was still on screen after ${E2E_TIMEOUT}s" >&2
  e2e_screen >&2
  return 1
}

e2e_keys() { e2e_tmux send-keys -t "$E2E_SESSION" "$@"; }

# Checks the terminal's cursor shows at column X, row Y (0-based), where a focused text field puts it.
e2e_cursor_at() {
  local want="1 $1 $2" got deadline=$((SECONDS + E2E_TIMEOUT))
  while ((SECONDS < deadline)); do
    got=$(e2e_tmux display -p -t "$E2E_SESSION" '#{cursor_flag} #{cursor_x} #{cursor_y}')
    if [[ "$got" == "$want" ]]; then return 0; fi
    sleep 0.05
  done
  echo "FAIL: the cursor (shown, x, y) was '$got', not '$want'" >&2
  e2e_screen >&2
  return 1
}

e2e_resize() { e2e_tmux resize-window -t "$E2E_SESSION" -x "$1" -y "$2"; }

# Quits with q, or the tmux KEY named LABEL on screen (e2e_quit saved C-c Ctrl-C), and checks the app exited 0, left no
# process and restored the terminal (echo and icanon back on). With `saved`, the demo holds definitions saved this
# session: the first press must ask, and a second quits.
e2e_quit() {
  local key="${2:-q}" label="${3:-q}"
  if [[ "${1:-}" == saved ]]; then
    e2e_keys "$key"
    e2e_wait_for "$label again quits, and the definitions saved this session"
  fi
  e2e_keys "$key"
  local deadline=$((SECONDS + E2E_TIMEOUT))
  until grep -q '^exit=' "$E2E_LOG"; do
    if ((SECONDS >= deadline)); then echo "FAIL: the app did not quit on $label" >&2; e2e_screen >&2; return 1; fi
    sleep 0.05
  done
  grep -q '^exit=0$' "$E2E_LOG" || { echo "FAIL: the app exited with $(grep '^exit=' "$E2E_LOG")" >&2; cat "$E2E_LOG" >&2; return 1; }
  grep -qE '(^| )echo( |$)' "$E2E_LOG" && grep -qE '(^| )icanon( |$)' "$E2E_LOG" \
    || { echo "FAIL: the terminal was not restored (stty shows no echo/icanon)" >&2; cat "$E2E_LOG" >&2; return 1; }
}

e2e_pass() { echo "PASS: $1"; }
