#!/usr/bin/env bash
# libFuzzer on StorageFormat for a fixed time (issue 4); any crash, hang or blow-up fails the run.
set -euo pipefail
cd "$(dirname "$0")/../.."
FUZZ_SECONDS="${FUZZ_SECONDS:-60}" bash Fuzz/run-storage-fuzz.sh 2>&1 | tail -n 5
