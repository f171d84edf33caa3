#!/usr/bin/env bash
# Time from saving an article to the preview's reload notice, on a generated corpus.
# Usage: tests/bench/reload-bench.sh [N]         (default: 4000 articles)
# Env:   EDITS (timed edits, default 15), PORT (default 4317), ARTIFACTS (CLI build folder), VERBOSE=1 (print
#        the server's stage timings of the last rebuild), BINARY (aot, the default, r2r or jit: tests/bench/cli.sh).
# Starts `sitegen serve` on a copy of the corpus in /dev/shm, listens to its event stream as an open
# page does (/__sitegen/events), then appends a sentence to one article at a time and measures from
# the write to the "reload" event. Prints each time and the median; the server's own log line per
# rebuild says how many pages it rendered.
set -euo pipefail
cd "$(dirname "$0")/../.."
repo=$PWD
n=${1:-4000}
edits=${EDITS:-15}
port=${PORT:-4317}
artifacts=${ARTIFACTS:-/tmp/sitegen-reload-artifacts}
work=/dev/shm/sitegen-reload-$n

source tests/bench/cli.sh

rm -rf "$work"
mkdir -p "$work"
"$repo/../shared/bench/make-corpus" "$n" "$work/content" >/dev/null
cat >"$work/content/site.yml" <<YML
title: Recovery Relationships
description: Generated articles for timing rebuilds.
base_url: https://bench.example.org/
YML

server_log=$work/serve.log
events=$work/events
"${cli[@]}" serve --source "$work/content" --port "$port" ${VERBOSE:+--verbose} >"$server_log" 2>&1 &
server=$!
cleanup() { kill "$server" 2>/dev/null || true; pkill -P "${listener:-0}" 2>/dev/null || true; kill "${listener:-}" 2>/dev/null || true; wait 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT
until grep -q "^Built" "$server_log" 2>/dev/null; do
  kill -0 "$server" 2>/dev/null || { cat "$server_log" >&2; exit 1; }
  sleep 0.2
done
grep "^Built" "$server_log"

# The listener stamps each reload notice as it arrives (a blocking read: no polling on the cores being timed).
# Times are bash's own clock ($EPOCHREALTIME, microseconds), read without starting a process.
: >"$events"
(curl -sN "http://127.0.0.1:$port/__sitegen/events" | while IFS= read -r line; do
  [ "$line" = "event: reload" ] && echo "${EPOCHREALTIME/[.,]/}" >>"$events"
done) &
listener=$!
sleep 1

# While a rebuild is timed, this shell waits with builtins only: starting a process (sleep, wc) would take
# processor time from the server on this 2-core machine. `read -t` on a pipe that stays open and empty is a sleep.
exec {idle}<> <(:)
notices=()
wait_for_notice() {
  while mapfile -t notices <"$events"; [ "${#notices[@]}" -le "$1" ]; do read -rt 0.005 -u "$idle" || true; done
}

mapfile -t articles < <(ls "$work/content/articles" | sort | head -n "$edits")
times=()
for article in "${articles[@]}"; do
  mapfile -t notices <"$events"
  before=${#notices[@]}
  start=${EPOCHREALTIME/[.,]/}
  printf '\nOne more sentence, added to time the preview.\n' >>"$work/content/articles/$article"
  wait_for_notice "$before"
  # The first notice after the save: the edited page, shown ahead of the rest of the site.
  ms=$(( (notices[before] - start) / 1000 ))
  times+=("$ms")
  echo "$article: $ms ms"
  sleep 2.5   # let the search index follow before the next edit
done
grep "^Rebuilt" "$server_log" | tail -n 3
[ -n "${VERBOSE:-}" ] && grep -E "shown|written" "$server_log"
printf '%s\n' "${times[@]}" | sort -n | awk '{ v[NR] = $1 } END { printf "median save-to-reload: %d ms over %d edits (load average %s)\n", v[int((NR + 1) / 2)], NR, "'"$(cut -d' ' -f1 /proc/loadavg)"'" }'
