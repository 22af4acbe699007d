#!/usr/bin/env bash
# End to end 4: mark a page, build a filter with its descendants, count it as the preview does, save it,
# see it in the definitions overlay with a preview count, export it, quit.
source "$(dirname "$0")/lib.sh"
# A folder left by a demo no longer running is removed at start; one of a running demo (this script stands in) is kept.
mkdir -p "$CONFLUENCE_TUI_HOME/demo/999999/sources" "$CONFLUENCE_TUI_HOME/demo/$$/sources"
e2e_start 120 40 demo
e2e_wait_for "Engineering"
e2e_keys / Engin Enter Enter       # open Engineering
e2e_wait_for "▸ Engineering Home"
e2e_keys Space                     # mark the home page
e2e_wait_for "1 marked"
e2e_keys f i C-t                   # builder in pages mode, descendants on, count as the preview does
e2e_wait_for "include descendants"
e2e_wait_for "selected, the count the preview"
e2e_keys s
e2e_wait_for "Save as:"
e2e_keys -l eng-home
e2e_keys Enter
e2e_wait_for "descendant pages"
e2e_keys d                         # the definitions overlay lists it (the save's notice names it too, so wait
e2e_wait_for "not previewed yet"   # for the selected definition's details, which only a loaded list shows)
e2e_keys p                         # its quick preview count is recorded
e2e_wait_for "last preview:"
e2e_keys E                         # export as LlamaCloud JSON, no secret
e2e_wait_for '"source_type": "CONFLUENCE"'
e2e_keys Escape Escape
e2e_wait_gone "Definitions"
# The demo keeps its definitions in a scratch folder, never among the real ones.
saved="$(echo "$CONFLUENCE_TUI_HOME"/demo/*/sources/eng-home.json)"
test -f "$saved" || { echo "FAIL: the definition file was not written" >&2; exit 1; }
if grep -q api_token "$saved"; then echo "FAIL: a secret field was saved" >&2; exit 1; fi
if [[ -e "$CONFLUENCE_TUI_HOME/sources/eng-home.json" ]]; then echo "FAIL: the demo wrote among the real definitions" >&2; exit 1; fi
[[ ! -e "$CONFLUENCE_TUI_HOME/demo/999999" ]] || { echo "FAIL: a dead demo's folder was kept" >&2; exit 1; }
[[ -d "$CONFLUENCE_TUI_HOME/demo/$$" ]] || { echo "FAIL: a running demo's folder was removed" >&2; exit 1; }
e2e_quit saved C-c Ctrl-C   # Ctrl-C quits as q does: asked about, then the folder goes, not left to a signal
[[ "$(echo "$CONFLUENCE_TUI_HOME"/demo/*/sources/eng-home.json)" != "$saved" ]] || { echo "FAIL: the demo left its folder" >&2; exit 1; }
e2e_pass "filter builder: marked page with descendants counted, saved, listed with a preview count, exported, clean quit on Ctrl-C"
