#!/usr/bin/env bash
# End to end 3: against a 429-storm emulator the status line shows the retry wait, and the UI keeps answering keys.
source "$(dirname "$0")/lib.sh"
e2e_start 120 40 demo --rate-limit 0.2
e2e_wait_for "Engineering"
e2e_keys j j Enter            # opening a space needs more requests than the bucket allows
e2e_wait_for "retrying in"
e2e_keys ?                    # the UI answers while the request waits
e2e_wait_for "Keys · Esc closes"
e2e_keys Escape
e2e_wait_gone "Keys · Esc closes"
e2e_wait_for "Engineering Home"   # the throttled request finishes after its wait
e2e_quit
e2e_pass "429 storm: the status line showed the retry wait, the help overlay opened meanwhile, the tree arrived"
