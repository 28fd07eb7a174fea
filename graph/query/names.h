#pragma once
// Finding an entity by whatever name a person types: its id, its name or any alias, in any case
// and without accents; near names when the name is unknown, the candidates when it is ambiguous.

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

/// Finds an entity by id, name, alias or (one word) a person's surname. When several answer
/// at the same level, the most mentioned wins only if it dominates; otherwise all are candidates.
EntityLookup find_entity(const ClaimGraph& graph, std::string_view name);

/// Relations an entity is the source or target of.
std::size_t degree_of(const ClaimGraph& graph, ClaimGraph::Vertex v);

}  // namespace claimgraph
