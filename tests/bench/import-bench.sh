#!/usr/bin/env bash
# Times `sitegen import wordpress` on a generated export of N posts (default 2000), each like the test fixture's
# block-editor post (headings, a nested list, a quote, an image, a Yoast FAQ block, an embed, a shortcode) with a
# link to the next post, into a fresh content folder in /dev/shm; medians of RUNS (default 3).
# Usage: tests/bench/import-bench.sh [N]   Env: RUNS, BINARY (aot, the default, r2r or jit: see tests/bench/cli.sh)
set -euo pipefail
cd "$(dirname "$0")/../.."
n=${1:-2000}
runs=${RUNS:-3}
artifacts=${ARTIFACTS:-/tmp/sitegen-bench-artifacts}
mkdir -p "$(dirname "$artifacts")"
source tests/bench/cli.sh

bench=/dev/shm/sitegen-import-bench-$n
mkdir -p "$bench"
python3 - "$n" "$bench/export.xml" <<'PY'
import sys
n, out = int(sys.argv[1]), sys.argv[2]
fixture = open("tests/SiteGen.Tests/Import/Fixtures/wordpress-export.xml", encoding="utf-8").read()
head, rest = fixture.split("<item>", 1)
post = "<item>" + rest.split("</item>", 1)[0] + "</item>"
items = []
for i in range(1, n + 1):
    p = (post.replace("<wp:post_id>1</wp:post_id>", f"<wp:post_id>{i}</wp:post_id>")
             .replace("rebuilding-trust", f"rebuilding-trust-{i}")
             .replace("https://old.example.org/?p=2", f"https://old.example.org/?p={i % n + 1}")
             .replace("2023/05/setting-boundaries/", f"2023/04/rebuilding-trust-{i % n + 1}/"))
    items.append(p)
open(out, "w", encoding="utf-8").write(head + "\n".join(items) + "\n</channel>\n</rss>\n")
PY
seconds() { local start=$(date +%s.%N); "$@" >/dev/null 2>&1 || true; echo "$(date +%s.%N) - $start" | bc; }
median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
times=()
for _ in $(seq "$runs"); do
  rm -rf "$bench/content" && mkdir -p "$bench/content" && printf 'title: Bench\nbase_url: https://example.org/\n' >"$bench/content/site.yml"
  times+=("$(seconds "${cli[@]}" import wordpress "$bench/export.xml" --into "$bench/content" --uploads tests/SiteGen.Tests/Import/Fixtures/uploads)")
done
echo "binary: ${BINARY:-aot}; $(nproc) cores; $n posts, $(du -h "$bench/export.xml" | cut -f1) export"
printf 'import: %.2f s (median of %d); %d articles written\n' "$(printf '%s\n' "${times[@]}" | median)" "$runs" "$(ls "$bench/content/articles" | wc -l)"
