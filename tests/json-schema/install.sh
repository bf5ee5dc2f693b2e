#!/usr/bin/env bash
# Installs the npm packages of the JSON Schema agreement test (ajv, yaml) into tests/json-schema/node_modules,
# exactly as locked in package-lock.json. The test project runs it when it builds (as NuGet restores its packages), so
# `dotnet test Model.sln` is all a fresh clone needs; .ci/run calls it too. With --if-possible, a machine without npm is
# told so and the build goes on (the test then says what is missing, and fails on CI).
set -euo pipefail
cd "$(dirname "$0")"
if ! command -v npm >/dev/null 2>&1; then
    echo "tests/json-schema: npm is not installed; the JSON Schema agreement test needs Node.js (apt-get install nodejs npm)" >&2
    [ "${1:-}" = "--if-possible" ] && exit 0
    exit 1
fi
if [ node_modules/.package-lock.json -nt package-lock.json ]; then
    exit 0 # already installed at the locked versions
fi
npm ci --no-audit --no-fund --loglevel=error
