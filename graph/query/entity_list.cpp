#include "graph/query/entity_list.h"

#include <algorithm>
#include <tuple>

namespace claimgraph {

namespace {

/// The row of one vertex: its entity's names and kind, and its counts.
EntityRow row_of(const ClaimGraph& graph, ClaimGraph::Vertex v) {
  const EntityNode& e = graph.entity(v);
  std::size_t degree = boost::in_degree(v, graph.graph()) + boost::out_degree(v, graph.graph());
  return {e.id, e.name, e.kind, e.aliases, e.articles.size(), e.mentions, degree};
}

bool keeps(const EntityListOptions& options, const EntityRow& row) {
  if (options.kind && row.kind != *options.kind) return false;
  return row.relations >= options.min_degree;
}

/// Most relations first; ties by name, then id (ids are unique), so the order is total.
bool listed_before(const EntityRow& a, const EntityRow& b) {
  return std::tie(b.relations, a.name, a.id) < std::tie(a.relations, b.name, b.id);
}

}  // namespace

std::vector<EntityRow> list_entities(const ClaimGraph& graph, const EntityListOptions& options) {
  std::vector<EntityRow> rows;
  for (auto v : boost::make_iterator_range(boost::vertices(graph.graph()))) {
    EntityRow row = row_of(graph, v);
    if (keeps(options, row)) rows.push_back(std::move(row));
  }
  std::sort(rows.begin(), rows.end(), listed_before);
  if (options.limit && rows.size() > options.limit) rows.resize(options.limit);
  return rows;
}

}  // namespace claimgraph
