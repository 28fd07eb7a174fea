#!/usr/bin/env bash
# The explorer's server under load (issue 15): time from start to the "serving" line, then with
# wrk (20 connections, loopback only) the median and p99 latency of search, neighbours and path
# requests, and any errors. Targets: ready <= 2 s; median <= 20 ms and p99 <= 100 ms.
# Usage: scripts/bench-serve.sh [STORE] [SECONDS]   (default: /tmp/serve-bench.db, built when
#        absent from the BuzzFeed-Webis articles and PolNeAR train, as bench-export.sh does)
set -euo pipefail
cd "$(dirname "$0")/.."
store=${1:-/tmp/serve-bench.db}
seconds=${2:-10}
cg=${CLAIMGRAPH:-build/claimgraph}
[[ -x $cg ]] || bash scripts/setup.sh build >/dev/null
command -v wrk >/dev/null || { echo "bench-serve: wrk is missing (scripts/setup.sh installs it)" >&2; exit 1; }
source scripts/benchmarks/shared_store.sh
shared_store bench-serve "$store"
work=$(mktemp -d)
server=
cleanup() { [[ -n $server ]] && kill "$server" 2>/dev/null; wait 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs); $(wrk --version 2>&1 | head -1 | cut -d' ' -f1-2)"
echo "command: $cg serve $store --port 0"
start=$(date +%s%N)
"$cg" serve "$store" --port 0 > "$work/out" 2> "$work/err" &
server=$!
until grep -q "^serving" "$work/out"; do
  kill -0 "$server" 2>/dev/null || { cat "$work/err" >&2; exit 1; }
  sleep 0.01
done
ready=$(( ($(date +%s%N) - start) / 1000000 ))
base=$(grep -o 'http://[^ ]*' "$work/out")
echo "ready after ${ready} ms at $base"
echo "stats: $(curl -s "$base/api/stats" | head -c 120)..."

printf '%-48s %8s %8s %8s %8s %s\n' request req/s median p99 max errors
for target in "api/search?q=manaf" "api/search?q=donald%20trump" \
              "api/neighbors?id=Paul%20Manafort" "api/neighbors?id=Donald%20Trump" \
              "api/path?from=Donald%20Trump&to=Vladimir%20Putin&k=3" \
              "api/path?from=Hope%20Hicks&to=Vladimir%20Putin&k=1"; do
  status=$(curl -s -o /dev/null -w '%{http_code}' "$base/$target")
  wrk -t 2 -c 20 -d "${seconds}s" --latency "$base/$target" > "$work/wrk" 2>&1
  median=$(awk '$1 == "50%" { print $2 }' "$work/wrk")
  p99=$(awk '$1 == "99%" { print $2 }' "$work/wrk")
  max=$(awk '$1 == "Latency" { print $4 }' "$work/wrk")
  rate=$(awk '$1 == "Requests/sec:" { print $2 }' "$work/wrk")
  errors=$(grep -E "Non-2xx|Socket errors" "$work/wrk" | tr -s ' ' | tr '\n' ' ' || true)
  printf '%-48s %8s %8s %8s %8s %s\n' "$target" "$rate" "$median" "$p99" "$max" \
         "${errors:-none} (HTTP $status)"
done
echo "wrk: wrk -t 2 -c 20 -d ${seconds}s --latency URL (loopback)"
