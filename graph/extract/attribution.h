#pragma once
// Finds attributions: who (source) says (cue) what (content). Handles "X said", "said X",
// "according to X", quotes before or after their attribution, quotes continued across
// sentences, pronoun sources, and an outlet carrying a nested statement.

#include <optional>
#include <vector>

#include "graph/extract/entity_resolver.h"

namespace claimgraph {

/// A token range [first, last).
struct TokenRange {
  std::uint32_t first = 0;
  std::uint32_t last = 0;
};

/// An attribution in token terms, with provisional entity indices.
struct FoundAttribution {
  std::optional<TokenRange> source;
  std::optional<EntityIndex> speaker;
  TokenRange cue;
  const Cue* cue_entry = nullptr;
  std::vector<TokenRange> content;
  std::optional<EntityIndex> outlet;  ///< outlet carrying the statement ("according to The Post")
  std::size_t sentence = 0;           ///< sentence of the cue
};

/// Extracts the attributions of one document.
std::vector<FoundAttribution> find_attributions(const Document& doc, const Lexicon& lex,
                                                const std::vector<Mention>& mentions,
                                                const std::vector<Quote>& quotes,
                                                EntityResolver& resolver);

/// True when `token` lies inside one of `attribution`'s content ranges.
bool in_content(const FoundAttribution& attribution, std::uint32_t token);

}  // namespace claimgraph
