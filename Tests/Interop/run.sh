#!/usr/bin/env bash
# Real clients work unchanged (issue 3): LlamaIndex's ConfluenceReader, LangChain's
# ConfluenceLoader and atlassian-python-api's Confluence load the demo site from the emulator.
#
# usage: Tests/Interop/run.sh [EMULATOR_BINARY]     (default .build/debug/confluence-emulator)
#   Paths are relative to the repository root (two levels above this script).
#   INTEROP_SITE=DIR        serve another site directory (default Assets/demo-site)
#   INTEROP_ONLY=a,b        run a subset of clients: atlassian,llama,langchain
#   INTEROP_START_SECONDS   how long to wait for the emulator's base URL (default 60)
#   INTEROP_TEST_SECONDS    bound on the whole Python run (default 900)
#   INTEROP_DC_CONTEXT_PATH serve Data Center under a context path, e.g. /confluence (default none)
#
# It starts one emulator per flavour (cloud, datacenter) on 127.0.0.1 with --port 0, polls
# each one's output for the base URL it prints, runs interop.py against both, and kills the
# emulators on exit. The closing line is interop.py's "N passed, M failed".
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
cd "$root"

emulator="${1:-.build/debug/confluence-emulator}"
site="${INTEROP_SITE:-Assets/demo-site}"
start_seconds="${INTEROP_START_SECONDS:-60}"
test_seconds="${INTEROP_TEST_SECONDS:-900}"

if [[ ! -x "$emulator" ]]; then
  echo "interop: emulator binary '$emulator' is missing or not executable (build it with 'swift build' first)" >&2
  exit 1
fi
if [[ ! -d "$site/spaces" ]]; then
  echo "interop: site directory '$site' is missing (expected $site/spaces/...)" >&2
  exit 1
fi

python="$("$here/venv.sh")"

workdir="$(mktemp -d "${TMPDIR:-/tmp}/interop.XXXXXX")"
pids=()

test_pid=""

stop_emulators() {
  local pid
  if [[ -n "$test_pid" ]]; then
    kill -TERM "$test_pid" 2>/dev/null || true
    wait "$test_pid" 2>/dev/null || true
  fi
  for pid in "${pids[@]}"; do
    kill -TERM "$pid" 2>/dev/null || true
  done
  for pid in "${pids[@]}"; do
    # Bounded wait for a clean exit, then force.
    for _ in $(seq 50); do
      kill -0 "$pid" 2>/dev/null || break
      sleep 0.1
    done
    kill -KILL "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
  done
  rm -rf "$workdir"
}
trap stop_emulators EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# Line-buffer the emulator's stdout when it goes to a file, so the base URL shows at once.
unbuffer=()
if command -v stdbuf >/dev/null 2>&1; then
  unbuffer=(stdbuf -oL -eL)
fi

# start_emulator FLAVOR: starts it in the background, sets $url to the base URL it prints.
start_emulator() {
  local flavor="$1" log="$workdir/emulator-$1.log" pid deadline extra=()
  if [[ "$flavor" == datacenter && -n "${INTEROP_DC_CONTEXT_PATH:-}" ]]; then
    extra=(--context-path "$INTEROP_DC_CONTEXT_PATH")
  fi
  "${unbuffer[@]}" "$emulator" --site "$site" --flavor "$flavor" --port 0 "${extra[@]}" >"$log" 2>&1 &
  pid=$!
  pids+=("$pid")
  deadline=$((SECONDS + start_seconds))
  url=""
  while [[ -z "$url" ]]; do
    url="$(grep -oE 'https?://(127\.0\.0\.1|localhost|\[::1\])(:[0-9]+)?[^[:space:]"'"'"'<>]*' "$log" 2>/dev/null | head -n 1 | sed -E 's/[.,;:)]+$//' || true)"
    [[ -n "$url" ]] && break
    if ! kill -0 "$pid" 2>/dev/null; then
      echo "interop: the $flavor emulator exited before printing its base URL; its output:" >&2
      cat "$log" >&2
      return 1
    fi
    if ((SECONDS >= deadline)); then
      echo "interop: no base URL from the $flavor emulator within ${start_seconds}s; its output:" >&2
      cat "$log" >&2
      return 1
    fi
    sleep 0.1
  done
  echo "interop: $flavor emulator (pid $pid) at $url"
}

start_emulator cloud
cloud_url="$url"
start_emulator datacenter
dc_url="$url"

only_args=()
if [[ -n "${INTEROP_ONLY:-}" ]]; then
  only_args=(--only "$INTEROP_ONLY")
fi

# In the background + wait, so an INT/TERM to this script is handled at once (bash defers traps
# while a foreground child runs).
status=0
timeout "$test_seconds" "$python" "$here/interop.py" --site "$site" \
  --target "cloud=$cloud_url" --target "datacenter=$dc_url" "${only_args[@]}" &
test_pid=$!
wait "$test_pid" || status=$?
test_pid=""
if ((status == 124)); then
  echo "interop: interop.py did not finish within ${test_seconds}s" >&2
fi
exit "$status"
