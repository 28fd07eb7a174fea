// GraphML as Gephi, yEd and networkx.read_graphml read it: entities as nodes (the entity id is
// the node id), aggregated edges as directed edges "e0", "e1", ... and every field a typed key;
// lists and the relations under an edge ("evidence") are JSON text. Empty texts and lists are
// left out.

#include "graph/io/export_fields.h"
#include "graph/io/export_writers.h"
#include "graph/io/xml_text.h"

namespace claimgraph {

namespace {

/// The key id of a field: "n_name", "e_kind".
std::string key_id(std::string_view domain, std::string_view name) {
  return std::string(domain.substr(0, 1)) + "_" + std::string(name);
}

/// Declares a key for each field of one domain ("node" or "edge").
void declare_keys(std::ostream& out, std::string_view domain, std::span<const FieldSpec> fields) {
  for (const FieldSpec& f : fields)
    out << "  <key id=\"" << key_id(domain, f.name) << "\" for=\"" << domain << "\" attr.name=\""
        << f.name << "\" attr.type=\"" << xml_type(f.type) << "\"/>\n";
}

/// One <data> element, unless the value is empty.
void write_data(std::ostream& out, const std::string& key, const FieldValue& value) {
  if (is_empty(value)) return;
  const auto* list = std::get_if<std::vector<std::string>>(&value);
  out << "      <data key=\"" << key << "\">"
      << xml_text(list ? list_json(*list) : scalar_text(value)) << "</data>\n";
}

/// The <data> elements of an item.
void write_record(std::ostream& out, std::string_view domain, std::span<const FieldSpec> fields,
                  const Record& record) {
  for (std::size_t i = 0; i < fields.size(); ++i)
    write_data(out, key_id(domain, fields[i].name), record[i]);
}

/// An entity as a node.
void write_node(std::ostream& out, const ExportView& view, ClaimGraph::Vertex v) {
  out << "    <node id=\"" << xml_text(view.id(v)) << "\">\n";
  write_record(out, "node", entity_fields(), entity_record(view, v));
  out << "    </node>\n";
}

/// An aggregated edge with its relations as evidence.
void write_edge(std::ostream& out, const ExportView& view, std::size_t position) {
  const AggregateEdge& edge = view.edge(position);
  out << "    <edge id=\"" << ExportView::edge_id(position) << "\" source=\""
      << xml_text(view.id(edge.source)) << "\" target=\"" << xml_text(view.id(edge.target))
      << "\">\n";
  write_record(out, "edge", edge_fields(), edge_record(view, position));
  write_data(out, "e_evidence", evidence_json(view, position));
  out << "    </edge>\n";
}

}  // namespace

void write_graphml(const ExportView& view, std::ostream& out) {
  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
         "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n";
  declare_keys(out, "node", entity_fields());
  declare_keys(out, "edge", edge_fields());
  out << "  <key id=\"e_evidence\" for=\"edge\" attr.name=\"evidence\" attr.type=\"string\"/>\n"
         "  <graph id=\"claimgraph\" edgedefault=\"directed\">\n";
  for (ClaimGraph::Vertex v : view.entities) write_node(out, view, v);
  for (std::size_t i = 0; i < view.edges.size(); ++i) write_edge(out, view, i);
  out << "  </graph>\n</graphml>\n";
}

}  // namespace claimgraph
