#!/usr/bin/env bash
# Installs the contract packages the integration tests read (node_modules/ beside this script).
# npm ci when the lock file is committed (exact, reproducible); npm install creates it the first time.
set -euo pipefail
cd "$(dirname "$0")"
if [[ -f package-lock.json ]]; then
  npm ci --no-audit --no-fund --ignore-scripts
else
  npm install --no-audit --no-fund --ignore-scripts
fi
