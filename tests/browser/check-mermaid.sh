#!/usr/bin/env bash
# Draws every Mermaid diagram of every briefing with the real Mermaid library in headless Chromium and fails on any
# error (file:line and Mermaid's message). Checks the briefing snapshots (every briefing of the real facts and of the
# test data set, exactly as rendered) or the Markdown files given as arguments:
#   bash tests/browser/check-mermaid.sh [FILE.md...]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
bash "$here/install.sh"
if [ "$#" -eq 0 ]; then
    mapfile -t files < <(cd "$root" && git ls-files -- 'tests/*.verified.md' | sort)
    [ "${#files[@]}" -gt 0 ] || { echo "no briefing snapshot found under tests/" >&2; exit 1; }
    set -- "${files[@]/#/$root/}"
fi
node "$here/briefing-pages.mjs" check-mermaid "$@"
