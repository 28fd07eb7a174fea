#include "graph/query/path.h"

#include <algorithm>
#include <deque>

#include "graph/text/normalize.h"

namespace claimgraph {

namespace {

using Vertex = ClaimGraph::Vertex;
using Edge = ClaimGraph::Edge;

/// Calls `visit(neighbour)` for every relation of `v`, outgoing first, in insertion order.
template <typename F>
void for_each_neighbour(const ClaimGraph::Graph& g, Vertex v, F visit) {
  for (auto [it, end] = boost::out_edges(v, g); it != end; ++it) visit(boost::target(*it, g));
  for (auto [it, end] = boost::in_edges(v, g); it != end; ++it) visit(boost::source(*it, g));
}

/// Breadth-first search from `from`; returns each vertex's predecessor (itself when unreached).
std::vector<Vertex> bfs(const ClaimGraph::Graph& g, Vertex from, std::size_t max_depth,
                        std::vector<Vertex>* order) {
  std::size_t n = boost::num_vertices(g);
  std::vector<Vertex> pred(n);
  std::vector<std::size_t> depth(n, SIZE_MAX);
  for (Vertex v = 0; v < n; ++v) pred[v] = v;
  std::deque<Vertex> queue{from};
  depth[from] = 0;
  while (!queue.empty()) {
    Vertex v = queue.front();
    queue.pop_front();
    if (order) order->push_back(v);
    if (depth[v] == max_depth) continue;
    for_each_neighbour(g, v, [&](Vertex w) {
      if (depth[w] != SIZE_MAX) return;
      depth[w] = depth[v] + 1;
      pred[w] = v;
      queue.push_back(w);
    });
  }
  return pred;
}

std::vector<Edge> relations_between(const ClaimGraph::Graph& g, Vertex a, Vertex b) {
  std::vector<Edge> out;
  for (auto [it, end] = boost::out_edges(a, g); it != end; ++it)
    if (boost::target(*it, g) == b) out.push_back(*it);
  for (auto [it, end] = boost::out_edges(b, g); it != end; ++it)
    if (boost::target(*it, g) == a) out.push_back(*it);
  return out;
}

bool names_match(const EntityNode& node, const std::string& wanted) {
  if (node.id == wanted || normalize_name(node.name) == wanted) return true;
  return std::any_of(node.aliases.begin(), node.aliases.end(),
                     [&](const std::string& a) { return normalize_name(a) == wanted; });
}

std::vector<std::string> suggestions(const ClaimGraph& graph, const std::string& wanted) {
  std::vector<std::pair<std::size_t, std::string>> scored;
  for (Vertex v = 0; v < graph.entity_count(); ++v) {
    const EntityNode& node = graph.entity(v);
    std::string name = normalize_name(node.name);
    std::size_t d = edit_distance(name, wanted);
    bool shares_word = !wanted.empty() && (name.find(wanted) != std::string::npos ||
                                           wanted.find(name) != std::string::npos);
    if (shares_word) d = std::min<std::size_t>(d, 1);
    if (d <= std::max<std::size_t>(2, wanted.size() / 3)) scored.emplace_back(d, node.name);
  }
  std::sort(scored.begin(), scored.end());
  std::vector<std::string> out;
  for (std::size_t i = 0; i < scored.size() && i < 5; ++i) out.push_back(scored[i].second);
  return out;
}

/// A single word names the most mentioned person whose name ends with it ("Hicks").
std::optional<Vertex> person_by_surname(const ClaimGraph& graph, const std::string& wanted) {
  if (wanted.empty() || wanted.find(' ') != std::string::npos) return std::nullopt;
  std::optional<Vertex> best;
  for (Vertex v = 0; v < graph.entity_count(); ++v) {
    const EntityNode& node = graph.entity(v);
    if (node.kind != EntityKind::person) continue;
    std::string name = normalize_name(node.name);
    if (!name.ends_with(" " + wanted)) continue;
    if (!best || node.mentions > graph.entity(*best).mentions) best = v;
  }
  return best;
}

}  // namespace

EntityLookup find_entity(const ClaimGraph& graph, std::string_view name) {
  std::string wanted = normalize_name(name);
  EntityLookup result;
  for (Vertex v = 0; v < graph.entity_count(); ++v) {
    if (!names_match(graph.entity(v), wanted) && graph.entity(v).id != name) continue;
    if (!result.vertex || graph.entity(v).mentions > graph.entity(*result.vertex).mentions)
      result.vertex = v;
  }
  if (!result.vertex) result.vertex = person_by_surname(graph, wanted);
  if (!result.vertex) result.suggestions = suggestions(graph, wanted);
  return result;
}

std::optional<std::vector<PathHop>> shortest_path(const ClaimGraph& graph, Vertex from, Vertex to) {
  const auto& g = graph.graph();
  if (from == to) return std::vector<PathHop>{};
  std::vector<Vertex> pred = bfs(g, from, SIZE_MAX, nullptr);
  if (pred[to] == to) return std::nullopt;
  std::vector<PathHop> hops;
  for (Vertex v = to; v != from; v = pred[v])
    hops.push_back({pred[v], v, relations_between(g, pred[v], v)});
  std::reverse(hops.begin(), hops.end());
  return hops;
}

std::vector<Vertex> neighbourhood(const ClaimGraph& graph, Vertex center, std::size_t depth) {
  std::vector<Vertex> order;
  bfs(graph.graph(), center, depth, &order);
  return order;
}

}  // namespace claimgraph
