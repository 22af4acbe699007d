#!/usr/bin/env bash
# End to end 1: start the demo, open a space, expand three levels, open a page, see its text, filter a list, quit.
source "$(dirname "$0")/lib.sh"
e2e_start 120 40 demo
e2e_wait_for "Engineering"
e2e_keys / Engin Enter        # filter the spaces list as you type; Enter keeps the filter
e2e_wait_for "Spaces /Engin 1 of 6"
e2e_keys Enter                # open the one match: the tree takes the focus
e2e_wait_for "▸ Engineering Home"
e2e_keys Enter                # level 1
e2e_wait_for "▾ Engineering Home"
e2e_wait_for "Platform Engineering"
e2e_keys j Enter              # level 2
e2e_wait_for "▾ Platform Engineering"
e2e_wait_for "Fleet Control Service"
e2e_keys j Enter              # level 3
e2e_wait_for "▾ Fleet Control Service"
e2e_keys j                    # the first page of level 4 shows in the preview, rendered
e2e_wait_for "Fleet Control architecture"
e2e_wait_for "Component view"
e2e_keys Tab                  # the preview takes the focus and its text is on screen
e2e_wait_for "/ search"
e2e_quit
e2e_pass "demo browse: list filtered, space opened, three levels expanded, page rendered, clean quit"
