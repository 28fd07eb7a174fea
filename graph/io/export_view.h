#pragma once
// The part of the graph an export writes, chosen once for every format: the aggregated edges
// the filter keeps (around the focus, when there is one), the entities they touch, and each
// entity's count of exported relations.

#include <cstddef>
#include <string>
#include <vector>

#include "graph/io/export.h"
#include "graph/query/aggregate.h"

namespace claimgraph {

/// The entities and edges of an export, in a fixed order.
struct ExportView {
  const ClaimGraph* graph = nullptr;
  const ArticleIndex* articles = nullptr;
  AggregateGraph aggregated;                 ///< every edge the filter keeps
  std::vector<ClaimGraph::Vertex> entities;  ///< exported entities, in graph order
  std::vector<std::size_t> edges;            ///< exported edges of `aggregated`, in its order
  std::vector<std::size_t> relations_of;     ///< per vertex: exported relations touching it
  std::size_t relation_count = 0;            ///< raw relations under the exported edges

  /// The id an exported edge goes by: "e" and its position among `edges`.
  static std::string edge_id(std::size_t position) { return "e" + std::to_string(position); }
  /// The aggregated edge at a position among `edges`.
  const AggregateEdge& edge(std::size_t position) const {
    return aggregated.edges[edges[position]];
  }
  /// The entity id of a vertex.
  const std::string& id(ClaimGraph::Vertex v) const { return graph->entity(v).id; }
};

/// Chooses what the options export from the graph.
ExportView export_view(const ClaimGraph& graph, const ArticleIndex& articles,
                       const ExportOptions& options);

}  // namespace claimgraph
