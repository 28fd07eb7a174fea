#pragma once
// Queries over a saved graph (graph/query/snapshot.h): the search runs over the saved links,
// then the entities and relations of its answer are taken as a small graph, aggregated, so the
// same printers show it as they show an answer over the whole graph, byte for byte.

#include <memory>
#include <optional>

#include "graph/query/contested.h"
#include "graph/query/neighbors.h"
#include "graph/query/no_path.h"
#include "graph/query/path.h"
#include "graph/query/snapshot.h"

namespace claimgraph {

/// Paths between two entities of a saved graph, in the terms of the part that holds them.
struct SavedPaths {
  std::shared_ptr<GraphPart> part;      ///< the entities and relations of the answer
  AggregateGraph aggregated;            ///< of part->graph
  ClaimGraph::Vertex from = 0, to = 0;  ///< in the part
  PathResult found;
  std::optional<NoPathReason> why;  ///< when nothing was found
};

/// The paths `options` ask for from `from` to `to` (vertices of the saved graph), or why there
/// are none, as explain_no_path tells it without filters; only the first `evidence` relations
/// of each edge are read (the edges' counts, stances and dates cover them all).
SavedPaths find_saved_paths(const GraphSnapshot& snapshot, ClaimGraph::Vertex from,
                            ClaimGraph::Vertex to, const PathOptions& options,
                            std::size_t evidence = kAllEvidence);

/// An ego network in a saved graph, in the terms of the part that holds it.
struct SavedEgo {
  std::shared_ptr<GraphPart> part;
  AggregateGraph aggregated;  ///< of part->graph
  EgoNetwork ego;
};

/// The ego network of `center` (a vertex of the saved graph) within `depth` hops, reading the
/// first `evidence` relations of each edge.
SavedEgo saved_ego_network(const GraphSnapshot& snapshot, ClaimGraph::Vertex center,
                           std::size_t depth, std::size_t evidence = kAllEvidence);

/// The contested pairs (and, with `thin`, the thinly sourced claims) of a saved graph.
struct SavedContested {
  std::shared_ptr<GraphPart> part;
  AggregateGraph aggregated;  ///< of part->graph
  std::vector<ContestedPair> pairs;
  std::vector<ThinClaim> thin;
  std::size_t pair_total = 0, thin_total = 0;  ///< how many there are, before the limit
};

/// A contested pair of a saved graph, ranked before its evidence is read.
struct RankedPair {
  ClaimGraph::Vertex a = 0, b = 0;  ///< the lower vertex first
  std::size_t articles = 0;         ///< reporting the contact, plus denying it
  std::vector<std::size_t> edges;   ///< its contacts and denials
};

/// The contested pairs of a saved graph in contested_pairs' order, from the saved edges,
/// stances and articles alone.
std::vector<RankedPair> rank_contested(const GraphSnapshot& snapshot);

/// What contested_pairs (the first `limit`; 0: all) and, with `thin`, thin_claims find over
/// the whole saved graph; only the first `evidence` relations of each side of the pairs shown
/// (and of every contact and denial for `thin`) are read; the counts cover them all.
SavedContested saved_contested(const GraphSnapshot& snapshot, bool thin, std::size_t limit = 0,
                               std::size_t evidence = kAllEvidence);

/// The entities within `depth` hops of `center` and the saved aggregated edges that tie them,
/// as ego_network chooses them: what a neighbourhood costs before its evidence is read.
std::pair<std::vector<ClaimGraph::Vertex>, std::vector<std::size_t>> saved_neighbourhood(
    const GraphSnapshot& snapshot, ClaimGraph::Vertex center, std::size_t depth);

/// The entities within `depth` hops of `center` (a vertex of the saved graph), ascending: the
/// entities neighbourhood() finds in the whole graph.
std::vector<ClaimGraph::Vertex> saved_hops(const GraphSnapshot& snapshot, ClaimGraph::Vertex center,
                                           std::size_t depth);

/// Some entities of a saved graph and the saved edges among them, in the terms of the part
/// that holds them.
struct SavedRegion {
  std::shared_ptr<GraphPart> part;
  AggregateGraph aggregated;  ///< of part->graph: every edge between two of the entities
};

/// The entities `vertices` (any order, each with its articles) and every saved edge between
/// two of them, reading the first `evidence` relations of each: what a drawing of those
/// entities needs of the whole graph, edges in the whole graph's order.
SavedRegion saved_region(const GraphSnapshot& snapshot, std::vector<ClaimGraph::Vertex> vertices,
                         std::size_t evidence = kAllEvidence);

}  // namespace claimgraph
