#include "graph/serve/view_json.h"

#include "graph/query/names.h"

namespace claimgraph {

namespace {

/// The URL when it is an http or https address: anything else (javascript:) never becomes a
/// link.
std::string_view web_url(const std::string& url) {
  bool web = url.rfind("http://", 0) == 0 || url.rfind("https://", 0) == 0;
  return web ? std::string_view(url) : std::string_view();
}

/// A claimant or outlet id as {"id","name"}, or null when empty.
void named(JsonWriter& out, const ClaimGraph& graph, const std::string& id) {
  if (id.empty()) {
    out.null();
    return;
  }
  out.begin_object().key("id").value(id).key("name").value(graph.name_of(id)).end_object();
}

}  // namespace

void entity_fields(JsonWriter& out, const ClaimGraph& graph, ClaimGraph::Vertex v) {
  const EntityNode& e = graph.entity(v);
  out.key("id").value(e.id).key("name").value(e.name);
  out.key("kind").value(to_string(e.kind)).key("degree").value(degree_of(graph, v));
}

void entity_brief(JsonWriter& out, const ClaimGraph& graph, ClaimGraph::Vertex v) {
  out.begin_object();
  entity_fields(out, graph, v);
  out.end_object();
}

void edge_fields(JsonWriter& out, const AggregateGraph& graph, std::size_t index) {
  const AggregateEdge& e = graph.edges[index];
  out.key("source").value(graph.graph->entity(e.source).id);
  out.key("target").value(graph.graph->entity(e.target).id);
  out.key("kind").value(to_string(e.kind));
  out.key("articles").value(e.support.articles).key("outlets").value(e.support.outlets);
  out.key("claimants").value(e.support.claimants).key("relations").value(e.relation_count());
  out.key("stances").begin_array();
  for (Stance s : e.stances) out.value(to_string(s));
  out.end_array();
  out.key("first_date").value(e.first_date).key("last_date").value(e.last_date);
}

void edge_brief(JsonWriter& out, const AggregateGraph& graph, std::size_t index) {
  out.begin_object();
  edge_fields(out, graph, index);
  out.end_object();
}

void evidence_json(JsonWriter& out, const ClaimGraph& graph, const ArticleIndex& articles,
                   ClaimGraph::Edge e) {
  const RelationEdge& r = graph.relation(e);
  const ArticleMeta& meta = articles.find(r.evidence.article);
  const auto& g = graph.graph();
  out.begin_object();
  out.key("quote").value(r.evidence.text).key("title").value(meta.title);
  out.key("url").value(web_url(meta.url)).key("article").value(r.evidence.article);
  out.key("outlet").value(r.article_outlet).key("date").value(r.date);
  out.key("claimant");
  named(out, graph, r.claimant);
  out.key("stance").value(to_string(r.stance)).key("confidence").value(r.confidence);
  out.key("cue").value(r.evidence.cue_text);
  out.key("source").value(graph.entity(boost::source(e, g)).id);
  out.key("target").value(graph.entity(boost::target(e, g)).id);
  out.key("kind").value(to_string(r.kind));
  out.end_object();
}

void contested_brief(JsonWriter& out, const ClaimGraph& graph, const ContestedPair& pair) {
  out.begin_object();
  out.key("a");
  entity_brief(out, graph, pair.a);
  out.key("b");
  entity_brief(out, graph, pair.b);
  out.key("reports").value(pair.reports.size()).key("denials").value(pair.denials.size());
  out.key("reporters").begin_array();
  for (const auto& id : pair.reporters) out.value(graph.name_of(id));
  out.end_array().key("deniers").begin_array();
  for (const auto& id : pair.deniers) out.value(graph.name_of(id));
  out.end_array().end_object();
}

std::string error_json(std::string_view reason) {
  JsonWriter out;
  out.begin_object().key("error").value(reason).end_object();
  return out.take();
}

}  // namespace claimgraph
