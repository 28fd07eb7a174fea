#include "graph/query/rank.h"

#include <algorithm>
#include <boost/graph/betweenness_centrality.hpp>
#include <map>
#include <set>
#include <tuple>

#include "graph/query/links.h"

namespace claimgraph {

namespace {

using Vertex = ClaimGraph::Vertex;
using Edge = ClaimGraph::Edge;

constexpr std::pair<const char*, RankBy> kNames[] = {{"degree", RankBy::degree},
                                                     {"weighted", RankBy::weighted},
                                                     {"betweenness", RankBy::betweenness},
                                                     {"speakers", RankBy::speakers},
                                                     {"outlets", RankBy::outlets}};

/// A row being counted: its relations and the articles they come from.
struct Tally {
  double score = 0.0;
  std::size_t relations = 0;
  std::set<std::string> articles;
  std::map<std::string, std::size_t> quoted;  ///< claimant id -> relations (outlets only)
};

/// An entity's row from its tally.
RankRow entity_row(const ClaimGraph& graph, Vertex v, const Tally& t) {
  const EntityNode& e = graph.entity(v);
  return {e.id, e.name, std::string(to_string(e.kind)), t.score, t.relations, t.articles.size(),
          {}};
}

/// Degree, weighted degree or betweenness, per vertex, with the relations behind it.
std::vector<Tally> entity_tallies(const AggregateGraph& graph, RankBy by) {
  std::vector<Tally> tallies(graph.incident.size());
  for (Vertex v = 0; v < tallies.size(); ++v)
    for (std::size_t e : graph.incident[v]) {
      const AggregateEdge& edge = graph.edges[e];
      tallies[v].score += by == RankBy::weighted ? static_cast<double>(edge.support.articles) : 1.0;
      tallies[v].relations += edge.relations.size();
      for (Edge r : edge.relations)
        tallies[v].articles.insert(graph.graph->relation(r).evidence.article);
    }
  if (by == RankBy::betweenness) {
    std::vector<double> b = betweenness(graph);
    for (Vertex v = 0; v < tallies.size(); ++v) tallies[v].score = b[v];
  }
  return tallies;
}

/// Speakers (claimants) or outlets, keyed by id, with what they said or printed.
std::map<std::string, Tally> source_tallies(const AggregateGraph& graph, RankBy by) {
  std::map<std::string, Tally> tallies;
  for (const AggregateEdge& edge : graph.edges)
    for (Edge e : edge.relations) {
      const RelationEdge& r = graph.graph->relation(e);
      std::string key = by == RankBy::speakers ? r.claimant : outlet_key(*graph.graph, r);
      if (key.empty()) continue;
      Tally& t = tallies[key];
      t.score += 1.0;
      t.relations += 1;
      t.articles.insert(r.evidence.article);
      if (by == RankBy::outlets && !r.claimant.empty()) ++t.quoted[r.claimant];
    }
  return tallies;
}

/// The display name of an outlet key: the publisher as its first relation spells it.
std::map<std::string, std::string> outlet_names(const AggregateGraph& graph) {
  std::map<std::string, std::string> names;
  for (const AggregateEdge& edge : graph.edges)
    for (Edge e : edge.relations) {
      const RelationEdge& r = graph.graph->relation(e);
      std::string shown =
          r.article_outlet.empty() ? graph.graph->name_of(r.outlet) : r.article_outlet;
      names.try_emplace(outlet_key(*graph.graph, r), shown);
    }
  return names;
}

/// The `n` claimants quoted most, by name, most relations first.
std::vector<std::pair<std::string, std::size_t>> top_quoted(
    const ClaimGraph& graph, const std::map<std::string, std::size_t>& quoted, std::size_t n) {
  std::vector<std::pair<std::string, std::size_t>> out;
  for (const auto& [id, count] : quoted) out.emplace_back(graph.name_of(id), count);
  std::stable_sort(out.begin(), out.end(), [](const auto& a, const auto& b) {
    return std::tie(b.second, a.first) < std::tie(a.second, b.first);
  });
  if (out.size() > n) out.resize(n);
  return out;
}

/// The rows of speakers or outlets.
std::vector<RankRow> source_rows(const AggregateGraph& graph, const RankOptions& options) {
  std::vector<RankRow> rows;
  auto names = outlet_names(graph);
  for (const auto& [key, t] : source_tallies(graph, options.by)) {
    if (options.by == RankBy::outlets) {
      rows.push_back({key, names[key], "outlet", t.score, t.relations, t.articles.size(),
                      top_quoted(*graph.graph, t.quoted, options.quotes)});
      continue;
    }
    auto v = graph.graph->find_id(key);
    if (!v || (options.kind && graph.graph->entity(*v).kind != *options.kind)) continue;
    rows.push_back(entity_row(*graph.graph, *v, t));
  }
  return rows;
}

/// The rows of entities by degree, weighted degree or betweenness.
std::vector<RankRow> entity_rows(const AggregateGraph& graph, const RankOptions& options) {
  std::vector<RankRow> rows;
  std::vector<Tally> tallies = entity_tallies(graph, options.by);
  for (Vertex v = 0; v < tallies.size(); ++v) {
    if (graph.incident[v].empty()) continue;  // nothing to rank it by
    if (options.kind && graph.graph->entity(v).kind != *options.kind) continue;
    rows.push_back(entity_row(*graph.graph, v, tallies[v]));
  }
  return rows;
}

}  // namespace

std::optional<RankBy> parse_rank_by(std::string_view name) {
  for (const auto& [n, by] : kNames)
    if (name == n) return by;
  return std::nullopt;
}

std::vector<std::string> rank_by_names() {
  std::vector<std::string> out;
  for (const auto& [n, by] : kNames) out.emplace_back(n);
  return out;
}

std::vector<double> betweenness(const AggregateGraph& graph) {
  using Simple = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS>;
  Links links = links_of(graph, false);
  Simple simple(links.size());
  for (Vertex v = 0; v < links.size(); ++v)
    for (const Link& link : links[v])
      if (v < link.to) boost::add_edge(v, link.to, simple);
  std::vector<double> centrality(links.size(), 0.0);
  boost::brandes_betweenness_centrality(
      simple, boost::centrality_map(boost::make_iterator_property_map(
                  centrality.begin(), boost::get(boost::vertex_index, simple))));
  return centrality;
}

std::vector<RankRow> rank(const AggregateGraph& graph, const RankOptions& options) {
  bool sources = options.by == RankBy::speakers || options.by == RankBy::outlets;
  std::vector<RankRow> rows = sources ? source_rows(graph, options) : entity_rows(graph, options);
  std::sort(rows.begin(), rows.end(), [](const RankRow& a, const RankRow& b) {
    return std::tie(b.score, a.name, a.id) < std::tie(a.score, b.name, b.id);
  });
  if (options.limit && rows.size() > options.limit) rows.resize(options.limit);
  return rows;
}

}  // namespace claimgraph
