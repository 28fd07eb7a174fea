#!/usr/bin/env bash
# README command 1: set up, build, and run claimgraph on the bundled examples: one article, then
# a feed of twenty built into a store.
set -euo pipefail
cd "$(dirname "$0")/.."
CLAIMGRAPH_TARGET=claimgraph bash scripts/setup.sh build
example=data/examples/seed-russia-contacts.txt
out=build/example
mkdir -p "$out"
build/claimgraph extract "$example" -o "$out/seed.jsonl"
build/claimgraph render "$example" -o "$out/seed.svg"
build/claimgraph render "$example" -o "$out/seed.dot"
echo "== entities and relations: $out/seed.jsonl; drawing: $out/seed.svg (and .dot)"
build/claimgraph path "$example" "Hope Hicks" "Vladimir Putin"

# A set of articles: the bundled newsroom feed (20 fictional articles from four outlets) built
# into a store on all cores, counted by month, drawn, and queried.
feed=data/examples/newsroom.jsonl
rm -f "$out/newsroom.db"
build/claimgraph build "$feed" -o "$out/newsroom.db"
build/claimgraph stats "$out/newsroom.db" --by month
build/claimgraph render "$out/newsroom.db" -o "$out/newsroom.svg"
echo "== store: $out/newsroom.db; drawing: $out/newsroom.svg"
build/claimgraph path "$out/newsroom.db" "Elena Varga" "Marcus Hale"
