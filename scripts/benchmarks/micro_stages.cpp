#include "scripts/benchmarks/micro_stages.h"

#include "scripts/benchmarks/micro_corpus.h"

namespace claimgraph::bench {

namespace {

std::unique_ptr<Staged> stage(const Article& a, const Lexicon& lex) {
  auto s = std::unique_ptr<Staged>(
      new Staged{Document(a.text, [&](std::string_view line) { return lex.is_furniture(line); }),
                 {},
                 {},
                 {},
                 {},
                 {}});
  s->quotes = find_quotes(s->doc);
  s->mentions = find_mentions(s->doc, lex, s->quotes);
  s->resolver.emplace(s->doc, lex, s->mentions);
  EntityResolver working = *s->resolver;
  s->found = find_attributions(s->doc, lex, s->mentions, s->quotes, working);
  s->resolved.emplace(working);
  return s;
}

}  // namespace

const std::vector<std::unique_ptr<Staged>>& staged() {
  static const auto all = [] {
    std::vector<std::unique_ptr<Staged>> out;
    for (const auto& a : corpus().articles) out.push_back(stage(a, Lexicon::builtin()));
    return out;
  }();
  return all;
}

}  // namespace claimgraph::bench
