#!/usr/bin/env bash
# Fuzzes StorageFormat with libFuzzer, seeded with the shared storage corpus.
#
# The entry point is compiled together with the library sources straight by swiftc: under SwiftPM a plain
# executable target fails to link with -sanitize=fuzzer. Runs for FUZZ_SECONDS (default 60) and exits
# non-zero when libFuzzer finds a crash, hang or memory blow-up; the input is kept under Fuzz/.work/.
#
#   Fuzz/run-storage-fuzz.sh              # 60 s
#   FUZZ_SECONDS=600 Fuzz/run-storage-fuzz.sh
#   FUZZ_RUNS=20000 Fuzz/run-storage-fuzz.sh   # a fixed number of runs instead of a time bound
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
seeds="$root/../shared/storage-corpus/docs"
work="$root/Fuzz/.work"
binary="$work/storage-fuzz"
seconds="${FUZZ_SECONDS:-60}"

if [[ ! -d "$seeds" ]]; then
    echo "error: ../shared/storage-corpus is absent (looked in $seeds); it seeds the fuzzer" >&2
    exit 1
fi
mkdir -p "$work/corpus" "$work/artifacts"

echo "building $binary"
mapfile -t sources < <(find "$root/Sources/StorageFormat" "$root/Fuzz/StorageFormatFuzz" -name '*.swift' | sort)
swiftc -sanitize=fuzzer,address -parse-as-library -O \
    -swift-version 6 -enable-upcoming-feature ExistentialAny -enable-upcoming-feature InternalImportsByDefault \
    -module-name StorageFormat "${sources[@]}" -o "$binary"

limit=(-max_total_time="$seconds")
if [[ -n "${FUZZ_RUNS:-}" ]]; then limit=(-runs="$FUZZ_RUNS"); fi

echo "fuzzing (${FUZZ_RUNS:+$FUZZ_RUNS runs}${FUZZ_RUNS:-$seconds s}); new inputs in $work/corpus, findings in $work/artifacts"
status=0
"$binary" "${limit[@]}" -timeout=10 -rss_limit_mb=2048 -max_len=131072 -print_final_stats=1 \
    -artifact_prefix="$work/artifacts/" "$work/corpus" "$seeds" || status=$?
if [[ $status -ne 0 ]]; then
    echo "FAIL: libFuzzer exited with $status; reproduce with: $binary <artifact>, then add it as a regression test" >&2
    exit "$status"
fi
echo "OK: no crash found"
