#!/usr/bin/env bash
# Compares full cold builds of SiteGen (Release CLI) and Hugo on the same generated corpus.
# Usage: tests/bench/compare-hugo.sh [N ...]       (default: 1000 4000 10000 articles)
# Env:   RUNS (timed runs of each tool per size, default 5), ARTIFACTS (CLI build folder), BINARY (tool, the
#        installed command and the default, aot, r2r or jit: tests/bench/cli.sh), KEEP=1 keeps the corpora
#        and Hugo site copies in /dev/shm for another run.
# Each run is a new process writing to an emptied folder in /dev/shm; the tools take turns (which
# goes first alternates each round) so that a busy moment of the machine hits both. Prints the
# medians, SiteGen time / Hugo time, and the peak memory (max RSS) of each.
set -euo pipefail
cd "$(dirname "$0")/../.."
repo=$PWD

sizes=("$@")
[ $# -eq 0 ] && sizes=(1000 4000 10000)
runs=${RUNS:-5}
artifacts=${ARTIFACTS:-/tmp/sitegen-compare-artifacts}
make_corpus=$repo/../shared/bench/make-corpus
hugo_site=$repo/../shared/bench/hugo-site
work=/dev/shm/sitegen-compare

install_missing() {
  local command=$1 package=$2
  command -v "$command" >/dev/null && return
  echo "Installing $package..." >&2
  apt-get install -y "$package" >/dev/null 2>&1 || { apt-get update >/dev/null && apt-get install -y "$package" >/dev/null; }
}
install_missing hugo hugo
[ -x /usr/bin/time ] || install_missing /usr/bin/time time

cleanup() { [ "${KEEP:-0}" = 1 ] || rm -rf "$work"; }
trap cleanup EXIT
mkdir -p "$work"

# Process start counts, so SiteGen runs as it is published for speed: the Native AOT executable by default
# (BINARY=r2r or jit for the others, see tests/bench/cli.sh and docs/performance.md).
source tests/bench/cli.sh

# One timed run of a command: prints "wall_seconds peak_kib".
timed() {
  local log
  log=$(mktemp)
  /usr/bin/time -v "$@" 2>"$log" >/dev/null || { cat "$log" >&2; rm -f "$log"; return 1; }
  awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, t, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + t[i]; wall = s }
              /Maximum resident set size/ { rss = $2 }
              END { printf "%.3f %d\n", wall, rss }' "$log"
  rm -f "$log"
}

run_sitegen() { rm -rf "$1"; timed "${cli[@]}" build --source "$corpus" --output "$1" --quiet; }
run_hugo() { rm -rf "$1"; timed hugo --quiet --ignoreCache --source "$hugo_copy" --destination "$1"; }

median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
largest() { sort -n | tail -1; }

# Both tools suffer alike from other work on the machine, but the figures mean little when it is busy.
echo "Load average at start: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
printf '%-8s %12s %12s %8s %14s %14s %14s\n' articles "SiteGen (s)" "Hugo (s)" ratio "SiteGen MiB" "Hugo MiB" "pages S / H"
for n in "${sizes[@]}"; do
  corpus=$work/corpus-$n
  if [ ! -d "$corpus/articles" ]; then "$make_corpus" "$n" "$corpus" >/dev/null; fi
  # make-corpus writes articles only; the site around them is each tool's to describe, with what a real
  # recovery site has: helpline, menu, disclaimer, organization.
  cp tests/bench/site.yml "$corpus/site.yml"
  hugo_copy=$work/hugo-site-$n
  if [ ! -d "$hugo_copy/content/articles" ]; then
    rm -rf "$hugo_copy"
    cp -r "$hugo_site" "$hugo_copy"
    mkdir -p "$hugo_copy/content"
    cp -r "$corpus/articles" "$hugo_copy/content/articles"
  fi

  s_out=$work/out-sitegen-$n
  h_out=$work/out-hugo-$n
  run_sitegen "$s_out" >/dev/null   # warm-up: file cache and the runtime's first start
  run_hugo "$h_out" >/dev/null
  s_results=()
  h_results=()
  for round in $(seq "$runs"); do
    if [ $((round % 2)) = 1 ]; then
      s_results+=("$(run_sitegen "$s_out")"); h_results+=("$(run_hugo "$h_out")")
    else
      h_results+=("$(run_hugo "$h_out")"); s_results+=("$(run_sitegen "$s_out")")
    fi
  done
  s_wall=$(printf '%s\n' "${s_results[@]}" | cut -d' ' -f1 | median)
  h_wall=$(printf '%s\n' "${h_results[@]}" | cut -d' ' -f1 | median)
  s_peak=$(printf '%s\n' "${s_results[@]}" | cut -d' ' -f2 | largest)
  h_peak=$(printf '%s\n' "${h_results[@]}" | cut -d' ' -f2 | largest)
  s_pages=$(find "$s_out" -name '*.html' | wc -l)
  h_pages=$(find "$h_out" -name '*.html' | wc -l)
  awk -v n="$n" -v sw="$s_wall" -v hw="$h_wall" -v sm="$s_peak" -v hm="$h_peak" -v sp="$s_pages" -v hp="$h_pages" \
    'BEGIN { printf "%-8d %12.2f %12.2f %8.2f %14.0f %14.0f %14s\n", n, sw, hw, sw / hw, sm / 1024, hm / 1024, sp " / " hp }'
  rm -rf "$s_out" "$h_out"
done
echo "Medians of $runs alternating cold runs per tool; ratio = SiteGen time / Hugo time; MiB = largest max RSS."
echo "Load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
