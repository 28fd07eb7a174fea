#include "graph/query/neighbors.h"

#include <algorithm>
#include <tuple>

#include "graph/query/links.h"

namespace claimgraph {

using Vertex = ClaimGraph::Vertex;

bool stronger(const AggregateGraph& graph, std::size_t a, std::size_t b) {
  const AggregateEdge& x = graph.edges[a];
  const AggregateEdge& y = graph.edges[b];
  auto strength = [](const AggregateEdge& e) {
    return std::make_tuple(e.support.articles, e.support.outlets, e.support.claimants,
                           e.relation_count());
  };
  if (strength(x) != strength(y)) return strength(x) > strength(y);
  const ClaimGraph& g = *graph.graph;
  return std::tie(g.entity(x.source).name, g.entity(x.target).name, a) <
         std::tie(g.entity(y.source).name, g.entity(y.target).name, b);
}

EgoNetwork ego_network(const AggregateGraph& graph, Vertex center, std::size_t depth) {
  return ego_network(graph, links_of(graph, false), center, depth);
}

EgoNetwork ego_network(const AggregateGraph& graph, const Links& links, Vertex center,
                       std::size_t depth) {
  EgoNetwork ego;
  ego.center = center;
  std::vector<std::size_t> hops = hop_distances(links, center, depth);
  ego.entities.push_back(center);
  for (Vertex v = 0; v < hops.size(); ++v)
    if (hops[v] != SIZE_MAX && v != center) ego.entities.push_back(v);
  std::stable_sort(ego.entities.begin(), ego.entities.end(),
                   [&](Vertex a, Vertex b) { return hops[a] < hops[b]; });
  for (Vertex v : ego.entities) ego.depth.push_back(hops[v]);
  // The edges of the entities inside the radius; an edge between two of them comes twice.
  for (Vertex v : ego.entities)
    for (std::size_t e : graph.incident[v])
      if (hops[v] < depth && hops[graph.other(e, v)] != SIZE_MAX) ego.edges.push_back(e);
  std::sort(ego.edges.begin(), ego.edges.end());
  ego.edges.erase(std::unique(ego.edges.begin(), ego.edges.end()), ego.edges.end());
  std::sort(ego.edges.begin(), ego.edges.end(), [&](std::size_t a, std::size_t b) {
    if (graph.edges[a].kind != graph.edges[b].kind)
      return graph.edges[a].kind < graph.edges[b].kind;
    return stronger(graph, a, b);
  });
  return ego;
}

}  // namespace claimgraph
