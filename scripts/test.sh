#!/usr/bin/env bash
# README command 2: set up, build, and run every test under CTest.
# With --sanitize, builds with AddressSanitizer and UndefinedBehaviorSanitizer in build-asan/.
set -euo pipefail
cd "$(dirname "$0")/.."
build=build
args=()
if [[ ${1:-} == --sanitize ]]; then
  build=build-asan
  args=(-DCLAIMGRAPH_SANITIZE=ON)
  export BUILD_TYPE=RelWithDebInfo
  export ASAN_OPTIONS=detect_leaks=1
  export LSAN_OPTIONS=suppressions=$PWD/tests/lsan.supp:print_suppressions=0
  export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
fi
bash scripts/setup.sh "$build" "${args[@]}"
ctest --test-dir "$build" --output-on-failure --no-tests=error -j "$(nproc)"
