// Microbenchmarks of the text layer: UTF-8 decoding (the floor every stage stands on), the
// tokenizer, the Document (lower-case forms, sentences, page furniture), and the floor of any
// word-level extractor.

#include <benchmark/benchmark.h>

#include "graph/extract/lexicon.h"
#include "graph/text/document.h"
#include "graph/text/tokenizer.h"
#include "graph/text/utf8.h"
#include "scripts/benchmarks/micro_corpus.h"
#include "scripts/benchmarks/word_floor.h"

namespace claimgraph::bench {

namespace {

/// Every code point of every article through decode_utf8: the practical speed limit.
void BM_Utf8Decode(benchmark::State& state) {
  for (auto _ : state) {
    char32_t sum = 0;
    for (const auto& a : corpus().articles)
      for (std::size_t i = 0; i < a.text.size();) {
        Decoded d = decode_utf8(a.text, i);
        sum += d.cp;
        i += d.length;
      }
    benchmark::DoNotOptimize(sum);
  }
  count_corpus(state);
}
BENCHMARK(BM_Utf8Decode)->Unit(benchmark::kMillisecond);

/// Validation, as every input is checked before extraction.
void BM_Utf8Validate(benchmark::State& state) {
  for (auto _ : state)
    for (const auto& a : corpus().articles) benchmark::DoNotOptimize(find_invalid_utf8(a.text));
  count_corpus(state);
}
BENCHMARK(BM_Utf8Validate)->Unit(benchmark::kMillisecond);

/// The tokenizer alone.
void BM_Tokenize(benchmark::State& state) {
  for (auto _ : state)
    for (const auto& a : corpus().articles) benchmark::DoNotOptimize(tokenize(a.text).size());
  count_corpus(state);
}
BENCHMARK(BM_Tokenize)->Unit(benchmark::kMillisecond);

/// The Document: tokens, lower-case forms and hashes, sentences, furniture lines.
void BM_Document(benchmark::State& state) {
  const Lexicon& lex = Lexicon::builtin();
  for (auto _ : state)
    for (const auto& a : corpus().articles) {
      Document doc(a.text, [&](std::string_view line) { return lex.is_furniture(line); });
      benchmark::DoNotOptimize(doc.sentences().size());
    }
  count_corpus(state);
}
BENCHMARK(BM_Document)->Unit(benchmark::kMillisecond);

/// The floor of any word-level extractor (word_floor.h): how far the whole extraction is from
/// reading words at all.
void BM_WordFloor(benchmark::State& state) {
  std::string lower;
  for (auto _ : state) {
    std::uint64_t sum = 0;
    for (const auto& a : corpus().articles) sum += word_floor(a.text, lower);
    benchmark::DoNotOptimize(sum);
  }
  count_corpus(state);
}
BENCHMARK(BM_WordFloor)->Unit(benchmark::kMillisecond);

}  // namespace

}  // namespace claimgraph::bench
