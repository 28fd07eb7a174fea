#!/usr/bin/env bash
# Query cost as the store grows: stores of 1, 10 and 30 copies of the BuzzFeed-Webis articles
# (each copy with new ids, so every copy is new news), then `path`, `path -k 5`, `neighbors`
# and `contested` on each, end to end with peak memory: the first query after the build (which
# makes and saves the store's graph) and the median of three after it (which open the saved
# graph). A query's cost should not grow with the articles behind the graph.
# Usage: scripts/bench-query-growth.sh [ARTICLES.jsonl] [WORK_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
articles=${1:-../shared/data/buzzfeed-webis-2016/articles.jsonl}
work=${2:-/tmp/claimgraph-growth}
[[ -f $articles ]] || { echo "bench-query-growth: $articles: no such file" >&2; exit 1; }
bash scripts/setup.sh build >/dev/null
cmake --build build -j2 --target claimgraph >/dev/null
mkdir -p "$work"
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"

# Writes COPIES copies of the articles, ids suffixed with the copy's number.
replicate() {
  /usr/bin/python3 - "$articles" "$1" <<'PY'
import json, sys
lines = open(sys.argv[1], encoding="utf-8").read().splitlines()
for copy in range(int(sys.argv[2])):
    for line in lines:
        a = json.loads(line)
        a["id"] = f'{a["id"]}-copy{copy}'
        print(json.dumps(a, ensure_ascii=False))
PY
}

# Prints "seconds peak_KB" of one run of claimgraph with these arguments.
timed() {
  /usr/bin/time -f "%e %M" -o "$work/time.txt" build/claimgraph "$@" >/dev/null 2>&1 || true
  cat "$work/time.txt"
}

queries=("path|Donald Trump|Vladimir Putin" "path|-k|5|Donald Trump|Vladimir Putin"
         "neighbors|Donald Trump" "contested")
printf '%-7s %-9s %-44s %-22s %s\n' copies articles query "first (s, peak KB)" "saved: median of 3 (s, peak KB)"
for copies in 1 10 30; do
  store="$work/bfw-x$copies.db"
  if [[ ! -f $store ]]; then
    replicate "$copies" > "$work/bfw-x$copies.jsonl"
    build/claimgraph build "$work/bfw-x$copies.jsonl" -o "$store" 2>/dev/null || true
    rm -f "$work/bfw-x$copies.jsonl"
  fi
  n=$(/usr/bin/python3 -c "import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute('select count(*) from articles').fetchone()[0])" "$store")
  for q in "${queries[@]}"; do
    IFS='|' read -r -a args <<< "$q"
    cmd=("${args[0]}" "$store" "${args[@]:1}")
    rm -f "$store.graph"
    first=$(timed "${cmd[@]}")
    runs=$( for i in 1 2 3; do timed "${cmd[@]}"; done | sort -n | sed -n 2p )
    printf '%-7s %-9s %-44s %-22s %s\n' "$copies" "$n" "${args[*]}" "$first" "$runs"
  done
done
