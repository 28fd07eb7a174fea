#pragma once
// The JSON endpoints of the explorer's API, one function each: they read the request's
// parameters, run the query functions of graph/query over the view the filter asks for, and
// return the body; a bad request throws ApiError.

#include <string>

#include "graph/serve/api_params.h"
#include "graph/serve/explorer_graph.h"
#include "graph/serve/name_index.h"
#include "graph/serve/view_cache.h"

namespace claimgraph {

/// What every endpoint reads: the graph, its views by filter and its names.
struct ApiContext {
  const ExplorerGraph& data;
  const ViewCache& views;
  const NameIndex& names;
};

/// /api/search?q=&limit=: entities answering to a name or starting with it, near names when
/// none does.
std::string search_endpoint(const ApiContext& context, const ApiParams& params);
/// /api/entity?id=: one entity with its aliases and counts.
std::string entity_endpoint(const ApiContext& context, const ApiParams& params);
/// /api/neighbors?id=&depth=&limit= and the filter: an ego network as nodes and edges.
std::string neighbors_endpoint(const ApiContext& context, const ApiParams& params);
/// /api/path?from=&to=&k=&weighted= and the filter: the k best paths.
std::string path_endpoint(const ApiContext& context, const ApiParams& params);
/// /api/edge?source=&target=&kind= and the filter: the evidence behind one aggregated edge.
std::string edge_endpoint(const ApiContext& context, const ApiParams& params);
/// /api/contested?limit= and the filter: pairs one source reports and another denies.
std::string contested_endpoint(const ApiContext& context, const ApiParams& params);
/// /api/rank?by=&entity_kind=&limit= and the filter: the most central entities.
std::string rank_endpoint(const ApiContext& context, const ApiParams& params);
/// /api/stats: counts, outlets and dates, for the filters' choices.
std::string stats_endpoint(const ApiContext& context, const ApiParams& params);

}  // namespace claimgraph
