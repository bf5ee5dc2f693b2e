#!/usr/bin/env bash
# Accepts reviewed snapshots: renames every *.received.* under the repository (or under the folder given
# as the first argument) to *.verified.*. A received file of a committed artifact compared with VerifyFile
# (data/x.received.json) replaces that artifact (data/x.json) when it exists.
# Refuses to run on CI: nothing may be accepted there without a human reading it.
set -euo pipefail

if [[ -n "${CI:-}" ]]; then
    echo "accept-snapshots: refusing to accept snapshots because CI is set." >&2
    exit 1
fi

root="${1:-$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)}"
accepted=0

while IFS= read -r -d '' received; do
    directory="$(dirname "$received")"
    name="$(basename "$received")"
    before="${name%%.received.*}"
    after="${name#*.received.}"
    target="$directory/$before.verified.$after"
    artifact="$directory/$before.$after"
    if [[ ! -e "$target" && -e "$artifact" ]]; then
        target="$artifact"
    fi
    mv -f -- "$received" "$target"
    echo "accepted: ${target#"$root"/}"
    accepted=$((accepted + 1))
done < <(find "$root" \( -name .git -o -name bin -o -name obj -o -name node_modules \) -prune \
    -o -type f -name '*.received.*' -print0 | sort -z)

echo "accept-snapshots: $accepted file(s) accepted. Read every changed verified file before committing."
