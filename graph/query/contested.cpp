#include "graph/query/contested.h"

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

#include "graph/query/neighbors.h"

namespace claimgraph {

namespace {

using Vertex = ClaimGraph::Vertex;
using Edge = ClaimGraph::Edge;

/// Who stands behind one relation on its side: a denial's denier, else the claimant.
std::string backer(const ClaimGraph& graph, Edge e) {
  const RelationEdge& r = graph.relation(e);
  if (r.kind == RelationKind::denial) return graph.entity(boost::source(e, graph.graph())).id;
  return r.claimant;
}

/// Sorted ids without repeats and without the empty id (no claimant).
void sort_unique(std::vector<std::string>& ids) {
  std::erase(ids, std::string());
  std::sort(ids.begin(), ids.end());
  ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
}

/// True when an edge denies a contact: a denial, or a contact stated as denied.
bool denies(const AggregateEdge& edge) {
  if (edge.kind == RelationKind::denial) return true;
  return edge.kind == RelationKind::contact &&
         std::find(edge.stances.begin(), edge.stances.end(), Stance::denied) != edge.stances.end();
}

/// Sorts one aggregated edge's relations onto the report or denial side of its pair.
void collect(const AggregateGraph& graph, const AggregateEdge& edge, ContestedPair& pair) {
  for (Edge e : edge.relations) {
    bool denies =
        edge.kind == RelationKind::denial || graph.graph->relation(e).stance == Stance::denied;
    (denies ? pair.denials : pair.reports).push_back(e);
    (denies ? pair.deniers : pair.reporters).push_back(backer(*graph.graph, e));
  }
}

/// The named source a relation rests on: its claimant, else a denial's denier (who is
/// named, being an entity); empty when only anonymous sources back it.
std::string named_source(const ClaimGraph& graph, Edge e) {
  const RelationEdge& r = graph.relation(e);
  if (named_claimant(graph, r.claimant)) return r.claimant;
  return r.kind == RelationKind::denial ? graph.entity(boost::source(e, graph.graph())).id : "";
}

/// Counts each side's relations and articles.
void count_sides(const ClaimGraph& graph, ContestedPair& p) {
  p.report_count = p.reports.size();
  p.denial_count = p.denials.size();
  p.report_articles = support_of(graph, p.reports).articles;
  p.denial_articles = support_of(graph, p.denials).articles;
}

}  // namespace

bool named_claimant(const ClaimGraph& graph, const std::string& claimant) {
  if (claimant.empty()) return false;
  auto v = graph.find_id(claimant);
  return !v || graph.entity(*v).kind != EntityKind::group;
}

std::vector<ContestedPair> contested_pairs(const AggregateGraph& graph) {
  // Only pairs with a denial can be contested: they are few, so only they are collected.
  std::set<std::pair<Vertex, Vertex>> denied;
  for (const AggregateEdge& edge : graph.edges)
    if (denies(edge)) denied.insert(std::minmax(edge.source, edge.target));
  std::map<std::pair<Vertex, Vertex>, ContestedPair> pairs;
  for (const AggregateEdge& edge : graph.edges) {
    if (edge.kind != RelationKind::contact && edge.kind != RelationKind::denial) continue;
    auto key = std::minmax(edge.source, edge.target);
    if (!denied.count(key)) continue;
    ContestedPair& pair = pairs[{key.first, key.second}];
    pair.a = key.first;
    pair.b = key.second;
    collect(graph, edge, pair);
  }
  std::vector<std::pair<std::size_t, ContestedPair>> found;  // articles on both sides, pair
  for (auto& [key, pair] : pairs) {
    if (pair.reports.empty() || pair.denials.empty()) continue;
    sort_unique(pair.reporters);
    sort_unique(pair.deniers);
    count_sides(*graph.graph, pair);
    found.emplace_back(pair.report_articles + pair.denial_articles, std::move(pair));
  }
  const ClaimGraph& g = *graph.graph;
  std::stable_sort(found.begin(), found.end(), [&](const auto& x, const auto& y) {
    return std::tie(y.first, g.entity(x.second.a).name, g.entity(x.second.b).name) <
           std::tie(x.first, g.entity(y.second.a).name, g.entity(y.second.b).name);
  });
  std::vector<ContestedPair> out;
  for (auto& [n, pair] : found) out.push_back(std::move(pair));
  return out;
}

std::vector<ThinClaim> thin_claims(const AggregateGraph& graph) {
  std::vector<ThinClaim> out;
  for (std::size_t i = 0; i < graph.edges.size(); ++i) {
    const AggregateEdge& edge = graph.edges[i];
    if (edge.kind != RelationKind::contact && edge.kind != RelationKind::denial) continue;
    std::set<std::string> named;
    for (Edge e : edge.relations)
      if (std::string source = named_source(*graph.graph, e); !source.empty()) named.insert(source);
    if (named.size() > 1) continue;
    out.push_back({i, named.empty(), named.empty() ? "" : *named.begin()});
  }
  std::stable_sort(out.begin(), out.end(), [&](const ThinClaim& a, const ThinClaim& b) {
    return stronger(graph, a.edge, b.edge);
  });
  return out;
}

}  // namespace claimgraph
