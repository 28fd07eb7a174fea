#pragma once
// Finding an entity by whatever name a person types: its id, its name or any alias, in any case
// and without accents; near names when the name is unknown, the candidates when it is ambiguous.

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "graph/model/claim_graph.h"

namespace claimgraph {

/// An entity offered to the user: as a near name, or as one reading of an ambiguous name.
struct NameCandidate {
  ClaimGraph::Vertex vertex = 0;
  std::string name;
  EntityKind kind = EntityKind::person;
  std::size_t degree = 0;  ///< relations it is in, so the user can tell hubs from strays
};

/// The outcome of looking an entity up by name: a vertex, or why there is none.
struct EntityLookup {
  std::optional<ClaimGraph::Vertex> vertex;
  std::vector<NameCandidate> candidates;   ///< several entities answer to the name equally
  std::vector<NameCandidate> suggestions;  ///< near names, when nothing answers to it
};

/// The form names are compared in: normalised (case, punctuation) and without accents, so
/// "Poutine" and "POUTINE" meet and "José" finds "Jose".
std::string fold_name(std::string_view name);

/// The entities whose name (level 0), alias (1) or person's surname (2) is a folded name.
using NameLevels = std::array<std::vector<ClaimGraph::Vertex>, 3>;

/// What a name look-up reads of a graph: a whole graph scans its names, a saved one
/// (graph/query/snapshot.h) looks them up in its index.
class NameSource {
 public:
  virtual ~NameSource() = default;
  /// The vertex of an entity id.
  virtual std::optional<ClaimGraph::Vertex> find_id(const std::string& id) const = 0;
  /// The entities answering to a folded name, by level.
  virtual NameLevels answering(const std::string& wanted) const = 0;
  /// How many entities there are.
  virtual std::size_t entity_count() const = 0;
  /// An entity as offered to the user.
  virtual NameCandidate candidate(ClaimGraph::Vertex v) const = 0;
  /// How often the articles mention an entity.
  virtual std::size_t mentions(ClaimGraph::Vertex v) const = 0;
  /// An entity's name and aliases, for near names.
  virtual std::vector<std::string_view> names(ClaimGraph::Vertex v) const = 0;
};

/// Finds an entity as find_entity does, over any source of names.
EntityLookup find_entity(const NameSource& source, std::string_view name);

/// Finds an entity by id, name, alias or (one word) a person's surname. When several answer
/// at the same level, the most mentioned wins only if it dominates; otherwise all are candidates.
EntityLookup find_entity(const ClaimGraph& graph, std::string_view name);

/// Relations an entity is the source or target of.
std::size_t degree_of(const ClaimGraph& graph, ClaimGraph::Vertex v);

}  // namespace claimgraph
