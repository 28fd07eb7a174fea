// GEXF 1.2 as Gephi and networkx.read_gexf read it: entities as nodes labelled with their names,
// aggregated edges as directed edges labelled with their kind and weighted by their articles,
// every field a declared attribute; lists and the relations under an edge ("evidence") are
// JSON text. Empty texts and lists are left out.

#include "graph/io/export_fields.h"
#include "graph/io/export_writers.h"
#include "graph/io/xml_text.h"

namespace claimgraph {

namespace {

/// True for the field GEXF holds natively: an edge's weight is its "weight" attribute.
bool native(std::string_view field) { return field == "weight"; }

/// Declares the attributes of one class ("node" or "edge"); ids are the field positions.
void declare_attributes(std::ostream& out, std::string_view cls, std::span<const FieldSpec> fields,
                        bool evidence) {
  out << "    <attributes class=\"" << cls << "\" mode=\"static\">\n";
  for (std::size_t i = 0; i < fields.size(); ++i)
    if (!native(fields[i].name))
      out << "      <attribute id=\"" << i << "\" title=\"" << fields[i].name << "\" type=\""
          << xml_type(fields[i].type) << "\"/>\n";
  if (evidence)
    out << "      <attribute id=\"" << fields.size() << "\" title=\"evidence\" type=\"string\"/>\n";
  out << "    </attributes>\n";
}

/// One <attvalue>, unless the value is empty.
void write_value(std::ostream& out, std::size_t id, const FieldValue& value) {
  if (is_empty(value)) return;
  const auto* list = std::get_if<std::vector<std::string>>(&value);
  out << "          <attvalue for=\"" << id << "\" value=\""
      << xml_text(list ? list_json(*list) : scalar_text(value)) << "\"/>\n";
}

/// The <attvalue> elements of an item's fields.
void write_values(std::ostream& out, std::span<const FieldSpec> fields, const Record& record) {
  for (std::size_t i = 0; i < fields.size(); ++i)
    if (!native(fields[i].name)) write_value(out, i, record[i]);
}

/// An entity as a node labelled with its name.
void write_node(std::ostream& out, const ExportView& view, ClaimGraph::Vertex v) {
  out << "      <node id=\"" << xml_text(view.id(v)) << "\" label=\""
      << xml_text(view.graph->entity(v).name) << "\">\n        <attvalues>\n";
  write_values(out, entity_fields(), entity_record(view, v));
  out << "        </attvalues>\n      </node>\n";
}

/// An aggregated edge with its relations as evidence.
void write_edge(std::ostream& out, const ExportView& view, std::size_t position) {
  const AggregateEdge& edge = view.edge(position);
  out << "      <edge id=\"" << ExportView::edge_id(position) << "\" source=\""
      << xml_text(view.id(edge.source)) << "\" target=\"" << xml_text(view.id(edge.target))
      << "\" label=\"" << to_string(edge.kind) << "\" weight=\"" << edge.support.articles
      << "\">\n        <attvalues>\n";
  write_values(out, edge_fields(), edge_record(view, position));
  write_value(out, edge_fields().size(), evidence_json(view, position));
  out << "        </attvalues>\n      </edge>\n";
}

}  // namespace

void write_gexf(const ExportView& view, std::ostream& out) {
  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
         "<gexf xmlns=\"http://www.gexf.net/1.2draft\" version=\"1.2\">\n"
         "  <meta>\n    <creator>claimgraph</creator>\n"
         "    <description>entities; edges are (source, target, kind) weighted by articles, "
         "with their relations as JSON evidence</description>\n  </meta>\n"
         "  <graph mode=\"static\" defaultedgetype=\"directed\">\n";
  declare_attributes(out, "node", entity_fields(), false);
  declare_attributes(out, "edge", edge_fields(), true);
  out << "    <nodes>\n";
  for (ClaimGraph::Vertex v : view.entities) write_node(out, view, v);
  out << "    </nodes>\n    <edges>\n";
  for (std::size_t i = 0; i < view.edges.size(); ++i) write_edge(out, view, i);
  out << "    </edges>\n  </graph>\n</gexf>\n";
}

}  // namespace claimgraph
