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

// Each edge lists the first `evidence` of its relations under "evidence" and counts them all
// under "relations"; each contested side likewise under "reports" and "report_count".

/// {"from","to","paths":[{"hops","cost","steps":[{"from","to","edges":[...]}]}],"capped"}.
std::string paths_json(const AggregateGraph& graph, ClaimGraph::Vertex from, ClaimGraph::Vertex to,
                       const PathResult& result, std::size_t evidence = kAllEvidence);

/// {"from","to","paths":[],"no_path":{"reason","cutting",...,"path_without_filters"}}.
std::string no_path_json(ClaimGraph::Vertex from, ClaimGraph::Vertex to, const NoPathReason& why,
                         std::size_t evidence = kAllEvidence);

/// {"center","depth","entities":[...],"kinds":[{"kind","edges":[...]}]}.
std::string ego_json(const AggregateGraph& graph, const EgoNetwork& ego, std::size_t depth,
                     std::size_t evidence = kAllEvidence);

/// {"contested":[{"a","b","reporters","deniers","report_count","report_articles",
/// "denial_count","denial_articles","reports","denials"}],"thin":[...]}; "thin" only when
/// `thin` is given.
std::string contested_json(const AggregateGraph& graph, const std::vector<ContestedPair>& pairs,
                           const std::vector<ThinClaim>* thin, std::size_t evidence = kAllEvidence);

/// {"by","rows":[{"id","name","kind","score","relations","articles"(,"quotes")}]}.
std::string rank_json(const std::vector<RankRow>& rows, const RankOptions& options);

}  // namespace claimgraph
