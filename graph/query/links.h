#pragma once
// The aggregated graph as searches walk it: undirected and simple, one link per pair of
// entities carrying every aggregated edge between them and the cost of crossing it. The links
// sit in compressed rows (four flat arrays), so a million entities cost tens of megabytes and a
// saved graph (graph/query/snapshot.h) serves them from its mapped file without copying.

#include <cstdint>
#include <iterator>
#include <memory>
#include <span>
#include <vector>

#include "graph/query/aggregate.h"

namespace claimgraph {

/// A way from one entity to a neighbour.
struct Link {
  ClaimGraph::Vertex to = 0;
  double cost = 1.0;
  std::span<const std::uint32_t> edges;  ///< indices into AggregateGraph::edges, ascending
};

/// Each vertex's links, better-linked neighbours first (self-loops left out).
class Links {
 public:
  /// The rows: per vertex the index of its first link (and one past the last vertex's); per
  /// link its neighbour and the index of its first edge (and one past the last link's); the
  /// edges; per link its cost, or nothing when every link costs 1.
  struct Rows {
    std::span<const std::uint32_t> first, to, edge_first, edges;
    std::span<const double> cost;
  };

  /// The links of one vertex, in order.
  class Range {
   public:
    /// Walks the links of a range.
    class iterator {
     public:
      using iterator_category = std::input_iterator_tag;
      using value_type = Link;
      using difference_type = std::ptrdiff_t;
      using pointer = void;
      using reference = Link;
      iterator(const Rows* rows, std::uint32_t at) : rows_(rows), at_(at) {}
      Link operator*() const;
      iterator& operator++() {
        ++at_;
        return *this;
      }
      bool operator==(const iterator& other) const { return at_ == other.at_; }

     private:
      const Rows* rows_;
      std::uint32_t at_;
    };
    Range(const Rows* rows, std::uint32_t begin, std::uint32_t end)
        : rows_(rows), begin_(begin), end_(end) {}
    iterator begin() const { return {rows_, begin_}; }
    iterator end() const { return {rows_, end_}; }
    std::size_t size() const { return end_ - begin_; }

   private:
    const Rows* rows_;
    std::uint32_t begin_, end_;
  };

  Links() = default;
  /// Links over `rows`, whose memory `owner` keeps alive.
  Links(Rows rows, std::shared_ptr<const void> owner);

  /// How many vertices the links cover.
  std::size_t size() const { return rows_.first.empty() ? 0 : rows_.first.size() - 1; }
  /// The links of vertex `v`.
  Range operator[](ClaimGraph::Vertex v) const {
    return {&rows_, rows_.first[v], rows_.first[v + 1]};
  }
  /// The `i`th link of vertex `v`, `i` below the number of its links.
  Link link(ClaimGraph::Vertex v, std::size_t i) const {
    return *Range::iterator(&rows_, rows_.first[v] + static_cast<std::uint32_t>(i));
  }
  /// The neighbours of vertex `v`, in link order: all a breadth-first search reads.
  std::span<const std::uint32_t> neighbours(ClaimGraph::Vertex v) const {
    return rows_.to.subspan(rows_.first[v], rows_.first[v + 1] - rows_.first[v]);
  }
  /// The arrays, for saving them.
  const Rows& rows() const { return rows_; }

 private:
  Rows rows_;
  std::shared_ptr<const void> owner_;
};

/// The links of an aggregated graph; costs as hop_cost gives them.
Links links_of(const AggregateGraph& graph, bool weighted);

/// The cost of a hop whose best-supported edge has this many articles plus outlets.
double corroborated_cost(std::size_t corroboration);

/// The same links costed by corroboration, given each edge's articles plus outlets.
Links weighted_links(const Links& links, std::span<const std::uint32_t> corroboration);

/// The hop count from `from` to every vertex (SIZE_MAX where unreachable), up to `max_depth`.
std::vector<std::size_t> hop_distances(const Links& links, ClaimGraph::Vertex from,
                                       std::size_t max_depth = SIZE_MAX);

/// The hop count of a vertex beyond a neighbourhood's radius.
constexpr std::uint8_t kBeyond = UINT8_MAX;

/// The hop count from `center` to every vertex within `radius` (below kBeyond), kBeyond for the
/// rest: one byte a vertex, so a neighbourhood of a million entities stays in cache.
std::vector<std::uint8_t> hops_within(const Links& links, ClaimGraph::Vertex center,
                                      std::uint8_t radius);

}  // namespace claimgraph
