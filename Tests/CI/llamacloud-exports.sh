#!/usr/bin/env bash
# Validates the data-source exports with LlamaCloud's own Python SDK types, tsc and sh (issue 6).
# The virtual environment (Tests/Interop/llamacloud_venv.sh) is reused when present.
set -euo pipefail
cd "$(dirname "$0")/../.."
if ! command -v tsc >/dev/null 2>&1; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq node-typescript >/dev/null
fi
python="$(Tests/Interop/llamacloud_venv.sh)"
"$python" Tests/Interop/llamacloud_check.py samples Tests/Interop/samples --require-tsc | tail -n 3
"$python" Tests/Interop/llamacloud_check.py selftest Tests/Interop/samples | tail -n 1
