#!/usr/bin/env bash
# Issue 6 correctness bar: the page ids `confluence-tui preview --full --json` reports equal the ids LlamaIndex's
# ConfluenceReader.load_data returns for the same selector, against the same emulator site, in both flavours.
#
# usage: Tests/Interop/preview_vs_reader.sh CONFLUENCE_TUI CONFLUENCE_EMULATOR
#   Paths are relative to the repository root (two levels above this script).
#   PREVIEW_SITE=DIR            the site to serve (default Assets/demo-site)
#   PREVIEW_FLAVORS="a b"       flavours to run (default "cloud datacenter")
#   PREVIEW_CASES_FILE=FILE     replace the selector cases: lines "space_key|ENG", "page_ids|1,2", "label|x", "cql|q"
#   PREVIEW_CASE_SECONDS        bound on each tool run (default 300)
#
# For every flavour it starts one emulator, then for every case runs ours and Tests/Interop/reader_pages.py
# (in the venv Tests/Interop/venv.sh makes), compares the id SETS, and prints one PASS or FAIL line (a FAIL names
# the ids only one side has, or the side that failed). The last line is "N passed, M failed"; the exit status is 1
# when anything failed.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
cd "$root"

if [[ $# -ne 2 ]]; then
  echo "usage: $0 CONFLUENCE_TUI CONFLUENCE_EMULATOR" >&2
  exit 64
fi
tui="$1"
emulator="$2"
site="${PREVIEW_SITE:-Assets/demo-site}"
flavors="${PREVIEW_FLAVORS:-cloud datacenter}"
case_seconds="${PREVIEW_CASE_SECONDS:-300}"

for binary in "$tui" "$emulator"; do
  [[ -x "$binary" ]] || { echo "preview_vs_reader: '$binary' is missing or not executable" >&2; exit 1; }
done
[[ -d "$site/spaces" ]] || { echo "preview_vs_reader: site directory '$site' is missing (expected $site/spaces/...)" >&2; exit 1; }

# shellcheck source=emulator_lib.sh
source "$here/emulator_lib.sh"
python="$("$here/venv.sh")"
workdir="$(mktemp -d "${TMPDIR:-/tmp}/preview-vs-reader.XXXXXX")"
cleanup() {
  stop_all_emulators
  rm -rf "$workdir"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# The demo site's cases: every selector kind, with the edges where loaders differ (an archived space, a personal
# space, a space with folders, an archived page asked for by id, labels that also tag pages of the archived space).
default_cases() {
  cat <<'CASES'
space_key|ENG
space_key|ARCH
space_key|~alice
space_key|PROD
page_ids|65601,65622,65705
page_ids|66710,65636
label|design-doc
label|runbook
cql|space = "ENG" AND type = page
cql|label = "onboarding" OR label = "adr"
CASES
}
if [[ -n "${PREVIEW_CASES_FILE:-}" ]]; then
  cases="$(grep -v '^[[:space:]]*$' "$PREVIEW_CASES_FILE")"
else
  cases="$(default_cases)"
fi

passed=0
failed=0
pass() { echo "PASS $1"; passed=$((passed + 1)); }
fail() { echo "FAIL $1: $2"; failed=$((failed + 1)); }

# compare LABEL OURS_JSON READER_JSON: PASS when ours' page_ids and the reader's list hold the same ids.
compare() {
  local label="$1" ours="$2" reader="$3" verdict
  verdict="$("$python" - "$ours" "$reader" <<'PY'
import json, sys
try:
    ours_report = json.load(open(sys.argv[1]))
    ours = set(map(str, ours_report["page_ids"]))
except Exception as error:  # a report we cannot read is a failure of ours, said plainly
    print(f"our output is not a preview report ({type(error).__name__}: {error})"); sys.exit(0)
reader = set(map(str, json.load(open(sys.argv[2]))))
if not ours_report.get("complete", True):
    print(f"our preview is incomplete: {ours_report.get('listing_error')}"); sys.exit(0)
if ours == reader:
    print(f"OK {len(ours)} pages"); sys.exit(0)
only_ours, only_reader = sorted(ours - reader), sorted(reader - ours)
print(f"{len(ours)} ours vs {len(reader)} reader; only ours: {only_ours[:10]}; only reader: {only_reader[:10]}")
PY
)"
  if [[ "$verdict" == OK* ]]; then pass "$label (${verdict#OK })"; else fail "$label" "$verdict"; fi
}

for flavor in $flavors; do
  if ! start_emulator "$emulator" "$workdir/emulator-$flavor.log" --site "$site" --flavor "$flavor"; then
    fail "$flavor emulator" "it did not start"
    continue
  fi
  if [[ "$flavor" == cloud ]]; then
    connection=(--site "$EMU_SITE_URL" --user demo@example.com --token-env PREVIEW_TOKEN --kind cloud)
    export PREVIEW_TOKEN=demo-token
  else
    connection=(--site "$EMU_SITE_URL" --token-env PREVIEW_TOKEN --kind datacenter)
    export PREVIEW_TOKEN=demo-pat
  fi
  index=0
  while IFS='|' read -r kind value; do
    index=$((index + 1))
    case "$kind" in
      space_key) ours_flag=--space; reader_flag=--space-key ;;
      page_ids) ours_flag=--page-ids; reader_flag=--page-ids ;;
      label) ours_flag=--label; reader_flag=--label ;;
      cql) ours_flag=--cql; reader_flag=--cql ;;
      *) fail "$flavor case $index" "unknown selector kind '$kind'"; continue ;;
    esac
    label="$flavor $kind=$value"
    ours_out="$workdir/ours-$flavor-$index.json"
    reader_out="$workdir/reader-$flavor-$index.json"
    if ! timeout "$case_seconds" "$tui" preview "$ours_flag" "$value" --full --json "${connection[@]}" </dev/null \
        >"$ours_out" 2>"$workdir/ours-$flavor-$index.err"; then
      fail "$label" "confluence-tui preview failed: $(tail -n 3 "$workdir/ours-$flavor-$index.err" | tr '\n' ' ')"
      continue
    fi
    if ! timeout "$case_seconds" "$python" "$here/reader_pages.py" --base-url "$EMU_BASE_URL" --flavor "$flavor" \
        "$reader_flag" "$value" </dev/null >"$reader_out" 2>"$workdir/reader-$flavor-$index.err"; then
      fail "$label" "reader_pages.py failed: $(tail -n 3 "$workdir/reader-$flavor-$index.err" | tr '\n' ' ')"
      continue
    fi
    compare "$label" "$ours_out" "$reader_out"
  done <<<"$cases"
  stop_emulator "$EMU_PID"
done

echo "$passed passed, $failed failed"
((failed == 0))
