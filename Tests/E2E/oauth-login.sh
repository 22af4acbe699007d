#!/usr/bin/env bash
# End to end: `accounts add` points an OAuth account at the confluence-emulator binary, `auth login` runs the
# 3LO flow (curl plays the browser: the authorize URL, then the 302 to the loopback callback), and the
# account then lists spaces through the emulator's API gateway. Every wait polls; nothing sleeps a fixed time.
source "$(dirname "$0")/lib.sh"
work="$(mktemp -d "${TMPDIR:-/tmp}/ctui-oauth-e2e.XXXXXX")"
login_pid=""
cleanup() {
  if [ -n "$login_pid" ]; then kill "$login_pid" 2>/dev/null || true; fi
  rm -rf "$work"
  e2e_cleanup
}
trap cleanup EXIT
fail() { echo "FAIL: $*" >&2; for f in "$work"/*.out "$work"/*.err; do [ -f "$f" ] && { echo "--- $f" >&2; cat "$f" >&2; }; done; exit 1; }

# Waits until FILE contains TEXT (a fixed string).
wait_for() {
  local file=$1 text=$2 deadline=$((SECONDS + E2E_TIMEOUT))
  while ((SECONDS < deadline)); do
    grep -qF -- "$text" "$file" 2>/dev/null && return 0
    sleep 0.05
  done
  fail "'$text' did not appear in $file"
}

e2e_start_emulator --synthetic 40 --seed 2 --access-token-lifetime 60
e2e_add_oauth_account || fail "accounts add failed"

"$E2E_BINARY" auth login --account emu --no-browser --timeout 60 < /dev/null > "$work/login.out" 2> "$work/login.err" &
login_pid=$!
wait_for "$work/login.err" "$E2E_BASE/authorize?"
authorize="$(grep -o "$E2E_BASE/authorize?[^ ]*" "$work/login.err")"
callback="$(curl -s -o /dev/null -w '%{redirect_url}' "$authorize")"
case "$callback" in http://127.0.0.1:*/callback\?code=*) ;; *) fail "the emulator did not redirect to the callback: '$callback'" ;; esac
curl -s "$callback" > "$work/browser.out" || fail "the loopback callback did not answer"
grep -qF "You can close this tab" "$work/browser.out" || fail "the callback page did not confirm the login"
wait "$login_pid" || { login_pid=""; fail "auth login failed"; }
login_pid=""
grep -qF "Signed in: emu" "$work/login.out" || fail "auth login did not report the sign-in"

"$E2E_BINARY" spaces --account emu --json > "$work/spaces.out" 2> "$work/spaces.err" || fail "spaces through the gateway failed"
grep -qF '"key"' "$work/spaces.out" || fail "no spaces listed"

# An export with the secret of an OAuth account warns that the access token it carries cannot be refreshed.
"$E2E_BINARY" sources save emu-pages --account emu --space SYN0 > /dev/null 2> "$work/save.err" || fail "sources save failed"
"$E2E_BINARY" sources export emu-pages --include-secrets > "$work/export.out" 2> "$work/export.err" || fail "the export failed"
grep -qF "expires within the hour and LlamaCloud cannot refresh it" "$work/export.err" || fail "no warning that the OAuth token expires"
e2e_pass "auth login against the emulator's authorization server, spaces through its gateway, the expiring token warned of"
