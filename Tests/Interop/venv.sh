#!/usr/bin/env bash
# Creates (or reuses) Tests/Interop/.venv with the pinned real clients and prints its python path.
# Reuse is keyed on a hash of requirements.txt + constraints.txt; pip output goes to stderr.
# Used by run.sh, and by Benchmarks/ingest-peers.py's callers: PY="$(Tests/Interop/venv.sh)".
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
venv="$here/.venv"
python="${PYTHON:-python3}"
stamp="$venv/.interop-requirements.sha256"
want="$(cat "$here/requirements.txt" "$here/constraints.txt" | sha256sum | cut -d' ' -f1)"

if [[ -x "$venv/bin/python" && -f "$stamp" && "$(cat "$stamp")" == "$want" ]]; then
  echo "$venv/bin/python"
  exit 0
fi
if [[ ! -x "$venv/bin/python" ]]; then
  echo "interop: creating $venv" >&2
  timeout 120 "$python" -m venv "$venv" >&2
fi
echo "interop: installing pinned clients into $venv" >&2
timeout 900 "$venv/bin/python" -m pip install --disable-pip-version-check -q \
  -r "$here/requirements.txt" -c "$here/constraints.txt" >&2
echo "$want" > "$stamp"
echo "$venv/bin/python"
