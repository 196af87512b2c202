#!/usr/bin/env bash
# The suite's stability check (issue 14 §4): CI's run (`.ci/run`, i.e. `npm test`) several times in a
# row, each in a fresh clone of this repository's HEAD, one of them with a busy loop taking a whole
# core. Prints a line per run (totals, minutes, the load) and ends with the totals of all the runs.
#
#   bash tools/stability-runs.sh [RUNS (3)] [BUSY_RUN (2)] [WORK_DIR (/tmp/qz-stability)]
#
# Each run starts and stops its own stack on the default ports: stop any other stack first
# (`npm run stack -- down`). Logs stay in WORK_DIR/run-N.log. Exits 1 when any run failed.
set -uo pipefail
runs=${1:-3}
busy_run=${2:-2}
work=${3:-/tmp/qz-stability}
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
commit=$(git -C "$repo" rev-parse HEAD)
mkdir -p "$work"
all_passed=0
all_failed=0
failed_runs=0
echo "stability runs of ${commit:0:7}: $runs runs, run $busy_run with a busy core ($(nproc) cores)"
for ((n = 1; n <= runs; n++)); do
  dir="$work/clone-$n"
  log="$work/run-$n.log"
  rm -rf "$dir"
  git clone -q "$repo" "$dir" && git -C "$dir" checkout -q "$commit" # every run tests the same commit
  busy_pid=
  if ((n == busy_run)); then
    node -e 'for (;;) {}' &
    busy_pid=$!
  fi
  started=$(date +%s)
  load_before=$(cut -d' ' -f1 /proc/loadavg)
  (cd "$dir" && CI=true bash .ci/run >"$log" 2>&1)
  rc=$?
  minutes=$(awk -v s="$(($(date +%s) - started))" 'BEGIN { printf "%.1f", s / 60 }')
  load_after=$(cut -d' ' -f1 /proc/loadavg)
  [[ -n $busy_pid ]] && kill "$busy_pid" 2>/dev/null
  totals=$(grep -E '^[0-9]+ passed, [0-9]+ failed(, [0-9]+ skipped)?$' "$log" | tail -1)
  passed=$(sed -E 's/^([0-9]+) passed.*/\1/' <<<"${totals:-0 passed, 1 failed}")
  failed=$(sed -E 's/^[0-9]+ passed, ([0-9]+) failed.*/\1/' <<<"${totals:-0 passed, 1 failed}")
  all_passed=$((all_passed + passed))
  all_failed=$((all_failed + failed))
  ((rc == 0 && failed == 0)) || failed_runs=$((failed_runs + 1))
  printf 'run %d%s: %s in %s min (exit %d; load %s -> %s) log: %s\n' "$n" \
    "$([[ -n $busy_pid ]] && echo ' (busy core)')" "${totals:-no totals}" "$minutes" "$rc" \
    "$load_before" "$load_after" "$log"
  rm -rf "$dir"
done
echo "$failed_runs of $runs runs failed"
echo "$all_passed passed, $all_failed failed"
((failed_runs == 0))
