#!/usr/bin/env bash
# Counts the instructions StorageFormat executes per input byte, with callgrind, in a release build. Unlike MB/s
# the count does not move with the load on a shared machine, so it is the figure to compare changes by.
#
# Input: the shared corpus bodies repeated to >= BENCH_MEGABYTES (default 2) MB. For each format (arguments;
# default text markdown plain parse decode tokenize) the benchmark runs once under callgrind; the instructions
# of a run that only loads and splits the input (`--format none`) are subtracted, and the rest (parse, render,
# teardown of every document) is divided by the input's bytes. `tokenize` and `decode` are the parse's first
# stages alone, so the rows show what each stage adds. BENCH_BINARY measures another build of the benchmark.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
corpus="$root/../shared/storage-corpus/docs"
work="$root/Benchmarks/.work"
megabytes="${BENCH_MEGABYTES:-2}"
input="$work/storage-instructions-input.bin"
formats=("$@")
if [[ ${#formats[@]} -eq 0 ]]; then formats=(text markdown plain parse decode tokenize); fi

if [[ ! -d "$corpus" ]]; then
    echo "error: ../shared/storage-corpus is absent (looked in $corpus)" >&2
    exit 1
fi
if ! command -v valgrind >/dev/null; then
    echo "error: valgrind is not installed (apt-get install valgrind)" >&2
    exit 1
fi
mkdir -p "$work"
binary="${BENCH_BINARY:-}"
if [[ -z "$binary" ]]; then
    if ! log="$(cd "$root" && swift build -c release --product StorageFormatBenchmark 2>&1)"; then
        echo "$log" >&2
        exit 1
    fi
    binary="$(cd "$root" && swift build -c release --show-bin-path)/StorageFormatBenchmark"
fi
python3 "$root/Benchmarks/storage-format-input.py" many "$corpus" "$input" "$megabytes" >/dev/null
bytes=$(( $(wc -c < "$input") - $(tr -cd '\0' < "$input" | wc -c) ))

# The instructions one run of the benchmark executes.
instructions() {
    valgrind --tool=callgrind --callgrind-out-file=/dev/null "$binary" --input "$input" --format "$1" 2>&1 >/dev/null \
        | sed -n 's/.*Collected : *\([0-9]*\).*/\1/p'
}
floor=$(instructions none)
echo "input: $bytes bytes of storage format; instructions per input byte:"
for format in "${formats[@]}"; do
    total=$(instructions "$format")
    python3 -c "print(f'  {\"$format\":<9} {($total - $floor) / $bytes:7.1f}')"
done
