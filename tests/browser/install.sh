#!/usr/bin/env bash
# Installs what the browser checks need, from the package registries only: Debian's Chromium (when missing and we are
# root) and this folder's npm packages at the versions in package-lock.json. Safe to run again: it skips what is there.
set -euo pipefail
cd "$(dirname "$0")"

if [ -z "${CHROMIUM:-}" ] && ! command -v chromium >/dev/null 2>&1; then
    if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
        echo "installing Debian's chromium..." >&2
        apt-get update -qq
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-dejavu-core >/dev/null
    else
        echo "Chromium is missing: install Debian's 'chromium' package (or set CHROMIUM to a Chromium binary)." >&2
        exit 1
    fi
fi

if ! [ node_modules/.package-lock.json -nt package-lock.json ]; then # installed after the lock last changed
    npm ci --no-audit --no-fund --loglevel=error >&2
fi
