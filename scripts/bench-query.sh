#!/usr/bin/env bash
# Query speed at scale: writes a synthetic store of ENTITIES entities and RELATIONS relations
# with scripts/gen-store (once; kept at STORE), then times in one process the loading (store,
# resolution, aggregation, links) and the queries (shortest path, 5 best, depth-2 neighbourhood
# of the biggest hub, contested) with build/query_bench, and `claimgraph path` end to end.
# Usage: scripts/bench-query.sh [ENTITIES] [RELATIONS] [STORE]
set -euo pipefail
cd "$(dirname "$0")/.."
entities=${1:-100000}
relations=${2:-500000}
store=${3:-/tmp/claimgraph-synthetic-$entities-$relations.db}
bash scripts/setup.sh build >/dev/null
cmake --build build -j2 --target gen_store query_bench claimgraph >/dev/null
[[ -f $store ]] || scripts/gen-store "$entities" "$relations" "$store"
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
echo "command: build/query_bench $store 20"
/usr/bin/time -f "query_bench: %e s, peak %M KB" build/query_bench "$store" 20
# Two ends the generator always makes: entity 0 and entity 20 (the first two hubs' names).
echo "command: build/claimgraph path $store 'Anna Bababa' 'Anna Kobaba'"
/usr/bin/time -f "path: %e s, peak %M KB" build/claimgraph path "$store" "Anna Bababa" "Anna Kobaba" >/dev/null
