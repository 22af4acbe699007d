#!/usr/bin/env bash
# End to end: in the accounts pane, L logs an OAuth account in against the confluence-emulator binary. A stand-in
# `xdg-open` plays the browser (consent at the emulator, then the 302 to the loopback callback); the pane reports
# the sign-in, and switching to the account lists spaces through the emulator's gateway.
source "$(dirname "$0")/lib.sh"
bin="$(dirname "$E2E_BINARY")"
work="$(mktemp -d "${TMPDIR:-/tmp}/ctui-pane-login.XXXXXX")"
"$bin/confluence-emulator" --synthetic 40 --seed 2 > "$work/emulator.out" 2>&1 &
emulator=$!
cleanup() { kill "$emulator" 2>/dev/null; rm -rf "$work"; e2e_cleanup; }
trap cleanup EXIT
deadline=$((SECONDS + E2E_TIMEOUT))
until grep -q "^base URL: " "$work/emulator.out"; do
  ((SECONDS < deadline)) || { echo "FAIL: the emulator did not start" >&2; cat "$work/emulator.out" >&2; exit 1; }
  sleep 0.05
done
base="$(sed -n 's/^base URL: //p' "$work/emulator.out")"

mkdir "$work/browser"
cat > "$work/browser/xdg-open" <<'BROWSER'
#!/bin/sh
# The stand-in browser: consent at the authorization server, then follow its redirect to the loopback callback.
callback=$(curl -s -o /dev/null -w '%{redirect_url}' "$1") && curl -s "$callback" > /dev/null
BROWSER
chmod +x "$work/browser/xdg-open"

echo demo-token | "$E2E_BINARY" accounts add basic --site "$base" --auth cloud-basic --user demo@example.com --secret-stdin --default > /dev/null
echo demo-client-secret | "$E2E_BINARY" accounts add emu --site "$base" --auth oauth --client-id demo-client \
  --redirect-uri http://127.0.0.1:0/callback --auth-url "$base" --gateway-url "$base" --secret-stdin > /dev/null
space="$(curl -s -u demo@example.com:demo-token "$base/wiki/api/v2/spaces?limit=1" | grep -o '"name":"[^"]*"' | head -1 | cut -d'"' -f4)"

E2E_ENV="PATH='$work/browser':\$PATH CONFLUENCE_TUI_HOME='$CONFLUENCE_TUI_HOME'" e2e_start 120 40
trap cleanup EXIT             # e2e_start set its own; this one also stops the emulator
e2e_wait_for "$space"
e2e_keys BTab j L             # the accounts pane, the OAuth account, log in
e2e_wait_for "Signed in: emu now reads"
e2e_wait_gone "Log in emu"
e2e_keys Enter                # switch to it: the spaces come through the gateway with the new tokens
e2e_wait_for "● emu"
e2e_wait_for "$space"
if e2e_screen | grep -qF "Could not"; then echo "FAIL: an error after switching" >&2; e2e_screen >&2; exit 1; fi
e2e_quit
e2e_pass "accounts pane: L logged the OAuth account in through the emulator, and its spaces came through the gateway"
