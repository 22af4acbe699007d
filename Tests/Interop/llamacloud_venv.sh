#!/usr/bin/env bash
# Creates (or reuses) Tests/Interop/.venv-llamacloud with LlamaCloud's Python SDK pinned, and prints its python path.
# Used by Tests/CI/llamacloud-exports.sh and Tests/CI/llamacloud-push.sh; pip output goes to stderr.
set -euo pipefail
venv="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/.venv-llamacloud"
if [ ! -x "$venv/bin/python" ] || ! "$venv/bin/python" -c "import llama_cloud" 2>/dev/null; then
  timeout 120 python3 -m venv "$venv" >&2
  timeout 600 "$venv/bin/python" -m pip install --disable-pip-version-check -q "llama-cloud==2.19.0" >&2
fi
echo "$venv/bin/python"
