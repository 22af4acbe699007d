#!/usr/bin/env bash
# End to end: save a space filter, turn a loader option on in the definitions overlay, see it in the saved file and
# the exported JSON, then give the scripts a LlamaCloud project id; then set an option on a CQL draft in the builder
# (Ctrl-R, since letters are text there) and see it in the file it saves.
source "$(dirname "$0")/lib.sh"
e2e_start 120 40 demo
e2e_wait_for "Engineering"
e2e_keys f s                       # the builder on the selected space, saved at once
e2e_wait_for "Save as:"
e2e_keys -l opts
e2e_keys Enter
e2e_wait_for "Saved definition opts"
e2e_keys d
e2e_wait_for "loader options: all unset"
e2e_keys O                         # the panel: Keep Markdown format is the first option
e2e_wait_for "Loader options of opts"
e2e_keys Space s
e2e_wait_for "Saved the loader options of opts: Keep Markdown format on"
saved="$(echo "$CONFLUENCE_TUI_HOME"/demo/*/sources/opts.json)"
grep -q '"keep_markdown_format" : true' "$saved" || { echo "FAIL: the option was not saved in $saved" >&2; cat "$saved" >&2; exit 1; }
e2e_keys Enter                     # export as LlamaCloud JSON
e2e_wait_for '"keep_markdown_format": true'
e2e_keys Tab I                     # python, then its project id
e2e_wait_for "Project id:"
e2e_keys -l proj-e2e
e2e_keys Enter
e2e_wait_for 'project_id="proj-e2e"'
e2e_keys Escape Escape
e2e_wait_gone "Definitions"
e2e_keys f BTab                    # the builder's CQL mode, where letters are text: Ctrl-R opens its options
e2e_wait_for "cql>"
e2e_keys -l "type = page"
e2e_keys C-r
e2e_wait_for "Saved with the definition: all unset"
e2e_keys j Space s                 # Index restricted pages on, then save the draft from the panel
e2e_wait_for "Save as:"
e2e_keys -l cqlopts
e2e_keys Enter
e2e_wait_for "Saved definition cqlopts"
saved="$(echo "$CONFLUENCE_TUI_HOME"/demo/*/sources/cqlopts.json)"
grep -q '"index_restricted_pages" : true' "$saved" || { echo "FAIL: the draft's option was not saved in $saved" >&2; cat "$saved" >&2; exit 1; }
e2e_quit saved
e2e_pass "loader options: toggled, saved into the definition, in the exported JSON; project id in the python script; the builder's draft saved with its option"
