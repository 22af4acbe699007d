#!/usr/bin/env bash
# End to end 2: resize from 120x40 to 40x12 and back mid-session; no crash, the selection is kept.
source "$(dirname "$0")/lib.sh"
e2e_start 120 40 demo
e2e_wait_for "Operations"
e2e_keys j j j Enter          # open the fourth space (Operations) in the tree
e2e_wait_for "Pages · Operations"
e2e_keys Enter                # expand its home page and move to the second child
e2e_wait_for "▾ "
e2e_keys j j
e2e_wait_for "v"              # the preview header of the selected page
selected=$(e2e_screen | sed -n '2p' | awk -F'│' '{print $6}' | sed 's/ *$//')
e2e_resize 40 12
e2e_wait_for "Pages · Operations"
e2e_resize 80 24
e2e_wait_for "Preview"
e2e_resize 40 12
e2e_resize 120 40
e2e_wait_for "Accounts"
e2e_wait_for "Pages · Operations"
[ -z "$selected" ] || e2e_wait_for "$selected"
e2e_keys Tab
e2e_quit
e2e_pass "resize 120x40 -> 40x12 -> 80x24 -> 40x12 -> 120x40: no crash, tree and preview kept ($selected)"
