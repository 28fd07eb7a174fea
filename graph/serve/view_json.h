#pragma once
// The explorer's JSON: entities and aggregated edges in the compact form a graph view draws
// (no evidence: that is fetched per edge), and one relation's evidence as the panel shows it.
// Shared by the API and the self-contained HTML file, so both draw the same data. Each writes
// one value where the writer stands; the *_fields forms write into an object left open, for
// callers that add their own fields.

#include <cstddef>
#include <string>

#include "graph/io/export.h"
#include "graph/io/json_writer.h"
#include "graph/query/aggregate.h"
#include "graph/query/contested.h"

namespace claimgraph {

/// "id","name","kind","degree": an entity as a node or a suggestion.
void entity_fields(JsonWriter& out, const ClaimGraph& graph, ClaimGraph::Vertex v);

/// {"id","name","kind","degree"}.
void entity_brief(JsonWriter& out, const ClaimGraph& graph, ClaimGraph::Vertex v);

/// "source","target","kind","articles","outlets","claimants","relations","stances",
/// "first_date","last_date": an aggregated edge, its ends as entity ids.
void edge_fields(JsonWriter& out, const AggregateGraph& graph, std::size_t e);

/// {edge_fields}.
void edge_brief(JsonWriter& out, const AggregateGraph& graph, std::size_t e);

/// {"quote","title","url","article","outlet","date","claimant","stance","confidence","cue",
/// "source","target","kind"}: one relation's evidence; the URL only when http or https.
void evidence_json(JsonWriter& out, const ClaimGraph& graph, const ArticleIndex& articles,
                   ClaimGraph::Edge r);

/// {"a","b","reports","denials","reporters","deniers"}: a contested pair, its sides as names.
void contested_brief(JsonWriter& out, const ClaimGraph& graph, const ContestedPair& pair);

/// {"error": reason}: the body of every error answer.
std::string error_json(std::string_view reason);

}  // namespace claimgraph
