#pragma once
// The claim graph: entities as vertices, relations with their evidence as edges, merged
// across articles by stable entity id. Built on a Boost.Graph adjacency_list with bundled
// properties; vertices are never removed (views filter instead), so descriptors stay valid.

#include <boost/graph/adjacency_list.hpp>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "graph/model/extraction.h"

namespace claimgraph {

/// Why another key joined an entity, or was kept apart from it.
struct MergeNote {
  std::string id;      ///< the key as extraction gave it ("person:putin")
  std::string reason;  ///< one line: the rule or evidence behind the decision
};

/// An entity in the merged graph.
struct EntityNode {
  std::string id;
  std::string name;
  EntityKind kind = EntityKind::person;
  std::vector<std::string> aliases;   ///< sorted, unique, without the name
  std::vector<std::string> articles;  ///< ids of the articles that mention it, in input order
  std::size_t mentions = 0;
  std::vector<MergeNote> merged;      ///< keys merged into this entity, and why
  std::vector<MergeNote> kept_apart;  ///< keys the user's rules keep apart from it
};

/// Where a relation comes from: article, span, text and cue.
struct Evidence {
  std::string article;
  Span span;
  std::string text;
  Span cue;
  std::string cue_text;
};

/// A relation in the merged graph, directed from source to target.
struct RelationEdge {
  RelationKind kind = RelationKind::contact;
  Stance stance = Stance::asserted;
  std::string claimant;        ///< entity id, or empty
  std::string outlet;          ///< entity id of the outlet named in the text, or empty
  std::string article_outlet;  ///< the publishing outlet from the article's metadata
  std::string date;            ///< the article's date from its metadata
  Evidence evidence;
  double confidence = 0.0;
};

/// "outlet, date" of a relation's article, as far as its metadata tells; empty when it tells
/// nothing.
std::string publication(const RelationEdge& relation);

/// The merged graph of a set of articles.
class ClaimGraph {
 public:
  using Graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS, EntityNode,
                                      RelationEdge>;
  using Vertex = Graph::vertex_descriptor;
  using Edge = Graph::edge_descriptor;

  /// Merges one article's entities and relations into the graph.
  void add_article(const ArticleExtraction& extraction);

  const Graph& graph() const { return graph_; }
  std::size_t entity_count() const { return boost::num_vertices(graph_); }
  std::size_t relation_count() const { return boost::num_edges(graph_); }
  const EntityNode& entity(Vertex v) const { return graph_[v]; }
  const RelationEdge& relation(Edge e) const { return graph_[e]; }

  /// Adds an entity as it stands (part of a saved graph); returns its vertex.
  Vertex add_entity(EntityNode node);
  /// Adds a relation as it stands between two of the graph's vertices; returns its edge.
  Edge add_relation(Vertex source, Vertex target, RelationEdge relation);

  /// The vertex with this entity id.
  std::optional<Vertex> find_id(const std::string& id) const;
  /// The mutable entity of a vertex, for resolution to annotate.
  EntityNode& entity(Vertex v) { return graph_[v]; }
  /// The display name of an entity id (the id itself when unknown, empty for empty).
  std::string name_of(const std::string& id) const;

 private:
  Vertex merge_entity(const Entity& entity, const std::string& article);

  Graph graph_;
  std::unordered_map<std::string, Vertex> by_id_;
};

}  // namespace claimgraph
