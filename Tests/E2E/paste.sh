#!/usr/bin/env bash
# End to end: tmux pastes the way a terminal does (bracketed, since the app asks for it). A paste is text for the
# focused field, its newlines included, and never a run of keys: "q" in a paste does not quit.
source "$(dirname "$0")/lib.sh"
e2e_paste() { e2e_tmux set-buffer -- "$1" && e2e_tmux paste-buffer -p -t "$E2E_SESSION"; }
e2e_start 100 30 demo
e2e_wait_for "Engineering"
e2e_paste "$(printf 'jjq\nq')"              # no field has focus: nothing happens
e2e_keys /
e2e_wait_for "6 of 6"
e2e_paste "$(printf 'Engin\neering')"       # the newline becomes a space; the line stays open
e2e_wait_for "Spaces /Engin eering"
e2e_keys BSpace BSpace BSpace BSpace BSpace BSpace BSpace BSpace Enter Enter
e2e_wait_for "▸ Engineering Home"
e2e_quit
e2e_pass "paste: a bracketed paste was text for the filter line, its newline a space, and outside a field it did nothing"
