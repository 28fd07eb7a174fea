#pragma once
// The aggregated graph as searches walk it: undirected and simple, one link per pair of
// entities carrying every aggregated edge between them and the cost of crossing it.

#include <vector>

#include "graph/query/aggregate.h"

namespace claimgraph {

/// A way from one entity to a neighbour.
struct Link {
  ClaimGraph::Vertex to = 0;
  double cost = 1.0;
  std::vector<std::size_t> edges;  ///< indices into AggregateGraph::edges, in their order
};

/// Each vertex's links, in the order its aggregated edges come (self-loops left out).
using Links = std::vector<std::vector<Link>>;

/// The links of an aggregated graph; costs as hop_cost gives them.
Links links_of(const AggregateGraph& graph, bool weighted);

/// The hop count from `from` to every vertex (SIZE_MAX where unreachable), up to `max_depth`.
std::vector<std::size_t> hop_distances(const Links& links, ClaimGraph::Vertex from,
                                       std::size_t max_depth = SIZE_MAX);

}  // namespace claimgraph
