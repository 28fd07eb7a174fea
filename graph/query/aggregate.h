#pragma once
// Relations as queries see them: one edge per (source, target, kind), weighted by the articles,
// outlets and claimants behind it, with every underlying relation kept as its evidence. A hub
// named in many articles would otherwise drown its neighbourhood in repeats. The graph itself
// keeps the raw relations; this is a view over them.

#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include "graph/model/claim_graph.h"
#include "graph/query/filter.h"

namespace claimgraph {

/// Which relations a query sees; the default sees all of them.
struct RelationFilter {
  std::vector<RelationKind> kinds;  ///< any of these kinds; empty: all
  std::vector<Stance> stances;      ///< any of these stances; empty: all
  ArticleFilter articles;           ///< by the outlet and date of the relation's article
  double min_confidence = 0.0;      ///< relations the extractor is less sure of are left out
  std::size_t min_outlets = 0;      ///< aggregated edges from fewer outlets are left out

  /// True when one relation passes every test but the outlet count (an aggregate's).
  bool accepts(const RelationEdge& relation) const;
  /// True when it keeps every relation.
  bool empty() const {
    return kinds.empty() && stances.empty() && articles.empty() && min_confidence <= 0 &&
           min_outlets == 0;
  }
};

/// How many independent sources stand behind some relations.
struct Support {
  std::size_t articles = 0;
  std::size_t outlets = 0;    ///< publishers (article metadata), else outlets named in the text
  std::size_t claimants = 0;  ///< distinct claimants named
};

/// How many relations an answer lists (and reads) under each edge when it lists them all.
inline constexpr std::size_t kAllEvidence = SIZE_MAX;

/// The relations of one (source, target, kind); a contact, being direction free, is stored with
/// the lower vertex as source.
struct AggregateEdge {
  ClaimGraph::Vertex source = 0;
  ClaimGraph::Vertex target = 0;
  RelationKind kind = RelationKind::contact;
  std::vector<ClaimGraph::Edge> relations;  ///< the evidence, in graph order
  /// Relations behind the edge that were not read (an answer from a saved graph reads the
  /// few it shows): the counts below still cover them.
  std::size_t left_out = 0;
  Support support;
  std::vector<Stance> stances;  ///< the stances found, in contract order
  std::string first_date;       ///< earliest article date; empty when none is known
  std::string last_date;        ///< latest article date

  /// How many relations stand behind the edge, read or not.
  std::size_t relation_count() const { return relations.size() + left_out; }
};

/// The aggregated edges of a graph, with each vertex's incident edges for searches.
struct AggregateGraph {
  const ClaimGraph* graph = nullptr;
  std::vector<AggregateEdge> edges;  ///< in order of their first relation
  /// Per vertex, its edges: those of its outgoing relations first, in insertion order, then of
  /// its incoming ones by source; searches break ties in this order.
  std::vector<std::vector<std::size_t>> incident;

  /// Counts the support, stances and dates of these edges, where aggregate left them out.
  void summarise_edges(std::span<const std::size_t> which);

  /// The entity at the other end of edge `e` from `v`.
  ClaimGraph::Vertex other(std::size_t e, ClaimGraph::Vertex v) const;
};

/// Which aggregated edges get their support, stances and dates counted at once.
enum class Summaries {
  all,    ///< every edge: for rankings, neighbourhoods, weighted searches
  later,  ///< none yet (but all under --min-outlets): a search counts its answer's edges after
};

/// The relations the filter keeps, aggregated.
AggregateGraph aggregate(const ClaimGraph& graph, const RelationFilter& filter = {},
                         Summaries summaries = Summaries::all);

/// The distinct articles, outlets and claimants behind `relations`.
Support support_of(const ClaimGraph& graph, std::span<const ClaimGraph::Edge> relations);

/// The outlet a relation counts for: its article's publisher, else the outlet the text names,
/// else empty; publishers compare in lower case.
std::string outlet_key(const ClaimGraph& graph, const RelationEdge& relation);

}  // namespace claimgraph
