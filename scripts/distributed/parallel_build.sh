#!/usr/bin/env bash
# Builds a claimgraph store with GNU parallel: `claimgraph extract` on blocks of the input as the
# map step, `claimgraph merge` over the part files as the reduce step.
#
#   parallel_build.sh [-j N] [-b BLOCK] [-c CLAIMGRAPH] [-q] -o STORE INPUTS...
#
# INPUTS are JSON Lines files (*.jsonl, *.ndjson), text files (*.txt), folders and glob
# patterns. JSON Lines files are cut with `parallel --pipepart` into blocks of whole lines of
# about BLOCK bytes (default 8M; k, M, G suffixes) and each block is piped into
# `claimgraph extract -`; text files are passed to `claimgraph extract` by name, many per job.
# -j N runs N jobs at once (default: all cores). A block read on standard input would name a
# record without an id `stdin:<line>`, so records.py first gives every such record the id a
# single-process build gives it (`<file stem>:<line>`), in a copy of the file; files whose
# records all have ids are split as they are. Bad lines are reported by block ("block 3:
# claimgraph: <stdin>:5: ...", the line within the block); `claimgraph extract FILE` names the
# line of the file.
#
# Exit status, as claimgraph's: 0 success; 1 some inputs or lines were unusable (each reported)
# and the rest is in STORE; 2 usage error; 4 a job failed (no store written; the work folder
# with the parts is kept and named).
# shellcheck disable=SC2016  # the jobs' commands are single-quoted on purpose: the jobs expand them
set -euo pipefail
shopt -s nullglob

here=$(cd "$(dirname "$0")" && pwd)
usage() {
  echo "usage: parallel_build.sh [-j N] [-b BLOCK] [-c CLAIMGRAPH] [-q] -o STORE INPUTS..." >&2
  exit 2
}

jobs=$(nproc)
block=8M
store=
quiet=
claimgraph=${CLAIMGRAPH:-$(command -v claimgraph || echo "$here/../../build/claimgraph")}
while getopts "j:b:c:o:qh" opt; do
  case $opt in
    j) jobs=$OPTARG ;;
    b) block=$OPTARG ;;
    c) claimgraph=$OPTARG ;;
    o) store=$OPTARG ;;
    q) quiet=-q ;;
    *) usage ;;
  esac
done
shift $((OPTIND - 1))
[[ -n $store && $# -gt 0 ]] || usage
[[ -x $claimgraph ]] || { echo "parallel_build: no claimgraph binary at $claimgraph (use -c)" >&2; exit 2; }
command -v parallel >/dev/null || { echo "parallel_build: GNU parallel is not installed" >&2; exit 2; }

work=$(mktemp -d "${TMPDIR:-/tmp}/claimgraph-parallel.XXXXXX")
keep_work=1  # cleared once the store is written
trap '[[ $keep_work ]] && echo "parallel_build: the work folder is kept: $work" >&2 || rm -rf "$work"' EXIT
mkdir -p "$work/parts"
status=0

# Which inputs to split, with ids added where missing; problems are reported here.
prep=0
"${PYTHON:-python3}" "$here/records.py" prepare "$work/prep" "$@" || prep=$?
case $prep in 0) ;; 1) status=1 ;; *) exit "$prep" ;; esac
mapfile -d '' jsonl <"$work/prep/jsonl.list"
mapfile -d '' texts <"$work/prep/text.list"

# The jobs read these; exported so no path is ever spliced into a command line.
export CG=$claimgraph PARTS=$work/parts
# Zero-padded job numbers, so the folder lists the parts in input order for the merge.
seq6='{= $_ = sprintf("%06d", seq()) =}'

# run_jobs NAME PARALLEL-ARGS...: runs parallel with a job log; its stderr (the bad lines) is
# tagged by job, kept in $work/NAME.err and shown. Returns 4 when a job failed outright.
run_jobs() {
  local name=$1 rc=0
  shift
  parallel -j "$jobs" --halt never --joblog "$work/$name.log" --tag "$@" 2>"$work/$name.err" || rc=$?
  sed 's/^/parallel_build: /' "$work/$name.err" >&2
  # parallel's status counts failed jobs (1 to 101); 255 is an error of its own. A job's exit
  # value (column 7 of the log) of 1 means bad lines, reported; anything else is a failure.
  if ((rc > 101)) || awk -F'\t' 'NR > 1 && ($7 > 1 || $8 != 0) { bad = 1 } END { exit !bad }' "$work/$name.log"; then
    echo "parallel_build: $name: a job failed (see $work/$name.log)" >&2
    return 4
  fi
  awk -F'\t' 'NR > 1 && $7 == 1 { bad = 1 } END { exit !bad }' "$work/$name.log" && status=1
  return 0
}

failed=0
if ((${#jsonl[@]})); then
  run_jobs blocks --pipepart --block "$block" --tagstring "block {#}:" \
    '"$CG" extract - >"$PARTS"/block-'"$seq6"'.jsonl' :::: "${jsonl[@]}" || failed=1
  # Never lose lines silently: every non-blank line is an article or a reported bad line.
  lines=$(cat "${jsonl[@]}" | grep -cv $'^[ \t\r]*$' || true)
  articles=$(cat /dev/null "$work"/parts/block-*.jsonl | wc -l)
  reported=$(grep -c 'claimgraph: <stdin>:[0-9]*:' "$work/blocks.err" || true)
  if ((failed == 0 && lines != articles + reported)); then
    echo "parallel_build: $lines lines in, $articles articles and $reported bad lines out" >&2
    failed=1
  fi
fi
if ((failed == 0 && ${#texts[@]})); then
  run_jobs texts -0 -X --arg-file <(printf '%s\0' "${texts[@]}") --tagstring "texts {#}:" \
    '"$CG" extract {} >"$PARTS"/texts-'"$seq6"'.jsonl' || failed=1
  articles=$(cat /dev/null "$work"/parts/texts-*.jsonl | wc -l)
  reported=$(grep -c 'claimgraph: ' "$work/texts.err" || true)
  if ((failed == 0 && ${#texts[@]} != articles + reported)); then
    echo "parallel_build: ${#texts[@]} text files in, $articles articles and $reported bad files out" >&2
    failed=1
  fi
fi
((failed == 0)) || { echo "parallel_build: no store written" >&2; exit 4; }

# The reduce step. A block of nothing but bad lines leaves an empty part, which is no part.
find "$work/parts" -type f -empty -delete
if [[ -z $(ls -A "$work/parts") ]]; then
  echo "parallel_build: no article could be read; no store written" >&2
  keep_work=
  exit 1
fi
merged=0
"$claimgraph" merge "$work/parts" -o "$store" $quiet || merged=$?
case $merged in
  0) keep_work= ;;
  1) status=1 ;;
  *) exit "$merged" ;;
esac
exit "$status"
