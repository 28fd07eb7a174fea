#!/usr/bin/env bash
# Rendering speed: the whole-store overview (within the picture budget) and a neighbourhood of
# about 150 entities, by claimgraph end to end (store read, selection, layout, SVG) and by the
# Graphviz command on the same DOT with the same engine, in one run, best of ROUNDS.
# Usage: scripts/bench-render.sh STORE [ENTITY] [ROUNDS]
set -euo pipefail
cd "$(dirname "$0")/.."
store=${1:?usage: scripts/bench-render.sh STORE [ENTITY] [ROUNDS]}
entity=${2:-Donald Trump}
rounds=${3:-3}
bash scripts/setup.sh build >/dev/null
cg=build/claimgraph
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"

# The best wall time of `rounds` runs of a command, in seconds.
best() {
  local best=
  for ((i = 0; i < rounds; i++)); do
    local t0 t1
    t0=$(date +%s.%N)
    "$@" >/dev/null 2>&1
    t1=$(date +%s.%N)
    best=$(python3 -c "print(min(float('${best:-inf}'), $t1 - $t0))")
  done
  printf '%.3f' "$best"
}

measure() {
  local name=$1 engine=$2
  shift 2
  "$cg" render "$store" "$@" --layout "$engine" --format dot -o "$work/$name.dot" 2>/dev/null
  local nodes edges
  nodes=$(grep -cE '^\s*n[0-9]+\s*\[' "$work/$name.dot" || true)
  edges=$(grep -c -- ' -> n' "$work/$name.dot" || true)
  local to_dot full command
  to_dot=$(best "$cg" render "$store" "$@" --layout "$engine" --format dot -o "$work/x.dot")
  full=$(best "$cg" render "$store" "$@" --layout "$engine" -o "$work/x.svg")
  command=$(best "$engine" -Tsvg "$work/$name.dot" -o "$work/y.svg")
  python3 - "$name" "$engine" "$nodes" "$edges" "$to_dot" "$full" "$command" <<'PY'
import sys
name, engine, nodes, edges, to_dot, full, command = sys.argv[1:]
to_dot, full, command = map(float, (to_dot, full, command))
layout = full - to_dot
print(f"| {name} | {engine} | {nodes} | {edges} | {full:.2f} s | {to_dot:.2f} s | {layout:.2f} s "
      f"| {command:.2f} s | {layout / command:.2f} |")
PY
}

echo "command: scripts/bench-render.sh $store '$entity' $rounds"
echo
echo "| picture | engine | entities | edges | claimgraph render | of which reading and DOT | layout + SVG | the Graphviz command on its DOT | ratio |"
echo "|---|---|---|---|---|---|---|---|---|"
measure overview sfdp
measure neighbourhood dot --neighbors "$entity" --depth 1
measure neighbourhood sfdp --neighbors "$entity" --depth 1
