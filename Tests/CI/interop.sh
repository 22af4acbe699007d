#!/usr/bin/env bash
# Real clients work unchanged against the emulator (issue 3): LlamaIndex, LangChain, atlassian-python-api.
set -euo pipefail
cd "$(dirname "$0")/../.."
bash Tests/Interop/run.sh "$(swift build --show-bin-path)/confluence-emulator"
