#!/usr/bin/env bash
# Benchmarks StorageFormat against the converters the popular Confluence loaders use, on the same bytes.
#
# Builds the release benchmark, builds an input of >= BENCH_MEGABYTES (default 20) MB by repeating the
# shared corpus bodies (NUL-separated), times our terminal text (width 100) and Markdown, then times
# LlamaIndex's ConfluenceReader conversion (markdownify), LangChain's BeautifulSoup(lxml).get_text and
# html2text in a private virtual environment (Benchmarks/.venv-storage), and prints a table.
# Every converter runs in its own process on one core. MB/s is bytes per CPU second of that process, the
# best of BENCH_ROUNDS (default 3) rounds that alternate all converters, so a slow minute on a shared
# machine neither flatters nor hurts one of them; "memory" is peak RSS minus RSS after loading the input.
# A second run renders ONE large document (the corpus bodies concatenated inside a root element, about
# BENCH_SINGLE_MEGABYTES, default 10) and compares its peak memory with 4x the document's size; the
# many-small-documents run above stands for the constant (code pages, allocator arenas).
# Then one document of BENCH_SHAPE_MEGABYTES (default 10) per hostile shape (dense markup, deep nesting, long
# runs; see storage-format-input.py) is rendered once as terminal text and once as Markdown: CPU seconds and
# peak memory over the input, for the issue's "a 10 MB body renders in well under a second".
# Last, the parse's stages run alone (tokenizing, then decoding text too, then the whole parse), and the
# script prints what each stage adds per input megabyte.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
corpus="$root/../shared/storage-corpus/docs"
work="$root/Benchmarks/.work"
venv="$root/Benchmarks/.venv-storage"
megabytes="${BENCH_MEGABYTES:-20}"
single_megabytes="${BENCH_SINGLE_MEGABYTES:-10}"
shape_megabytes="${BENCH_SHAPE_MEGABYTES:-10}"
rounds="${BENCH_ROUNDS:-3}"
input="$work/storage-input.bin"
single="$work/storage-single.bin"

if [[ ! -d "$corpus" ]]; then
    echo "error: ../shared/storage-corpus is absent (looked in $corpus)" >&2
    exit 1
fi
mkdir -p "$work"

echo "== building release benchmark"
(cd "$root" && swift build -c release --product StorageFormatBenchmark)
binary="$(cd "$root" && swift build -c release --show-bin-path)/StorageFormatBenchmark"

echo "== building a >= $megabytes MB input and one >= $single_megabytes MB document from $corpus"
python3 "$root/Benchmarks/storage-format-input.py" many "$corpus" "$input" "$megabytes"
python3 "$root/Benchmarks/storage-format-input.py" single "$corpus" "$single" "$single_megabytes"
python3 "$root/Benchmarks/storage-format-input.py" shapes - "$work/shapes" "$shape_megabytes"

echo "== preparing peers in $venv"
if [[ ! -x "$venv/bin/python" ]]; then python3 -m venv "$venv"; fi
"$venv/bin/pip" install --quiet --disable-pip-version-check markdownify beautifulsoup4 lxml html2text

# Runs "$@" pinned to one core when taskset exists; prints its key=value line.
run_one() {
    if command -v taskset >/dev/null; then taskset -c 0 "$@"; else "$@"; fi
}
field() { sed -n "s/\\(^\\|.* \\)$1=\\([^ ]*\\).*/\\2/p" <<<"$2"; }

declare -A mbps memory
# Runs converter $1 (the rest is its command) once; keeps its best MB/s and its highest memory so far.
measure() {
    local key="$1" line rate used
    shift
    line="$(run_one "$@")"
    echo "$line"
    rate="$(field mbps "$line")"
    used=$(( $(field peak_rss_kb "$line") - $(field baseline_rss_kb "$line") ))
    if [[ -z "${mbps[$key]:-}" ]] || python3 -c "import sys; sys.exit(0 if $rate > ${mbps[$key]} else 1)"; then
        mbps[$key]="$rate"
    fi
    if (( used > ${memory[$key]:-0} )); then memory[$key]=$used; fi
}
# Rounds alternate all converters, so a slow minute on a shared machine hits them alike.
for round in $(seq "$rounds"); do
    echo "== timing, round $round of $rounds"
    for format in text markdown; do measure "$format" "$binary" --input "$input" --format "$format" --width 100; done
    for peer in llamaindex langchain html2text; do
        measure "$peer" "$venv/bin/python" "$root/Benchmarks/storage-format-peers.py" "$peer" "$input"
    done
done
# The parse's stages on their own, on the same input: where the time of a render goes.
declare -A stage_mbps
for stage in tokenize decode parse; do
    for round in $(seq "$rounds"); do
        rate="$(field mbps "$(run_one "$binary" --input "$input" --format "$stage")")"
        if [[ -z "${stage_mbps[$stage]:-}" ]] || python3 -c "import sys; sys.exit(0 if $rate > ${stage_mbps[$stage]} else 1)"; then
            stage_mbps[$stage]="$rate"
        fi
    done
done
declare -A single_memory
for format in text markdown plain; do
    line="$(run_one "$binary" --input "$single" --format "$format" --width 100)"
    echo "$line"
    single_memory[$format]=$(( $(field peak_rss_kb "$line") - $(field baseline_rss_kb "$line") ))
    single_bytes="$(field largest_doc_bytes "$line")"
done

echo
printf '%-42s %10s %12s %16s %16s\n' converter "MB/s" "memory KB" "text/this" "markdown/this"
row() {
    local name="$1" key="$2" ratios="${3:-yes}"
    local text_ratio="-" markdown_ratio="-"
    if [[ $ratios == yes ]]; then
        text_ratio="$(python3 -c "print(f'{${mbps[text]}/${mbps[$key]}:.0f}x')")"
        markdown_ratio="$(python3 -c "print(f'{${mbps[markdown]}/${mbps[$key]}:.0f}x')")"
    fi
    printf '%-42s %10.2f %12d %16s %16s\n' "$name" "${mbps[$key]}" "${memory[$key]}" "$text_ratio" "$markdown_ratio"
}
row "StorageFormat terminal text (width 100)" text no
row "StorageFormat Markdown" markdown no
row "LlamaIndex ConfluenceReader (markdownify)" llamaindex
row "LangChain (BeautifulSoup lxml get_text)" langchain
row "html2text" html2text
echo
single_kb=$(( single_bytes / 1024 ))
printf 'one %d KB document: peak memory over the loaded input (limit 4x = %d KB, plus the constant above)\n' \
    "$single_kb" $(( 4 * single_kb ))
for format in text markdown plain; do
    printf '  %-10s %10d KB %8s\n' "$format" "${single_memory[$format]}" \
        "$(python3 -c "print(f'{${single_memory[$format]}/$single_kb:.1f}x')")"
done

echo
printf 'hostile shapes, one %d MB document each: CPU seconds, and peak memory over the input as a multiple of it\n' "$shape_megabytes"
printf '  %-24s %18s %18s\n' shape text markdown
for document in "$work"/shapes/*.xml; do
    cells=()
    for format in text markdown; do
        line="$(run_one "$binary" --input "$document" --format "$format" --width 100)"
        cells+=("$(python3 -c "print(f'{$(field cpu_seconds "$line"):.2f} s {($(field peak_rss_kb "$line") - $(field baseline_rss_kb "$line")) * 1024 / $(field largest_doc_bytes "$line"):5.1f}x')")")
    done
    printf '  %-24s %18s %18s\n' "$(basename "$document" .xml)" "${cells[@]}"
done

# Milliseconds per input megabyte each stage adds: tokenizing (and balancing elements), decoding text into
# Strings, building the model, then rendering it.
echo
echo "where the time goes (ms per input MB; best of $rounds runs of each stage alone):"
python3 - "${stage_mbps[tokenize]}" "${stage_mbps[decode]}" "${stage_mbps[parse]}" "${mbps[markdown]}" "${mbps[text]}" <<'PY'
import sys
tokenize, decode, parse, markdown, text = (1000 / float(rate) for rate in sys.argv[1:])
for name, cost in [("tokenize and balance elements", tokenize), ("decode text into Strings", decode - tokenize),
                   ("build the model", parse - decode), ("render Markdown", markdown - parse),
                   ("render terminal text", text - parse)]:
    print(f"  {name:<32} {cost:6.2f}")
PY

# Each target of the issue, met or missed, from the figures above.
verdict() { python3 -c "import sys; sys.exit(0 if $1 else 1)" && echo met || echo MISSED; }
worst_memory=$(printf '%s\n' "${single_memory[@]}" | sort -n | tail -1)
echo
echo "targets:"
printf '  terminal text >= 100 MB/s on one core:          %8.1f MB/s  %s\n' "${mbps[text]}" \
    "$(verdict "${mbps[text]} >= 100")"
printf '  Markdown >= 200x LlamaIndex (markdownify):       %8.0fx      %s\n' \
    "$(python3 -c "print(${mbps[markdown]}/${mbps[llamaindex]})")" \
    "$(verdict "${mbps[markdown]} >= 200 * ${mbps[llamaindex]}")"
printf '  peak memory <= 4x the largest document:         %8.1fx      %s\n' \
    "$(python3 -c "print($worst_memory/$single_kb)")" "$(verdict "$worst_memory <= 4 * $single_kb")"
