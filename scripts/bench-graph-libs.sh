#!/usr/bin/env bash
# Measures cytoscape, sigma + graphology and the explorer's canvas renderer (web/): time to
# first render of a 5,000-node graph in Debian's headless chromium. Installs the libraries
# (npm) into a temporary folder, and needs
# scripts/setup.sh's chromium and tests/browser's playwright-core.
# Usage: scripts/bench-graph-libs.sh [NODES] [ROUNDS]
set -euo pipefail
cd "$(dirname "$0")/.."
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
npm install --prefix "$tmp" --no-audit --no-fund --silent cytoscape@3.35.0 sigma@3.0.3 graphology@0.26.0
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(/usr/bin/chromium --version 2>/dev/null)"
node scripts/benchmarks/graph_libs.js "$tmp" "${1:-5000}" "${2:-3}"
