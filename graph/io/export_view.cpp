#include "graph/io/export_view.h"

#include "graph/query/neighbors.h"

namespace claimgraph {

namespace {

using Vertex = ClaimGraph::Vertex;

/// Which vertices the export may hold: all, or those within the focus's neighbourhood.
std::vector<bool> chosen_vertices(const ExportView& view, const ExportOptions& options) {
  if (!options.focus) return std::vector<bool>(view.graph->entity_count(), true);
  std::vector<bool> chosen(view.graph->entity_count(), false);
  for (Vertex v : ego_network(view.aggregated, *options.focus, options.depth).entities)
    chosen[v] = true;
  return chosen;
}

/// Keeps the edges with both ends chosen, counting each end's relations.
void keep_edges(ExportView& view, const std::vector<bool>& chosen) {
  view.relations_of.assign(view.graph->entity_count(), 0);
  for (std::size_t e = 0; e < view.aggregated.edges.size(); ++e) {
    const AggregateEdge& edge = view.aggregated.edges[e];
    if (!chosen[edge.source] || !chosen[edge.target]) continue;
    view.edges.push_back(e);
    view.relations_of[edge.source] += edge.relations.size();
    if (edge.target != edge.source) view.relations_of[edge.target] += edge.relations.size();
    view.relation_count += edge.relations.size();
  }
}

}  // namespace

ExportView export_view(const ClaimGraph& graph, const ArticleIndex& articles,
                       const ExportOptions& options) {
  ExportView view;
  view.graph = &graph;
  view.articles = &articles;
  view.aggregated = aggregate(graph, options.filter);
  std::vector<bool> chosen = chosen_vertices(view, options);
  keep_edges(view, chosen);
  for (Vertex v = 0; v < graph.entity_count(); ++v)
    if (chosen[v] && (view.relations_of[v] > 0 || options.all_entities)) view.entities.push_back(v);
  return view;
}

}  // namespace claimgraph
