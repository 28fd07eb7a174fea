#!/usr/bin/env bash
# `cmake --install BUILD --prefix SCRATCH`: the binary runs from the prefix, the man page
# renders with a section for every command, and the bash completion completes command names,
# a group's commands and a command's options.
# Usage: install_test.sh BUILD_DIR SCRATCH_DIR
set -euo pipefail
build=$1 prefix=$2
rm -rf "$prefix"
cmake --install "$build" --prefix "$prefix" >/dev/null
fail() { echo "install_test: $*" >&2; exit 1; }

"$prefix/bin/claimgraph" --version | grep -q '^claimgraph [0-9]' || fail "the installed binary"
man=$prefix/share/man/man1/claimgraph.1
[[ -f $man ]] || fail "no man page at $man"
for command in extract build merge render export path neighbors contested rank stats \
               explain-entity entities serve "eval graph" "eval polnear"; do
  # roff writes a hyphen as "\-"
  grep -qF ".SS claimgraph ${command//-/\\-} [OPTIONS]" "$man" || fail "the man page lacks $command"
done
grep -q '^\.SS claimgraph path \[OPTIONS\] INPUTS... FROM TO$' "$man" || fail "path's synopsis"
if command -v groff >/dev/null; then
  groff -man -Tutf8 -ww "$man" 2>"$prefix/groff.err" >/dev/null
  [[ ! -s $prefix/groff.err ]] || fail "groff: $(head -1 "$prefix/groff.err")"
fi

completion=$prefix/share/bash-completion/completions/claimgraph
[[ -f $completion ]] || fail "no completion at $completion"
# Prints the completions of the words given, the last being the one under the cursor.
complete_words() {
  bash -c 'source "$1"; shift; COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1)); _claimgraph
           echo "${COMPREPLY[*]}"' _ "$completion" "$@"
}
[[ $(complete_words claimgraph pa) == path ]] || fail "claimgraph pa<TAB>: $(complete_words claimgraph pa)"
[[ $(complete_words claimgraph ev) == eval ]] || fail "claimgraph ev<TAB>"
[[ $(complete_words claimgraph eval po) == polnear ]] || fail "claimgraph eval po<TAB>"
[[ $(complete_words claimgraph path --max-h) == --max-hops ]] || fail "path --max-h<TAB>"
[[ $(complete_words claimgraph neighbors store.db --dep) == --depth ]] || fail "neighbors --dep<TAB>"
[[ $(complete_words claimgraph eval graph --text) == --text-dir ]] || fail "eval graph --text<TAB>"
echo "install_test: binary, man page and completion under $prefix"
