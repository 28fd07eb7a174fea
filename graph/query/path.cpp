#include "graph/query/path.h"

#include <algorithm>
#include <deque>
#include <set>
#include <tuple>

#include "graph/query/links.h"
#include "graph/query/search.h"

namespace claimgraph {

namespace {

using Vertex = ClaimGraph::Vertex;

/// The best path around `blocked`: fewest hops, or cheapest when hops have costs.
std::optional<Nodes> best_path(const Links& links, Vertex from, Vertex to, const Blocked& blocked,
                               bool weighted) {
  return weighted ? cheapest(links, from, to, blocked) : fewest_hops(links, from, to, blocked);
}

/// The link from `a` to its neighbour `b` (which must be one). Links are symmetric, so it is
/// looked for among the links of whichever end has fewer: a hop off a hub scans the stray's
/// few links, not the hub's thousands.
Link link_between(const Links& links, Vertex a, Vertex b) {
  bool from_b = links.neighbours(b).size() < links.neighbours(a).size();
  Vertex from = from_b ? b : a, to = from_b ? a : b;
  // The neighbours alone are scanned; only the link found is read whole (its edge row).
  std::span<const std::uint32_t> near = links.neighbours(from);
  auto at = std::find(near.begin(), near.end(), to);
  return at == near.end() ? Link{} : links.link(from, static_cast<std::size_t>(at - near.begin()));
}

/// What a path of vertices costs, link by link.
double cost_of(const Links& links, const Nodes& nodes) {
  double sum = 0.0;
  for (std::size_t i = 0; i + 1 < nodes.size(); ++i)
    sum += link_between(links, nodes[i], nodes[i + 1]).cost;
  return sum;
}

/// A path of vertices as hops with their aggregated edges and its cost.
Path path_of(const Links& links, const Nodes& nodes) {
  Path path;
  path.hops.reserve(nodes.size() - 1);
  for (std::size_t i = 0; i + 1 < nodes.size(); ++i) {
    Link link = link_between(links, nodes[i], nodes[i + 1]);
    path.hops.push_back({nodes[i], nodes[i + 1], {link.edges.begin(), link.edges.end()}});
    path.cost += link.cost;
  }
  return path;
}

/// Yen's candidates: cheapest first, then fewest hops, then by vertices, so runs agree.
using Candidates = std::set<std::tuple<double, std::size_t, Nodes>>;

/// Adds to `candidates` every spur from the last path found (Yen's inner loop).
void add_spurs(const Links& links, const std::vector<Nodes>& found, bool weighted,
               Candidates& candidates) {
  const Nodes& last = found.back();
  for (std::size_t i = 0; i + 1 < last.size(); ++i) {
    Blocked blocked;
    Nodes root(last.begin(), last.begin() + static_cast<std::ptrdiff_t>(i) + 1);
    for (const Nodes& p : found)
      if (p.size() > i + 1 && std::equal(root.begin(), root.end(), p.begin())) {
        blocked.links.insert({p[i], p[i + 1]});
        blocked.links.insert({p[i + 1], p[i]});
      }
    for (std::size_t j = 0; j < i; ++j) blocked.vertices.insert(root[j]);
    auto spur = best_path(links, last[i], last.back(), blocked, weighted);
    if (!spur) continue;
    Nodes whole = root;
    whole.insert(whole.end(), spur->begin() + 1, spur->end());
    candidates.emplace(cost_of(links, whole), whole.size(), std::move(whole));
  }
}

/// Yen's k loop-free paths, keeping those within max_hops; at most `cap` paths are examined.
PathResult k_paths(const Links& links, Vertex from, Vertex to, const PathOptions& options) {
  PathResult result;
  auto first = best_path(links, from, to, {}, options.weighted);
  if (!first) return result;
  std::vector<Nodes> found{*first};
  Candidates candidates;
  auto keep = [&](const Nodes& nodes) {
    if (!options.max_hops || nodes.size() - 1 <= options.max_hops)
      result.paths.push_back(path_of(links, nodes));
  };
  keep(*first);
  while (result.paths.size() < options.k && found.size() < options.cap) {
    add_spurs(links, found, options.weighted, candidates);
    while (!candidates.empty() &&
           std::find(found.begin(), found.end(), std::get<2>(*candidates.begin())) != found.end())
      candidates.erase(candidates.begin());
    if (candidates.empty()) break;
    found.push_back(std::get<2>(*candidates.begin()));
    candidates.erase(candidates.begin());
    keep(found.back());
  }
  result.capped = result.paths.size() < options.k && found.size() >= options.cap;
  return result;
}

/// Depth-first enumeration of simple paths within max_hops, pruned by the hop distance to `to`.
struct AllPaths {
  const Links& links;
  Vertex to;
  std::size_t max_hops;
  std::size_t cap;
  std::vector<std::size_t> to_target;
  std::vector<char> on_path;
  Nodes nodes;
  PathResult result;

  void walk(Vertex v) {
    if (result.capped) return;
    if (v == to) {
      if (result.paths.size() == cap)
        result.capped = true;
      else
        result.paths.push_back(path_of(links, nodes));
      return;
    }
    for (const Link& link : links[v]) {
      std::size_t left = to_target[link.to];
      if (on_path[link.to] || left == SIZE_MAX || nodes.size() + left > max_hops) continue;
      on_path[link.to] = 1;
      nodes.push_back(link.to);
      walk(link.to);
      nodes.pop_back();
      on_path[link.to] = 0;
    }
  }
};

/// Every simple path within max_hops, cheapest first, at most `cap` of them.
PathResult all_paths(const Links& links, Vertex from, Vertex to, const PathOptions& options) {
  AllPaths search{links,
                  to,
                  options.max_hops,
                  options.cap,
                  hop_distances(links, to, options.max_hops),
                  std::vector<char>(links.size(), 0),
                  {from},
                  {}};
  search.on_path[from] = 1;
  if (search.to_target[from] != SIZE_MAX) search.walk(from);
  std::stable_sort(search.result.paths.begin(), search.result.paths.end(),
                   [](const Path& a, const Path& b) {
                     std::size_t ah = a.hops.size(), bh = b.hops.size();
                     return std::tie(a.cost, ah) < std::tie(b.cost, bh);
                   });
  return search.result;
}

/// Appends the vertices within `max_depth` of `from` to `order`, breadth first, raw relations.
void bfs_order(const ClaimGraph::Graph& g, Vertex from, std::size_t max_depth, Nodes& order) {
  std::vector<std::size_t> depth(boost::num_vertices(g), SIZE_MAX);
  std::deque<Vertex> queue{from};
  depth[from] = 0;
  auto visit = [&](Vertex v, Vertex w) {
    if (depth[w] != SIZE_MAX) return;
    depth[w] = depth[v] + 1;
    queue.push_back(w);
  };
  while (!queue.empty()) {
    Vertex v = queue.front();
    queue.pop_front();
    order.push_back(v);
    if (depth[v] == max_depth) continue;
    for (auto [it, end] = boost::out_edges(v, g); it != end; ++it) visit(v, boost::target(*it, g));
    for (auto [it, end] = boost::in_edges(v, g); it != end; ++it) visit(v, boost::source(*it, g));
  }
}

}  // namespace

PathResult find_paths(const AggregateGraph& graph, Vertex from, Vertex to,
                      const PathOptions& options) {
  return find_paths(links_of(graph, options.weighted), from, to, options);
}

PathResult find_paths(const Links& links, Vertex from, Vertex to, const PathOptions& options) {
  if (from == to) return {{Path{}}, false};
  if (options.all) return all_paths(links, from, to, options);
  return k_paths(links, from, to, options);
}

void summarise_paths(AggregateGraph& graph, const PathResult& result) {
  for (const Path& path : result.paths)
    for (const PathHop& hop : path.hops) graph.summarise_edges(hop.edges);
}

std::vector<Vertex> neighbourhood(const ClaimGraph& graph, Vertex center, std::size_t depth) {
  Nodes order;
  bfs_order(graph.graph(), center, depth, order);
  return order;
}

}  // namespace claimgraph
