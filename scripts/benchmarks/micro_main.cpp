// The microbenchmarks' entry point: Google Benchmark's flags, then an optional corpus path.
// Usage: microbench [--benchmark_filter=...] [FOLDER_OR_FILE]

#include <benchmark/benchmark.h>

#include <cstdio>
#include <string>

#include "scripts/benchmarks/micro_corpus.h"

int main(int argc, char** argv) {
  benchmark::Initialize(&argc, argv);
  if (argc > 2) {
    std::fprintf(stderr, "usage: microbench [benchmark flags] [folder or file of articles]\n");
    return 2;
  }
  if (argc == 2) claimgraph::bench::set_corpus_path(argv[1]);
  const auto& c = claimgraph::bench::corpus();
  if (c.articles.empty()) {
    std::fprintf(stderr, "microbench: %s holds no articles\n", c.source.c_str());
    return 1;
  }
  benchmark::AddCustomContext("corpus", c.source + ": " + std::to_string(c.articles.size()) +
                                            " articles, " + std::to_string(c.bytes) + " bytes");
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
