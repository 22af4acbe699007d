#!/usr/bin/env bash
# `confluence-tui sources push` against confluence-emulator's LlamaCloud endpoint (issue 6): the built binaries,
# a saved definition, a push, the listing, and the clear errors for a duplicate, a wrong key and a foreign project.
# Then the SDK's types and the emulator are checked to accept and refuse the same bodies, and the SDK's client to
# read what the emulator answers. Waits poll the emulator's banner; nothing sleeps a fixed time.
set -euo pipefail
cd "$(dirname "$0")/../.."
bin="$(swift build --show-bin-path)"
work="$(mktemp -d "${TMPDIR:-/tmp}/ctui-push.XXXXXX")"
emulator=""
cleanup() {
  [ -n "$emulator" ] && kill "$emulator" 2>/dev/null && wait "$emulator" 2>/dev/null
  rm -rf "$work"
}
trap cleanup EXIT
fail() { echo "FAIL: $*" >&2; cat "$work/out" >&2 2>/dev/null || true; exit 1; }

export CONFLUENCE_TUI_HOME="$work/home"
export LLAMA_CLOUD_API_KEY="llx-ci-$RANDOM$RANDOM$RANDOM"
export DEMO_TOKEN=demo-token
"$bin/confluence-emulator" --site Assets/demo-site --llamacloud-project proj-ci --llamacloud-project proj-two > "$work/emulator.log" 2>&1 &
emulator=$!
deadline=$((SECONDS + 60))
until grep -q '^LlamaCloud: ' "$work/emulator.log"; do
  ((SECONDS < deadline)) || fail "the emulator did not start: $(cat "$work/emulator.log")"
  kill -0 "$emulator" 2>/dev/null || fail "the emulator exited: $(cat "$work/emulator.log")"
  sleep 0.1
done
site="$(sed -n 's/^site URL: //p' "$work/emulator.log")"
llama="$(sed -n 's|^LlamaCloud: \(http://[^ ]*\)/api/v1/data-sources .*|\1|p' "$work/emulator.log")"
[ -n "$site" ] && [ -n "$llama" ] || fail "no URLs in the banner: $(cat "$work/emulator.log")"

tui() { "$bin/confluence-tui" "$@" > "$work/out" 2>&1; }
tui accounts add demo --site "$site" --auth cloud-basic --user demo@example.com --secret-env DEMO_TOKEN || fail "accounts add"
tui sources save eng --account demo --space ENG || fail "sources save"

tui sources push eng --project-id proj-ci --base-url "$llama" --json || fail "the push failed"
python3 -c 'import json,sys,uuid; d=json.load(open(sys.argv[1])); uuid.UUID(d["id"]); assert d["name"]=="eng" and d["project_id"]=="proj-ci", d' "$work/out" \
  || fail "the push did not print the created data source"
tui sources remote --project-id proj-ci --base-url "$llama" || fail "sources remote"
grep -qE '^[0-9a-f-]{36}  eng$' "$work/out" || fail "the listing lacks eng"

expect_error() {
  local sentence=$1; shift
  if tui "$@"; then fail "$* succeeded"; fi
  grep -qF -- "$sentence" "$work/out" || fail "expected '$sentence'"
  if grep -qF -- "$LLAMA_CLOUD_API_KEY" "$work/out" || grep -qF demo-token "$work/out"; then fail "a secret was printed"; fi
}
expect_error 'already has a data source named "eng" (409 Conflict)' sources push eng --project-id proj-ci --base-url "$llama"
tui sources push eng --project-id proj-ci --base-url "$llama" || [ $? -eq 2 ] || fail "a name the project has is invalid input (status 2)"
expect_error 'may not create data sources in the project "elsewhere" (403 Forbidden)' sources push eng --project-id elsewhere --base-url "$llama"
LLAMA_CLOUD_API_KEY=llx-wrong expect_error 'did not accept the API key (401 Unauthorized)' sources push eng --project-id proj-two --base-url "$llama"
# A definition bound to no account sends the secret in $CONFLUENCE_API_TOKEN, as preview --source reads it.
tui sources save unbound --server-url "$site" --user demo@example.com --space OPS || fail "sources save --server-url"
expect_error 'unbound is bound to no account: set CONFLUENCE_API_TOKEN to the secret to send' sources push unbound --project-id proj-ci --base-url "$llama"
CONFLUENCE_API_TOKEN=demo-token tui sources push unbound --project-id proj-ci --base-url "$llama" --json || fail "the unbound push failed"
grep -q '"name" : "unbound"' "$work/out" || fail "the unbound push did not print the created data source"
if grep -qF -- "$LLAMA_CLOUD_API_KEY" "$work/emulator.log"; then fail "the emulator printed the key"; fi
echo "ok   push, list, 409, 403 and 401 through the built binaries, and a definition bound to no account"

python="$(Tests/Interop/llamacloud_venv.sh)"
"$python" Tests/Interop/llamacloud_check.py emulator Tests/Interop/samples --base-url "$llama" --project-id proj-two > "$work/out" \
  || fail "the emulator and the SDK disagree"
tail -n 1 "$work/out"
