#include "graph/serve/view_json.h"

#include "graph/query/names.h"

namespace claimgraph {

namespace {

/// The URL when it is an http or https address: anything else (javascript:) never becomes a
/// link.
std::string web_url(const std::string& url) {
  bool web = url.rfind("http://", 0) == 0 || url.rfind("https://", 0) == 0;
  return web ? url : std::string();
}

/// A claimant or outlet id as {"id","name"}, or null when empty.
ViewJson named(const ClaimGraph& graph, const std::string& id) {
  if (id.empty()) return nullptr;
  return {{"id", id}, {"name", graph.name_of(id)}};
}

}  // namespace

ViewJson entity_brief(const ClaimGraph& graph, ClaimGraph::Vertex v) {
  const EntityNode& e = graph.entity(v);
  return {
      {"id", e.id}, {"name", e.name}, {"kind", to_string(e.kind)}, {"degree", degree_of(graph, v)}};
}

ViewJson edge_brief(const AggregateGraph& graph, std::size_t index) {
  const AggregateEdge& e = graph.edges[index];
  ViewJson stances = ViewJson::array();
  for (Stance s : e.stances) stances.push_back(to_string(s));
  return {{"source", graph.graph->entity(e.source).id},
          {"target", graph.graph->entity(e.target).id},
          {"kind", to_string(e.kind)},
          {"articles", e.support.articles},
          {"outlets", e.support.outlets},
          {"claimants", e.support.claimants},
          {"relations", e.relations.size()},
          {"stances", stances},
          {"first_date", e.first_date},
          {"last_date", e.last_date}};
}

ViewJson evidence_json(const ClaimGraph& graph, const ArticleIndex& articles, ClaimGraph::Edge e) {
  const RelationEdge& r = graph.relation(e);
  const ArticleMeta& meta = articles.find(r.evidence.article);
  const auto& g = graph.graph();
  return {{"quote", r.evidence.text},
          {"title", meta.title},
          {"url", web_url(meta.url)},
          {"article", r.evidence.article},
          {"outlet", r.article_outlet},
          {"date", r.date},
          {"claimant", named(graph, r.claimant)},
          {"stance", to_string(r.stance)},
          {"confidence", r.confidence},
          {"cue", r.evidence.cue_text},
          {"source", graph.entity(boost::source(e, g)).id},
          {"target", graph.entity(boost::target(e, g)).id},
          {"kind", to_string(r.kind)}};
}

ViewJson subgraph_json(const AggregateGraph& graph, const std::vector<ClaimGraph::Vertex>& nodes,
                       const std::vector<std::size_t>& edges) {
  ViewJson n = ViewJson::array(), e = ViewJson::array();
  for (auto v : nodes) n.push_back(entity_brief(*graph.graph, v));
  for (auto i : edges) e.push_back(edge_brief(graph, i));
  return {{"nodes", n}, {"edges", e}};
}

ViewJson contested_brief(const ClaimGraph& graph, const ContestedPair& pair) {
  ViewJson reporters = ViewJson::array(), deniers = ViewJson::array();
  for (const auto& id : pair.reporters) reporters.push_back(graph.name_of(id));
  for (const auto& id : pair.deniers) deniers.push_back(graph.name_of(id));
  return {{"a", entity_brief(graph, pair.a)}, {"b", entity_brief(graph, pair.b)},
          {"reports", pair.reports.size()},   {"denials", pair.denials.size()},
          {"reporters", reporters},           {"deniers", deniers}};
}

std::string dump_json(const ViewJson& json) {
  return json.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace claimgraph
