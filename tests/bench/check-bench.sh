#!/usr/bin/env bash
# Times `sitegen check` on generated corpora, and a full build with the checks on (check: { build: warn }) against
# one without, alternating, output in /dev/shm. Usage: tests/bench/check-bench.sh [N ...]  (default: 4000 10000)
# Env: RUNS (default 3; medians printed), BINARY (aot, the default, r2r or jit: see tests/bench/cli.sh)
set -euo pipefail
cd "$(dirname "$0")/../.."
if [ $# -gt 0 ]; then sizes=("$@"); else sizes=(4000 10000); fi
runs=${RUNS:-3}
artifacts=${ARTIFACTS:-/tmp/sitegen-bench-artifacts}
make_corpus=../shared/bench/make-corpus
mkdir -p "$(dirname "$artifacts")"
source tests/bench/cli.sh

seconds() { local start=$(date +%s.%N); "$@" >/dev/null 2>&1 || true; echo "$(date +%s.%N) - $start" | bc; }
median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

echo "binary: ${BINARY:-aot}; $(nproc) cores"
printf '%-8s %12s %14s %14s %8s\n' articles "check (s)" "build off (s)" "build on (s)" ratio
for n in "${sizes[@]}"; do
  bench=/dev/shm/sitegen-check-bench-$n
  [ -d "$bench/on/articles" ] || { "$make_corpus" "$n" "$bench/on" >/dev/null; cp -r "$bench/on" "$bench/off"; }
  site='title: Benchmark Site
base_url: https://bench.example.org/
helpline: { label: National Helpline, phone: "1-800-662-4357" }
crisis_line: { label: 988 Lifeline, phone: "988" }'
  printf '%s\ncheck: { build: warn }\n' "$site" >"$bench/on/site.yml"
  printf '%s\ncheck: { build: off }\n' "$site" >"$bench/off/site.yml"
  check=() off=() on=()
  for _ in $(seq "$runs"); do
    check+=("$(seconds "${cli[@]}" check --source "$bench/on" --format json)")
    off+=("$(seconds "${cli[@]}" build --source "$bench/off" --output /dev/shm/sitegen-check-bench-out --quiet)")
    on+=("$(seconds "${cli[@]}" build --source "$bench/on" --output /dev/shm/sitegen-check-bench-out --quiet)")
  done
  c=$(printf '%s\n' "${check[@]}" | median); f=$(printf '%s\n' "${off[@]}" | median); o=$(printf '%s\n' "${on[@]}" | median)
  printf '%-8s %12.2f %14.2f %14.2f %8.2f\n' "$n" "$c" "$f" "$o" "$(echo "$o / $f" | bc -l)"
done
