#pragma once
// The merged graph in the formats other tools open: GraphML and GEXF (Gephi, yEd, networkx),
// node-link JSON (networkx, D3), nodes and relationships CSV in the layout `neo4j-admin
// database import` reads, and a Cypher script. Every format holds the same three things: the
// entities, the aggregated edges (one per source, target and kind, weighted by their articles)
// and, under each edge, the raw relations with their evidence. Output is deterministic byte for
// byte, and text from articles stays text in every format.

#include <cstddef>
#include <functional>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "graph/model/claim_graph.h"
#include "graph/query/aggregate.h"

namespace claimgraph {

/// The export formats.
enum class ExportFormat { graphml, gexf, json, csv, cypher };

/// The name of a format, as --format takes it.
std::string_view to_string(ExportFormat format);
/// The format of a name ("graphml", "gexf", "json", "csv", "cypher"); nothing when unknown.
std::optional<ExportFormat> parse_export_format(std::string_view name);
/// Every format name, for --format.
std::vector<std::string> export_format_names();

/// What the inputs say of an article beyond its id, outlet and date.
struct ArticleMeta {
  std::string title;
  std::string url;
};

/// The title and URL of each article that has one, by article id.
class ArticleIndex {
 public:
  /// Notes the title and URL of an extraction's article (when it has either).
  void add(const ArticleExtraction& extraction);
  /// The article's title and URL; empty ones when the inputs gave none.
  const ArticleMeta& find(const std::string& article) const;

 private:
  std::unordered_map<std::string, ArticleMeta> by_id_;
};

/// What an export holds and how it is written.
struct ExportOptions {
  ExportFormat format = ExportFormat::graphml;
  RelationFilter filter;                    ///< the relations exported
  std::optional<ClaimGraph::Vertex> focus;  ///< only entities within `depth` hops of this one
  std::size_t depth = 1;
  bool all_entities = false;  ///< the chosen entities without an exported relation too
};

/// How much an export wrote.
struct ExportCounts {
  std::size_t entities = 0;
  std::size_t edges = 0;      ///< aggregated edges
  std::size_t relations = 0;  ///< raw relations under them
};

/// The stream of one part of an export: "" for the one file of GraphML, GEXF, JSON and Cypher;
/// "nodes", "edges" and "claims" for the CSV files.
using ExportSink = std::function<std::ostream&(std::string_view part)>;

/// Writes the graph in the options' format to the sink's streams.
ExportCounts export_graph(const ClaimGraph& graph, const ArticleIndex& articles,
                          const ExportOptions& options, const ExportSink& sink);

}  // namespace claimgraph
