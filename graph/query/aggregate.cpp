#include "graph/query/aggregate.h"

#include <algorithm>
#include <set>
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

/// Fills the counts, stances and dates of an edge from its relations.
void summarise(const ClaimGraph& graph, AggregateEdge& edge) {
  edge.support = support_of(graph, edge.relations);
  std::set<Stance> stances;
  for (Edge e : edge.relations) {
    const RelationEdge& r = graph.relation(e);
    stances.insert(r.stance);
    if (r.date.empty()) continue;
    if (edge.first_date.empty() || r.date < edge.first_date) edge.first_date = r.date;
    if (edge.last_date.empty() || r.date > edge.last_date) edge.last_date = r.date;
  }
  edge.stances.assign(stances.begin(), stances.end());
}

/// Lists each vertex's edges: outgoing relations first, then incoming, each edge once.
void index_incident(const ClaimGraph& graph,
                    const std::unordered_map<std::uint64_t, std::size_t>& at, AggregateGraph& out) {
  const auto& g = graph.graph();
  out.incident.assign(graph.entity_count(), {});
  std::vector<Vertex> listed_for(out.edges.size(), SIZE_MAX);  // a hub's list is long: no find
  for (Vertex v = 0; v < graph.entity_count(); ++v) {
    auto add = [&](Edge e) {
      auto found = at.find(key_of(graph, e));
      if (found == at.end() || listed_for[found->second] == v) return;  // filtered, or listed
      listed_for[found->second] = v;
      out.incident[v].push_back(found->second);
    };
    for (auto [it, end] = boost::out_edges(v, g); it != end; ++it) add(*it);
    for (auto [it, end] = boost::in_edges(v, g); it != end; ++it) add(*it);
  }
}

}  // namespace

bool RelationFilter::accepts(const RelationEdge& r) const {
  return allows(kinds, r.kind) && allows(stances, r.stance) && r.confidence >= min_confidence &&
         articles.accepts(r.article_outlet, r.date);
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
  std::set<std::string> articles, outlets, claimants;
  for (Edge e : relations) {
    const RelationEdge& r = graph.relation(e);
    articles.insert(r.evidence.article);
    if (auto o = outlet_key(graph, r); !o.empty()) outlets.insert(o);
    if (!r.claimant.empty()) claimants.insert(r.claimant);
  }
  return {articles.size(), outlets.size(), claimants.size()};
}

AggregateGraph aggregate(const ClaimGraph& graph, const RelationFilter& filter) {
  const auto& g = graph.graph();
  AggregateGraph out;
  out.graph = &graph;
  std::unordered_map<std::uint64_t, std::size_t> at;
  for (auto e : boost::make_iterator_range(boost::edges(g))) {
    if (!filter.accepts(graph.relation(e))) continue;
    auto [it, added] = at.try_emplace(key_of(graph, e), out.edges.size());
    if (added) {
      AggregateEdge edge;
      edge.source = boost::source(e, g);
      edge.target = boost::target(e, g);
      edge.kind = graph.relation(e).kind;
      if (edge.kind == RelationKind::contact && edge.target < edge.source)
        std::swap(edge.source, edge.target);
      out.edges.push_back(std::move(edge));
    }
    out.edges[it->second].relations.push_back(e);
  }
  for (auto& edge : out.edges) summarise(graph, edge);
  if (filter.min_outlets > 0) {
    // Renumbering after the cut keeps the edges in first-relation order.
    std::erase_if(out.edges,
                  [&](const AggregateEdge& x) { return x.support.outlets < filter.min_outlets; });
    at.clear();
    for (std::size_t i = 0; i < out.edges.size(); ++i)
      at[key_of(graph, out.edges[i].relations.front())] = i;
  }
  index_incident(graph, at, out);
  return out;
}

}  // namespace claimgraph
