#include "graph/io/query_json.h"

#include <nlohmann/json.hpp>

namespace claimgraph {

namespace {

using Json = nlohmann::ordered_json;
using Vertex = ClaimGraph::Vertex;

/// A document indented for reading, invalid UTF-8 replaced, with a final newline.
std::string dump(const Json& j) {
  return j.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

/// An entity as {"id","name","kind"}.
Json entity_json(const ClaimGraph& graph, Vertex v) {
  const EntityNode& e = graph.entity(v);
  return {{"id", e.id}, {"name", e.name}, {"kind", to_string(e.kind)}};
}

/// An id as {"id","name"}, or null when empty.
Json named_json(const ClaimGraph& graph, const std::string& id) {
  if (id.empty()) return nullptr;
  return {{"id", id}, {"name", graph.name_of(id)}};
}

/// One relation with its evidence: quote, article, outlet, date, claimant.
Json relation_json(const ClaimGraph& graph, ClaimGraph::Edge e) {
  const RelationEdge& r = graph.relation(e);
  const auto& g = graph.graph();
  return {{"source", graph.entity(boost::source(e, g)).id},
          {"target", graph.entity(boost::target(e, g)).id},
          {"kind", to_string(r.kind)},
          {"stance", to_string(r.stance)},
          {"article", r.evidence.article},
          {"outlet", r.article_outlet},
          {"date", r.date},
          {"claimant", named_json(graph, r.claimant)},
          {"named_outlet", named_json(graph, r.outlet)},
          {"quote", r.evidence.text},
          {"span", {r.evidence.span.start, r.evidence.span.end}},
          {"cue", r.evidence.cue_text},
          {"confidence", r.confidence}};
}

/// The first `limit` of `relations` with their evidence, in order.
Json relations_json(const ClaimGraph& graph, const std::vector<ClaimGraph::Edge>& relations,
                    std::size_t limit) {
  Json out = Json::array();
  for (std::size_t i = 0; i < relations.size() && i < limit; ++i)
    out.push_back(relation_json(graph, relations[i]));
  return out;
}

/// An aggregated edge with its counts, stances, dates and first `limit` relations.
Json edge_json(const AggregateGraph& graph, std::size_t index, std::size_t limit) {
  const AggregateEdge& e = graph.edges[index];
  const ClaimGraph& g = *graph.graph;
  Json stances = Json::array();
  for (Stance s : e.stances) stances.push_back(to_string(s));
  return {{"source", entity_json(g, e.source)},
          {"target", entity_json(g, e.target)},
          {"kind", to_string(e.kind)},
          {"articles", e.support.articles},
          {"outlets", e.support.outlets},
          {"claimants", e.support.claimants},
          {"relations", e.relation_count()},
          {"stances", stances},
          {"first_date", e.first_date},
          {"last_date", e.last_date},
          {"evidence", relations_json(g, e.relations, limit)}};
}

/// A path as its hops, each with its aggregated edges.
Json path_json(const AggregateGraph& graph, const Path& path, std::size_t limit) {
  Json steps = Json::array();
  for (const PathHop& hop : path.hops) {
    Json edges = Json::array();
    for (std::size_t e : hop.edges) edges.push_back(edge_json(graph, e, limit));
    steps.push_back({{"from", entity_json(*graph.graph, hop.from)},
                     {"to", entity_json(*graph.graph, hop.to)},
                     {"edges", edges}});
  }
  return {{"hops", path.hops.size()}, {"cost", path.cost}, {"steps", steps}};
}

/// Entity ids as {"id","name"} objects.
Json ids_json(const ClaimGraph& graph, const std::vector<std::string>& ids) {
  Json out = Json::array();
  for (const auto& id : ids) out.push_back(named_json(graph, id));
  return out;
}

/// A thin claim: its edge, and whether it is anonymous or whose it is.
Json thin_json(const AggregateGraph& graph, const ThinClaim& claim, std::size_t limit) {
  Json edge = edge_json(graph, claim.edge, limit);
  edge["anonymous"] = claim.anonymous;
  edge["single_source"] = named_json(*graph.graph, claim.source);
  return edge;
}

}  // namespace

std::string paths_json(const AggregateGraph& graph, Vertex from, Vertex to,
                       const PathResult& result, std::size_t evidence) {
  Json paths = Json::array();
  for (const Path& p : result.paths) paths.push_back(path_json(graph, p, evidence));
  return dump({{"from", entity_json(*graph.graph, from)},
               {"to", entity_json(*graph.graph, to)},
               {"paths", paths},
               {"capped", result.capped}});
}

std::string no_path_json(Vertex from, Vertex to, const NoPathReason& why, std::size_t evidence) {
  const ClaimGraph& g = *why.unfiltered.graph;
  Json reason = {{"disconnected", why.disconnected},
                 {"from_component", why.from_component},
                 {"to_component", why.to_component},
                 {"cutting", why.cutting},
                 {"filtered_hops", why.filtered_hops},
                 {"path_without_filters",
                  why.path ? path_json(why.unfiltered, *why.path, evidence) : Json(nullptr)}};
  return dump({{"from", entity_json(g, from)},
               {"to", entity_json(g, to)},
               {"paths", Json::array()},
               {"no_path", reason}});
}

std::string ego_json(const AggregateGraph& graph, const EgoNetwork& ego, std::size_t depth,
                     std::size_t evidence) {
  const ClaimGraph& g = *graph.graph;
  Json entities = Json::array(), kinds = Json::array();
  for (std::size_t i = 0; i < ego.entities.size(); ++i) {
    Json e = entity_json(g, ego.entities[i]);
    e["depth"] = ego.depth[i];
    entities.push_back(e);
  }
  for (RelationKind kind : kAllRelationKinds) {
    Json edges = Json::array();
    for (std::size_t e : ego.edges)
      if (graph.edges[e].kind == kind) edges.push_back(edge_json(graph, e, evidence));
    if (!edges.empty()) kinds.push_back({{"kind", to_string(kind)}, {"edges", edges}});
  }
  return dump({{"center", entity_json(g, ego.center)},
               {"depth", depth},
               {"entities", entities},
               {"kinds", kinds}});
}

std::string contested_json(const AggregateGraph& graph, const std::vector<ContestedPair>& pairs,
                           const std::vector<ThinClaim>* thin, std::size_t evidence) {
  const ClaimGraph& g = *graph.graph;
  Json contested = Json::array();
  for (const ContestedPair& p : pairs)
    contested.push_back({{"a", entity_json(g, p.a)},
                         {"b", entity_json(g, p.b)},
                         {"reporters", ids_json(g, p.reporters)},
                         {"deniers", ids_json(g, p.deniers)},
                         {"report_count", p.report_count},
                         {"report_articles", p.report_articles},
                         {"denial_count", p.denial_count},
                         {"denial_articles", p.denial_articles},
                         {"reports", relations_json(g, p.reports, evidence)},
                         {"denials", relations_json(g, p.denials, evidence)}});
  Json out = {{"contested", contested}};
  if (thin) {
    Json claims = Json::array();
    for (const ThinClaim& c : *thin) claims.push_back(thin_json(graph, c, evidence));
    out["thin"] = claims;
  }
  return dump(out);
}

std::string rank_json(const std::vector<RankRow>& rows, const RankOptions& options) {
  Json list = Json::array();
  for (const RankRow& r : rows) {
    Json row = {{"id", r.id},       {"name", r.name},           {"kind", r.kind},
                {"score", r.score}, {"relations", r.relations}, {"articles", r.articles}};
    if (options.by == RankBy::outlets) {
      Json quotes = Json::array();
      for (const auto& [name, n] : r.quotes) quotes.push_back({{"name", name}, {"relations", n}});
      row["quotes"] = quotes;
    }
    list.push_back(row);
  }
  return dump({{"by", rank_by_names()[static_cast<std::size_t>(options.by)]}, {"rows", list}});
}

}  // namespace claimgraph
