#!/usr/bin/env bash
# The distributed builds give the graph of a single-process build (issue 5).
#
#   distributed_test.sh dask|parallel|associative CLAIMGRAPH SOURCE_DIR
#
# dask:        scripts/distributed/dask_build.py on a local cluster of 2 workers, small partitions
# parallel:    scripts/distributed/parallel_build.sh -j 2, small blocks
# associative: claimgraph merge in two groupings, of JSON Lines parts and of stores
# Each builds data/examples/newsroom.jsonl (and, for dask and parallel, the same plus a folder with
# two bad lines, records without ids and a text file) and checks that the stores render
# byte-identical DOT and hold the same rows as `claimgraph build` on the same inputs. Exit status
# 77 (skipped) when python3-distributed or GNU parallel is missing. Works in a scratch folder,
# removed on success and kept (and named) on failure.
set -euo pipefail

mode=$1
cg=$(realpath "$2")
src=$(realpath "$3")
scripts=$src/scripts/distributed
example=$src/data/examples/newsroom.jsonl
bad=$src/tests/fixtures/distributed
# Debian's python3-distributed lives in the system Python, whatever python3 comes first in PATH.
python=${PYTHON:-$( [[ -x /usr/bin/python3 ]] && echo /usr/bin/python3 || command -v python3 )}

case $mode in
  dask) "$python" -c 'import distributed' 2>/dev/null || { echo "SKIP: python3-distributed is not installed"; exit 77; } ;;
  parallel) command -v parallel >/dev/null || { echo "SKIP: GNU parallel is not installed"; exit 77; } ;;
  associative) ;;
  *) echo "unknown mode $mode" >&2; exit 2 ;;
esac

scratch=$(mktemp -d "${TMPDIR:-/tmp}/claimgraph-distributed-test.XXXXXX")
trap 'rc=$?; if ((rc == 0)); then rm -rf "$scratch"; else echo "kept: $scratch" >&2; fi' EXIT
cd "$scratch"

fail() { echo "FAIL: $*" >&2; exit 1; }

# expect_status WANT COMMAND...: runs the command and checks its exit status.
expect_status() {
  local want=$1 got=0
  shift
  "$@" || got=$?
  ((got == want)) || fail "exit status $got, expected $want: $*"
}

# stderr_to FILE COMMAND...: runs the command with its standard error in FILE (a redirection
# of expect_status itself would swallow the FAIL line too).
stderr_to() {
  local file=$1
  shift
  "$@" 2>"$file"
}

# same_graph REFERENCE OTHER: identical DOT and identical rows.
same_graph() {
  "$cg" render "$1" --format dot -o "$1.dot"
  "$cg" render "$2" --format dot -o "$2.dot"
  cmp "$1.dot" "$2.dot" || fail "$2 renders other DOT than $1"
  "$python" "$src/tests/distributed/compare_stores.py" "$1" "$2" || fail "$2 holds other rows than $1"
  echo "ok: $2 = $1"
}

# distributed_build STORE INPUTS...: the mode's build, exit status as it returns it.
distributed_build() {
  local store=$1
  shift
  case $mode in
    dask) "$python" "$scripts/dask_build.py" --workers 2 --partition-mb 0.005 --claimgraph "$cg" \
            --parts-dir "parts-$store" -q -o "$store" "$@" ;;
    parallel) bash "$scripts/parallel_build.sh" -j 2 -b 8k -c "$cg" -q -o "$store" "$@" ;;
  esac
}

SECONDS=0
if [[ $mode == associative ]]; then
  "$cg" build "$example" -o reference.db -q 2>>build.log
  # Three parts of the example, as articles, as extract's JSON Lines and as stores.
  sed -n 1,7p "$example" >a-articles.jsonl
  sed -n 8,14p "$example" >b-articles.jsonl
  sed -n 15,20p "$example" >c-articles.jsonl
  for p in a b c; do
    "$cg" extract $p-articles.jsonl -o $p.jsonl
    "$cg" build $p-articles.jsonl -o $p.db -q 2>>build.log
  done
  # JSON Lines parts: (a + b) + c, a + (b + c), and all three at once.
  "$cg" merge a.jsonl b.jsonl -o ab.db -q
  "$cg" merge ab.db c.jsonl -o left.db -q
  "$cg" merge b.jsonl c.jsonl -o bc.db -q
  "$cg" merge a.jsonl bc.db -o right.db -q
  "$cg" merge a.jsonl b.jsonl c.jsonl -o flat.db -q
  same_graph left.db right.db
  same_graph reference.db left.db
  same_graph reference.db flat.db
  # Stores written by build, in both groupings.
  "$cg" merge a.db b.db -o store-ab.db -q
  "$cg" merge store-ab.db c.db -o store-left.db -q
  "$cg" merge b.db c.db -o store-bc.db -q
  "$cg" merge a.db store-bc.db -o store-right.db -q
  same_graph store-left.db store-right.db
  same_graph reference.db store-left.db
  echo "associative: ${SECONDS} s"
  exit 0
fi

# The bundled example, all good input.
expect_status 0 stderr_to reference.err "$cg" build "$example" -o reference.db -q
expect_status 0 distributed_build distributed.db "$example"
if [[ $mode == dask ]]; then
  parts=$(ls parts-distributed.db | wc -l)
  ((parts >= 3)) || fail "only $parts part files; the test wants several partitions"
  echo "ok: $parts partitions"
fi
same_graph reference.db distributed.db

# With bad lines, records without ids and a text file: status 1, the same graph, and each bad
# line named as `claimgraph build` names it.
expect_status 1 stderr_to reference-bad.err "$cg" build "$example" "$bad" -o reference-bad.db -q
expect_status 1 stderr_to distributed-bad.err distributed_build distributed-bad.db "$example" "$bad"
cat distributed-bad.err
same_graph reference-bad.db distributed-bad.db
grep -qF "feed-with-bad-lines.jsonl:2: " distributed-bad.err || fail "line 2 not reported"
# The empty article on line 5 is a warning, told once for the file.
grep -qF 'feed-with-bad-lines.jsonl: 1 empty article skipped (line 5, id "empty-text")' \
  distributed-bad.err || fail "the empty article on line 5 not reported"

# A map step that fails: status 4, no store written.
cat >failing-claimgraph <<FAKE
#!/usr/bin/env bash
[[ \$1 == extract ]] && { echo "simulated failure" >&2; exit 4; }
exec "$cg" "\$@"
FAKE
chmod +x failing-claimgraph
real_cg=$cg cg=$scratch/failing-claimgraph
expect_status 4 stderr_to failing.err distributed_build failing.db "$example"
cg=$real_cg
[[ ! -e failing.db ]] || fail "a store was written although the map step failed"
echo "ok: a failing map step gives status 4 and no store"
echo "$mode: ${SECONDS} s"
