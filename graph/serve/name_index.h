#pragma once
// Names as a search box offers them while the user types: every entity's name and aliases,
// folded as the CLI's look-up folds them (case, accents), matched by prefix of any word and
// then anywhere, best connected entities first.

#include <cstddef>
#include <string>
#include <utility>
#include <vector>

#include "graph/model/claim_graph.h"

namespace claimgraph {

/// The folded names of a graph's entities, for suggestions as the user types.
class NameIndex {
 public:
  /// Folds every name and alias of `graph`.
  explicit NameIndex(const ClaimGraph& graph);
  /// Up to `limit` entities with a name or alias containing `text` (any case and accents):
  /// those with a word starting with it first, then the rest; each by relations, most first.
  std::vector<ClaimGraph::Vertex> matching(const std::string& text, std::size_t limit) const;

 private:
  std::vector<std::pair<std::string, ClaimGraph::Vertex>> folded_;  ///< by degree, most first
};

}  // namespace claimgraph
