#pragma once
// The two searches paths are made of, around what Yen's algorithm blocks: the fewest hops
// (breadth-first from both ends, so a query touches the neighbourhoods of its two ends rather
// than the whole graph) and the cheapest path by link costs (Dijkstra).

#include <optional>
#include <set>
#include <unordered_set>
#include <utility>
#include <vector>

#include "graph/query/links.h"

namespace claimgraph {

/// A path as the vertices it visits, its two ends included.
using Nodes = std::vector<ClaimGraph::Vertex>;

/// What a search may not use; sparse, as a spur blocks a few vertices of a large graph.
struct Blocked {
  std::unordered_set<ClaimGraph::Vertex> vertices;
  std::set<std::pair<ClaimGraph::Vertex, ClaimGraph::Vertex>> links;  ///< both directions listed

  /// True when the search may step from `v` to `w`.
  bool allows(ClaimGraph::Vertex v, ClaimGraph::Vertex w) const {
    if (vertices.empty() && links.empty()) return true;  // the first search of every query
    return !vertices.count(w) && !links.count({v, w});
  }
};

/// A path of fewest hops from `from` to `to`; ties go to the side searched first and then to
/// link order, so answers repeat.
std::optional<Nodes> fewest_hops(const Links& links, ClaimGraph::Vertex from, ClaimGraph::Vertex to,
                                 const Blocked& blocked = {});

/// The cheapest path by link cost (Dijkstra); equal costs pop in discovery order.
std::optional<Nodes> cheapest(const Links& links, ClaimGraph::Vertex from, ClaimGraph::Vertex to,
                              const Blocked& blocked = {});

}  // namespace claimgraph
