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
# kafkajs logs the broker's answers it retries (a partition's leader moving, a topic being created)
# as errors; they say nothing about a failure and would push the rest out of a log cut to its end.
retried='not the leader for that topic-partition|does not host this topic-partition|Topic creation errors|There is no leader for this topic-partition'
for f in "${files[@]}"; do
  lines="$(grep -E '"level":(40|50|60)' "$f" | grep -Ev "$retried" | tail -n 8 | cut -c1-400)"
  [[ -n $lines ]] || continue
  printf -- '--- %s\n%s\n' "$(basename "$f")" "$lines"
done
