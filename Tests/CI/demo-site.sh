#!/usr/bin/env bash
# Checks that Assets/demo-site keeps the site format's rules and covers every storage feature the renderer handles.
set -euo pipefail
cd "$(dirname "$0")/../.."
python3 Scripts/demo-site/check_site.py Assets/demo-site | tail -n 3
