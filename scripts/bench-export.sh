#!/usr/bin/env bash
# Export speed (issue 14): `claimgraph export` of a store in every format, three runs each, the
# median wall time and the peak memory, then each file read back (networkx for GraphML, GEXF and
# JSON; the CSV and Cypher parsers of scripts/export_readback.py) with its node, edge and
# relation counts beside what `claimgraph entities --min-degree 1` and `claimgraph stats` count.
# Usage: scripts/bench-export.sh [STORE]   (default: /tmp/export-bench.db, built when absent
#        from the BuzzFeed-Webis articles and PolNeAR train)
set -euo pipefail
cd "$(dirname "$0")/.."
store=${1:-/tmp/export-bench.db}
cg=${CLAIMGRAPH:-build/claimgraph}
python=/usr/bin/python3
[[ -x $cg ]] || bash scripts/setup.sh build >/dev/null
source scripts/benchmarks/shared_store.sh
shared_store bench-export "$store"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
entities=$("$cg" entities "$store" --min-degree 1 --json | wc -l)
relations=$("$cg" stats "$store" --tsv | awk -F'\t' 'NR == 1 { for (i = 1; i <= NF; i++) if ($i == "relations") c = i } END { print $c }')
echo "store: $store; entities with a relation: $entities; relations: $relations"
printf '%-8s %10s %10s %12s   %s\n' format median peak size "read back (nodes, edges, relations)"
for format in graphml gexf json csv cypher; do
  out=$work/graph.$format
  [[ $format == csv ]] && out=$work/csv/
  times=()
  for run in 1 2 3; do
    start=$(date +%s.%N)
    /usr/bin/time -f '%M' -o "$work/rss" "$cg" export "$store" --format "$format" -o "$out" -q
    end=$(date +%s.%N)
    times+=("$(echo "$end - $start" | bc)")
  done
  median=$(printf '%s\n' "${times[@]}" | sort -n | sed -n 2p)
  size=$(du -cb "${out%/}"* 2>/dev/null | tail -1 | cut -f1)
  readback=$("$python" scripts/export_readback.py "$format" "$out")
  printf '%-8s %9.3fs %8d KB %10d B   %s\n' "$format" "$median" "$(cat "$work/rss")" "$size" "$readback"
  read -r _ n _ m _ k <<<"$readback"
  if [[ $n != "$entities" || $k != "$relations" ]]; then
    echo "bench-export: $format read back $n nodes and $k relations, not $entities and $relations" >&2
    exit 1
  fi
done
