#!/usr/bin/env bash
# End to end: flow control is off, so a keys.json binding on Ctrl-Q quits rather than being eaten by the terminal's
# XON/XOFF, also after a suspend and `fg` (ncurses restores the program's mode, which must keep it off).
source "$(dirname "$0")/lib.sh"
printf '{"quit": ["q", "Ctrl-Q"]}\n' >"$CONFLUENCE_TUI_HOME/keys.json"
e2e_tmux new-session -d -s "$E2E_SESSION" -x 100 -y 30 "cd '$PWD' && env PS1='sh$ ' TERM=xterm-256color sh -i"
trap e2e_cleanup EXIT
e2e_wait_for 'sh$'
e2e_keys "stty ixon; '$E2E_BINARY' demo 2>>'$E2E_LOG'" Enter
e2e_wait_for "Engineering"
e2e_keys C-z
e2e_wait_for "Stopped"
e2e_keys fg Enter
e2e_wait_for "Engineering"
e2e_keys C-q
e2e_wait_gone "Spaces"
e2e_keys 'echo "exit=$?"' Enter
e2e_wait_for "exit=0"
e2e_pass "flow control: Ctrl-Q, bound to quit in keys.json, quit the browser after a suspend although the shell had ixon on"
