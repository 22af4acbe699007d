#!/usr/bin/env bash
# Issue 6 correctness bar: our preview's page ids equal LlamaIndex's ConfluenceReader's, all selectors, both flavours.
set -euo pipefail
cd "$(dirname "$0")/../.."
bin="$(swift build --show-bin-path)"
bash Tests/Interop/preview_vs_reader.sh "$bin/confluence-tui" "$bin/confluence-emulator"
