#pragma once
// The explorer's JSON: entities and aggregated edges in the compact form a graph view draws
// (no evidence: that is fetched per edge), and one relation's evidence as the panel shows it.
// Shared by the API and the self-contained HTML file, so both draw the same data.

#include <cstddef>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "graph/io/export.h"
#include "graph/query/aggregate.h"
#include "graph/query/contested.h"

namespace claimgraph {

/// JSON with keys in the order written.
using ViewJson = nlohmann::ordered_json;

/// {"id","name","kind","degree"}: an entity as a node or a suggestion.
ViewJson entity_brief(const ClaimGraph& graph, ClaimGraph::Vertex v);

/// {"source","target","kind","articles","outlets","claimants","relations","stances",
/// "first_date","last_date"}: an aggregated edge, its ends as entity ids.
ViewJson edge_brief(const AggregateGraph& graph, std::size_t e);

/// {"quote","title","url","article","outlet","date","claimant","stance","confidence","cue",
/// "source","target","kind"}: one relation's evidence; the URL only when http or https.
ViewJson evidence_json(const ClaimGraph& graph, const ArticleIndex& articles, ClaimGraph::Edge r);

/// {"nodes":[...],"edges":[...]}: some entities and aggregated edges as a graph view draws them.
ViewJson subgraph_json(const AggregateGraph& graph, const std::vector<ClaimGraph::Vertex>& nodes,
                       const std::vector<std::size_t>& edges);

/// {"a","b","reports","denials","reporters","deniers"}: a contested pair, its sides as names.
ViewJson contested_brief(const ClaimGraph& graph, const ContestedPair& pair);

/// Compact text of a document; invalid UTF-8 from articles becomes U+FFFD, never an exception.
std::string dump_json(const ViewJson& json);

}  // namespace claimgraph
