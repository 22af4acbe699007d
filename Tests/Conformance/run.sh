#!/usr/bin/env bash
# Validates every emulator endpoint's JSON against the shared OpenAPI specs.
# usage: Tests/Conformance/run.sh PATH/TO/confluence-emulator [--site DIR]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
binary="${1:?usage: run.sh PATH/TO/confluence-emulator [--site DIR]}"
shift
venv="$here/.venv"
if [ ! -x "$venv/bin/python" ]; then
    python3 -m venv "$venv"
fi
"$venv/bin/python" -m pip install --quiet --disable-pip-version-check "openapi-schema-validator>=0.6" "jsonschema>=4.18"
exec "$venv/bin/python" "$here/conformance.py" "$binary" "$@"
