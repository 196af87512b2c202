#!/usr/bin/env bash
# Sets up everything and runs every test: npm packages, Kafka jars, the FerretDB build, the local
# stack, lint (with module boundaries), type check, build, then all jest suites (unit and
# integration, against the real broker and store). Extra arguments go to jest.
# Ends with the totals on a line of their own: "N passed, N failed".
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
# shellcheck source=env.sh
source deploy/local/env.sh
export NX_DAEMON=false NX_NO_CLOUD=true

step() { printf '\n==> %s\n' "$*"; }
# A step that fails before jest runs still ends the output with the totals line CI reads.
must() { "$@" || { printf '\n%s failed\n\n0 passed, 1 failed\n' "$*"; exit 1; }; }

step "npm packages"
must bash deploy/local/npm-install.sh

step "local stack (Kafka, FerretDB)"
stack_was_running=0
bash deploy/local/stack.sh status >/dev/null 2>&1 && stack_was_running=1
must bash deploy/local/stack.sh up
stop_stack() { [[ $stack_was_running == 1 ]] || bash deploy/local/stack.sh down >/dev/null 2>&1 || true; }
trap stop_stack EXIT

step "lint (module boundaries included)"
must npm run --silent lint

step "type check"
must npm run --silent typecheck

step "build"
must npm run --silent build

step "tests"
results="$STACK_DIR/jest-results.json"
rm -f "$results"
status=0
npx jest --ci --maxWorkers=2 --json --outputFile="$results" "$@" || status=$?

stop_stack
trap - EXIT
if [[ -f $results ]]; then
  node -e '
    const r = require(process.argv[1]);
    const line = `${r.numPassedTests} passed, ${r.numFailedTests} failed` + (r.numPendingTests ? `, ${r.numPendingTests} skipped` : "");
    console.log("\n" + line);
  ' "$results"
else
  printf '\n0 passed, 1 failed\n'
  [[ $status != 0 ]] || status=1
fi
exit "$status"
