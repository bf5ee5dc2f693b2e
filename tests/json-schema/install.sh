#!/usr/bin/env bash
# Installs the npm packages of the JSON Schema agreement test (ajv, yaml) into tests/json-schema/node_modules,
# exactly as locked in package-lock.json. Called by .ci/run; run it once by hand before `dotnet test` on a fresh clone.
set -euo pipefail
cd "$(dirname "$0")"
if ! command -v npm >/dev/null 2>&1; then
    echo "tests/json-schema: npm is not installed; the JSON Schema agreement test needs Node.js (apt-get install nodejs npm)" >&2
    exit 1
fi
npm ci --no-audit --no-fund --loglevel=error
