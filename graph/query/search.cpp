#include "graph/query/search.h"

#include <algorithm>
#include <queue>
#include <tuple>
#include <unordered_map>

namespace claimgraph {

namespace {

using Vertex = ClaimGraph::Vertex;

/// One end of a two-ended breadth-first search: what it reached, and from where.
struct Side {
  std::unordered_map<Vertex, std::pair<Vertex, std::size_t>> seen;  ///< vertex: (pred, depth)
  std::vector<Vertex> frontier;
  std::size_t depth = 0;

  explicit Side(Vertex start) : seen{{start, {start, 0}}}, frontier{start} {}
};

/// Where two searches met, and the length of the path through it.
struct Meeting {
  Vertex at = 0;
  std::size_t hops = SIZE_MAX;
};

/// Expands `side` by one level; returns the shortest meeting with `other` this level found.
Meeting expand(Side& side, const Side& other, const Links& links, const Blocked& blocked) {
  Meeting best;
  std::vector<Vertex> next;
  for (Vertex v : side.frontier)
    for (const Link& link : links[v]) {
      if (!blocked.allows(v, link.to) || !side.seen.try_emplace(link.to, v, side.depth + 1).second)
        continue;
      next.push_back(link.to);
      auto met = other.seen.find(link.to);
      if (met != other.seen.end() && side.depth + 1 + met->second.second < best.hops)
        best = {link.to, side.depth + 1 + met->second.second};
    }
  side.frontier = std::move(next);
  ++side.depth;
  return best;
}

/// The vertices from `side`'s start to `at`, in that order.
Nodes walk_back(const Side& side, Vertex at) {
  Nodes nodes{at};
  while (side.seen.at(nodes.back()).first != nodes.back())
    nodes.push_back(side.seen.at(nodes.back()).first);
  return nodes;
}

}  // namespace

std::optional<Nodes> fewest_hops(const Links& links, Vertex from, Vertex to,
                                 const Blocked& blocked) {
  if (from == to) return Nodes{from};
  Side forward(from), backward(to);
  // The smaller frontier grows first: from an ordinary entity towards a hub, the hub's
  // thousands of links are expanded only if nothing nearer meets.
  while (!forward.frontier.empty() && !backward.frontier.empty()) {
    bool ahead = forward.frontier.size() <= backward.frontier.size();
    Meeting met = ahead ? expand(forward, backward, links, blocked)
                        : expand(backward, forward, links, blocked);
    if (met.hops == SIZE_MAX) continue;
    Nodes nodes = walk_back(forward, met.at);
    std::reverse(nodes.begin(), nodes.end());
    Nodes rest = walk_back(backward, met.at);
    nodes.insert(nodes.end(), rest.begin() + 1, rest.end());
    return nodes;
  }
  return std::nullopt;
}

std::optional<Nodes> cheapest(const Links& links, Vertex from, Vertex to, const Blocked& blocked) {
  using Entry = std::tuple<double, std::size_t, Vertex>;  // cost, discovery, vertex
  std::priority_queue<Entry, std::vector<Entry>, std::greater<>> queue;
  std::unordered_map<Vertex, std::pair<double, Vertex>> best;  // vertex: (cost, pred)
  std::size_t discovered = 0;
  best[from] = {0.0, from};
  queue.emplace(0.0, discovered++, from);
  while (!queue.empty()) {
    auto [c, seq, v] = queue.top();
    queue.pop();
    if (v == to) break;
    if (c > best[v].first) continue;
    for (const Link& link : links[v]) {
      if (!blocked.allows(v, link.to)) continue;
      double next = c + link.cost;
      auto [it, added] = best.try_emplace(link.to, next, v);
      if (!added && next >= it->second.first) continue;
      it->second = {next, v};
      queue.emplace(next, discovered++, link.to);
    }
  }
  if (!best.count(to)) return std::nullopt;
  Nodes nodes{to};
  while (nodes.back() != from) nodes.push_back(best[nodes.back()].second);
  std::reverse(nodes.begin(), nodes.end());
  return nodes;
}

}  // namespace claimgraph
