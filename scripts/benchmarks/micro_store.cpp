// Microbenchmarks of the store writer: the corpus's extractions written into a fresh store in
// transactions of 64 or 512 articles (`claimgraph build` used the one, now the other), once or
// as four copies (new ids) to show how the cost grows with the store.

#include <benchmark/benchmark.h>
#include <unistd.h>

#include <filesystem>

#include "graph/extract/extractor.h"
#include "graph/store/store.h"
#include "scripts/benchmarks/micro_corpus.h"

namespace claimgraph::bench {

namespace {

/// The corpus's extractions, as the build's workers hand them to the writer; computed once.
const std::vector<StoredArticle>& extractions() {
  static const auto all = [] {
    std::vector<StoredArticle> out;
    for (const auto& a : corpus().articles)
      out.push_back({extract_article(a, Lexicon::builtin()), "0123456789abcdef", a.text.size()});
    return out;
  }();
  return all;
}

/// A store path of this process under the temporary folder, with its WAL files removed.
std::string fresh_store_path() {
  auto path = std::filesystem::temp_directory_path() /
              ("claimgraph-microbench-" + std::to_string(getpid()) + ".db");
  for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(path.string() + suffix);
  return path.string();
}

/// The batches of `copies` copies of the corpus (ids suffixed by the copy), `batch` articles
/// each, as the build's writer commits them.
std::vector<std::vector<StoredArticle>> batches(std::size_t copies, std::size_t batch) {
  std::vector<std::vector<StoredArticle>> out(1);
  for (std::size_t c = 0; c < copies; ++c)
    for (const auto& a : extractions()) {
      if (out.back().size() == batch) out.emplace_back();
      out.back().push_back(a);
      out.back().back().extraction.article_id += "#" + std::to_string(c);
    }
  return out;
}

/// Writes the batches (arguments: copies, articles per transaction) into a fresh store and
/// closes it: the build's writer from the first BEGIN to the last checkpoint.
void BM_StoreWrite(benchmark::State& state) {
  const auto copies = static_cast<std::size_t>(state.range(0));
  const auto all = batches(copies, static_cast<std::size_t>(state.range(1)));
  for (auto _ : state) {
    state.PauseTiming();
    std::string path = fresh_store_path();
    state.ResumeTiming();
    {
      GraphStore store(path);
      for (const auto& batch : all) store.write(batch);
    }
    state.PauseTiming();
    fresh_store_path();
    state.ResumeTiming();
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * copies * corpus().bytes));
  state.SetItemsProcessed(
      static_cast<std::int64_t>(state.iterations() * copies * extractions().size()));
}
BENCHMARK(BM_StoreWrite)
    ->Args({1, 64})
    ->Args({4, 64})
    ->Args({1, 512})
    ->Args({4, 512})
    ->Unit(benchmark::kMillisecond);

}  // namespace

}  // namespace claimgraph::bench
