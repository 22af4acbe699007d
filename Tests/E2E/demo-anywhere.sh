#!/usr/bin/env bash
# End to end: the binary carries the demo site, so `demo` runs from a folder with no checkout above it (and from a
# copy of the binary with none beside it).
source "$(dirname "$0")/lib.sh"
elsewhere="$(mktemp -d "${TMPDIR:-/tmp}/ctui-e2e-elsewhere.XXXXXX")"
cp "$E2E_BINARY" "$elsewhere/confluence-tui"
E2E_BINARY="$elsewhere/confluence-tui"
cd "$elsewhere"
e2e_start 100 30 demo
e2e_wait_for "Engineering"
e2e_keys / Engin Enter Enter
e2e_wait_for "▸ Engineering Home"
e2e_quit
cd / && rm -rf "$elsewhere"
e2e_pass "demo anywhere: a copy of the binary in an empty folder served the demo site it carries"
