#pragma once
// Names as the explorer looks them up, folded once at start-up: the CLI's look-up (id, name,
// alias or a person's surname, any case and accents, near names; graph/query/names.h) over
// hash maps instead of a scan that folds every name per request, and suggestions as the user
// types, by prefix of any word and then anywhere, best connected entities first.

#include <cstddef>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "graph/query/names.h"

namespace claimgraph {

/// The folded names of a graph's entities.
class NameIndex : public NameSource {
 public:
  /// Folds every name and alias of `graph`, which must outlive the index.
  explicit NameIndex(const ClaimGraph& graph);

  /// Finds an entity as the CLI does; near names only when `near` (they cost a pass over all).
  EntityLookup find(std::string_view name, bool near = true) const;
  /// Up to `limit` entities with a name or alias containing `text` (any case and accents):
  /// those with a word starting with it first, then the rest; each by relations, most first.
  std::vector<ClaimGraph::Vertex> matching(const std::string& text, std::size_t limit) const;

  std::optional<ClaimGraph::Vertex> find_id(const std::string& id) const override;
  NameLevels answering(const std::string& wanted) const override;
  std::size_t entity_count() const override;
  NameCandidate candidate(ClaimGraph::Vertex v) const override;
  std::size_t mentions(ClaimGraph::Vertex v) const override;
  std::vector<std::string_view> names(ClaimGraph::Vertex v) const override;

 private:
  const ClaimGraph& graph_;
  std::vector<std::size_t> degree_;
  std::unordered_map<std::string, NameLevels> levels_;              ///< by folded name
  std::vector<std::pair<std::string, ClaimGraph::Vertex>> folded_;  ///< by degree, most first
};

}  // namespace claimgraph
