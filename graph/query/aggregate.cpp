#include "graph/query/aggregate.h"

#include <algorithm>
#include <functional>
#include <unordered_map>

#include "graph/text/normalize.h"
#include "graph/text/utf8.h"

namespace claimgraph {

namespace {

using Vertex = ClaimGraph::Vertex;
using Edge = ClaimGraph::Edge;

/// (source, target, kind) packed into one number: vertices below 2^30, four kinds.
std::uint64_t key_of(const ClaimGraph& graph, Edge e) {
  const auto& g = graph.graph();
  Vertex s = boost::source(e, g), t = boost::target(e, g);
  RelationKind kind = graph.relation(e).kind;
  if (kind == RelationKind::contact && t < s) std::swap(s, t);
  return (static_cast<std::uint64_t>(s) << 32) ^ (static_cast<std::uint64_t>(t) << 2) ^
         static_cast<std::uint64_t>(kind);
}

/// True when `wanted` is empty (no restriction) or holds `value`.
template <typename T>
bool allows(const std::vector<T>& wanted, T value) {
  return wanted.empty() || std::find(wanted.begin(), wanted.end(), value) != wanted.end();
}

/// ASCII letters in lower case, so outlet names compare in any case without a copy.
char folded(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c; }

/// True when `a` sorts before `b` with ASCII case folded.
bool less_folded(std::string_view a, std::string_view b) {
  return std::lexicographical_compare(a.begin(), a.end(), b.begin(), b.end(),
                                      [](char x, char y) { return folded(x) < folded(y); });
}

/// True when `a` and `b` are equal with ASCII case folded.
bool same_folded(std::string_view a, std::string_view b) {
  return std::equal(a.begin(), a.end(), b.begin(), b.end(),
                    [](char x, char y) { return folded(x) == folded(y); });
}

/// How many distinct values `items` holds, by the given order and equality.
template <typename Less, typename Same>
std::size_t distinct(std::vector<std::string_view>& items, Less less, Same same) {
  std::sort(items.begin(), items.end(), less);
  return static_cast<std::size_t>(std::unique(items.begin(), items.end(), same) - items.begin());
}

/// The outlet a relation counts for, as a view: its publisher trimmed, else the name of the
/// outlet the text names, else empty.
std::string_view outlet_view(const ClaimGraph& graph, const RelationEdge& r) {
  std::string_view publisher = trim_whitespace(r.article_outlet);
  if (!publisher.empty() || r.outlet.empty()) return publisher;
  auto v = graph.find_id(r.outlet);
  return v ? std::string_view(graph.entity(*v).name) : std::string_view(r.outlet);
}

/// A new aggregated edge for the relation `e`, a contact from its lower vertex.
AggregateEdge edge_of(const ClaimGraph& graph, Edge e) {
  const auto& g = graph.graph();
  AggregateEdge edge;
  edge.source = boost::source(e, g);
  edge.target = boost::target(e, g);
  edge.kind = graph.relation(e).kind;
  if (edge.kind == RelationKind::contact && edge.target < edge.source)
    std::swap(edge.source, edge.target);
  return edge;
}

/// Fills the counts, stances and dates of an edge from its relations.
void summarise(const ClaimGraph& graph, AggregateEdge& edge) {
  edge.support = support_of(graph, edge.relations);
  unsigned stances = 0;  // a bit per stance
  for (Edge e : edge.relations) {
    const RelationEdge& r = graph.relation(e);
    stances |= 1u << static_cast<unsigned>(r.stance);
    if (r.date.empty()) continue;
    if (edge.first_date.empty() || r.date < edge.first_date) edge.first_date = r.date;
    if (edge.last_date.empty() || r.date > edge.last_date) edge.last_date = r.date;
  }
  for (Stance s : {Stance::asserted, Stance::hedged, Stance::denied})
    if (stances & (1u << static_cast<unsigned>(s))) edge.stances.push_back(s);
}

/// Lists each vertex's edges: those of its outgoing relations first, then of its incoming ones
/// (by source), each edge once. `agg_of` gives each relation's edge in boost::edges order, so
/// no key is looked up again.
void index_incident(const ClaimGraph& graph, const std::vector<std::size_t>& agg_of,
                    AggregateGraph& out) {
  const auto& g = graph.graph();
  std::vector<std::vector<std::size_t>> outgoing(graph.entity_count()), incoming(outgoing.size());
  std::size_t i = 0;
  for (auto e : boost::make_iterator_range(boost::edges(g))) {
    std::size_t a = agg_of[i++];
    if (a == SIZE_MAX) continue;  // filtered out
    outgoing[boost::source(e, g)].push_back(a);
    incoming[boost::target(e, g)].push_back(a);
  }
  out.incident.assign(graph.entity_count(), {});
  std::vector<Vertex> listed_for(out.edges.size(), SIZE_MAX);  // a hub's list is long: no find
  for (Vertex v = 0; v < graph.entity_count(); ++v)
    for (const auto* list : {&outgoing[v], &incoming[v]})
      for (std::size_t a : *list)
        if (std::exchange(listed_for[a], v) != v) out.incident[v].push_back(a);
}

/// Drops the edges with fewer outlets than `min_outlets`, renumbering `agg_of` to match.
void cut_thin(AggregateGraph& out, std::size_t min_outlets, std::vector<std::size_t>& agg_of) {
  std::vector<std::size_t> renumbered(out.edges.size(), SIZE_MAX);
  std::size_t kept = 0;
  for (std::size_t i = 0; i < out.edges.size(); ++i)
    if (out.edges[i].support.outlets >= min_outlets) {
      renumbered[i] = kept;
      out.edges[kept++] = std::move(out.edges[i]);
    }
  out.edges.resize(kept);
  for (std::size_t& a : agg_of)
    if (a != SIZE_MAX) a = renumbered[a];
}

}  // namespace

bool RelationFilter::accepts(const RelationEdge& r) const {
  return allows(kinds, r.kind) && allows(stances, r.stance) && r.confidence >= min_confidence &&
         articles.accepts(r.article_outlet, r.date);
}

void AggregateGraph::summarise_edges(std::span<const std::size_t> which) {
  for (std::size_t e : which)
    if (edges[e].stances.empty()) summarise(*graph, edges[e]);
}

Vertex AggregateGraph::other(std::size_t e, Vertex v) const {
  return edges[e].source == v ? edges[e].target : edges[e].source;
}

std::string outlet_key(const ClaimGraph& graph, const RelationEdge& r) {
  std::string_view publisher = trim_whitespace(r.article_outlet);
  if (!publisher.empty()) return to_lower_utf8(publisher);
  return r.outlet.empty() ? "" : to_lower_utf8(graph.name_of(r.outlet));
}

Support support_of(const ClaimGraph& graph, std::span<const Edge> relations) {
  // Views, not copies: an edge of a big graph has few relations, and allocating a string for
  // each of them made aggregating a 500,000-relation graph take seconds.
  std::vector<std::string_view> articles, outlets, claimants;
  for (Edge e : relations) {
    const RelationEdge& r = graph.relation(e);
    articles.push_back(r.evidence.article);
    if (auto o = outlet_view(graph, r); !o.empty()) outlets.push_back(o);
    if (!r.claimant.empty()) claimants.push_back(r.claimant);
  }
  return {distinct(articles, std::less<>{}, std::equal_to<>{}),
          distinct(outlets, less_folded, same_folded),
          distinct(claimants, std::less<>{}, std::equal_to<>{})};
}

AggregateGraph aggregate(const ClaimGraph& graph, const RelationFilter& filter,
                         Summaries summaries) {
  const auto& g = graph.graph();
  AggregateGraph out;
  out.graph = &graph;
  std::unordered_map<std::uint64_t, std::size_t> at;
  at.reserve(graph.relation_count());
  std::vector<std::size_t> agg_of;  // per relation in boost::edges order: its edge, or SIZE_MAX
  agg_of.reserve(graph.relation_count());
  for (auto e : boost::make_iterator_range(boost::edges(g))) {
    agg_of.push_back(SIZE_MAX);
    if (!filter.accepts(graph.relation(e))) continue;
    auto [it, added] = at.try_emplace(key_of(graph, e), out.edges.size());
    if (added) out.edges.push_back(edge_of(graph, e));
    out.edges[it->second].relations.push_back(e);
    agg_of.back() = it->second;
  }
  // Counting sources is most of the work; a search that only needs the grouping counts them
  // afterwards for the edges it shows. The outlet filter needs the counts first.
  if (summaries == Summaries::all || filter.min_outlets > 0)
    for (auto& edge : out.edges) summarise(graph, edge);
  if (filter.min_outlets > 0) cut_thin(out, filter.min_outlets, agg_of);
  index_incident(graph, agg_of, out);
  return out;
}

}  // namespace claimgraph
