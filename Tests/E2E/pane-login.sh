#!/usr/bin/env bash
# End to end: in the accounts pane, L logs an OAuth account in against the confluence-emulator binary. A stand-in
# `xdg-open` plays the browser (consent at the emulator, then the 302 to the loopback callback); the pane reports
# the sign-in, and switching to the account lists spaces through the emulator's gateway. An edit saved in the
# pane beforehand keeps the client id, the redirect URI and the emulator's endpoints.
source "$(dirname "$0")/lib.sh"
trap e2e_cleanup EXIT
e2e_start_emulator --synthetic 40 --seed 2
browser="$CONFLUENCE_TUI_HOME/browser"
mkdir -p "$browser"
cat > "$browser/xdg-open" <<'BROWSER'
#!/bin/sh
# The stand-in browser: consent at the authorization server, then follow its redirect to the loopback callback.
callback=$(curl -s -o /dev/null -w '%{redirect_url}' "$1") && curl -s "$callback" > /dev/null
BROWSER
chmod +x "$browser/xdg-open"

echo demo-token | "$E2E_BINARY" accounts add basic --site "$E2E_BASE" --auth cloud-basic --user demo@example.com --secret-stdin --default > /dev/null
e2e_add_oauth_account
space="$(curl -s -u demo@example.com:demo-token "$E2E_BASE/wiki/api/v2/spaces?limit=1" | grep -o '"name":"[^"]*"' | head -1 | cut -d'"' -f4)"

E2E_ENV="PATH='$browser':\$PATH CONFLUENCE_TUI_HOME='$CONFLUENCE_TUI_HOME'" e2e_start 120 40
e2e_wait_for "$space"
e2e_keys BTab j R             # the accounts pane, the OAuth account: its form shows the client id
e2e_wait_for "Client  demo-client"
e2e_keys Enter Enter Enter Enter Enter   # from the site (an edit keeps the name) through every field; Enter on the secret saves it unchanged
e2e_wait_for "Saved the account emu."
e2e_keys L                    # log in
e2e_wait_for "Signed in: emu now reads"
e2e_wait_gone "Log in emu"
e2e_keys Enter                # switch to it: the spaces come through the gateway with the new tokens
e2e_wait_for "● emu"
e2e_wait_for "$space"
if e2e_screen | grep -qF "Could not"; then echo "FAIL: an error after switching" >&2; e2e_screen >&2; exit 1; fi
e2e_quit
e2e_pass "accounts pane: L logged the OAuth account in through the emulator, and its spaces came through the gateway"
