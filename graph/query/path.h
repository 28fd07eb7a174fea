#pragma once
// Questions about the graph: find an entity by any of its names, and the shortest chain of
// relations between two entities with the evidence for every hop.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "graph/model/claim_graph.h"

namespace claimgraph {

/// The outcome of looking an entity up by name.
struct EntityLookup {
  std::optional<ClaimGraph::Vertex> vertex;
  std::vector<std::string> suggestions;  ///< near names, when nothing matched
};

/// Finds an entity by id, name or alias (case- and punctuation-insensitive); when several
/// share the name, the most mentioned wins.
EntityLookup find_entity(const ClaimGraph& graph, std::string_view name);

/// One step of a path: two adjacent entities and every relation between them.
struct PathHop {
  ClaimGraph::Vertex from;
  ClaimGraph::Vertex to;
  std::vector<ClaimGraph::Edge> relations;
};

/// The shortest path from `from` to `to`, following relations in either direction; nothing
/// when they are not connected. Ties break by insertion order, so answers are repeatable.
std::optional<std::vector<PathHop>> shortest_path(const ClaimGraph& graph, ClaimGraph::Vertex from,
                                                  ClaimGraph::Vertex to);

/// Every entity within `depth` relations of `center` (itself included), in breadth-first order.
std::vector<ClaimGraph::Vertex> neighbourhood(const ClaimGraph& graph, ClaimGraph::Vertex center,
                                              std::size_t depth);

}  // namespace claimgraph
