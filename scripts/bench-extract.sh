#!/usr/bin/env bash
# Extraction throughput on one core over all PolNeAR train texts (or the folder given).
# Usage: scripts/bench-extract.sh [folder] [rounds]
set -euo pipefail
cd "$(dirname "$0")/.."
folder=${1:-../shared/data/polnear/train/text}
if [[ ! -d $folder ]]; then
  echo "bench-extract: $folder is absent (../shared not here?); nothing to measure" >&2
  exit 0
fi
bash scripts/setup.sh build >/dev/null
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
echo "command: build/extract_bench $folder ${2:-5}"
build/extract_bench "$folder" "${2:-5}"
