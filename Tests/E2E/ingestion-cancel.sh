#!/usr/bin/env bash
# End to end 6: Esc cancels a slow full pass; what it measured stays, labelled as cancelled and partial.
source "$(dirname "$0")/lib.sh"
e2e_start 80 24 demo --synthetic 3000 --synthetic-spaces 1 --latency-ms 400
e2e_wait_for "Platform"
e2e_keys f P
e2e_wait_for "pages selected"
e2e_keys F
e2e_wait_for "pages/s"             # pages are arriving and being measured
e2e_keys Escape
e2e_wait_for "Cancelled after"
e2e_wait_for "(partial)"
e2e_wait_for "Esc closes"
if e2e_screen | grep -qF "Full pass: "; then echo "FAIL: the pass finished instead of being cancelled" >&2; exit 1; fi
e2e_keys Escape Escape
e2e_wait_gone "Ingestion preview"
e2e_quit
e2e_pass "ingestion preview: Esc cancelled the full pass and kept its partial report, clean quit"
