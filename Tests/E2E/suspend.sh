#!/usr/bin/env bash
# End to end: Ctrl-Z hands the terminal back to a job-control shell that knows nothing of bracketed paste (sh), and
# a paste there arrives as plain text; after `fg` a paste is again one piece of text for the focused field.
source "$(dirname "$0")/lib.sh"
e2e_paste() { e2e_tmux set-buffer -- "$1" && e2e_tmux paste-buffer -p -t "$E2E_SESSION"; }
e2e_tmux new-session -d -s "$E2E_SESSION" -x 100 -y 30 "cd '$PWD' && env PS1='sh$ ' TERM=xterm-256color sh -i"
trap e2e_cleanup EXIT
e2e_wait_for 'sh$'
e2e_keys "'$E2E_BINARY' demo 2>>'$E2E_LOG'" Enter
e2e_wait_for "Engineering"
e2e_keys C-z
e2e_wait_for "Stopped"
e2e_paste "echo pasted-in-the-shell"
e2e_keys Enter
e2e_wait_for "pasted-in-the-shell"
if ! e2e_screen | grep -qx "pasted-in-the-shell"; then
  echo "FAIL: the shell did not run the paste as a plain command (paste markers?); the screen was:" >&2
  e2e_screen >&2
  exit 1
fi
e2e_keys fg Enter
e2e_wait_for "Engineering"
e2e_keys /
e2e_wait_for "6 of 6"
e2e_paste "$(printf 'Oper\nq')"
e2e_wait_for "Spaces /Oper q"
e2e_keys Escape                 # apart: Esc and q sent at once are Alt-q, which does nothing
e2e_wait_gone "Spaces /Oper"
e2e_keys M-q                    # an Alt chord is a key of its own: Alt-q is not Esc then q, and does not quit
sleep 0.5
e2e_wait_for "Spaces"
e2e_keys q
e2e_wait_gone "Spaces"
e2e_keys 'echo "exit=$?"' Enter  # fg's status is the job's
e2e_wait_for "exit=0"
e2e_pass "suspend: while stopped, a paste reached sh without markers; after fg a paste was text for the filter again"
