#pragma once
// An article's extraction made from fuzz bytes: names, ids, aliases, quotes and metadata are
// the fuzzer's strings, spans and indices its numbers, so the writers meet any text at all.

#include <bit>
#include <cmath>
#include <string>

#include "fuzz_bytes.h"
#include "graph/model/extraction.h"
#include "graph/text/utf8.h"

namespace claimgraph::fuzz {

/// The longest valid UTF-8 prefix of `s`: what the readers would have let through.
inline std::string valid_prefix(std::string s) {
  if (auto bad = find_invalid_utf8(s)) s.resize(*bad);
  return s;
}

/// Makes fuzz-made extractions; `utf8` keeps every string valid UTF-8, as readers ensure.
class ExtractionMaker {
 public:
  ExtractionMaker(FuzzBytes& in, bool utf8) : in_(in), utf8_(utf8) {}

  /// An extraction of up to 8 entities, 4 attributions and 8 relations.
  ArticleExtraction make() {
    ArticleExtraction x;
    x.article_id = text();
    x.title = text(), x.outlet = text(), x.date = text(), x.url = text();
    std::size_t entities = 1 + in_.below(8);
    for (std::size_t i = 0; i < entities; ++i) x.entities.push_back(entity(x, i));
    for (std::size_t i = in_.below(5); i > 0; --i) x.attributions.push_back(attribution(x));
    for (std::size_t i = in_.below(9); i > 0; --i) x.relations.push_back(relation(x));
    return x;
  }

  /// A string from the input, valid UTF-8 when asked.
  std::string text() { return utf8_ ? valid_prefix(in_.string()) : in_.string(); }
  /// A span, start <= end.
  Span span() {
    std::uint32_t a = in_.byte() & 1 ? in_.u32() : in_.byte(), b = a + in_.byte();
    return {std::min(a, b), std::max(a, b)};
  }
  /// An index among the entities of `x`, or none.
  std::optional<EntityIndex> maybe_entity(const ArticleExtraction& x) {
    std::size_t pick = in_.below(x.entities.size() + 1);
    if (pick == x.entities.size()) return std::nullopt;
    return static_cast<EntityIndex>(pick);
  }

 private:
  /// Entity `i`, its id unique within `x` (records name entities by id).
  Entity entity(const ArticleExtraction& x, std::size_t i) {
    Entity e;
    e.id = text(), e.name = text();
    for (const auto& other : x.entities)
      if (other.id == e.id) e.id += "#" + std::to_string(i);
    e.kind = static_cast<EntityKind>(in_.below(6));
    for (std::size_t n = in_.below(3); n > 0; --n) e.aliases.push_back(text());
    for (std::size_t n = in_.below(3); n > 0; --n) e.mentions.push_back(span());
    return e;
  }

  Attribution attribution(const ArticleExtraction& x) {
    Attribution a;
    if (in_.byte() & 1) a.source = span();
    a.speaker = maybe_entity(x);
    a.cue = span();
    for (std::size_t n = in_.below(3); n > 0; --n) a.content.push_back(span());
    a.outlet = maybe_entity(x);
    return a;
  }

  Relation relation(const ArticleExtraction& x) {
    Relation r;
    r.kind = static_cast<RelationKind>(in_.below(4));
    r.source = static_cast<EntityIndex>(in_.below(x.entities.size()));
    r.target = static_cast<EntityIndex>(in_.below(x.entities.size()));
    r.claimant = maybe_entity(x), r.outlet = maybe_entity(x);
    r.stance = static_cast<Stance>(in_.below(3));
    r.evidence = span(), r.cue = span();
    r.evidence_text = text(), r.cue_text = text();
    // Any finite confidence: stores and records refuse the others.
    double c = in_.byte() & 1 ? std::bit_cast<double>(in_.u64()) : in_.byte() / 255.0;
    r.confidence = std::isfinite(c) ? c : 0.5;
    return r;
  }

  FuzzBytes& in_;
  bool utf8_;
};

}  // namespace claimgraph::fuzz
