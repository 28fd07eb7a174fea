// Node-link JSON as networkx.node_link_graph reads it: a directed multigraph whose nodes are
// the entities and whose links are the aggregated edges, keyed by relation kind, each with its
// relations nested under "evidence". One node or link a line.

#include <nlohmann/json.hpp>

#include "graph/io/export_fields.h"
#include "graph/io/export_writers.h"

namespace claimgraph {

namespace {

using Json = nlohmann::ordered_json;

/// JSON text of a value: control characters escaped, invalid UTF-8 replaced.
std::string dumped(const Json& value) {
  return value.dump(-1, ' ', false, Json::error_handler_t::replace);
}

/// Adds an item's fields to a JSON object, in field order.
void add_fields(Json& object, std::span<const FieldSpec> fields, const Record& record) {
  for (std::size_t i = 0; i < fields.size(); ++i)
    std::visit([&](const auto& v) { object[std::string(fields[i].name)] = v; }, record[i]);
}

/// The relations under an edge, as objects.
Json claims(const ExportView& view, std::size_t position) {
  const auto& g = view.graph->graph();
  Json out = Json::array();
  for (ClaimGraph::Edge e : view.edge(position).relations) {
    Json claim{{"source", view.id(boost::source(e, g))}, {"target", view.id(boost::target(e, g))}};
    add_fields(claim, claim_fields(), claim_record(view, position, e));
    out.push_back(std::move(claim));
  }
  return out;
}

/// An entity as a node.
Json node(const ExportView& view, ClaimGraph::Vertex v) {
  Json out{{"id", view.id(v)}};
  add_fields(out, entity_fields(), entity_record(view, v));
  return out;
}

/// An aggregated edge as a link, keyed by its kind.
Json link(const ExportView& view, std::size_t position) {
  const AggregateEdge& edge = view.edge(position);
  Json out{{"source", view.id(edge.source)},
           {"target", view.id(edge.target)},
           {"key", std::string(to_string(edge.kind))},
           {"id", ExportView::edge_id(position)}};
  add_fields(out, edge_fields(), edge_record(view, position));
  out["evidence"] = claims(view, position);
  return out;
}

}  // namespace

std::string list_json(const std::vector<std::string>& items) { return dumped(Json(items)); }

std::string evidence_json(const ExportView& view, std::size_t position) {
  return dumped(claims(view, position));
}

void write_json(const ExportView& view, std::ostream& out) {
  Json graph{{"generator", "claimgraph"},
             {"entities", view.entities.size()},
             {"edges", view.edges.size()},
             {"relations", view.relation_count}};
  out << "{\"directed\": true, \"multigraph\": true, \"graph\": " << dumped(graph)
      << ",\n\"nodes\": [";
  for (std::size_t i = 0; i < view.entities.size(); ++i)
    out << (i ? ",\n" : "\n") << dumped(node(view, view.entities[i]));
  out << "\n],\n\"links\": [";
  for (std::size_t i = 0; i < view.edges.size(); ++i)
    out << (i ? ",\n" : "\n") << dumped(link(view, i));
  out << "\n]}\n";
}

}  // namespace claimgraph
