#pragma once
// The answers of the query commands (path, neighbors, contested, rank) as JSON documents for
// programs: keys in a fixed order and lists in the query's order, so the same graph gives the
// same bytes.

#include <string>
#include <vector>

#include "graph/query/contested.h"
#include "graph/query/neighbors.h"
#include "graph/query/no_path.h"
#include "graph/query/path.h"
#include "graph/query/rank.h"

namespace claimgraph {

/// {"from","to","paths":[{"hops","cost","steps":[{"from","to","edges":[...]}]}],"capped"}.
std::string paths_json(const AggregateGraph& graph, ClaimGraph::Vertex from, ClaimGraph::Vertex to,
                       const PathResult& result);

/// {"from","to","paths":[],"no_path":{"reason","cutting",...,"path_without_filters"}}.
std::string no_path_json(ClaimGraph::Vertex from, ClaimGraph::Vertex to, const NoPathReason& why);

/// {"center","depth","entities":[...],"kinds":[{"kind","edges":[...]}]}.
std::string ego_json(const AggregateGraph& graph, const EgoNetwork& ego, std::size_t depth);

/// {"contested":[{"a","b","reports","denials","reporters","deniers"}],"thin":[...]}; "thin" only
/// when `thin` is given.
std::string contested_json(const AggregateGraph& graph, const std::vector<ContestedPair>& pairs,
                           const std::vector<ThinClaim>* thin);

/// {"by","rows":[{"id","name","kind","score","relations","articles"(,"quotes")}]}.
std::string rank_json(const std::vector<RankRow>& rows, const RankOptions& options);

}  // namespace claimgraph
