#pragma once
// Who matters in the graph, by several measures: degree and weighted degree over the aggregated
// edges, betweenness (Brandes), the most-cited speakers, and the outlets with whom they quote.

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "graph/query/aggregate.h"

namespace claimgraph {

/// The measures `rank` orders by.
enum class RankBy { degree, weighted, betweenness, speakers, outlets };

/// Parses a measure's name ("degree", "weighted", ...); nothing when unknown.
std::optional<RankBy> parse_rank_by(std::string_view name);

/// Every measure's name, for usage messages.
std::vector<std::string> rank_by_names();

/// One ranked entity or outlet.
struct RankRow {
  std::string id;    ///< entity id; for an outlet, its lower-case key
  std::string name;  ///< as displayed
  std::string kind;  ///< entity kind, or "outlet" for a publisher
  double score = 0.0;
  std::size_t relations = 0;  ///< raw relations behind the score
  std::size_t articles = 0;   ///< distinct articles behind the score
  /// For outlets: the claimants they quote most, with their relation counts.
  std::vector<std::pair<std::string, std::size_t>> quotes;
};

/// What a ranking keeps.
struct RankOptions {
  RankBy by = RankBy::degree;
  std::optional<EntityKind> kind;  ///< only entities of this kind (not for outlets)
  std::size_t limit = 20;          ///< at most this many rows; 0: all
  std::size_t quotes = 3;          ///< claimants listed per outlet
};

/// The rows by score, highest first, then by name and id, so runs agree.
std::vector<RankRow> rank(const AggregateGraph& graph, const RankOptions& options);

/// Brandes betweenness of every vertex over the undirected aggregated graph, each unordered
/// pair of entities counted once.
std::vector<double> betweenness(const AggregateGraph& graph);

}  // namespace claimgraph
