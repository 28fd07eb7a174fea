# Sourced by the benchmarks that run over the BuzzFeed-Webis + PolNeAR train store:
# shared_store NAME STORE builds STORE with $cg from ../shared when it is not there yet; when
# ../shared is absent it says so and ends the benchmark (exit 0: nothing to measure here).
shared_store() {
  local name=$1 store=$2 i
  [[ -f $store ]] && return 0
  local inputs=(../shared/data/buzzfeed-webis-2016/articles.jsonl ../shared/data/polnear/train/text)
  for i in "${inputs[@]}"; do
    [[ -e $i ]] || { echo "$name: $i is absent (../shared not here?)" >&2; exit 0; }
  done
  echo "command: $cg build ${inputs[*]} -o $store -q"
  "$cg" build "${inputs[@]}" -o "$store" -q 2>/dev/null || true
}
