#!/usr/bin/env bash
# End to end 5: the filter builder's ingestion preview on a slow site: the quick look (count, first pages with their
# breadcrumb, the first page rendered), the full pass's progress bar, then the report with the largest pages.
source "$(dirname "$0")/lib.sh"
e2e_start 80 24 demo --synthetic 600 --synthetic-spaces 1 --latency-ms 300
e2e_wait_for "Platform"
e2e_keys f P                       # the builder on the selected space, then its ingestion preview
e2e_wait_for "pages selected"
e2e_wait_for "First 50 of"
e2e_wait_for "Platform Home is maintained"   # the first listed page, rendered beside the list
e2e_keys F
e2e_wait_for "Esc cancels the pass"
e2e_wait_for "pages/s"             # the progress bar's speed line
e2e_wait_for "Full pass: "
e2e_wait_for "Largest 10 pages"
e2e_wait_for "none failed to load"
e2e_keys Tab                       # back to the first pages
e2e_wait_for "First 50 of"
e2e_keys Escape Escape             # the overlay, then the builder
e2e_wait_gone "Ingestion preview"
e2e_quit
e2e_pass "ingestion preview: quick look, first page rendered, full pass with a progress bar, the report, clean quit"
