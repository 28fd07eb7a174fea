#pragma once
// The merged entities as a list a user can review: kind, relation and article counts, aliases,
// so mis-typed, split and junk entities stand out and alias rules can be written for them.

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "graph/model/claim_graph.h"

namespace claimgraph {

/// One entity of the merged graph, with the counts a review needs.
struct EntityRow {
  std::string id;
  std::string name;
  EntityKind kind = EntityKind::person;
  std::vector<std::string> aliases;  ///< sorted, without the name
  std::size_t articles = 0;          ///< articles that mention it
  std::size_t mentions = 0;          ///< mentions across those articles
  std::size_t relations = 0;         ///< relations it is the source or target of (its degree)
};

/// Which entities a listing keeps; the default keeps all.
struct EntityListOptions {
  std::optional<EntityKind> kind;  ///< only this kind
  std::size_t min_degree = 0;      ///< only entities in at least this many relations
  std::size_t limit = 0;           ///< at most this many rows, the first in order; 0: all
};

/// The entities the options keep, by degree (most relations first), then name, then id, so the
/// same graph always lists in the same order.
std::vector<EntityRow> list_entities(const ClaimGraph& graph, const EntityListOptions& options);

}  // namespace claimgraph
