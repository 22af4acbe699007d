#!/usr/bin/env bash
# Validates the data-source exports with LlamaCloud's own Python SDK types, tsc and sh (issue 6).
# The virtual environment lives in Tests/Interop/.venv-llamacloud and is reused when present.
set -euo pipefail
cd "$(dirname "$0")/../.."
if ! command -v tsc >/dev/null 2>&1; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq node-typescript >/dev/null
fi
venv=Tests/Interop/.venv-llamacloud
if [ ! -x "$venv/bin/python" ] || ! "$venv/bin/python" -c "import llama_cloud" 2>/dev/null; then
  timeout 120 python3 -m venv "$venv"
  timeout 600 "$venv/bin/python" -m pip install --disable-pip-version-check -q "llama-cloud==2.19.0"
fi
"$venv/bin/python" Tests/Interop/llamacloud_check.py samples Tests/Interop/samples --require-tsc | tail -n 3
"$venv/bin/python" Tests/Interop/llamacloud_check.py selftest Tests/Interop/samples | tail -n 1
