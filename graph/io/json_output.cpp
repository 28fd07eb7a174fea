#include "graph/io/json_output.h"

#include <cmath>
#include <nlohmann/json.hpp>

namespace claimgraph {

namespace {

using Json = nlohmann::ordered_json;

Json span_json(const Span& s) { return Json{{"start", s.start}, {"end", s.end}}; }

Json entity_ref(const ArticleExtraction& x, std::optional<EntityIndex> e) {
  return e ? Json(x.entities[*e].id) : Json(nullptr);
}

Json entity_json(const Entity& e) {
  Json mentions = Json::array();
  for (const auto& m : e.mentions) mentions.push_back(span_json(m));
  return Json{{"id", e.id},
              {"name", e.name},
              {"kind", to_string(e.kind)},
              {"aliases", e.aliases},
              {"mentions", std::move(mentions)}};
}

Json attribution_json(const ArticleExtraction& x, const Attribution& a) {
  Json content = Json::array();
  for (const auto& c : a.content) content.push_back(span_json(c));
  return Json{{"source", a.source ? span_json(*a.source) : Json(nullptr)},
              {"speaker", entity_ref(x, a.speaker)},
              {"cue", span_json(a.cue)},
              {"content", std::move(content)},
              {"outlet", entity_ref(x, a.outlet)}};
}

/// A confidence to two decimals; one too large to scale (only a hand-made record or store
/// holds one) stays as it is, since JSON would write the infinity as null.
double rounded(double confidence) {
  double r = std::round(confidence * 100.0) / 100.0;
  return std::isfinite(r) ? r : confidence;
}

Json relation_json(const ArticleExtraction& x, const Relation& r) {
  Json evidence = span_json(r.evidence);
  evidence["text"] = r.evidence_text;
  Json cue = span_json(r.cue);
  cue["text"] = r.cue_text;
  return Json{{"kind", to_string(r.kind)},          {"source", x.entities[r.source].id},
              {"target", x.entities[r.target].id},  {"claimant", entity_ref(x, r.claimant)},
              {"outlet", entity_ref(x, r.outlet)},  {"stance", to_string(r.stance)},
              {"evidence", std::move(evidence)},    {"cue", std::move(cue)},
              {"confidence", rounded(r.confidence)}};
}

/// Sets the metadata members of `out` that are not empty.
void add_metadata(Json& out, const std::string& title, const std::string& outlet,
                  const std::string& date, const std::string& url) {
  for (const auto& [key, value] :
       {std::pair{"title", &title}, {"outlet", &outlet}, {"date", &date}, {"url", &url}})
    if (!value->empty()) out[key] = *value;
}

/// The record: the article's id and metadata, `provenance` (hash and bytes) when given, then
/// what extraction found.
std::string json_line(const ArticleExtraction& x, const StoredArticle* provenance) {
  Json out{{"id", x.article_id}};
  add_metadata(out, x.title, x.outlet, x.date, x.url);
  if (provenance) {
    out["hash"] = provenance->hash;
    out["bytes"] = provenance->bytes;
  }
  Json entities = Json::array(), attributions = Json::array(), relations = Json::array();
  for (const auto& e : x.entities) entities.push_back(entity_json(e));
  for (const auto& a : x.attributions) attributions.push_back(attribution_json(x, a));
  for (const auto& r : x.relations) relations.push_back(relation_json(x, r));
  out["entities"] = std::move(entities);
  out["attributions"] = std::move(attributions);
  out["relations"] = std::move(relations);
  return out.dump(-1, ' ', false, Json::error_handler_t::replace);
}

}  // namespace

std::string to_json_line(const ArticleExtraction& x) { return json_line(x, nullptr); }

std::string to_json_line(const StoredArticle& a) { return json_line(a.extraction, &a); }

std::string to_json_line(const Article& a) {
  Json out{{"id", a.id}};
  add_metadata(out, a.title, a.outlet, a.date, a.url);
  out["text"] = a.text;
  return out.dump(-1, ' ', false, Json::error_handler_t::replace);
}

}  // namespace claimgraph
