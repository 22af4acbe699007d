#!/usr/bin/env bash
# End to end: Ctrl-Z typed as a resize is being drawn and loads are in flight always stops the browser (ncurses'
# handler, which ignored a stop during a screen update and ran curses code on whatever thread the signal reached, is not
# in the way), and `fg` always brings it back in its own terminal modes, repainted at the size the terminal has now.
source "$(dirname "$0")/lib.sh"
rounds="${E2E_SUSPEND_ROUNDS:-12}"
e2e_tmux new-session -d -s "$E2E_SESSION" -x 80 -y 24 "cd '$PWD' && env PS1='sh$ ' TERM=xterm-256color sh -i"
trap e2e_cleanup EXIT
e2e_wait_for 'sh$'
e2e_keys "'$E2E_BINARY' demo --latency-ms 300 2>>'$E2E_LOG'" Enter
e2e_wait_for "Engineering"
pid=$(pgrep -n -f -- "$E2E_BINARY demo --latency-ms 300")
tty=/dev/$(ps -o tty= -p "$pid" | tr -d ' ')
e2e_keys j Enter
e2e_wait_for "Pages ·"
for round in $(seq 1 "$rounds"); do
  width=$((80 + (round % 2) * 20))
  e2e_keys j r
  e2e_resize "$width" 24
  sleep "0.0$((round % 3))"      # the stop lands at varying points of the redraw
  e2e_keys C-z
  deadline=$((SECONDS + E2E_TIMEOUT))
  until [[ "$(ps -o stat= -p "$pid")" == T* ]]; do
    if ((SECONDS >= deadline)); then
      echo "FAIL: round $round: Ctrl-Z did not stop the browser (state $(ps -o stat= -p "$pid")); the screen was:" >&2
      e2e_screen >&2
      exit 1
    fi
    sleep 0.05
  done
  e2e_resize 90 24               # resized while stopped: only the shell hears of it
  e2e_keys fg Enter
  e2e_wait_gone "Stopped"        # the whole screen repainted, the shell's lines with it
  deadline=$((SECONDS + E2E_TIMEOUT))
  until top=$(e2e_screen | head -1 | python3 -c 'import sys; print(len(sys.stdin.buffer.read().decode().rstrip("\n")))'); [ "$top" -eq 90 ]; do
    if ((SECONDS >= deadline)); then
      echo "FAIL: round $round: after fg the top border stayed $top columns wide, not the terminal's 90:" >&2
      e2e_screen >&2
      exit 1
    fi
    sleep 0.05
  done
  modes=$(stty -a -F "$tty")
  if ! grep -q -- '-icanon' <<<"$modes" || ! grep -q -- '-echo ' <<<"$modes"; then
    echo "FAIL: round $round: after fg the terminal is not in the browser's modes: $modes" >&2
    exit 1
  fi
done
kill -0 "$pid" || { echo "FAIL: the browser is gone" >&2; cat "$E2E_LOG" >&2; exit 1; }
e2e_keys q
e2e_wait_for 'sh$'
e2e_pass "suspend while drawing: $rounds stops during resizes and loads each stopped the browser and came back repainted in raw mode"
