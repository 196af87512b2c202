#!/usr/bin/env bash
# Sets up everything and runs every test: npm packages, Kafka jars, the FerretDB build, the local
# stack, lint (with module boundaries), repeated code, type check, build, then all jest suites (unit and
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

step "browser for the console's tests (Debian's Chromium, Noto CJK fonts)"
must bash deploy/local/browser.sh

step "lint (module boundaries included)"
must npm run --silent lint

step "repeated code (jscpd on apps and libs, at most the clones tools/duplicates.mjs allows)"
must npm run --silent duplicates -- --list

step "type check"
must npm run --silent typecheck

step "build"
must npm run --silent build

step "Kubernetes manifests (render and validate offline; builds the validator on first use)"
must bash deploy/k8s/validate/build.sh

step "local keys (demo identity provider, gateway)"
must npm run --silent auth:keys

step "tests"
rm -rf "$STACK_DIR/logs/services" # each service process a test starts logs here (libs/testing)
status=0
run_jest() { # RESULTS-FILE JEST-ARGS...
  local out=$1
  shift
  rm -f "$out"
  npx jest --ci --json --outputFile="$out" "$@" || status=$?
}
results=()
if (($#)); then
  results=("$STACK_DIR/jest-results.json")
  run_jest "${results[0]}" --maxWorkers=2 "$@"
else
  # The large-volume tests (*.load-spec.ts) run after the others and alone: they load the store
  # and the broker for minutes, and would otherwise decide how long everything else waits.
  results=("$STACK_DIR/jest-results.json" "$STACK_DIR/jest-results-load.json")
  run_jest "${results[0]}" --maxWorkers=2 --testPathIgnorePatterns '\.load-spec\.ts$'
  step "large-volume tests"
  run_jest "${results[1]}" --runInBand --testPathPatterns '\.load-spec\.ts$'
fi

if ((status != 0)); then
  # What the services said when something failed: their warnings and errors, last lines first seen.
  bash deploy/local/service-log-digest.sh "$STACK_DIR/logs/services" || true
fi

# Each test file made topics of its own; a broker kept between runs would pile them up.
node dist/libs/testing/src/stack/delete-test-topics.cli.js || true
stop_stack
trap - EXIT
# The totals, after the names of the tests that failed (last, so that a log cut to its end shows them).
node -e '
  const fs = require("fs");
  const short = (text) => text.replace(/\x1b\[[0-9;]*m/g, "").split("\n").map((l) => l.trim()).filter(Boolean).slice(0, 3).join(" | ").slice(0, 300);
  let passed = 0, failed = 0, skipped = 0;
  const failures = [];
  for (const file of process.argv.slice(1)) {
    if (!fs.existsSync(file)) { failed += 1; console.log(`no results in ${file}`); continue; }
    const r = JSON.parse(fs.readFileSync(file, "utf8"));
    passed += r.numPassedTests; failed += r.numFailedTests + r.numRuntimeErrorTestSuites; skipped += r.numPendingTests;
    for (const suite of r.testResults) {
      const path = suite.name.replace(process.cwd() + "/", "");
      const tests = suite.assertionResults.filter((a) => a.status === "failed");
      for (const t of tests) failures.push(`FAILED ${path} › ${t.fullName}: ${short(t.failureMessages.join("\n"))}`);
      if (!tests.length && suite.status === "failed") failures.push(`FAILED ${path} (the file did not run): ${short(suite.message)}`);
    }
  }
  if (failures.length) console.log(`\n==> tests that failed\n${failures.join("\n")}`);
  console.log(`\n${passed} passed, ${failed} failed` + (skipped ? `, ${skipped} skipped` : ""));
  process.exitCode = failed ? 1 : 0;
' "${results[@]}" || status=1
exit "$status"
