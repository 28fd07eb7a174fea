#pragma once
// What the query commands (path, neighbors, contested, rank) share: inputs that may end in
// entity names, the relation filter, --json, and a graph built from every article so that a
// filter that cuts an answer can be named.

#include <CLI/CLI.hpp>
#include <string>
#include <vector>

#include "cli/inputs.h"
#include "graph/query/aggregate.h"
#include "graph/query/snapshot.h"

namespace claimgraph::cli {

/// The parsed options of a query command.
struct QueryArgs {
  InputOptions inputs;
  std::vector<std::string> positionals;  ///< inputs..., then the names the command takes
  std::vector<std::string> kinds;        ///< --kind, relation kinds
  std::vector<std::string> stances;      ///< --stance
  RelationFilter filter;                 ///< the rest of the filter (confidence, outlets)
  bool json = false;
  std::size_t evidence_limit = 5;  ///< --evidence-limit: relations listed under each edge

  /// How many relations to list and read under each edge: all for --evidence-limit 0.
  std::size_t evidence() const;

  /// Splits the positionals into inputs and the last `n` names; false when too few.
  bool take_names(std::size_t n, std::vector<std::string>& names);
  /// The relation filter of the options, the article filter (--outlet, --since, --until)
  /// included; the graph itself is then built from every article.
  RelationFilter relation_filter();
};

/// The saved graph of the query's store when the query can be answered from it: one store is
/// the only input and neither alias rules nor `filter` change the graph (it is saved
/// unfiltered). Made and saved when missing or stale (graph/query/store_graph.h).
std::optional<GraphSnapshot> saved_graph(QueryArgs& args, const RelationFilter& filter);

/// The saved graph of the only input when it is a store read whole: no alias rules and no
/// article filter (--outlet, --since, --until) unless the caller applies it itself
/// (`filters_itself`). Made and saved when missing or stale.
std::optional<GraphSnapshot> saved_graph(const InputOptions& inputs, bool filters_itself = false);

/// Adds the positionals (with `help`), --lexicons, --aliases, the article filter, --json and,
/// with `relation_filters`, --kind, --stance, --min-confidence and --min-outlets.
void add_query_args(CLI::App& sub, QueryArgs& args, const std::string& help,
                    bool relation_filters = true);

/// Adds --evidence-limit, for the commands that list relations under their edges.
void add_evidence_limit(CLI::App& sub, QueryArgs& args);

/// Adds --kind, --stance, --min-confidence and --min-outlets.
void add_relation_filters(CLI::App& sub, QueryArgs& args);

/// The relation kind names, for --kind.
std::vector<std::string> relation_kind_names();

}  // namespace claimgraph::cli
