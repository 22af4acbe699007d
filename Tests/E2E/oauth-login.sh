#!/usr/bin/env bash
# End to end: `accounts add` points an OAuth account at the confluence-emulator binary, `auth login` runs the
# 3LO flow (curl plays the browser: the authorize URL, then the 302 to the loopback callback), and the
# account then lists spaces through the emulator's API gateway. Every wait polls; nothing sleeps a fixed time.
set -euo pipefail
cd "$(dirname "$0")/../.."
bin="$(swift build --show-bin-path)"
work="$(mktemp -d "${TMPDIR:-/tmp}/ctui-oauth-e2e.XXXXXX")"
export CONFLUENCE_TUI_HOME="$work/home"
emulator_pid="" login_pid=""
cleanup() {
  [ -n "$login_pid" ] && kill "$login_pid" 2>/dev/null || true
  [ -n "$emulator_pid" ] && kill "$emulator_pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
fail() { echo "FAIL: $*" >&2; for f in "$work"/*.out "$work"/*.err; do [ -f "$f" ] && { echo "--- $f" >&2; cat "$f" >&2; }; done; exit 1; }

# Waits until FILE contains TEXT (a fixed string), for up to 60 seconds.
wait_for() {
  local file=$1 text=$2 deadline=$((SECONDS + 60))
  while ((SECONDS < deadline)); do
    grep -qF -- "$text" "$file" 2>/dev/null && return 0
    sleep 0.05
  done
  fail "'$text' did not appear in $file"
}

"$bin/confluence-emulator" --synthetic 40 --seed 2 --access-token-lifetime 60 > "$work/emulator.out" 2> "$work/emulator.err" &
emulator_pid=$!
wait_for "$work/emulator.out" "base URL: "
base="$(sed -n 's/^base URL: //p' "$work/emulator.out")"

echo demo-client-secret | "$bin/confluence-tui" accounts add emu --site "$base" --auth oauth --client-id demo-client \
  --redirect-uri http://127.0.0.1:0/callback --auth-url "$base" --gateway-url "$base" --secret-stdin > "$work/add.out" 2>&1 \
  || fail "accounts add failed"

"$bin/confluence-tui" auth login --account emu --no-browser --timeout 60 < /dev/null > "$work/login.out" 2> "$work/login.err" &
login_pid=$!
wait_for "$work/login.err" "$base/authorize?"
authorize="$(grep -o "$base/authorize?[^ ]*" "$work/login.err")"
callback="$(curl -s -o /dev/null -w '%{redirect_url}' "$authorize")"
case "$callback" in http://127.0.0.1:*/callback\?code=*) ;; *) fail "the emulator did not redirect to the callback: '$callback'" ;; esac
curl -s "$callback" > "$work/browser.out" || fail "the loopback callback did not answer"
grep -qF "You can close this tab" "$work/browser.out" || fail "the callback page did not confirm the login"
wait "$login_pid" || { login_pid=""; fail "auth login failed"; }
login_pid=""
grep -qF "Signed in: emu" "$work/login.out" || fail "auth login did not report the sign-in"

"$bin/confluence-tui" spaces --account emu --json > "$work/spaces.out" 2> "$work/spaces.err" || fail "spaces through the gateway failed"
grep -qF '"key"' "$work/spaces.out" || fail "no spaces listed"
echo "PASS: auth login against the emulator's authorization server, then spaces through its gateway"
