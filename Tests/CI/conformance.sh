#!/usr/bin/env bash
# Every emulator endpoint's JSON validates against Atlassian's OpenAPI response schemas (issue 3).
set -euo pipefail
cd "$(dirname "$0")/../.."
bash Tests/Conformance/run.sh "$(swift build --show-bin-path)/confluence-emulator"
