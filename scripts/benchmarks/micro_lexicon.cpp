// Microbenchmarks of lexicon look-ups: phrase matching at every token (names, cues, titles and
// the rest), page-furniture lines, and the mention finder built on them.

#include <benchmark/benchmark.h>

#include "graph/extract/lexicon.h"
#include "graph/extract/mentions.h"
#include "scripts/benchmarks/micro_corpus.h"
#include "scripts/benchmarks/micro_stages.h"

namespace claimgraph::bench {

namespace {

/// A match of `table` tried at every token of every article, as the mention finder does.
template <typename T>
void match_everywhere(benchmark::State& state, const PhraseTable<T>& table) {
  const auto& docs = staged();
  for (auto _ : state) {
    std::size_t found = 0;
    for (const auto& s : docs)
      for (std::size_t i = 0; i < s->doc.size(); ++i)
        found += table.match(s->doc, i, s->doc.size()).length;
    benchmark::DoNotOptimize(found);
  }
  count_corpus(state);
}

void BM_PhraseMatchNames(benchmark::State& state) {
  match_everywhere(state, Lexicon::builtin().names);
}
BENCHMARK(BM_PhraseMatchNames)->Unit(benchmark::kMillisecond);

void BM_PhraseMatchCues(benchmark::State& state) {
  match_everywhere(state, Lexicon::builtin().attribution_cues);
}
BENCHMARK(BM_PhraseMatchCues)->Unit(benchmark::kMillisecond);

void BM_PhraseMatchTitles(benchmark::State& state) {
  match_everywhere(state, Lexicon::builtin().titles);
}
BENCHMARK(BM_PhraseMatchTitles)->Unit(benchmark::kMillisecond);

void BM_PhraseMatchPlaces(benchmark::State& state) {
  match_everywhere(state, Lexicon::builtin().places);
}
BENCHMARK(BM_PhraseMatchPlaces)->Unit(benchmark::kMillisecond);

/// Every line of every article tested as page furniture.
void BM_FurnitureLines(benchmark::State& state) {
  const Lexicon& lex = Lexicon::builtin();
  for (auto _ : state) {
    std::size_t furniture = 0;
    for (const auto& a : corpus().articles) {
      std::string_view text = a.text;
      for (std::size_t start = 0; start < text.size();) {
        std::size_t end = std::min(text.find('\n', start), text.size());
        furniture += lex.is_furniture(text.substr(start, end - start));
        start = end + 1;
      }
    }
    benchmark::DoNotOptimize(furniture);
  }
  count_corpus(state);
}
BENCHMARK(BM_FurnitureLines)->Unit(benchmark::kMillisecond);

/// Quotations and mentions of every article, from its Document.
void BM_Mentions(benchmark::State& state) {
  const Lexicon& lex = Lexicon::builtin();
  const auto& docs = staged();
  for (auto _ : state)
    for (const auto& s : docs) {
      auto quotes = find_quotes(s->doc);
      benchmark::DoNotOptimize(find_mentions(s->doc, lex, quotes).size());
    }
  count_corpus(state);
}
BENCHMARK(BM_Mentions)->Unit(benchmark::kMillisecond);

}  // namespace

}  // namespace claimgraph::bench
