#include "graph/io/export_fields.h"

#include <charconv>

namespace claimgraph {

namespace {

constexpr FieldSpec kEntityFields[] = {
    {"name", FieldType::text},        {"kind", FieldType::text},
    {"aliases", FieldType::list},     {"articles", FieldType::integer},
    {"mentions", FieldType::integer}, {"relations", FieldType::integer},
};

constexpr FieldSpec kEdgeFields[] = {
    {"kind", FieldType::text},         {"weight", FieldType::integer},
    {"articles", FieldType::integer},  {"outlets", FieldType::integer},
    {"claimants", FieldType::integer}, {"relations", FieldType::integer},
    {"stances", FieldType::list},      {"first_date", FieldType::text},
    {"last_date", FieldType::text},
};

constexpr FieldSpec kClaimFields[] = {
    {"edge", FieldType::text},
    {"kind", FieldType::text},
    {"stance", FieldType::text},
    {"claimant", FieldType::text},
    {"claimant_name", FieldType::text},
    {"outlet", FieldType::text},
    {"outlet_name", FieldType::text},
    {"publisher", FieldType::text},
    {"date", FieldType::text},
    {"article", FieldType::text},
    {"title", FieldType::text},
    {"url", FieldType::text},
    {"evidence", FieldType::text},
    {"evidence_start", FieldType::integer},
    {"evidence_end", FieldType::integer},
    {"cue", FieldType::text},
    {"cue_start", FieldType::integer},
    {"cue_end", FieldType::integer},
    {"confidence", FieldType::real},
};

/// A count as a field value.
FieldValue count(std::size_t n) { return static_cast<std::int64_t>(n); }

/// An enum's contract name as a field value.
template <typename Enum>
FieldValue contract_name(Enum value) {
  return std::string(to_string(value));
}

}  // namespace

std::span<const FieldSpec> entity_fields() { return kEntityFields; }
std::span<const FieldSpec> edge_fields() { return kEdgeFields; }
std::span<const FieldSpec> claim_fields() { return kClaimFields; }

Record entity_record(const ExportView& view, ClaimGraph::Vertex v) {
  const EntityNode& e = view.graph->entity(v);
  return {e.name,
          contract_name(e.kind),
          e.aliases,
          count(e.articles.size()),
          count(e.mentions),
          count(view.relations_of[v])};
}

Record edge_record(const ExportView& view, std::size_t position) {
  const AggregateEdge& edge = view.edge(position);
  std::vector<std::string> stances;
  for (Stance s : edge.stances) stances.emplace_back(to_string(s));
  return {contract_name(edge.kind),
          count(edge.support.articles),
          count(edge.support.articles),
          count(edge.support.outlets),
          count(edge.support.claimants),
          count(edge.relations.size()),
          std::move(stances),
          edge.first_date,
          edge.last_date};
}

Record claim_record(const ExportView& view, std::size_t position, ClaimGraph::Edge e) {
  const ClaimGraph& g = *view.graph;
  const RelationEdge& r = g.relation(e);
  const ArticleMeta& meta = view.articles->find(r.evidence.article);
  return {ExportView::edge_id(position),
          contract_name(r.kind),
          contract_name(r.stance),
          r.claimant,
          g.name_of(r.claimant),
          r.outlet,
          g.name_of(r.outlet),
          r.article_outlet,
          r.date,
          r.evidence.article,
          meta.title,
          meta.url,
          r.evidence.text,
          count(r.evidence.span.start),
          count(r.evidence.span.end),
          r.evidence.cue_text,
          count(r.evidence.cue.start),
          count(r.evidence.cue.end),
          r.confidence};
}

std::string scalar_text(const FieldValue& value) {
  if (const auto* text = std::get_if<std::string>(&value)) return *text;
  if (const auto* n = std::get_if<std::int64_t>(&value)) return std::to_string(*n);
  char buf[32];
  auto end = std::to_chars(buf, buf + sizeof buf, std::get<double>(value)).ptr;
  std::string text(buf, end);
  // A real always reads back as one: "1.0", never the integer "1".
  return text.find_first_of(".en") == std::string::npos ? text + ".0" : text;
}

std::string_view xml_type(FieldType type) {
  switch (type) {
    case FieldType::integer:
      return "long";
    case FieldType::real:
      return "double";
    default:
      return "string";
  }
}

bool is_empty(const FieldValue& value) {
  if (const auto* text = std::get_if<std::string>(&value)) return text->empty();
  const auto* list = std::get_if<std::vector<std::string>>(&value);
  return list && list->empty();
}

}  // namespace claimgraph
