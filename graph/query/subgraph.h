#pragma once
// The entities a query's answer touches, so the renderer can draw just that part of the graph.

#include <vector>

#include "graph/query/contested.h"
#include "graph/query/path.h"

namespace claimgraph {

/// The entities along some paths, each once, in path order.
std::vector<ClaimGraph::Vertex> path_entities(const std::vector<Path>& paths,
                                              ClaimGraph::Vertex from);

/// The entities of contested pairs, each once, in pair order.
std::vector<ClaimGraph::Vertex> contested_entities(const std::vector<ContestedPair>& pairs);

}  // namespace claimgraph
