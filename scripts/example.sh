#!/usr/bin/env bash
# README command 1: set up, build, and run claimgraph on the bundled example article.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh build
example=data/examples/seed-russia-contacts.txt
out=build/example
mkdir -p "$out"
build/claimgraph extract "$example" -o "$out/seed.jsonl"
build/claimgraph render "$example" -o "$out/seed.svg"
build/claimgraph render "$example" -o "$out/seed.dot"
echo "== entities and relations: $out/seed.jsonl; drawing: $out/seed.svg (and .dot)"
build/claimgraph path "$example" "Hope Hicks" "Vladimir Putin"
