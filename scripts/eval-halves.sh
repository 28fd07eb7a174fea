#!/usr/bin/env bash
# Scores the gold graphs of ../shared/eval/dev in two halves that share no outlet: the
# BuzzFeed-Webis articles (bfw-*) and the rest (PolNeAR dev and the seed example), then all.
# Usage: scripts/eval-halves.sh [claimgraph binary] [extra eval args...]
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${1:-build/claimgraph}
shift || true
dev=../shared/eval/dev
if [[ ! -d $dev ]]; then
  echo "eval-halves: $dev is absent; nothing to score" >&2
  exit 0
fi
bfw=("$dev"/bfw-*.gold.json)
other=()
for f in "$dev"/*.gold.json; do [[ $(basename "$f") == bfw-* ]] || other+=("$f"); done
echo "== BuzzFeed-Webis half (${#bfw[@]} articles)"
"$bin" eval graph "${bfw[@]}" "$@"
echo "== PolNeAR half and the seed (${#other[@]} articles)"
"$bin" eval graph "${other[@]}" "$@"
echo "== all"
"$bin" eval graph "$dev" "$@"
