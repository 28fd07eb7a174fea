#!/usr/bin/env bash
# Builds a claimgraph store with GNU parallel: `claimgraph extract` on blocks of the articles as
# the map step, `claimgraph merge` over the part files as the reduce step.
#
#   parallel_build.sh [-j N] [-b BLOCK] [-c CLAIMGRAPH] [-q] -o STORE INPUTS...
#
# INPUTS are whatever `claimgraph build` reads (text files, JSON Lines, CSV, folders, globs).
# `claimgraph articles` writes them as JSON Lines records, each with the id a single-process
# build gives it (bad inputs and lines are named on standard error); `parallel --pipepart` cuts
# that file into blocks of whole lines of about BLOCK bytes (default 8M), -j N jobs (default:
# all cores) pipe them into `claimgraph extract -`, and `claimgraph merge` reads the parts.
#
# Exit status, as claimgraph's: 0 success; 1 some inputs or lines were unusable (each named)
# and the rest is in STORE; 2 usage error; 4 a job failed (no store written; the work folder
# with the parts is kept and named).
# shellcheck disable=SC2016  # the job command is single-quoted on purpose: the jobs expand it
set -euo pipefail

usage() {
  echo "usage: parallel_build.sh [-j N] [-b BLOCK] [-c CLAIMGRAPH] [-q] -o STORE INPUTS..." >&2
  exit 2
}
here=$(cd "$(dirname "$0")" && pwd)
jobs=$(nproc) block=8M store= quiet=
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
fail() {
  echo "parallel_build: $*; no store written; the work folder is kept: $work" >&2
  exit 4
}
mkdir "$work/parts"

status=0
"$claimgraph" articles "$@" -o "$work/articles.jsonl" || status=$?
((status <= 1)) || fail "claimgraph articles exited with status $status"
articles=$(wc -l <"$work/articles.jsonl")
if ((articles == 0)); then
  rm -rf "$work"
  echo "parallel_build: no article could be read; no store written" >&2
  exit 1
fi

# The map step. Job numbers are zero-padded so the folder lists the parts in input order; the
# parts folder is passed in the environment, never spliced into the shell command.
export CG=$claimgraph PARTS=$work/parts
parallel -j "$jobs" --pipepart -a "$work/articles.jsonl" --block "$block" --halt now,fail=1 \
  --joblog "$work/jobs.log" \
  '"$CG" extract - >"$PARTS"/part-{= $_ = sprintf("%06d", seq()) =}.jsonl' ||
  fail "a job failed (see $work/jobs.log)"
# Every record is a valid article (`articles` checked it), so each must come back.
returned=$(cat "$work"/parts/*.jsonl | wc -l)
((returned == articles)) || fail "$articles articles in, $returned records out"

# The reduce step.
"$claimgraph" merge "$work/parts" -o "$store" $quiet || fail "claimgraph merge failed"
rm -rf "$work"
exit "$status"
