#pragma once
// The articles every microbenchmark runs over: the PolNeAR train texts when ../shared holds
// them, else the bundled examples, loaded once into memory so no benchmark times file I/O.

#include <cstddef>
#include <string>
#include <vector>

#include "graph/text/document.h"

namespace benchmark {
class State;
}

namespace claimgraph::bench {

/// The loaded articles, where they came from, and their text bytes.
struct Corpus {
  std::vector<Article> articles;
  std::string source;
  std::size_t bytes = 0;
};

/// Sets the folder or file the corpus is read from (before the first corpus() call).
void set_corpus_path(const std::string& path);

/// The corpus, read on first use from the path set, the shared PolNeAR train texts when
/// present, or data/examples.
const Corpus& corpus();

/// Reports the corpus's bytes and articles per iteration of `state` as rates.
void count_corpus(benchmark::State& state);

}  // namespace claimgraph::bench
