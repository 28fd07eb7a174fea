#include "graph/query/subgraph.h"

#include <algorithm>

namespace claimgraph {

namespace {

/// Appends `v` unless `out` already holds it; the lists are short.
void add_once(std::vector<ClaimGraph::Vertex>& out, ClaimGraph::Vertex v) {
  if (std::find(out.begin(), out.end(), v) == out.end()) out.push_back(v);
}

}  // namespace

std::vector<ClaimGraph::Vertex> path_entities(const std::vector<Path>& paths,
                                              ClaimGraph::Vertex from) {
  std::vector<ClaimGraph::Vertex> out{from};
  for (const Path& p : paths)
    for (const PathHop& hop : p.hops) add_once(out, hop.to);
  return out;
}

std::vector<ClaimGraph::Vertex> contested_entities(const std::vector<ContestedPair>& pairs) {
  std::vector<ClaimGraph::Vertex> out;
  for (const ContestedPair& p : pairs) {
    add_once(out, p.a);
    add_once(out, p.b);
  }
  return out;
}

}  // namespace claimgraph
