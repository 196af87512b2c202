#!/usr/bin/env bash
# service-log-digest.sh DIR: for each service log in DIR (one per process a test started), prints
# its last warnings and errors (pino levels 40 and up), shortened, so that a failed CI run shows
# what the services saw without the full logs.
set -uo pipefail
dir=${1:?usage: service-log-digest.sh DIR}
[[ -d $dir ]] || exit 0
shopt -s nullglob
files=("$dir"/*.log)
((${#files[@]})) || exit 0
printf '\n==> warnings and errors of the service processes (last 8 of each; full logs in %s)\n' "$dir"
for f in "${files[@]}"; do
  lines="$(grep -E '"level":(40|50|60)' "$f" | tail -n 8 | cut -c1-400)"
  [[ -n $lines ]] || continue
  printf -- '--- %s\n%s\n' "$(basename "$f")" "$lines"
done
