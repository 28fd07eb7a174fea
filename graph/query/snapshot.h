#pragma once
// The resolved, aggregated graph of a store, saved beside it so that a query opens it in
// milliseconds instead of reading and resolving every article again: a flat file of arrays
// (entities, relations with their evidence, aggregated edges, links and name indexes) mapped
// into memory, so only the pages a query touches are read. A query answers over the links, then
// takes the few entities and relations its answer needs as a small ClaimGraph, which every
// printer and exporter already knows how to show.

#include <array>
#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "graph/model/claim_graph.h"
#include "graph/query/links.h"
#include "graph/query/names.h"

namespace claimgraph {

/// Where the saved graph of the store at `store` lives: beside it.
std::string snapshot_path(const std::string& store);

/// How many articles each publishing outlet has on each date: (outlet, date) -> articles.
using ArticleTally = std::map<std::pair<std::string, std::string>, std::size_t>;

/// Saves `graph` (resolved, unfiltered) to `path`, atomically, under `key`: what it was made
/// from (the store's generation, the resolver's version), which a reader must match. `articles`
/// tallies the articles it was made from, with or without relations, for publications().
void save_snapshot(const ClaimGraph& graph, const std::string& key, const std::string& path,
                   const ArticleTally& articles = {});

/// The key the graph saved at `path` was saved under; empty when it is none.
std::string snapshot_key(const std::string& path);

/// Part of a saved graph as an ordinary graph: chosen entities and relations, vertices in the
/// saved graph's order, so searches over it break ties as over the whole.
struct GraphPart {
  ClaimGraph graph;
  std::vector<ClaimGraph::Vertex> whole;  ///< the saved graph's vertex of each part vertex
  std::vector<std::uint32_t> relations;   ///< the saved relations it holds, ascending
  std::vector<ClaimGraph::Edge> edges;    ///< the part's edge of each, beside `relations`

  /// The part's vertex of the saved graph's vertex `v`, which must be in the part.
  ClaimGraph::Vertex vertex_of(ClaimGraph::Vertex v) const;
  /// The part's edge of the saved relation `r`, when the part holds it.
  std::optional<ClaimGraph::Edge> edge_of(std::uint32_t r) const;
};

/// An aggregated edge of a saved graph, as searches and rankings read it.
struct SnapshotEdge {
  std::uint32_t source = 0, target = 0;
  RelationKind kind = RelationKind::contact;
  std::uint8_t stances = 0;  ///< bit per Stance found among its relations
  std::uint32_t articles = 0, outlets = 0, claimants = 0;
};

/// What rankings read of a saved relation: its ends, kind and stance, and its claimant's id
/// and article as string numbers (equal strings, equal numbers).
struct RelationFacts {
  std::uint32_t source = 0, target = 0, claimant = 0, article = 0;
  RelationKind kind = RelationKind::contact;
  Stance stance = Stance::asserted;
};

/// The articles of one publishing outlet on one date and their relations by kind (indexed by
/// RelationKind), as counted when the graph was saved.
struct Publication {
  std::string_view outlet, date;
  std::size_t articles = 0;
  std::array<std::size_t, std::size(kAllRelationKinds)> relations{};
};

/// A saved graph, mapped read-only.
class GraphSnapshot {
 public:
  /// Maps the snapshot at `path` when it exists and was saved under `key`; nothing otherwise
  /// (missing, stale, or not a snapshot: the caller rebuilds it).
  static std::optional<GraphSnapshot> open(const std::string& path, const std::string& key);

  /// How many entities, relations and aggregated edges it holds.
  std::size_t entity_count() const;
  std::size_t relation_count() const;
  std::size_t edge_count() const;
  /// Its articles and relations per outlet and date, by outlet then date: a count of the
  /// whole graph whose size does not grow with the articles, only with the dates and outlets.
  std::vector<Publication> publications() const;
  /// The unweighted links of its aggregated edges.
  const Links& links() const;
  /// The links costed by corroboration, for weighted searches.
  Links weighted_links() const;
  /// An aggregated edge.
  SnapshotEdge edge(std::size_t e) const;
  /// The aggregated edges of vertex `v`, in the order aggregate() gives them.
  std::span<const std::uint32_t> incident(ClaimGraph::Vertex v) const;
  /// The relations of aggregated edge `e`, in graph order.
  std::span<const std::uint32_t> edge_relations(std::size_t e) const;
  /// What rankings read of relation `r`.
  RelationFacts facts(std::uint32_t r) const;
  /// The first and last article dates of aggregated edge `e`; empty when none is known.
  std::pair<std::string_view, std::string_view> edge_dates(std::size_t e) const;
  /// The display name of vertex `v`.
  std::string_view name(ClaimGraph::Vertex v) const;
  /// The id of vertex `v`.
  std::string_view id(ClaimGraph::Vertex v) const;
  /// The kind of vertex `v`.
  EntityKind kind(ClaimGraph::Vertex v) const;
  /// The claimant id of relation `r`; empty when none was named.
  std::string_view claimant(std::uint32_t r) const;
  /// The vertex whose id is `id`.
  std::optional<ClaimGraph::Vertex> find_id(std::string_view id) const;

  /// Finds an entity as find_entity does on the whole graph.
  EntityLookup find(std::string_view name) const;

  /// The entities `vertices` with the relations `relations` (both in any order, repeats
  /// allowed), and the entities those relations name as claimant or outlet; made in place,
  /// as a copy of the graph would leave GraphPart::edges pointing into the original.
  /// With `articles`, each entity holds the ids of the articles naming it (a drawing counts
  /// them); without, none: a hub's list grows with the store.
  std::unique_ptr<GraphPart> part(std::vector<ClaimGraph::Vertex> vertices,
                                  std::vector<std::uint32_t> relations,
                                  bool articles = false) const;

  struct Mapping;  ///< the mapped file; defined where it is read

 private:
  explicit GraphSnapshot(std::shared_ptr<const Mapping> mapping);
  std::shared_ptr<const Mapping> map_;
};

}  // namespace claimgraph
