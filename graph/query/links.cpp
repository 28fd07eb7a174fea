#include "graph/query/links.h"

#include <algorithm>
#include <cmath>
#include <deque>

#include "graph/query/path.h"

namespace claimgraph {

using Vertex = ClaimGraph::Vertex;

double hop_cost(const AggregateGraph& graph, std::span<const std::size_t> edges, bool weighted) {
  if (!weighted) return 1.0;
  std::size_t best = 0;
  for (std::size_t e : edges) {
    const Support& s = graph.edges[e].support;
    best = std::max(best, s.articles + s.outlets);
  }
  // A logarithm, so corroboration lowers a hop's cost without making long detours over
  // famous edges cheaper than one direct, thinly sourced hop.
  return 1.0 / std::log2(1.0 + static_cast<double>(std::max<std::size_t>(best, 1)));
}

Links links_of(const AggregateGraph& graph, bool weighted) {
  Links links(graph.incident.size());
  std::vector<std::size_t> slot(graph.incident.size(), SIZE_MAX);  // neighbour -> its link
  for (Vertex v = 0; v < graph.incident.size(); ++v) {
    for (std::size_t e : graph.incident[v]) {
      Vertex w = graph.other(e, v);
      if (w == v) continue;
      if (slot[w] == SIZE_MAX || slot[w] >= links[v].size() || links[v][slot[w]].to != w) {
        slot[w] = links[v].size();
        links[v].push_back({w, 1.0, {}});
      }
      links[v][slot[w]].edges.push_back(e);
    }
    for (Link& link : links[v]) {
      std::sort(link.edges.begin(), link.edges.end());
      link.cost = hop_cost(graph, link.edges, weighted);
    }
  }
  return links;
}

std::vector<std::size_t> hop_distances(const Links& links, Vertex from, std::size_t max_depth) {
  std::vector<std::size_t> depth(links.size(), SIZE_MAX);
  std::deque<Vertex> queue{from};
  depth[from] = 0;
  while (!queue.empty()) {
    Vertex v = queue.front();
    queue.pop_front();
    if (depth[v] == max_depth) continue;
    for (const Link& link : links[v]) {
      if (depth[link.to] != SIZE_MAX) continue;
      depth[link.to] = depth[v] + 1;
      queue.push_back(link.to);
    }
  }
  return depth;
}

}  // namespace claimgraph
