#!/usr/bin/env bash
# The image stage on a site of 500 photographs of 2 to 4 megapixels (5 in each of 100 articles): the first build,
# which encodes every image, and the second, which finds them all in the cache; then the bytes of images a phone
# (390 px wide, 3x pixel ratio) downloads to read one article, against the originals it downloaded before the stage.
# Usage: tests/bench/image-bench.sh    Env: RUNS (second builds timed, default 3), BINARY (see tests/bench/cli.sh)
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${RUNS:-3}
artifacts=${ARTIFACTS:-/tmp/sitegen-bench-artifacts}
make_corpus=../shared/bench/make-corpus
bench=/dev/shm/sitegen-image-bench
mkdir -p "$(dirname "$artifacts")"
source tests/bench/cli.sh
dotnet build tests/SiteGen.Benchmarks -c Release -o "$artifacts-helpers" -nologo -v quiet >/dev/null
helpers=(dotnet "$artifacts-helpers/SiteGen.Benchmarks.dll")

if [ ! -d "$bench/content/images" ]; then
  "$make_corpus" 100 "$bench/content" >/dev/null
  "${helpers[@]}" scenes 500 "$bench/content/images" --min-mp 2 --max-mp 4
  i=0
  for article in "$bench"/content/articles/*.md; do
    for k in 1 2 3 4 5; do
      i=$((i + 1))
      printf '\n![A landscape of hills under a morning sky](../images/scene-%04d.jpg)\n' "$i" >>"$article"
    done
  done
  cat >"$bench/content/site.yml" <<YML
title: Image Benchmark
base_url: https://bench.example.org/
helpline: { label: National Helpline, phone: "1-800-662-4357" }
YML
fi

seconds() { local start=$(date +%s.%N); "$@" >/dev/null; echo "$(date +%s.%N) - $start" | bc; }
median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

rm -rf "$bench/.sitegen-cache" "$bench/output"
first=$(seconds "${cli[@]}" build --source "$bench/content" --output "$bench/output" --quiet)
second=$(for _ in $(seq "$runs"); do seconds "${cli[@]}" build --source "$bench/content" --output "$bench/output" --quiet; done | median)
page=$(cd "$bench/output" && ls -d articles/*/ | head -1)index.html
before=$(grep -o 'scene-[0-9]\{4\}' "$bench/output/$page" | sort -u | while read -r f; do stat -c %s "$bench/content/images/$f.jpg"; done | awk '{ s += $1 } END { print s }')
after=$("${helpers[@]}" phone-bytes "$bench/output" "$page" | awk '{ print $3 }')
echo "binary: ${BINARY:-aot}; $(nproc) cores; 500 images, $(du -sm "$bench/content/images" | cut -f1) MB of originals"
printf 'first build (encodes every image):   %6.2f s\n' "$first"
printf 'second build (median of %d, cached): %6.2f s\n' "$runs" "$second"
printf 'phone, one article (%s):\n  before: %d bytes (the originals)\n  after:  %d bytes\n' "$page" "$before" "$after"
