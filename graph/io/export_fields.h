#pragma once
// The fields an export writes for each entity, aggregated edge and raw relation (a "claim"):
// one table of names and types that every format declares (GraphML keys, GEXF attributes, CSV
// headers, JSON members, Cypher properties), and the values of one item in that order.

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "graph/io/export_view.h"

namespace claimgraph {

/// The type of a field.
enum class FieldType { text, integer, real, list };

/// A field's name and type.
struct FieldSpec {
  std::string_view name;
  FieldType type;
};

/// A field's value: text, integer, real or a list of texts, as its spec says.
using FieldValue = std::variant<std::string, std::int64_t, double, std::vector<std::string>>;

/// The values of one item, in the order of its fields.
using Record = std::vector<FieldValue>;

/// name, kind, aliases, articles, mentions, relations (the entity id is the node's id).
std::span<const FieldSpec> entity_fields();
/// kind, weight (= articles), articles, outlets, claimants, relations, stances, first_date,
/// last_date (the edge id, source and target are the edge's own).
std::span<const FieldSpec> edge_fields();
/// edge, kind, stance, claimant, claimant_name, outlet, outlet_name, publisher, date, article,
/// title, url, evidence, evidence_start, evidence_end, cue, cue_start, cue_end, confidence (the
/// relation's source and target are its ends).
std::span<const FieldSpec> claim_fields();

/// The entity's values.
Record entity_record(const ExportView& view, ClaimGraph::Vertex v);
/// The values of the edge at `position` among the view's edges.
Record edge_record(const ExportView& view, std::size_t position);
/// The values of relation `e`, under the edge at `position`.
Record claim_record(const ExportView& view, std::size_t position, ClaimGraph::Edge e);

/// A text, integer or real value as text: the text itself, or the shortest decimal that reads
/// back as the same number (a real with a decimal point or exponent).
std::string scalar_text(const FieldValue& value);

/// The XML Schema type GraphML and GEXF declare for a field type: "long", "double" or "string"
/// (a list is JSON text).
std::string_view xml_type(FieldType type);

/// True when a value is an empty text or list.
bool is_empty(const FieldValue& value);

}  // namespace claimgraph
