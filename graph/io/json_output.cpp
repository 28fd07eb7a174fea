#include "graph/io/json_output.h"

#include <cmath>

#include "graph/io/json_writer.h"

namespace claimgraph {

namespace {

// Written straight into the line, not built as a document tree first: the tree of a dense 4 MiB
// article (25 MB of JSON) took some 110 MB more than the text it printed.

/// Opens an object with a span's start and end: the caller may add members, then closes it.
JsonWriter& begin_span(JsonWriter& out, const Span& s) {
  return out.begin_object()
      .key("start")
      .value(std::size_t{s.start})
      .key("end")
      .value(std::size_t{s.end});
}

/// A span as {"start": ..., "end": ...}.
void write_span(JsonWriter& out, const Span& s) { begin_span(out, s).end_object(); }

/// An entity's id, or null.
void write_entity_ref(JsonWriter& out, const ArticleExtraction& x, std::optional<EntityIndex> e) {
  if (e)
    out.value(x.entities[*e].id);
  else
    out.null();
}

void write_entity(JsonWriter& out, const Entity& e) {
  out.begin_object().key("id").value(e.id).key("name").value(e.name);
  out.key("kind").value(to_string(e.kind)).key("aliases").begin_array();
  for (const auto& alias : e.aliases) out.value(alias);
  out.end_array().key("mentions").begin_array();
  for (const auto& m : e.mentions) write_span(out, m);
  out.end_array().end_object();
}

void write_attribution(JsonWriter& out, const ArticleExtraction& x, const Attribution& a) {
  out.begin_object().key("source");
  if (a.source)
    write_span(out, *a.source);
  else
    out.null();
  out.key("speaker");
  write_entity_ref(out, x, a.speaker);
  out.key("cue");
  write_span(out, a.cue);
  out.key("content").begin_array();
  for (const auto& c : a.content) write_span(out, c);
  out.end_array().key("outlet");
  write_entity_ref(out, x, a.outlet);
  out.end_object();
}

/// A confidence to two decimals; one too large to scale (only a hand-made record or store
/// holds one) stays as it is, since JSON would write the infinity as null.
double rounded(double confidence) {
  double r = std::round(confidence * 100.0) / 100.0;
  return std::isfinite(r) ? r : confidence;
}

void write_relation(JsonWriter& out, const ArticleExtraction& x, const Relation& r) {
  out.begin_object().key("kind").value(to_string(r.kind));
  out.key("source").value(x.entities[r.source].id).key("target").value(x.entities[r.target].id);
  out.key("claimant");
  write_entity_ref(out, x, r.claimant);
  out.key("outlet");
  write_entity_ref(out, x, r.outlet);
  out.key("stance").value(to_string(r.stance)).key("evidence");
  begin_span(out, r.evidence).key("text").value(r.evidence_text).end_object();
  out.key("cue");
  begin_span(out, r.cue).key("text").value(r.cue_text).end_object();
  out.key("confidence").value(rounded(r.confidence)).end_object();
}

/// The metadata members that are not empty.
void write_metadata(JsonWriter& out, const std::string& title, const std::string& outlet,
                    const std::string& date, const std::string& url) {
  for (const auto& [key, value] :
       {std::pair{"title", &title}, {"outlet", &outlet}, {"date", &date}, {"url", &url}})
    if (!value->empty()) out.key(key).value(*value);
}

/// The record: the article's id and metadata, `provenance` (hash and bytes) when given, then
/// what extraction found.
std::string json_line(const ArticleExtraction& x, const StoredArticle* provenance) {
  JsonWriter out;
  out.begin_object().key("id").value(x.article_id);
  write_metadata(out, x.title, x.outlet, x.date, x.url);
  if (provenance) out.key("hash").value(provenance->hash).key("bytes").value(provenance->bytes);
  out.key("entities").begin_array();
  for (const auto& e : x.entities) write_entity(out, e);
  out.end_array().key("attributions").begin_array();
  for (const auto& a : x.attributions) write_attribution(out, x, a);
  out.end_array().key("relations").begin_array();
  for (const auto& r : x.relations) write_relation(out, x, r);
  out.end_array().end_object();
  return out.take();
}

}  // namespace

std::string to_json_line(const ArticleExtraction& x) { return json_line(x, nullptr); }

std::string to_json_line(const StoredArticle& a) { return json_line(a.extraction, &a); }

std::string to_json_line(const Article& a) {
  JsonWriter out;
  out.begin_object().key("id").value(a.id);
  write_metadata(out, a.title, a.outlet, a.date, a.url);
  out.key("text").value(a.text).end_object();
  return out.take();
}

}  // namespace claimgraph
