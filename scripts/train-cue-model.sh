#!/usr/bin/env bash
# Trains the cue model on PolNeAR train and writes data/lexicons/cue_model.txt (embedded into the
# binary at the next build). Deterministic: the same corpus and code give the same file.
# Usage: scripts/train-cue-model.sh [split] [extra trainer options, e.g. --holdout 10]
set -euo pipefail
cd "$(dirname "$0")/.."
split=${1:-../shared/data/polnear/train}
shift || true
if [[ ! -d $split/text ]]; then
  echo "train-cue-model: $split/text is absent; nothing to train on" >&2
  exit 1
fi
out=${CUE_MODEL_OUT:-data/lexicons/cue_model.txt}
# Thresholds picked on a held-out tenth of train (every 10th article; see the README).
add=${CUE_MODEL_ADD:-0.5}
drop=${CUE_MODEL_DROP:--2}
cmake --build build --target train_cue_model -j1 >/dev/null
tmp=$(mktemp)
build/train_cue_model "$split" data/lexicons "$tmp" --add "$add" --drop "$drop" --min-count 10 --prune 0.05 --gate-percent 10 "$@"
mv "$tmp" "$out"
chmod 644 "$out"
echo "train-cue-model: wrote $out ($(wc -c <"$out") bytes)"
