#pragma once
// Why a search found no path, so the user knows what to change: the two entities are in
// different components of the whole graph, or a filter (or the hop limit) cut what connects them.

#include <optional>
#include <string>
#include <vector>

#include "graph/query/path.h"

namespace claimgraph {

/// The diagnosis of a search without an answer.
struct NoPathReason {
  bool disconnected = false;         ///< not even every relation connects them
  std::size_t from_component = 0;    ///< entities in the component of `from`, unfiltered
  std::size_t to_component = 0;      ///< entities in the component of `to`, unfiltered
  std::vector<std::string> cutting;  ///< options that alone cut the connection ("--outlet")
  std::size_t filtered_hops = 0;     ///< hops of the filtered shortest path, when only too long
  AggregateGraph unfiltered;         ///< every relation, aggregated: what `path` shows
  std::optional<Path> path;          ///< the shortest path over every relation
};

/// Fills in the component sizes of `from` and `to` over `links` (every relation) and whether
/// they are apart; returns the hops between them (SIZE_MAX when apart).
std::size_t diagnose_components(const Links& links, ClaimGraph::Vertex from, ClaimGraph::Vertex to,
                                NoPathReason& reason);

/// Diagnoses why `filter` and `options` leave no path from `from` to `to` in `graph`.
NoPathReason explain_no_path(const ClaimGraph& graph, const RelationFilter& filter,
                             const PathOptions& options, ClaimGraph::Vertex from,
                             ClaimGraph::Vertex to);

}  // namespace claimgraph
