#pragma once
// An entity's ego network over the aggregated relations: the entities within some hops and the
// edges among them, grouped by relation kind with the strongest (most articles) first.

#include <vector>

#include "graph/query/aggregate.h"
#include "graph/query/links.h"

namespace claimgraph {

/// The entities around a centre and the aggregated edges that tie them to it.
struct EgoNetwork {
  ClaimGraph::Vertex center = 0;
  std::vector<ClaimGraph::Vertex> entities;  ///< by hops from the centre, then graph order
  std::vector<std::size_t> depth;            ///< hops from the centre, beside `entities`
  /// Edges with an end nearer than the radius: by kind in contract order, strongest first.
  std::vector<std::size_t> edges;
};

/// The ego network of `center` within `depth` hops of `graph`.
EgoNetwork ego_network(const AggregateGraph& graph, ClaimGraph::Vertex center, std::size_t depth);

/// The same over links built beforehand (links_of, unweighted), for many queries on one graph.
EgoNetwork ego_network(const AggregateGraph& graph, const Links& links, ClaimGraph::Vertex center,
                       std::size_t depth);

/// True when edge `a` is better supported than edge `b`: more articles, then outlets, then
/// claimants, then relations; then by names, so equal edges keep one order.
bool stronger(const AggregateGraph& graph, std::size_t a, std::size_t b);

}  // namespace claimgraph
