#pragma once
// The writer of each export format (one file each: export_graphml.cpp, export_gexf.cpp,
// export_json.cpp, export_csv.cpp, export_cypher.cpp), behind export_graph.

#include <ostream>
#include <string>
#include <vector>

#include "graph/io/export.h"
#include "graph/io/export_view.h"

namespace claimgraph {

/// GraphML: entities as nodes, aggregated edges as edges, their relations as JSON text.
void write_graphml(const ExportView& view, std::ostream& out);
/// GEXF 1.2: the same as GraphML, with names as labels and article counts as weights.
void write_gexf(const ExportView& view, std::ostream& out);
/// networkx node-link JSON: a directed multigraph keyed by relation kind, relations nested.
void write_json(const ExportView& view, std::ostream& out);
/// neo4j-admin CSV: the parts "nodes", "edges" and "claims".
void write_csv(const ExportView& view, const ExportSink& sink);
/// A Cypher script of CREATE statements in transactions of cypher-shell.
void write_cypher(const ExportView& view, std::ostream& out);

/// The Neo4j label of an entity kind: "Person", "Organization" (beside "Entity").
std::string neo4j_label(EntityKind kind);
/// The Neo4j relationship type of an aggregated edge: "CONTACT", "REPORTED_BY".
std::string neo4j_type(RelationKind kind);

/// A list of texts as a JSON array.
std::string list_json(const std::vector<std::string>& items);
/// The relations under the edge at `position` as a JSON array of objects (source, target and
/// the claim fields), for the XML formats' "evidence" attribute.
std::string evidence_json(const ExportView& view, std::size_t position);

}  // namespace claimgraph
