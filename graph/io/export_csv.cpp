// CSV in the layout `neo4j-admin database import full` reads: a nodes file (id:ID, :LABEL and
// the entity fields), an edges file of the aggregated edges (:START_ID, :END_ID, :TYPE CONTACT,
// DENIAL, REPORTED_BY or AFFILIATION, and the edge fields) and a claims file of the raw
// relations (:TYPE CLAIM, with the id of their edge). Texts are quoted with quotes doubled
// (newlines stay inside, which needs --multiline-fields=true); arrays are joined with ';', the
// default --array-delimiter, so a ';' inside an element becomes U+FF1B; an empty text or array
// is an empty field, which Neo4j stores as no property.

#include "graph/io/csv.h"
#include "graph/io/export_fields.h"
#include "graph/io/export_writers.h"

namespace claimgraph {

namespace {

constexpr std::string_view kFullwidthSemicolon = "\xEF\xBC\x9B";  // U+FF1B

/// The header type suffix of a field type: "", ":int", ":double", ":string[]".
std::string_view header_type(FieldType type) {
  switch (type) {
    case FieldType::integer:
      return ":int";
    case FieldType::real:
      return ":double";
    case FieldType::list:
      return ":string[]";
    default:
      return "";
  }
}

/// The header line: the fixed columns, then the fields with their types.
void write_header(std::ostream& out, std::string_view fixed, std::span<const FieldSpec> fields) {
  out << fixed;
  for (const FieldSpec& f : fields) out << ',' << f.name << header_type(f.type);
  out << '\n';
}

/// A list as one array field: elements joined by ';', each ';' in them replaced.
std::string array_field(const std::vector<std::string>& items) {
  std::string joined;
  for (const std::string& item : items) {
    if (!joined.empty()) joined += ';';
    for (char c : item) joined += c == ';' ? kFullwidthSemicolon : std::string_view(&c, 1);
  }
  return csv_quoted(joined);
}

/// One value as a field: empty for an empty text or list, numbers bare, the rest quoted.
std::string field(const FieldValue& value) {
  if (is_empty(value)) return "";
  if (const auto* list = std::get_if<std::vector<std::string>>(&value)) return array_field(*list);
  std::string text = scalar_text(value);
  return std::holds_alternative<std::string>(value) ? csv_quoted(text) : text;
}

/// The fields of a record, each after a comma, and the line's end.
void write_record(std::ostream& out, const Record& record) {
  for (const FieldValue& value : record) out << ',' << field(value);
  out << '\n';
}

/// The nodes file.
void write_nodes(const ExportView& view, std::ostream& out) {
  write_header(out, "id:ID,:LABEL", entity_fields());
  for (ClaimGraph::Vertex v : view.entities) {
    out << csv_quoted(view.id(v)) << ",\"Entity;" << neo4j_label(view.graph->entity(v).kind) << '"';
    write_record(out, entity_record(view, v));
  }
}

/// The ends of a relationship and its type.
void write_ends(std::ostream& out, const ExportView& view, ClaimGraph::Vertex source,
                ClaimGraph::Vertex target, std::string_view type) {
  out << csv_quoted(view.id(source)) << ',' << csv_quoted(view.id(target)) << ',' << type;
}

/// The edges file: the aggregated edges, with their ids.
void write_edges(const ExportView& view, std::ostream& out) {
  write_header(out, ":START_ID,:END_ID,:TYPE,id", edge_fields());
  for (std::size_t i = 0; i < view.edges.size(); ++i) {
    const AggregateEdge& edge = view.edge(i);
    write_ends(out, view, edge.source, edge.target, neo4j_type(edge.kind));
    out << ',' << csv_quoted(ExportView::edge_id(i));
    write_record(out, edge_record(view, i));
  }
}

/// The claims file: every relation under the edges, each naming its edge.
void write_claims(const ExportView& view, std::ostream& out) {
  write_header(out, ":START_ID,:END_ID,:TYPE", claim_fields());
  const auto& g = view.graph->graph();
  for (std::size_t i = 0; i < view.edges.size(); ++i)
    for (ClaimGraph::Edge e : view.edge(i).relations) {
      write_ends(out, view, boost::source(e, g), boost::target(e, g), "CLAIM");
      write_record(out, claim_record(view, i, e));
    }
}

/// An ASCII letter in upper case.
char upper(char c) { return static_cast<char>(c >= 'a' && c <= 'z' ? c - 32 : c); }

}  // namespace

std::string neo4j_label(EntityKind kind) {
  std::string out(to_string(kind));
  out[0] = upper(out[0]);
  return out;
}

std::string neo4j_type(RelationKind kind) {
  std::string out(to_string(kind));
  for (char& c : out) c = upper(c);
  return out;
}

void write_csv(const ExportView& view, const ExportSink& sink) {
  write_nodes(view, sink("nodes"));
  write_edges(view, sink("edges"));
  write_claims(view, sink("claims"));
}

}  // namespace claimgraph
