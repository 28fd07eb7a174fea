#!/usr/bin/env bash
# Query speed at scale, claimgraph beside its peers in one run: writes a synthetic store of
# ENTITIES entities and RELATIONS relations with scripts/gen-store (once; kept at STORE), then
# - build/query_bench: making and saving the store's graph (once per change of the store),
#   opening it, and in one process the median over 200 random connected pairs of the shortest
#   path, the 5 best paths and a whole answer with evidence, the depth-2 neighbourhood of the
#   biggest hub and `contested` over everything;
# - networkx and python-igraph (Debian's python3-networkx, python3-igraph) on the same links
#   and pairs (scripts/benchmarks/peers.py);
# - `claimgraph path`, `neighbors` and `contested` end to end, time and peak memory.
# Usage: scripts/bench-query.sh [ENTITIES] [RELATIONS] [STORE]
set -euo pipefail
cd "$(dirname "$0")/.."
entities=${1:-100000}
relations=${2:-500000}
store=${3:-/tmp/claimgraph-synthetic-$entities-$relations.db}
bash scripts/setup.sh build >/dev/null
cmake --build build -j2 --target gen_store query_bench claimgraph >/dev/null
if ! /usr/bin/python3 -c 'import networkx, igraph' 2>/dev/null; then
  [[ $(id -u) == 0 ]] || { echo "bench-query: needs python3-networkx and python3-igraph" >&2; exit 1; }
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q python3-networkx python3-igraph >/dev/null
fi
[[ -f $store ]] || scripts/gen-store "$entities" "$relations" "$store"
peers=$(mktemp -d)
trap 'rm -rf "$peers"' EXIT
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
echo "command: build/query_bench $store 200 1 PEER_DIR"
/usr/bin/time -f "query_bench: %e s, peak %M KB" build/query_bench "$store" 200 1 "$peers"
for peer in networkx igraph; do
  echo "command: /usr/bin/python3 scripts/benchmarks/peers.py PEER_DIR $peer"
  /usr/bin/time -f "$peer: %e s, peak %M KB" /usr/bin/python3 scripts/benchmarks/peers.py "$peers" $peer
done
# Two ends the generator always makes: entity 0 and entity 20 (the first two hubs' names).
for query in "path $store 'Anna Bababa' 'Anna Kobaba'" "path $store -k 5 'Anna Bababa' 'Anna Kobaba'" \
  "neighbors $store 'Anna Kobaba'" "contested $store --limit 20"; do
  echo "command: build/claimgraph $query"
  eval "/usr/bin/time -f '%e s, peak %M KB' build/claimgraph $query" >/dev/null
done
