#!/usr/bin/env bash
# Markdown readers read our styles back (issue 4): 2,000 random paragraphs of neighbouring styled texts, rendered
# with `render --format markdown`, keep every character's styles when markdown-it-py and cmarkgfm read them.
# The readers install into Tests/MarkdownReaders/.venv, reused while requirements.txt is unchanged.
set -euo pipefail
cd "$(dirname "$0")/../.."
here=Tests/MarkdownReaders
venv="$here/.venv"
stamp="$venv/.requirements.sha256"
want="$(sha256sum < "$here/requirements.txt" | cut -d' ' -f1)"
if [[ ! -x "$venv/bin/python" || ! -f "$stamp" || "$(cat "$stamp")" != "$want" ]]; then
  timeout 120 python3 -m venv "$venv"
  timeout 600 "$venv/bin/python" -m pip install --disable-pip-version-check -q -r "$here/requirements.txt"
  echo "$want" > "$stamp"
fi
timeout 300 "$venv/bin/python" "$here/styles.py" "$(swift build --show-bin-path)/confluence-tui" --seed 1 --count 2000
