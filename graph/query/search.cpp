#include "graph/query/search.h"

#include <algorithm>
#include <cstdint>
#include <queue>
#include <stdexcept>
#include <tuple>
#include <unordered_map>

namespace claimgraph {

namespace {

using Vertex = ClaimGraph::Vertex;

/// What both ends of a search reached: per vertex a stamp saying whether the current search
/// reached it and from which end, and beside it the predecessor, valid only where the stamp is
/// current. The stamps, all a step reads, take two bytes a vertex, so a million entities' fit
/// in 2 MB and more of them stay in cache (8-byte marks took 7.7 MB, and shortest paths on a
/// million entities 7-14% longer); predecessors are only written during the search. Kept
/// per thread and sized once to the graph, so a search costs what it visits, not the size of
/// the graph, and allocates nothing after the first.
struct Marks {
  /// A stamp is the search's number shifted left, its low bit the end that reached the vertex.
  static constexpr std::uint16_t kBackward = 1;
  static constexpr std::uint16_t kLastSearch = UINT16_MAX >> 1;
  std::vector<std::uint16_t> stamps;
  std::vector<std::uint32_t> preds;
  std::uint16_t current = 0;  ///< the current search's stamp, low bit clear

  /// Forgets every mark in constant time (a full clear once in 32,767 searches), for a search
  /// over `n` vertices.
  void start(std::size_t n) {
    if (n > UINT32_MAX) throw std::length_error("a search over more than 2^32 entities");
    if (stamps.size() < n) {
      stamps.resize(n);
      preds.resize(n);
    }
    if (current >> 1 == kLastSearch) {  // the numbers wrapped: old stamps could pass for new ones
      std::fill(stamps.begin(), stamps.end(), std::uint16_t{0});
      current = 0;
    }
    current = static_cast<std::uint16_t>(current + 2);
  }
  /// Marks `v` reached from `pred` by the end `end`.
  void reach(Vertex v, Vertex pred, std::uint16_t end) {
    stamps[v] = current | end;
    preds[v] = static_cast<std::uint32_t>(pred);
  }
  Vertex pred(Vertex v) const { return preds[v]; }
};

/// One end of a two-ended breadth-first search: its frontier. Its vectors are kept between
/// searches, so a search allocates nothing once they have grown.
struct Side {
  std::uint16_t end = 0;  ///< 0 forward, Marks::kBackward backward
  std::vector<Vertex> frontier, next;
  std::size_t links_out = SIZE_MAX;  ///< links leaving the frontier, once counted

  /// Starts this end at `start`, marking it.
  void start(Marks& marks, std::uint16_t which, Vertex start) {
    end = which;
    frontier.assign(1, start);
    links_out = SIZE_MAX;
    marks.reach(start, start, end);
  }
};

/// Where two searches met: the vertex the other end had reached, and this end's vertex beside it.
struct Meeting {
  Vertex at = 0, via = 0;
  bool met = false;
};

/// Expands `side` by one level, up to the first vertex the other end has reached: where the
/// two meet. The first meeting is a shortest one: had the other end reached a neighbour of
/// this frontier at a lesser depth, its own expansion would have met this side already.
Meeting expand(Side& side, Marks& all, const Links& links, const Blocked& blocked) {
  std::uint16_t now = all.current;
  side.next.clear();
  for (Vertex v : side.frontier)
    for (std::uint32_t w : links.neighbours(v)) {
      if (!blocked.allows(v, w)) continue;
      std::uint16_t stamp = all.stamps[w];
      if ((stamp & ~Marks::kBackward) != now) {
        all.reach(w, v, side.end);
        side.next.push_back(w);
      } else if ((stamp & Marks::kBackward) != side.end) {
        return {w, v, true};
      }
    }
  std::swap(side.frontier, side.next);
  side.links_out = SIZE_MAX;
  return {};
}

/// How many links leave a side's frontier: what expanding it costs. Counted once a level:
/// the side that waits keeps its count.
std::size_t links_out(const Links& links, Side& side) {
  if (side.links_out == SIZE_MAX) {
    side.links_out = 0;
    for (Vertex v : side.frontier) side.links_out += links.neighbours(v).size();
  }
  return side.links_out;
}

/// The vertices from `at` back to the start of the end that reached it, in that order.
Nodes walk_back(const Marks& marks, Vertex at) {
  Nodes nodes{at};
  while (marks.pred(nodes.back()) != nodes.back()) nodes.push_back(marks.pred(nodes.back()));
  return nodes;
}

/// The path through a meeting: `from` ... `to`, whichever end met the other.
Nodes joined(const Marks& marks, const Meeting& m, bool forward_met) {
  Vertex forward_end = forward_met ? m.via : m.at, backward_end = forward_met ? m.at : m.via;
  Nodes nodes = walk_back(marks, forward_end);
  std::reverse(nodes.begin(), nodes.end());
  Nodes rest = walk_back(marks, backward_end);
  nodes.insert(nodes.end(), rest.begin(), rest.end());
  return nodes;
}

}  // namespace

std::optional<Nodes> fewest_hops(const Links& links, Vertex from, Vertex to,
                                 const Blocked& blocked) {
  if (from == to) return Nodes{from};
  thread_local Marks marks;
  marks.start(links.size());
  thread_local Side forward, backward;
  forward.start(marks, 0, from);
  backward.start(marks, Marks::kBackward, to);
  // The frontier with fewer links grows first: from an ordinary entity towards a hub, the
  // hub's thousands of links are expanded only if nothing nearer meets. Counting vertices
  // instead would expand a lone hub before a dozen strays (5 best paths on a million
  // entities: 2.7 ms that way, 0.2 ms this).
  while (!forward.frontier.empty() && !backward.frontier.empty()) {
    bool ahead = links_out(links, forward) <= links_out(links, backward);
    Meeting m = expand(ahead ? forward : backward, marks, links, blocked);
    if (m.met) return joined(marks, m, ahead);
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
