#!/usr/bin/env bash
# End to end: a default account whose saved site cannot be used (a port past 65535, written into accounts.json by
# hand) still opens the browser, which says what is wrong, and the accounts pane switches to a working account.
source "$(dirname "$0")/lib.sh"
trap e2e_cleanup EXIT
e2e_start_emulator --synthetic 20 --seed 3
echo demo-token | "$E2E_BINARY" accounts add good --site "$E2E_BASE" --auth cloud-basic --user demo@example.com --secret-stdin > /dev/null
echo demo-token | "$E2E_BINARY" accounts add broken --site http://127.0.0.1:65000 --auth cloud-basic --user demo@example.com --secret-stdin --default > /dev/null
sed -i 's/127.0.0.1:65000/127.0.0.1:99999/' "$CONFLUENCE_TUI_HOME/accounts.json"
space="$(curl -s -u demo@example.com:demo-token "$E2E_BASE/wiki/api/v2/spaces?limit=1" | grep -o '"name":"[^"]*"' | head -1 | cut -d'"' -f4)"

e2e_start 120 40
e2e_wait_for "the port 99999 of"
e2e_keys BTab                 # the accounts pane: the working account is listed first
e2e_wait_for "good"
e2e_keys g Enter              # switch to it: its spaces load
e2e_wait_for "$space"
e2e_quit
e2e_pass "an unusable default account opens the browser with its sentence, and the accounts pane switches to a working one"
