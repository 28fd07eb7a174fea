#include "graph/query/links.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <stdexcept>

#include "graph/query/path.h"

namespace claimgraph {

using Vertex = ClaimGraph::Vertex;

namespace {

/// Arrays that own what a Links views.
struct OwnedRows {
  std::vector<std::uint32_t> first, to, edge_first, edges;
  std::vector<double> cost;
};

/// Links viewing `owned`, which they keep alive.
Links owning(std::shared_ptr<OwnedRows> owned) {
  Links::Rows rows{owned->first, owned->to, owned->edge_first, owned->edges, owned->cost};
  return Links(rows, std::move(owned));
}

/// `n` as a 32-bit row index; graphs beyond four billion links are refused, not wrapped.
std::uint32_t row_index(std::size_t n) {
  if (n > UINT32_MAX) throw std::length_error("graph too large for its links (over 2^32)");
  return static_cast<std::uint32_t>(n);
}

/// Appends the links of `v` to `rows`: neighbours in the order their first edge comes, each
/// with its edges ascending. `slot` maps a neighbour to its link while `v` is being linked.
void link_vertex(const AggregateGraph& graph, Vertex v, std::vector<std::uint32_t>& slot,
                 OwnedRows& rows) {
  std::vector<std::pair<std::uint32_t, std::uint32_t>> found;  // (link of v, edge)
  std::size_t base = rows.to.size();
  for (std::size_t e : graph.incident[v]) {
    Vertex w = graph.other(e, v);
    if (w == v) continue;
    if (slot[w] == UINT32_MAX || slot[w] < base || rows.to[slot[w]] != w) {
      slot[w] = row_index(rows.to.size());
      rows.to.push_back(static_cast<std::uint32_t>(w));
    }
    found.emplace_back(slot[w], row_index(e));
  }
  std::sort(found.begin(), found.end());
  std::size_t i = 0;
  for (std::size_t link = base; link < rows.to.size(); ++link) {
    rows.edge_first.push_back(row_index(rows.edges.size()));
    for (; i < found.size() && found[i].first == link; ++i) rows.edges.push_back(found[i].second);
  }
}

/// Reorders each vertex's links so that better-linked neighbours come first, ties keeping their
/// order. A two-ended search stops at the first vertex both ends reached, most often a hub, so
/// it reads the first links of a row rather than half of it (shortest paths on a million
/// entities: median 3.4 -> 2.4-2.9 us); and among equally short paths, the one through
/// better-linked entities is the one given.
void hubs_first(OwnedRows& rows) {
  auto links_of_vertex = [&](std::uint32_t w) { return rows.first[w + 1] - rows.first[w]; };
  OwnedRows sorted;
  sorted.first = rows.first;
  sorted.to.reserve(rows.to.size());
  sorted.edges.reserve(rows.edges.size());
  std::vector<std::uint32_t> order;
  for (std::size_t v = 0; v + 1 < rows.first.size(); ++v) {
    order.resize(rows.first[v + 1] - rows.first[v]);
    std::iota(order.begin(), order.end(), rows.first[v]);
    std::stable_sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) {
      return links_of_vertex(rows.to[a]) > links_of_vertex(rows.to[b]);
    });
    for (std::uint32_t link : order) {
      sorted.to.push_back(rows.to[link]);
      sorted.edge_first.push_back(row_index(sorted.edges.size()));
      sorted.edges.insert(sorted.edges.end(), rows.edges.begin() + rows.edge_first[link],
                          rows.edges.begin() + rows.edge_first[link + 1]);
    }
  }
  sorted.edge_first.push_back(row_index(sorted.edges.size()));
  rows = std::move(sorted);
}

}  // namespace

Link Links::Range::iterator::operator*() const {
  const Rows& r = *rows_;
  return {r.to[at_], r.cost.empty() ? 1.0 : r.cost[at_],
          r.edges.subspan(r.edge_first[at_], r.edge_first[at_ + 1] - r.edge_first[at_])};
}

Links::Links(Rows rows, std::shared_ptr<const void> owner)
    : rows_(rows), owner_(std::move(owner)) {}

double corroborated_cost(std::size_t corroboration) {
  // A logarithm, so corroboration lowers a hop's cost without making long detours over
  // famous edges cheaper than one direct, thinly sourced hop.
  return 1.0 / std::log2(1.0 + static_cast<double>(std::max<std::size_t>(corroboration, 1)));
}

double hop_cost(const AggregateGraph& graph, std::span<const std::size_t> edges, bool weighted) {
  if (!weighted) return 1.0;
  std::size_t best = 0;
  for (std::size_t e : edges) {
    const Support& s = graph.edges[e].support;
    best = std::max(best, s.articles + s.outlets);
  }
  return corroborated_cost(best);
}

Links links_of(const AggregateGraph& graph, bool weighted) {
  auto rows = std::make_shared<OwnedRows>();
  std::vector<std::uint32_t> slot(graph.incident.size(), UINT32_MAX);
  for (Vertex v = 0; v < graph.incident.size(); ++v) {
    rows->first.push_back(row_index(rows->to.size()));
    link_vertex(graph, v, slot, *rows);
  }
  rows->first.push_back(row_index(rows->to.size()));
  rows->edge_first.push_back(row_index(rows->edges.size()));
  hubs_first(*rows);
  Links links = owning(std::move(rows));
  if (!weighted) return links;
  std::vector<std::uint32_t> corroboration;
  for (const AggregateEdge& e : graph.edges)
    corroboration.push_back(row_index(e.support.articles + e.support.outlets));
  return weighted_links(links, corroboration);
}

Links weighted_links(const Links& links, std::span<const std::uint32_t> corroboration) {
  const Links::Rows& r = links.rows();
  auto rows = std::make_shared<OwnedRows>();
  rows->first.assign(r.first.begin(), r.first.end());
  rows->to.assign(r.to.begin(), r.to.end());
  rows->edge_first.assign(r.edge_first.begin(), r.edge_first.end());
  rows->edges.assign(r.edges.begin(), r.edges.end());
  for (std::size_t link = 0; link < r.to.size(); ++link) {
    std::uint32_t best = 0;
    for (std::uint32_t i = r.edge_first[link]; i < r.edge_first[link + 1]; ++i)
      best = std::max(best, corroboration[r.edges[i]]);
    rows->cost.push_back(corroborated_cost(best));
  }
  return owning(std::move(rows));
}

std::vector<std::size_t> hop_distances(const Links& links, Vertex from, std::size_t max_depth) {
  std::vector<std::size_t> depth(links.size(), SIZE_MAX);
  std::vector<Vertex> queue{from};  // never popped: the order of discovery, read once
  depth[from] = 0;
  for (std::size_t next = 0; next < queue.size(); ++next) {
    Vertex v = queue[next];
    if (depth[v] == max_depth) continue;
    for (std::uint32_t w : links.neighbours(v)) {
      if (depth[w] != SIZE_MAX) continue;
      depth[w] = depth[v] + 1;
      queue.push_back(w);
    }
  }
  return depth;
}

std::vector<std::uint8_t> hops_within(const Links& links, Vertex center, std::uint8_t radius) {
  std::vector<std::uint8_t> hops(links.size(), kBeyond);
  std::vector<Vertex> level{center}, next;
  hops[center] = 0;
  for (std::uint8_t d = 1; d <= radius && d < kBeyond && !level.empty(); ++d) {
    // In vertex order the level's rows are read front to back, which the memory prefetches,
    // rather than at random: a hub's neighbours are tens of thousands of scattered rows.
    std::sort(level.begin(), level.end());
    bool last = d == radius;  // the outermost level is marked, never expanded
    for (Vertex v : level)
      for (std::uint32_t w : links.neighbours(v))
        if (hops[w] == kBeyond) {
          hops[w] = d;
          if (!last) next.push_back(w);
        }
    level.swap(next);
    next.clear();
  }
  return hops;
}

}  // namespace claimgraph
