#!/usr/bin/env bash
# Google Benchmark microbenchmarks of the hot loops: UTF-8, tokenizer, Document, phrase
# matching, furniture, mentions, entity resolution, attribution and relation rules, the whole
# extraction, and the store writer. Over the PolNeAR train texts when ../shared holds them, else
# data/examples (or the folder given). Needs libbenchmark-dev (the microbench target is built
# only when CMake finds it).
# Usage: scripts/bench-micro.sh [folder] [benchmark flags, e.g. --benchmark_filter=Phrase]
set -euo pipefail
cd "$(dirname "$0")/.."
corpus=()
if [[ $# -gt 0 && $1 != --* ]]; then
  corpus=("$1")
  shift
fi
bash scripts/setup.sh build >/dev/null
if [[ ! -x build/microbench ]]; then
  echo "bench-micro: build/microbench is not built (Google Benchmark missing? apt-get install libbenchmark-dev)" >&2
  exit 1
fi
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "command: build/microbench --benchmark_min_time=1 $* ${corpus[*]}"
build/microbench --benchmark_min_time=1 "$@" "${corpus[@]}"
