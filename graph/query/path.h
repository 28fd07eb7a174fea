#pragma once
// How two entities are connected over the aggregated relations: the shortest path, the k best
// loop-free paths (Yen), or every simple path up to a number of hops; optionally weighted so that
// well-corroborated edges are cheaper. Every hop keeps its aggregated edges, hence its evidence.

#include <span>
#include <vector>

#include "graph/model/claim_graph.h"
#include "graph/query/aggregate.h"
#include "graph/query/links.h"

namespace claimgraph {

/// Which paths a search returns.
struct PathOptions {
  std::size_t k = 1;         ///< the k best loop-free paths
  bool weighted = false;     ///< cost by corroboration instead of by hop
  std::size_t max_hops = 0;  ///< only paths of at most this many hops; 0: any length
  bool all = false;          ///< every simple path of at most max_hops hops, up to `cap`
  std::size_t cap = 1000;    ///< at most this many paths enumerated, so a hub cannot explode
};

/// One step of a path: two adjacent entities and every aggregated edge between them.
struct PathHop {
  ClaimGraph::Vertex from = 0;
  ClaimGraph::Vertex to = 0;
  std::vector<std::size_t> edges;  ///< indices into AggregateGraph::edges
};

/// A path and what it costs (its hops when unweighted).
struct Path {
  std::vector<PathHop> hops;
  double cost = 0.0;
};

/// The paths found, cheapest first; `capped` when the enumeration stopped at the cap.
struct PathResult {
  std::vector<Path> paths;
  bool capped = false;
};

/// The paths from `from` to `to` that the options ask for, following edges in either direction.
/// Ties break by search order (link order, the side with fewer links first), so answers repeat.
PathResult find_paths(const AggregateGraph& graph, ClaimGraph::Vertex from, ClaimGraph::Vertex to,
                      const PathOptions& options);

/// The same search over links built beforehand (links_of, weighted as the options say), so that
/// many queries on one graph share them.
PathResult find_paths(const Links& links, ClaimGraph::Vertex from, ClaimGraph::Vertex to,
                      const PathOptions& options);

/// Counts the support of the edges on these paths, for a graph aggregated with
/// Summaries::later.
void summarise_paths(AggregateGraph& graph, const PathResult& result);

/// The cost of a hop over these edges: 1, or when weighted 1 / log2(1 + articles + outlets) of
/// its best-supported edge, so three outlets' contact costs less than one article's.
double hop_cost(const AggregateGraph& graph, std::span<const std::size_t> edges, bool weighted);

/// Every entity within `depth` relations of `center` (itself included), in breadth-first order.
std::vector<ClaimGraph::Vertex> neighbourhood(const ClaimGraph& graph, ClaimGraph::Vertex center,
                                              std::size_t depth);

}  // namespace claimgraph
