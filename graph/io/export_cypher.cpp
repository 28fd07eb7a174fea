// A Cypher script for cypher-shell (`cypher-shell -f graph.cypher`) into an empty database: a
// uniqueness constraint on :Entity(id), then CREATE statements in explicit transactions of
// 1,000 (`:begin` ... `:commit`): each entity as (:Entity:Person {...}), each aggregated edge as
// [:CONTACT|DENIAL|REPORTED_BY|AFFILIATION {id: 'e0', ...}], each raw relation as [:CLAIM
// {edge: 'e0', ...}] between the same two entities. Every text is a single-quoted literal with
// backslash escapes, on one line, so no name can end a string, a statement or a line; empty
// texts and lists are left out, as Neo4j stores no empty property.

#include <cstdio>

#include "graph/io/export_fields.h"
#include "graph/io/export_writers.h"
#include "graph/io/text_units.h"
#include "graph/text/utf8.h"

namespace claimgraph {

namespace {

constexpr std::size_t kStatementsPerTransaction = 1000;

/// The short escape of a character inside a single-quoted literal, or empty.
std::string_view short_escape(char32_t cp) {
  switch (cp) {
    case '\\':
      return "\\\\";
    case '\'':
      return "\\'";
    case '\n':
      return "\\n";
    case '\r':
      return "\\r";
    case '\t':
      return "\\t";
  }
  return {};
}

/// "\u001b": a code point below U+10000 as a Unicode escape.
std::string unicode_escape(char32_t cp) {
  char buf[8];
  std::snprintf(buf, sizeof buf, "\\u%04x", static_cast<unsigned>(cp));
  return buf;
}

/// Appends the character at `pos` to a literal, escaped where it must be (invalid bytes as
/// U+FFFD); returns the bytes it took.
std::size_t append_unit(std::string_view text, std::size_t pos, std::string& out) {
  std::size_t length = valid_sequence_length(text, pos);
  if (length == 0) {
    out += unicode_escape(0xfffd);
    return 1;
  }
  char32_t cp = decode_utf8(text, pos).cp;
  if (std::string_view escape = short_escape(cp); !escape.empty())
    out += escape;
  else if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0))  // C0 and C1 controls
    out += unicode_escape(cp);
  else
    out += text.substr(pos, length);
  return length;
}

/// `text` as a Cypher string literal.
std::string cypher_string(std::string_view text) {
  std::string out = "'";
  for (std::size_t pos = 0; pos < text.size();) pos += append_unit(text, pos, out);
  return out + "'";
}

/// A value as a Cypher literal.
std::string literal(const FieldValue& value) {
  const auto* list = std::get_if<std::vector<std::string>>(&value);
  if (!list)
    return std::holds_alternative<std::string>(value) ? cypher_string(scalar_text(value))
                                                      : scalar_text(value);
  std::string out = "[";
  for (const std::string& item : *list) out += (out.size() > 1 ? ", " : "") + cypher_string(item);
  return out + "]";
}

/// A property map: `first` ("key: literal", or empty), then the record's non-empty fields.
std::string properties(const std::string& first, std::span<const FieldSpec> fields,
                       const Record& record) {
  std::string out = "{" + first;
  for (std::size_t i = 0; i < fields.size(); ++i)
    if (!is_empty(record[i]))
      out += (out.size() > 1 ? ", " : "") + std::string(fields[i].name) + ": " + literal(record[i]);
  return out + "}";
}

/// Writes statements, opening and committing a transaction every so many.
class Script {
 public:
  explicit Script(std::ostream& out) : out_(out) {}
  /// Writes one statement (without its semicolon).
  void statement(const std::string& text) {
    if (count_++ % kStatementsPerTransaction == 0)
      out_ << (count_ > 1 ? ":commit\n" : "") << ":begin\n";
    out_ << text << ";\n";
  }
  /// Commits the last transaction.
  void finish() { out_ << (count_ ? ":commit\n" : ""); }

 private:
  std::ostream& out_;
  std::size_t count_ = 0;
};

/// A relationship between two entities: MATCH both by id, CREATE the relationship.
std::string relationship(const ExportView& view, ClaimGraph::Vertex a, ClaimGraph::Vertex b,
                         const std::string& type, const std::string& props) {
  return "MATCH (a:Entity {id: " + cypher_string(view.id(a)) +
         "}), (b:Entity {id: " + cypher_string(view.id(b)) + "}) CREATE (a)-[:" + type + " " +
         props + "]->(b)";
}

/// The entities, the aggregated edges and the claims under each.
void write_statements(const ExportView& view, Script& script) {
  for (ClaimGraph::Vertex v : view.entities)
    script.statement(
        "CREATE (:Entity:" + neo4j_label(view.graph->entity(v).kind) + " " +
        properties("id: " + cypher_string(view.id(v)), entity_fields(), entity_record(view, v)) +
        ")");
  const auto& g = view.graph->graph();
  for (std::size_t i = 0; i < view.edges.size(); ++i) {
    const AggregateEdge& edge = view.edge(i);
    std::string id = "id: " + cypher_string(ExportView::edge_id(i));
    script.statement(relationship(view, edge.source, edge.target, neo4j_type(edge.kind),
                                  properties(id, edge_fields(), edge_record(view, i))));
    for (ClaimGraph::Edge e : edge.relations)
      script.statement(relationship(view, boost::source(e, g), boost::target(e, g), "CLAIM",
                                    properties("", claim_fields(), claim_record(view, i, e))));
  }
}

}  // namespace

void write_cypher(const ExportView& view, std::ostream& out) {
  out << "// claimgraph export (entities: " << view.entities.size()
      << ", edges: " << view.edges.size() << ", relations: " << view.relation_count
      << "); into an empty database: cypher-shell -f FILE\n"
         "CREATE CONSTRAINT claimgraph_entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS "
         "UNIQUE;\n";
  Script script(out);
  write_statements(view, script);
  script.finish();
}

}  // namespace claimgraph
