#!/usr/bin/env bash
# Installs what claimgraph needs from Debian's packages (when missing), then configures and
# builds it. Usage: scripts/setup.sh [--install] [build-dir] [extra cmake args...]
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(g++ cmake ninja-build pkg-config libboost-graph-dev libgraphviz-dev graphviz
          libcli11-dev doctest-dev nlohmann-json3-dev libutf8proc-dev libsqlite3-dev libxxhash-dev
          libsimdjson-dev libcpp-httplib-dev libjemalloc-dev
          python3-distributed python3-networkx python3-igraph parallel
          chromium wrk time)  # the explorer's browser test; scripts/bench (wrk, GNU time)
# node and npm fetch the explorer's graph library (web/) and the browser test's driver; a
# machine that has them from elsewhere keeps its own.
command -v npm >/dev/null || packages+=(nodejs npm)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  if [[ $(id -u) -ne 0 ]]; then
    echo "setup: missing packages: ${missing[*]}; run as root or: sudo apt-get install ${missing[*]}" >&2
    exit 1
  fi
  echo "setup: installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -q
  apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

# The explorer's graph library and the browser test's playwright-core, as their lockfiles say.
# CLAIMGRAPH_TARGET=claimgraph (scripts/example.sh) builds the command alone, no tests.
npm_dirs=(web tests/browser)
[[ ${CLAIMGRAPH_TARGET:-} == claimgraph ]] && npm_dirs=(web)
for dir in "${npm_dirs[@]}"; do
  [[ -d $dir/node_modules ]] || (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error)
done

# --install: afterwards `cmake --install` (prefix /usr/local, or PREFIX=...): claimgraph on the
# PATH, its man page and its bash completion.
install=
[[ ${1:-} == --install ]] && { install=1; shift; }
build=${1:-build}
shift || true
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE="${BUILD_TYPE:-Release}" "$@" >/dev/null
cmake --build "$build" -j "$(nproc)" ${CLAIMGRAPH_TARGET:+--target "$CLAIMGRAPH_TARGET"}
[[ -z $install ]] || cmake --install "$build" --prefix "${PREFIX:-/usr/local}"
