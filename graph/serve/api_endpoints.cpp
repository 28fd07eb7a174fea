#include "graph/serve/api_endpoints.h"

#include <algorithm>
#include <map>
#include <unordered_set>

#include "graph/io/query_json.h"
#include "graph/query/contested.h"
#include "graph/query/names.h"
#include "graph/query/neighbors.h"
#include "graph/query/path.h"
#include "graph/query/rank.h"
#include "graph/query/subgraph.h"
#include "graph/serve/api_error.h"
#include "graph/serve/view_json.h"

namespace claimgraph {

namespace {

using Vertex = ClaimGraph::Vertex;

/// The longest name a look-up reads: more is no name, and near names cost its length.
constexpr std::size_t kMaxName = 200;

/// "did you mean A, B" from a failed look-up, or empty.
std::string offered(const EntityLookup& found) {
  const auto& list = found.candidates.empty() ? found.suggestions : found.candidates;
  std::string text;
  for (const auto& c : list) text += (text.empty() ? "" : ", ") + c.name;
  if (text.empty()) return text;
  return found.candidates.empty() ? "; did you mean " + text : "; one of " + text;
}

/// The entity a parameter names (id, name, alias or surname); 404 with near names when none.
Vertex entity_param(const ApiContext& c, const ApiParams& params, const std::string& name) {
  std::string wanted = required_param(params, name);
  if (wanted.size() > kMaxName) throw ApiError(400, name + " is too long");
  EntityLookup found = c.names.find(wanted);
  if (!found.vertex) throw ApiError(404, "no entity named " + wanted + offered(found));
  return *found.vertex;
}

/// Appends `v` unless already there.
void add_once(std::vector<Vertex>& out, Vertex v) {
  if (std::find(out.begin(), out.end(), v) == out.end()) out.push_back(v);
}

/// "nodes" and "edges": the first `limit` entities of an ego network, each with its depth, and
/// the edges among them.
void ego_view(JsonWriter& out, const AggregateGraph& g, const EgoNetwork& ego, std::size_t limit) {
  std::size_t kept = std::min(limit, ego.entities.size());
  std::unordered_set<Vertex> in(ego.entities.begin(), ego.entities.begin() + kept);
  out.key("nodes").begin_array();
  for (std::size_t i = 0; i < kept; ++i) {
    out.begin_object();
    entity_fields(out, *g.graph, ego.entities[i]);
    out.key("depth").value(ego.depth[i]).end_object();
  }
  out.end_array().key("edges").begin_array();
  for (std::size_t e : ego.edges)
    if (in.count(g.edges[e].source) && in.count(g.edges[e].target)) edge_brief(out, g, e);
  out.end_array();
}

/// One path as the ids it visits and its edges.
void path_view(JsonWriter& out, const AggregateGraph& g, const Path& path, Vertex from) {
  out.begin_object().key("hops").value(path.hops.size()).key("cost").value(path.cost);
  out.key("nodes").begin_array().value(g.graph->entity(from).id);
  for (const PathHop& hop : path.hops) out.value(g.graph->entity(hop.to).id);
  out.end_array().key("edges").begin_array();
  for (const PathHop& hop : path.hops)
    for (std::size_t e : hop.edges) edge_brief(out, g, e);
  out.end_array().end_object();
}

/// The aggregated edge of (source, target, kind); a contact matches either way round.
std::optional<std::size_t> find_edge(const AggregateGraph& g, Vertex s, Vertex t,
                                     RelationKind kind) {
  for (std::size_t e : g.incident[s]) {
    const AggregateEdge& edge = g.edges[e];
    bool forward = edge.source == s && edge.target == t;
    bool backward = kind == RelationKind::contact && edge.source == t && edge.target == s;
    if (edge.kind == kind && (forward || backward)) return e;
  }
  return std::nullopt;
}

/// The entity kind a parameter names, or none when absent.
std::optional<EntityKind> entity_kind_param(const ApiParams& params) {
  std::string name = optional_param(params, "entity_kind");
  if (name.empty()) return std::nullopt;
  auto kind = parse_entity_kind(name);
  if (!kind) throw ApiError(400, "unknown entity kind: " + name);
  return kind;
}

}  // namespace

std::string search_endpoint(const ApiContext& c, const ApiParams& params) {
  std::string q = required_param(params, "q");
  if (q.size() > kMaxName) throw ApiError(400, "q is too long");
  std::size_t limit = count_param(params, "limit", 10, 1, 50);
  EntityLookup found = c.names.find(q, false);
  std::vector<Vertex> out;
  if (found.vertex) out.push_back(*found.vertex);
  for (const auto& candidate : found.candidates) add_once(out, candidate.vertex);
  for (Vertex v : c.names.matching(q, limit)) add_once(out, v);
  bool near = out.empty();  // only then the pass over every name for near ones
  if (near)
    for (const auto& s : c.names.find(q).suggestions) add_once(out, s.vertex);
  if (out.size() > limit) out.resize(limit);
  JsonWriter json;
  json.begin_object().key("query").value(q).key("near").value(near && !out.empty());
  json.key("results").begin_array();
  for (Vertex v : out) entity_brief(json, c.data.graph, v);
  return json.end_array().end_object().take();
}

std::string entity_endpoint(const ApiContext& c, const ApiParams& params) {
  Vertex v = entity_param(c, params, "id");
  const EntityNode& e = c.data.graph.entity(v);
  JsonWriter out;
  out.begin_object();
  entity_fields(out, c.data.graph, v);
  out.key("aliases").begin_array();
  for (const auto& alias : e.aliases) out.value(alias);
  out.end_array().key("articles").value(e.articles.size());
  return out.key("mentions").value(e.mentions).end_object().take();
}

std::string neighbors_endpoint(const ApiContext& c, const ApiParams& params) {
  Vertex center = entity_param(c, params, "id");
  std::size_t depth = count_param(params, "depth", 1, 1, 3);
  std::size_t limit = count_param(params, "limit", 300, 1, 2000);
  auto view = c.views.view(filter_params(params));
  EgoNetwork ego = ego_network(view->aggregated, view->links, center, depth);
  JsonWriter out;
  out.begin_object();
  ego_view(out, view->aggregated, ego, limit);
  out.key("center").value(c.data.graph.entity(center).id).key("depth").value(depth);
  out.key("entities_total").value(ego.entities.size());
  return out.key("truncated").value(ego.entities.size() > limit).end_object().take();
}

std::string path_endpoint(const ApiContext& c, const ApiParams& params) {
  Vertex from = entity_param(c, params, "from"), to = entity_param(c, params, "to");
  PathOptions options;
  options.k = count_param(params, "k", 1, 1, 10);
  options.weighted = count_param(params, "weighted", 0, 0, 1) == 1;
  options.max_hops = count_param(params, "max_hops", 0, 0, 10);
  auto view = c.views.view(filter_params(params));
  const Links& links = options.weighted ? view->weighted : view->links;
  PathResult found = find_paths(links, from, to, options);
  JsonWriter out;
  out.begin_object().key("from").value(c.data.graph.entity(from).id);
  out.key("to").value(c.data.graph.entity(to).id).key("nodes").begin_array();
  for (Vertex v : path_entities(found.paths, from)) entity_brief(out, c.data.graph, v);
  out.end_array().key("paths").begin_array();
  for (const Path& p : found.paths) path_view(out, view->aggregated, p, from);
  return out.end_array().end_object().take();
}

std::string edge_endpoint(const ApiContext& c, const ApiParams& params) {
  Vertex s = entity_param(c, params, "source"), t = entity_param(c, params, "target");
  auto kind = parse_relation_kind(required_param(params, "kind"));
  if (!kind) throw ApiError(400, "unknown relation kind: " + required_param(params, "kind"));
  std::size_t limit = count_param(params, "limit", 100, 1, 500);
  auto view = c.views.view(filter_params(params));
  auto e = find_edge(view->aggregated, s, t, *kind);
  if (!e) throw ApiError(404, "no such edge under these filters");
  const AggregateEdge& edge = view->aggregated.edges[*e];
  JsonWriter out;
  out.begin_object().key("edge");
  edge_brief(out, view->aggregated, *e);
  out.key("source");
  entity_brief(out, c.data.graph, edge.source);
  out.key("target");
  entity_brief(out, c.data.graph, edge.target);
  out.key("evidence_total").value(edge.relation_count()).key("evidence").begin_array();
  for (std::size_t i = 0; i < edge.relations.size() && i < limit; ++i)
    evidence_json(out, c.data.graph, c.data.articles, edge.relations[i]);
  return out.end_array().end_object().take();
}

std::string contested_endpoint(const ApiContext& c, const ApiParams& params) {
  std::size_t limit = count_param(params, "limit", 50, 1, 500);
  auto view = c.views.view(filter_params(params));
  std::vector<ContestedPair> pairs = contested_pairs(view->aggregated);
  JsonWriter out;
  out.begin_object().key("total").value(pairs.size()).key("contested").begin_array();
  for (std::size_t i = 0; i < pairs.size() && i < limit; ++i)
    contested_brief(out, c.data.graph, pairs[i]);
  return out.end_array().end_object().take();
}

std::string rank_endpoint(const ApiContext& c, const ApiParams& params) {
  RankOptions options;
  std::string by = optional_param(params, "by", "degree");
  auto measure = parse_rank_by(by);
  if (!measure) throw ApiError(400, "unknown ranking: " + by);
  options.by = *measure;
  options.kind = entity_kind_param(params);
  options.limit = count_param(params, "limit", 20, 1, 200);
  auto view = c.views.view(filter_params(params));
  return rank_json(rank(view->aggregated, options), options);
}

std::string stats_endpoint(const ApiContext& c, const ApiParams&) {
  const ClaimGraph& g = c.data.graph;
  std::map<std::string, std::size_t> outlets, kinds;
  std::string first, last;
  for (auto e : boost::make_iterator_range(boost::edges(g.graph()))) {
    const RelationEdge& r = g.relation(e);
    if (!r.article_outlet.empty()) ++outlets[r.article_outlet];
    ++kinds[std::string(to_string(r.kind))];
    if (!r.date.empty() && (first.empty() || r.date < first)) first = r.date;
    if (r.date > last) last = r.date;
  }
  JsonWriter out;
  out.begin_object().key("articles").value(c.data.article_count);
  out.key("entities").value(g.entity_count()).key("relations").value(g.relation_count());
  out.key("edges").value(c.views.view({})->aggregated.edges.size());
  for (const auto& [name, counts] : {std::pair{"outlets", &outlets}, std::pair{"kinds", &kinds}}) {
    out.key(name).begin_object();
    for (const auto& [key, n] : *counts) out.key(key).value(n);
    out.end_object();
  }
  out.key("first_date").value(first).key("last_date").value(last);
  return out.end_object().take();
}

}  // namespace claimgraph
