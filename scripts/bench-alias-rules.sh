#!/usr/bin/env bash
# The cost of "!=" alias rules: builds a store from the BuzzFeed-Webis articles (once, under
# build/bench-aliases/), writes N rules pairing real entity names of that store ("A != B"; the
# names past the store's run out are made up, so every rule is looked up), and times
# `explain-entity` with and without them. Reports seconds and milliseconds per rule.
# Usage: scripts/bench-alias-rules.sh [binary] [N...]   (default: build/claimgraph, 1000 10000)
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${1:-build/claimgraph}
shift || true
counts=("$@")
((${#counts[@]})) || counts=(1000 10000)
articles=../shared/data/buzzfeed-webis-2016/articles.jsonl
if [[ ! -f $articles ]]; then
  echo "bench-alias-rules: $articles is absent; nothing to measure" >&2
  exit 0
fi
dir=build/bench-aliases
mkdir -p "$dir"
[[ -f $dir/store.db ]] || "$bin" build "$articles" -o "$dir/store.db" 2>/dev/null
"$bin" entities "$dir/store.db" --json |
  sed -n 's/.*"name":"\([^"\\]*\)".*/\1/p' >"$dir/names.txt"
timed() {  # seconds one explain-entity takes with the given alias file
  local start end
  start=$(date +%s.%N)
  "$bin" explain-entity "$dir/store.db" "Donald Trump" --aliases "$1" >/dev/null
  end=$(date +%s.%N)
  awk -v a="$start" -v b="$end" 'BEGIN { printf "%.2f", b - a }'
}
: >"$dir/none.txt"
base=$(timed "$dir/none.txt")
echo "entities in the store: $(wc -l <"$dir/names.txt"); no rules: ${base} s"
for n in "${counts[@]}"; do
  awk -v n="$n" '{ name[NR] = $0 } END {
      for (i = 0; i < n; ++i) {
        a = 2 * i + 1; b = 2 * i + 2
        left = a <= NR ? name[a] : "Made Up " a; right = b <= NR ? name[b] : "Made Up " b
        if (tolower(left) != tolower(right)) print left " != " right
      } }' "$dir/names.txt" >"$dir/rules-$n.txt"
  s=$(timed "$dir/rules-$n.txt")
  echo "$n rules: ${s} s, $(awk -v s="$s" -v b="$base" -v n="$n" 'BEGIN { printf "%.3f", (s - b) * 1000 / n }') ms per rule"
done
