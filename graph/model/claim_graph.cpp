#include "graph/model/claim_graph.h"

#include <algorithm>

namespace claimgraph {

namespace {

void insert_sorted(std::vector<std::string>& v, const std::string& s) {
  auto it = std::lower_bound(v.begin(), v.end(), s);
  if (it == v.end() || *it != s) v.insert(it, s);
}

}  // namespace

ClaimGraph::Vertex ClaimGraph::merge_entity(const Entity& entity, const std::string& article) {
  auto [it, added] = by_id_.try_emplace(entity.id, 0);
  if (added) {
    EntityNode node{entity.id, entity.name, entity.kind, {}, {}, 0, {}, {}};
    it->second = boost::add_vertex(std::move(node), graph_);
  }
  EntityNode& node = graph_[it->second];
  // A person's fullest name wins: a longer form seen in a later article replaces a shorter one.
  if (node.kind == EntityKind::person && entity.name.size() > node.name.size()) {
    insert_sorted(node.aliases, node.name);
    node.name = entity.name;
  } else if (entity.name != node.name) {
    insert_sorted(node.aliases, entity.name);
  }
  for (const auto& a : entity.aliases)
    if (a != node.name) insert_sorted(node.aliases, a);
  std::erase(node.aliases, node.name);
  if (node.articles.empty() || node.articles.back() != article) node.articles.push_back(article);
  node.mentions += entity.mentions.size();
  return it->second;
}

void ClaimGraph::add_article(const ArticleExtraction& x) {
  std::vector<Vertex> vertex_of;
  vertex_of.reserve(x.entities.size());
  for (const auto& e : x.entities) vertex_of.push_back(merge_entity(e, x.article_id));
  auto id_of = [&](std::optional<EntityIndex> e) { return e ? x.entities[*e].id : std::string(); };
  for (const auto& r : x.relations) {
    // Entities merged by resolution may leave a relation with itself: it says nothing.
    if (vertex_of[r.source] == vertex_of[r.target]) continue;
    RelationEdge edge;
    edge.kind = r.kind;
    edge.stance = r.stance;
    edge.claimant = id_of(r.claimant);
    edge.outlet = id_of(r.outlet);
    edge.article_outlet = x.outlet;
    edge.date = x.date;
    edge.evidence = {x.article_id, r.evidence, r.evidence_text, r.cue, r.cue_text};
    edge.confidence = r.confidence;
    boost::add_edge(vertex_of[r.source], vertex_of[r.target], std::move(edge), graph_);
  }
}

ClaimGraph::Vertex ClaimGraph::add_entity(EntityNode node) {
  std::string id = node.id;
  Vertex v = boost::add_vertex(std::move(node), graph_);
  by_id_.emplace(std::move(id), v);
  return v;
}

ClaimGraph::Edge ClaimGraph::add_relation(Vertex source, Vertex target, RelationEdge relation) {
  return boost::add_edge(source, target, std::move(relation), graph_).first;
}

std::optional<ClaimGraph::Vertex> ClaimGraph::find_id(const std::string& id) const {
  auto it = by_id_.find(id);
  if (it == by_id_.end()) return std::nullopt;
  return it->second;
}

std::string ClaimGraph::name_of(const std::string& id) const {
  if (id.empty()) return {};
  auto v = find_id(id);
  return v ? graph_[*v].name : id;
}

std::string publication(const RelationEdge& r) {
  if (r.article_outlet.empty() || r.date.empty()) return r.article_outlet + r.date;
  return r.article_outlet + ", " + r.date;
}

}  // namespace claimgraph
