#include "scripts/benchmarks/micro_corpus.h"

#include <benchmark/benchmark.h>

#include <filesystem>
#include <iostream>
#include <sstream>

#include "graph/io/input.h"

namespace claimgraph::bench {

namespace {

/// The folder or file set_corpus_path chose; empty for the default.
std::string& chosen_path() {
  static std::string path;
  return path;
}

/// The shared PolNeAR train texts beside the checkout, else the bundled examples: the
/// benchmarks run (on less text) where ../shared is absent.
std::string default_path() {
  std::filesystem::path source(CLAIMGRAPH_SOURCE_DIR);
  auto polnear = source / ".." / "shared" / "data" / "polnear" / "train" / "text";
  if (std::filesystem::is_directory(polnear)) return polnear.lexically_normal().string();
  return (source / "data" / "examples").string();
}

Corpus load(const std::string& path) {
  Corpus c;
  c.source = path;
  ArticleSink sink{[&](Article&& a) {
                     c.bytes += a.text.size();
                     c.articles.push_back(std::move(a));
                   },
                   [](const InputError& e) { std::cerr << e.input << ": " << e.message << "\n"; }};
  std::istringstream none;
  read_inputs({path}, none, sink);
  return c;
}

}  // namespace

void set_corpus_path(const std::string& path) { chosen_path() = path; }

const Corpus& corpus() {
  static const Corpus c = load(chosen_path().empty() ? default_path() : chosen_path());
  return c;
}

void count_corpus(benchmark::State& state) {
  const Corpus& c = corpus();
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * c.bytes));
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * c.articles.size()));
}

}  // namespace claimgraph::bench
