#include "graph/io/extraction_input.h"

#include <limits>
#include <nlohmann/json.hpp>
#include <stdexcept>
#include <unordered_map>

#include "graph/io/record_input.h"
#include "graph/text/utf8.h"

namespace claimgraph {

namespace {

using Json = nlohmann::json;

[[noreturn]] void fail(const std::string& where, const std::string& what) {
  throw std::runtime_error(where.empty() ? what : where + ": " + what);
}

/// The member `key` of the object `obj` (named `where` in errors).
const Json& member(const Json& obj, const std::string& where, const char* key) {
  if (!obj.is_object()) fail(where, "is not an object");
  auto it = obj.find(key);
  if (it == obj.end()) fail(where, std::string("has no \"") + key + "\"");
  return *it;
}

std::string string_of(const Json& v, const std::string& where) {
  if (!v.is_string()) fail(where, "is not a string");
  return v.get<std::string>();
}

/// An optional string member: absent or null reads as empty.
std::string optional_string(const Json& obj, const char* key) {
  auto it = obj.find(key);
  return it == obj.end() || it->is_null() ? std::string() : string_of(*it, key);
}

const Json& array_of(const Json& v, const std::string& where) {
  if (!v.is_array()) fail(where, "is not an array");
  return v;
}

std::uint32_t offset_of(const Json& v, const std::string& where) {
  if (!v.is_number_unsigned() || v.get<std::uint64_t>() > std::numeric_limits<std::uint32_t>::max())
    fail(where, "is not a code-point offset");
  return v.get<std::uint32_t>();
}

Span span_of(const Json& v, const std::string& where) {
  Span s{offset_of(member(v, where, "start"), where + ".start"),
         offset_of(member(v, where, "end"), where + ".end")};
  if (s.end < s.start) fail(where, "ends before it starts");
  return s;
}

/// Entity ids of one record, resolved to their indices.
class EntityRefs {
 public:
  explicit EntityRefs(const std::vector<Entity>& entities) {
    for (std::size_t i = 0; i < entities.size(); ++i)
      index_.emplace(entities[i].id, static_cast<EntityIndex>(i));
  }

  EntityIndex at(const Json& v, const std::string& where) const {
    std::string id = string_of(v, where);
    auto it = index_.find(id);
    if (it == index_.end()) fail(where, "names no entity of the record (\"" + id + "\")");
    return it->second;
  }

  std::optional<EntityIndex> optional(const Json& v, const std::string& where) const {
    return v.is_null() ? std::nullopt : std::optional(at(v, where));
  }

 private:
  std::unordered_map<std::string, EntityIndex> index_;
};

Entity entity_of(const Json& v, const std::string& where) {
  Entity e;
  e.id = string_of(member(v, where, "id"), where + ".id");
  e.name = string_of(member(v, where, "name"), where + ".name");
  auto kind = parse_entity_kind(string_of(member(v, where, "kind"), where + ".kind"));
  if (!kind) fail(where + ".kind", "is not an entity kind");
  e.kind = *kind;
  for (const auto& a : array_of(member(v, where, "aliases"), where + ".aliases"))
    e.aliases.push_back(string_of(a, where + ".aliases"));
  for (const auto& m : array_of(member(v, where, "mentions"), where + ".mentions"))
    e.mentions.push_back(span_of(m, where + ".mentions"));
  return e;
}

Attribution attribution_of(const Json& v, const std::string& where, const EntityRefs& refs) {
  Attribution a;
  const Json& source = member(v, where, "source");
  if (!source.is_null()) a.source = span_of(source, where + ".source");
  a.speaker = refs.optional(member(v, where, "speaker"), where + ".speaker");
  a.cue = span_of(member(v, where, "cue"), where + ".cue");
  for (const auto& c : array_of(member(v, where, "content"), where + ".content"))
    a.content.push_back(span_of(c, where + ".content"));
  a.outlet = refs.optional(member(v, where, "outlet"), where + ".outlet");
  return a;
}

Relation relation_of(const Json& v, const std::string& where, const EntityRefs& refs) {
  Relation r;
  auto kind = parse_relation_kind(string_of(member(v, where, "kind"), where + ".kind"));
  if (!kind) fail(where + ".kind", "is not a relation kind");
  r.kind = *kind;
  r.source = refs.at(member(v, where, "source"), where + ".source");
  r.target = refs.at(member(v, where, "target"), where + ".target");
  r.claimant = refs.optional(member(v, where, "claimant"), where + ".claimant");
  r.outlet = refs.optional(member(v, where, "outlet"), where + ".outlet");
  auto stance = parse_stance(string_of(member(v, where, "stance"), where + ".stance"));
  if (!stance) fail(where + ".stance", "is not a stance");
  r.stance = *stance;
  const Json& evidence = member(v, where, "evidence");
  r.evidence = span_of(evidence, where + ".evidence");
  r.evidence_text = string_of(member(evidence, where, "text"), where + ".evidence.text");
  const Json& cue = member(v, where, "cue");
  r.cue = span_of(cue, where + ".cue");
  r.cue_text = string_of(member(cue, where, "text"), where + ".cue.text");
  const Json& confidence = member(v, where, "confidence");
  if (!confidence.is_number()) fail(where + ".confidence", "is not a number");
  r.confidence = confidence.get<double>();
  return r;
}

/// Fills `x`'s entities, attributions and relations from the record `obj`.
void read_findings(const Json& obj, ArticleExtraction& x) {
  const Json& entities = array_of(member(obj, "", "entities"), "entities");
  for (std::size_t i = 0; i < entities.size(); ++i)
    x.entities.push_back(entity_of(entities[i], "entities[" + std::to_string(i) + "]"));
  EntityRefs refs(x.entities);
  const Json& attributions = array_of(member(obj, "", "attributions"), "attributions");
  for (std::size_t i = 0; i < attributions.size(); ++i)
    x.attributions.push_back(
        attribution_of(attributions[i], "attributions[" + std::to_string(i) + "]", refs));
  const Json& relations = array_of(member(obj, "", "relations"), "relations");
  for (std::size_t i = 0; i < relations.size(); ++i)
    x.relations.push_back(relation_of(relations[i], "relations[" + std::to_string(i) + "]", refs));
}

}  // namespace

StoredArticle parse_extraction_line(std::string_view line) {
  if (auto bad = find_invalid_utf8(line))
    throw std::runtime_error("is not valid UTF-8 (byte " + std::to_string(*bad) + ")");
  Json obj = Json::parse(line, nullptr, false);
  if (obj.is_discarded()) throw std::runtime_error("is not valid JSON");
  if (!obj.is_object()) throw std::runtime_error("is not a JSON object");
  StoredArticle a;
  ArticleExtraction& x = a.extraction;
  x.article_id = string_of(member(obj, "", "id"), "id");
  if (x.article_id.empty()) fail("id", "is empty");
  x.title = optional_string(obj, "title");
  x.outlet = optional_string(obj, "outlet");
  x.date = optional_string(obj, "date");
  x.url = optional_string(obj, "url");
  // Records without a hash (written by hand or by an older claimgraph) merge, but a later
  // build re-extracts them, since no extractor can be known to have made them.
  a.hash = optional_string(obj, "hash");
  if (auto bytes = obj.find("bytes"); bytes != obj.end() && bytes->is_number_unsigned())
    a.bytes = bytes->get<std::size_t>();
  read_findings(obj, x);
  return a;
}

void read_extraction_lines(std::istream& in, const std::string& name,
                           const std::function<void(StoredArticle&&)>& each,
                           const std::function<void(const InputError&)>& error) {
  // Records carry their evidence text, so they may be long (an article of 16 MiB, four times
  // the default limit, makes one of about 75 MB); this bound stops a runaway line (cat /dev/zero)
  // within about 130 MB of memory.
  constexpr std::size_t kMaxRecord = std::size_t{96} << 20;
  for_each_line(
      in, {name, name, 1}, kMaxRecord,
      [&](std::string_view line, std::size_t number) {
        StoredArticle record;
        try {
          record = parse_extraction_line(line);
        } catch (const std::runtime_error& e) {
          return error({name + ":" + std::to_string(number), e.what()});
        }
        each(std::move(record));  // outside the try: a failing consumer is no bad line
      },
      error);
}

}  // namespace claimgraph
