#!/usr/bin/env bash
# Drives the real binary in tmux against the in-process emulator: browse, resize, 429 storm, filter builder, loader options,
# the ingestion preview's full pass and its cancel, the server title search, a bracketed paste and a suspended one, stops during redraws, the demo run from an empty folder; and the 3LO login (auth login,
# and L in the accounts pane) against the confluence-emulator binary.
set -euo pipefail
cd "$(dirname "$0")/../.."
passed=0 failed=0
for script in Tests/E2E/browse.sh Tests/E2E/resize.sh Tests/E2E/rate-limit.sh Tests/E2E/filter-builder.sh Tests/E2E/loader-options.sh \
    Tests/E2E/ingestion-full-pass.sh Tests/E2E/ingestion-cancel.sh Tests/E2E/oauth-login.sh Tests/E2E/pane-login.sh \
    Tests/E2E/title-search.sh Tests/E2E/paste.sh Tests/E2E/suspend.sh Tests/E2E/suspend-while-drawing.sh Tests/E2E/unusable-account.sh \
    Tests/E2E/demo-anywhere.sh Tests/E2E/flow-control.sh; do
  if timeout 180 bash "$script"; then passed=$((passed + 1)); else failed=$((failed + 1)); echo "FAIL: $script"; fi
done
echo "e2e: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
