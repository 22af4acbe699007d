#!/usr/bin/env bash
# Issue 6 "Speed": a full ingestion preview of one synthetic space, ours against the peers, in one run.
#
# usage: Benchmarks/ingest.sh            (paths are relative to the repository root, one level above this script)
#   BENCH_PAGES=5000          synthetic pages, all in one space (--synthetic N --synthetic-spaces 1)
#   BENCH_LATENCY_MS=20       emulator latency per request
#   BENCH_RATE_LIMIT=20       requests per second of the rate-limited runs of ours
#   BENCH_RATE_IDS=400        page ids of the second rate-limited run (0 skips it)
#   BENCH_FLAVOR=cloud        cloud or datacenter
#   BENCH_PEERS=llama_index,langchain   peers to run (Benchmarks/ingest-peers.py, in the Tests/Interop venv)
#   BENCH_SKIP_BUILD=1        use the existing release binaries
#   BENCH_TUI, BENCH_EMULATOR binaries to use instead of the release build's
#
# 1. Release-builds confluence-tui and confluence-emulator.
# 2. Starts the emulator with the synthetic space and the latency, then runs, one after the other:
#    ours  `confluence-tui preview --space KEY --full --json`, and each peer
#    (LlamaIndex `load_data(space_key=KEY, max_num_results=BENCH_PAGES)`, LangChain `ConfluenceLoader`).
#    For each: wall time, requests, pages returned, and the page set (sha256 of the sorted ids joined by "\n",
#    as ingest-peers.py computes it).
#    Requests come from the emulator's request log when the emulator offers one (`--request-log FILE`, one line
#    per request; counted per run as the lines added); otherwise each tool's own count is shown and marked
#    "client-side" (ours: the report's `requests`, from the client's request events; peers: ingest-peers.py's
#    count at requests.Session.send).
# 3. Checks the targets against LlamaIndex: at least 10x faster, no more requests, the same page set.
# 4. Restarts the emulator with --rate-limit BENCH_RATE_LIMIT and runs ours again with stderr on a terminal
#    (through `script`): the same space (every page must arrive), then `--page-ids` with the first BENCH_RATE_IDS
#    ids of the space. The space pass makes only about two dozen requests, one after another, which may stay
#    under the limit (the emulator's bucket holds one second of requests); the ids are fetched 8 at a time, so
#    they exceed it, and the waits must show in the progress line while every page still arrives.
# Exit status 1 when a target is missed.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
cd "$root"

pages="${BENCH_PAGES:-5000}"
latency="${BENCH_LATENCY_MS:-20}"
rate_limit="${BENCH_RATE_LIMIT:-20}"
flavor="${BENCH_FLAVOR:-cloud}"
peers="${BENCH_PEERS:-llama_index,langchain}"

if [[ -z "${BENCH_SKIP_BUILD:-}" ]]; then
  echo "building release binaries..." >&2
  swift build -c release --product confluence-tui >&2
  swift build -c release --product confluence-emulator >&2
fi
bin=""
if [[ -z "${BENCH_TUI:-}" || -z "${BENCH_EMULATOR:-}" ]]; then bin="$(swift build -c release --show-bin-path)"; fi
tui="${BENCH_TUI:-$bin/confluence-tui}"
emulator="${BENCH_EMULATOR:-$bin/confluence-emulator}"
for binary in "$tui" "$emulator"; do
  [[ -x "$binary" ]] || { echo "ingest: '$binary' is missing or not executable" >&2; exit 1; }
done

# shellcheck source=../Tests/Interop/emulator_lib.sh
source "$root/Tests/Interop/emulator_lib.sh"
python="$("$root/Tests/Interop/venv.sh")"
workdir="$(mktemp -d "${TMPDIR:-/tmp}/ingest-bench.XXXXXX")"
cleanup() {
  stop_all_emulators
  rm -rf "$workdir"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

request_log=""
emulator_args=(--synthetic "$pages" --synthetic-spaces 1 --latency-ms "$latency" --flavor "$flavor")
if "$emulator" --help 2>&1 | grep -q -- '--request-log'; then
  request_log="$workdir/requests.log"
  emulator_args+=(--request-log "$request_log")
fi

if [[ "$flavor" == cloud ]]; then
  export BENCH_TOKEN=demo-token
  auth_header="Basic $(printf '%s' 'demo@example.com:demo-token' | base64)"
  connection_for() { echo --site "$EMU_SITE_URL" --user demo@example.com --token-env BENCH_TOKEN --kind cloud; }
else
  export BENCH_TOKEN=demo-pat
  auth_header="Bearer demo-pat"
  connection_for() { echo --site "$EMU_SITE_URL" --token-env BENCH_TOKEN --kind datacenter; }
fi

logged_requests() { if [[ -n "$request_log" && -f "$request_log" ]]; then wc -l <"$request_log"; else echo 0; fi; }
now_ns() { date +%s%N; }

# field FILE EXPRESSION: a value from a JSON file, by a Python expression over `d`.
# Prints "error" when the file or the value is missing (a failed run).
field() {
  "$python" -c '
import json, sys
try:
    d = json.load(open(sys.argv[1]))
    print(eval(sys.argv[2]))
except Exception:
    print("error")' "$1" "$2"
}

# The synthetic site's space key (the emulator picks it); read from the space list, as any client would.
space_key() {
  AUTH="$auth_header" "$python" - "$EMU_SITE_URL" <<'PY'
import json, os, sys, urllib.request
request = urllib.request.Request(sys.argv[1] + "/rest/api/space?limit=5",
                                 headers={"Authorization": os.environ["AUTH"], "Accept": "application/json"})
print(json.load(urllib.request.urlopen(request))["results"][0]["key"])
PY
}

# run_ours OUT TTY SELECTOR...: runs our preview of the selector (e.g. --space KEY) into OUT (JSON), with stderr
# on a terminal when TTY is "tty" (its output then goes to OUT.typescript); sets OURS_WALL (s) and OURS_LOGGED
# (emulator-log lines).
run_ours() {
  local out="$1" tty="$2" before started command
  shift 2
  # shellcheck disable=SC2207
  local connection=($(connection_for))
  before="$(logged_requests)"
  started="$(now_ns)"
  if [[ "$tty" == tty ]]; then
    printf -v command '%q ' "$tui" preview "$@" --full --json "${connection[@]}"
    script -q -e -c "$command >$(printf '%q' "$out")" "$out.typescript" </dev/null >/dev/null
  else
    "$tui" preview "$@" --full --json "${connection[@]}" >"$out" 2>"$out.err" </dev/null
  fi
  OURS_WALL="$("$python" -c "print(round(($(now_ns) - $started) / 1e9, 3))")"
  OURS_LOGGED=$(($(logged_requests) - before))
}

# ---- 1. the side-by-side run ----
start_emulator "$emulator" "$workdir/emulator.log" "${emulator_args[@]}"
key="$(space_key)"
echo "emulator ($flavor): $pages synthetic pages in space $key, ${latency} ms latency per request"

run_ours "$workdir/ours.json" no --space "$key"
ours_pages="$(field "$workdir/ours.json" 'd["page_count"]')"
ours_sha="$(field "$workdir/ours.json" '__import__("hashlib").sha256("\n".join(sorted(set(d["page_ids"]))).encode()).hexdigest()')"
ours_requests="$OURS_LOGGED"
source_note="emulator request log"
if [[ -z "$request_log" ]]; then
  ours_requests="$(field "$workdir/ours.json" 'd["requests"]')"
  source_note="client-side counts (the emulator has no --request-log)"
fi
rows=("confluence-tui|$OURS_WALL|$ours_requests|$ours_pages|$ours_sha")

IFS=',' read -r -a peer_list <<<"$peers"
for peer in "${peer_list[@]}"; do
  before="$(logged_requests)"
  if ! "$python" "$root/Benchmarks/ingest-peers.py" --base-url "$EMU_BASE_URL" --flavor "$flavor" --space-key "$key" \
      --max-num-results "$pages" --peers "$peer" >"$workdir/$peer.json" 2>"$workdir/$peer.err" </dev/null; then
    echo "peer $peer failed: $(tail -n 3 "$workdir/$peer.err" | tr '\n' ' ') $(cat "$workdir/$peer.json" 2>/dev/null | tr '\n' ' ')" >&2
  fi
  logged=$(($(logged_requests) - before))
  peer_requests="$(field "$workdir/$peer.json" "d['$peer']['requests']")"
  [[ -n "$request_log" ]] && peer_requests="$logged"
  rows+=("$peer|$(field "$workdir/$peer.json" "d['$peer']['wall_seconds']")|$peer_requests|$(field "$workdir/$peer.json" "d['$peer'].get('pages', 'error')")|$(field "$workdir/$peer.json" "d['$peer'].get('page_ids_sha', '-')")")
done
stop_emulator "$EMU_PID"

echo
echo "requests: $source_note"
printf '%-16s %10s %10s %8s  %s\n' tool wall_s requests pages page_set_sha256
for row in "${rows[@]}"; do
  IFS='|' read -r name wall requests count sha <<<"$row"
  printf '%-16s %10s %10s %8s  %s\n' "$name" "$wall" "$requests" "$count" "${sha:0:16}"
done

targets_failed=0
check() { if [[ "$1" == 1 ]]; then echo "PASS $2"; else echo "FAIL $2"; targets_failed=1; fi; }
for row in "${rows[@]:1}"; do
  IFS='|' read -r name wall requests count sha <<<"$row"
  ratio="$("$python" -c "print(round($wall / max($OURS_WALL, 1e-9), 1))" 2>/dev/null || echo 0)"
  echo "ratio $name / confluence-tui wall time: ${ratio}x"
  if [[ "$name" == llama_index ]]; then
    check "$("$python" -c "print(int($ratio >= 10))")" "at least 10x faster than LlamaIndex (${ratio}x)"
    check "$([[ "$ours_requests" -le "$requests" ]] && echo 1 || echo 0)" "no more requests than LlamaIndex ($ours_requests vs $requests)"
    check "$([[ "$ours_sha" == "$sha" ]] && echo 1 || echo 0)" "the same page set as LlamaIndex ($ours_pages vs $count pages)"
  fi
done

# ---- 2. ours again, rate limited ----
# progress_waits FILE: the progress lines of a typescript that show a rate-limit wait.
progress_waits() { tr '\r' '\n' <"$1" | sed 's/\x1b\[[0-9;]*[A-Za-z]//g' | grep 'waiting' || true; }
# limited_run NAME SELECTOR...: one rate-limited run of ours; prints its figures and sets LIMITED_WAITS (progress
# lines with a wait; empty without `script`).
limited_run() {
  local name="$1" out="$workdir/limited-$1.json"
  shift
  if [[ -n "$have_script" ]]; then
    run_ours "$out" tty "$@"
    LIMITED_WAITS="$(progress_waits "$out.typescript" | wc -l)"
  else
    run_ours "$out" no "$@"
    LIMITED_WAITS=""
  fi
  echo "$name: ${OURS_WALL} s, $(field "$out" 'd["page_count"]') pages, $(field "$out" 'len(d["failed_pages"])') failed," \
    "$(field "$out" 'd["requests"]') requests, $(field "$out" 'd["rate_limit_waits"]') rate-limit waits" \
    "($(field "$out" 'd["rate_limit_wait_seconds"]') s waited), progress lines showing a wait: ${LIMITED_WAITS:-n/a}"
  if [[ -n "$LIMITED_WAITS" && "$LIMITED_WAITS" -gt 0 ]]; then progress_waits "$out.typescript" | tail -n 2 | sed 's/^/    /'; fi
}

echo
echo "rate-limited runs: --rate-limit $rate_limit requests per second"
have_script=""
if command -v script >/dev/null 2>&1; then have_script=1; else echo "('script' is not installed: stderr is no terminal, so no progress line is drawn)"; fi
start_emulator "$emulator" "$workdir/emulator-limited.log" "${emulator_args[@]}" --rate-limit "$rate_limit"
limited_run space --space "$key"
space_waits="${LIMITED_WAITS:-0}"
limited_sha="$(field "$workdir/limited-space.json" '__import__("hashlib").sha256("\n".join(sorted(set(d["page_ids"]))).encode()).hexdigest()')"
check "$([[ "$limited_sha" == "$ours_sha" ]] && echo 1 || echo 0)" "every page of the space arrives under the rate limit"
rate_ids="${BENCH_RATE_IDS:-400}"
ids_waits=0
if ((rate_ids > 0)); then
  ids="$(field "$workdir/ours.json" "','.join(d['page_ids'][:$rate_ids])")"
  limited_run ids --page-ids "$ids"
  ids_waits="${LIMITED_WAITS:-0}"
  # A page that arrived without a body is still selected (and listed in failed_pages); one lost to the rate limit is not.
  check "$(field "$workdir/limited-ids.json" "int(d['page_count'] == len('$ids'.split(',')))")" \
    "every one of the $rate_ids pages asked for by id arrives under the rate limit"
fi
stop_emulator "$EMU_PID"
total_waits="$(field "$workdir/limited-space.json" 'd["rate_limit_waits"]')"
[[ -f "$workdir/limited-ids.json" ]] && total_waits=$((total_waits + $(field "$workdir/limited-ids.json" 'd["rate_limit_waits"]')))
check "$([[ "$total_waits" -gt 0 ]] && echo 1 || echo 0)" "the client waited on the rate limit ($total_waits waits)"
if [[ -n "$have_script" ]]; then
  check "$([[ $((space_waits + ids_waits)) -gt 0 ]] && echo 1 || echo 0)" "waits appear in the progress line"
fi
exit "$targets_failed"
