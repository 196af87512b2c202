#!/usr/bin/env bash
# Installs the npm packages from the lockfile, only when node_modules is missing or older than it.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
if [[ -f node_modules/.package-lock.json && ! package-lock.json -nt node_modules/.package-lock.json ]]; then
  echo "npm packages are up to date"
  exit 0
fi
command -v node >/dev/null || { echo "Node.js 20 is required (apt-get install nodejs, or nodejs.org)" >&2; exit 1; }
echo "installing npm packages from package-lock.json (first run: about a minute)..."
npm ci --no-audit --no-fund --loglevel=error
