#!/usr/bin/env bash
# Times `sitegen build` (Release, ReadyToRun) on generated corpora: output in memory (/dev/shm), on
# disk, and in memory with a theme that has no search page (so no search index is built).
# Usage: tests/bench/build-bench.sh [N ...]       (default: 1000 4000 10000 articles)
# Env:   RUNS (timed runs per case, default 3; the median is printed), DISK_DIR (default /var/tmp),
#        CASES (default "memory disk no-search"), BINARY (aot, the default, r2r or jit: see tests/bench/cli.sh)
set -euo pipefail
cd "$(dirname "$0")/../.."

if [ $# -gt 0 ]; then sizes=("$@"); else sizes=(1000 4000 10000); fi
runs=${RUNS:-3}
disk_dir=${DISK_DIR:-/var/tmp}
artifacts=${ARTIFACTS:-/tmp/sitegen-bench-artifacts}
make_corpus=../shared/bench/make-corpus

if [ ! -x /usr/bin/time ]; then
  apt-get install -y time >/dev/null 2>&1 || { apt-get update >/dev/null && apt-get install -y time >/dev/null; }
fi

cases=(${CASES:-memory disk no-search})

mkdir -p "$(dirname "$artifacts")"
source tests/bench/cli.sh

# One timed build: prints "wall_seconds peak_kib cpu_seconds".
timed_build() {
  local source=$1 output=$2 log
  log=$(mktemp)
  /usr/bin/time -v "${cli[@]}" build --source "$source" --output "$output" --quiet "${@:3}" 2>"$log" >/dev/null || { cat "$log" >&2; rm -f "$log"; return 1; }
  awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, t, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + t[i]; wall = s }
              /Maximum resident set size/ { rss = $2 }
              /User time|System time/ { cpu += $2 }
              END { printf "%.2f %d %.2f\n", wall, rss, cpu }' "$log"
  rm -f "$log"
}

median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

echo "binary: ${BINARY:-aot}; load average before: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
printf '%-8s %-9s %8s %10s %10s %10s %10s\n' articles output pages "wall (s)" "pages/s" "peak MiB" "cpu (s)"
for n in "${sizes[@]}"; do
  # The content folder, with a themes/ folder beside it for the theme without search.
  bench=/dev/shm/sitegen-bench-$n
  corpus=$bench/content
  if [ ! -d "$corpus/articles" ]; then
    "$make_corpus" "$n" "$corpus" >/dev/null
  fi
  rm -rf "$bench/themes/no-search"
  mkdir -p "$bench/themes"
  cp -r themes/default "$bench/themes/no-search"
  rm "$bench/themes/no-search/layouts/search.html"
  # make-corpus writes articles only; the site around them is SiteGen's to describe (as a real site would).
  cp tests/bench/site.yml "$corpus/site.yml"
  for kind in "${cases[@]}"; do
    options=()
    case $kind in
      disk) out=$disk_dir/sitegen-bench-out-$n ;;
      no-search) out=/dev/shm/sitegen-bench-out-$n; options=(--theme no-search) ;;
      *) out=/dev/shm/sitegen-bench-out-$n ;;
    esac
    rm -rf "$out"
    timed_build "$corpus" "$out" "${options[@]}" >/dev/null   # warm-up: file cache, first write of the output folder
    results=()
    for _ in $(seq "$runs"); do results+=("$(timed_build "$corpus" "$out" "${options[@]}")"); done
    wall=$(printf '%s\n' "${results[@]}" | cut -d' ' -f1 | median)
    peak=$(printf '%s\n' "${results[@]}" | cut -d' ' -f2 | sort -n | tail -1)
    cpu=$(printf '%s\n' "${results[@]}" | cut -d' ' -f3 | median)
    pages=$(find "$out" -name '*.html' | wc -l)
    awk -v n="$n" -v k="$kind" -v p="$pages" -v w="$wall" -v m="$peak" -v c="$cpu" \
      'BEGIN { printf "%-8d %-9s %8d %10.2f %10.0f %10.0f %10.2f\n", n, k, p, w, p / w, m / 1024, c }'
    rm -rf "$out"
  done
done
