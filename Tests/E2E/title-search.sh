#!/usr/bin/env bash
# End to end: the pages pane's filter finds a page under a collapsed branch by asking the server for titles, and
# Enter on a hit shows it in the tree.
source "$(dirname "$0")/lib.sh"
e2e_start 100 30 demo
e2e_wait_for "Engineering"
e2e_keys / Engin Enter Enter       # open Engineering; only its root is loaded
e2e_wait_for "▸ Engineering Home"
e2e_keys / config                  # no loaded title matches: the line offers the server search
e2e_wait_for "none loaded · Enter searches ENG"
e2e_cursor_at 7 29                 # the terminal's cursor after "/config" on the bottom line
e2e_keys Enter                     # the hits, with breadcrumbs, and the first rendered beside them
e2e_wait_for 'title ~ "config*" · 2 pages match'
e2e_wait_for "fleet-control configuration ref"
e2e_wait_for "Every setting of fleet-control"
e2e_keys Enter                     # the hit is shown in the tree: its ancestors expanded, it selected and previewed
e2e_wait_gone "Ingestion preview"
e2e_wait_for "▾ Engineering Home"
e2e_wait_for "Every setting of fleet-control"
e2e_quit
e2e_pass "title search: the cursor showed in the filter, a filter matching nothing loaded searched ENG's titles, showed the hits with the page, and Enter showed the hit in the tree"
