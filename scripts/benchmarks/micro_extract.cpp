// Microbenchmarks of the extraction rules: entity resolution, attribution rules, relation
// rules, and the whole of extract_article for scale.

#include <benchmark/benchmark.h>

#include "graph/extract/extractor.h"
#include "graph/extract/relations.h"
#include "scripts/benchmarks/micro_corpus.h"
#include "scripts/benchmarks/micro_stages.h"

namespace claimgraph::bench {

namespace {

/// Copies of the staged resolvers `which` picks, made untimed: the rules change them.
template <typename Pick>
std::vector<EntityResolver> resolver_copies(Pick which) {
  std::vector<EntityResolver> out;
  out.reserve(staged().size());
  for (const auto& s : staged()) out.push_back(which(*s));
  return out;
}

/// Grouping mentions into entities, and finishing them (ids, order) as the output needs.
void BM_EntityResolution(benchmark::State& state) {
  const Lexicon& lex = Lexicon::builtin();
  for (auto _ : state)
    for (const auto& s : staged()) {
      EntityResolver resolver(s->doc, lex, s->mentions);
      std::vector<Entity> entities;
      benchmark::DoNotOptimize(resolver.finish(entities).size());
    }
  count_corpus(state);
}
BENCHMARK(BM_EntityResolution)->Unit(benchmark::kMillisecond);

/// The attribution rules (cues, sources, content) over resolved mentions.
void BM_Attributions(benchmark::State& state) {
  const Lexicon& lex = Lexicon::builtin();
  const auto& docs = staged();
  for (auto _ : state) {
    state.PauseTiming();
    auto resolvers =
        resolver_copies([](const Staged& s) -> const EntityResolver& { return *s.resolver; });
    state.ResumeTiming();
    for (std::size_t k = 0; k < docs.size(); ++k) {
      const Staged& s = *docs[k];
      benchmark::DoNotOptimize(
          find_attributions(s.doc, lex, s.mentions, s.quotes, resolvers[k]).size());
    }
  }
  count_corpus(state);
}
BENCHMARK(BM_Attributions)->Unit(benchmark::kMillisecond);

/// The relation rules over the attributions found.
void BM_Relations(benchmark::State& state) {
  const Lexicon& lex = Lexicon::builtin();
  const auto& docs = staged();
  for (auto _ : state) {
    state.PauseTiming();
    auto resolvers =
        resolver_copies([](const Staged& s) -> const EntityResolver& { return *s.resolved; });
    state.ResumeTiming();
    for (std::size_t k = 0; k < docs.size(); ++k) {
      const Staged& s = *docs[k];
      benchmark::DoNotOptimize(
          find_relations(s.doc, lex, s.mentions, s.quotes, s.found, resolvers[k]).size());
    }
  }
  count_corpus(state);
}
BENCHMARK(BM_Relations)->Unit(benchmark::kMillisecond);

/// The whole extraction, every stage and the output record.
void BM_ExtractArticle(benchmark::State& state) {
  const Lexicon& lex = Lexicon::builtin();
  for (auto _ : state)
    for (const auto& a : corpus().articles)
      benchmark::DoNotOptimize(extract_article(a, lex).relations.size());
  count_corpus(state);
}
BENCHMARK(BM_ExtractArticle)->Unit(benchmark::kMillisecond);

}  // namespace

}  // namespace claimgraph::bench
