#!/usr/bin/env bash
# Issue 5's speed figures in a release build: key-to-frame latency, first frame, peak RSS.
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -c release --product BrowserBenchmark 2>&1 | tail -n 1
"$(swift build -c release --show-bin-path)/BrowserBenchmark"
