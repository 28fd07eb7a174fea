#pragma once
// The answers of the query commands as text for people: an aggregated edge on one line with its
// support, and each relation under it with its quote, article, outlet, date and claimant.

#include <optional>
#include <ostream>
#include <span>
#include <string>

#include "graph/query/aggregate.h"
#include "graph/query/path.h"

namespace claimgraph::cli {

/// One relation with its evidence, indented under its edge or hop.
void print_relation(const ClaimGraph& graph, ClaimGraph::Edge e, std::ostream& out);

/// "contact: A -- B  3 articles, 2 outlets, 2 claimants; asserted, denied; 2024-02-05 to ...";
/// a contact, having no direction, reads from `from` when it is one of its ends.
std::string edge_line(const AggregateGraph& graph, std::size_t e,
                      std::optional<ClaimGraph::Vertex> from = std::nullopt);

/// The first `limit` of `relations` with their evidence, then a line counting the rest of the
/// `total` relations behind them, so a well-reported edge does not bury the answer.
void print_relations(const ClaimGraph& graph, std::span<const ClaimGraph::Edge> relations,
                     std::size_t total, std::size_t limit, std::ostream& out);

/// A path's hops, each with its aggregated edges and the first `limit` relations under each.
void print_path(const AggregateGraph& graph, const Path& path, std::size_t limit,
                std::ostream& out);

/// Text right-aligned in `width` columns (a table's number cells).
std::string right(const std::string& text, std::size_t width);

/// "N hop(s)" and the like: a count with its noun, plural when not one.
std::string count(std::size_t n, const std::string& noun);

/// A name made safe for the terminal.
std::string shown(const std::string& name);

}  // namespace claimgraph::cli
