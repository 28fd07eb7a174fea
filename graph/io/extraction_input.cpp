#include "graph/io/extraction_input.h"

#include <initializer_list>
#include <limits>
#include <nlohmann/json.hpp>
#include <optional>
#include <stdexcept>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "graph/io/record_input.h"
#include "graph/text/utf8.h"

namespace claimgraph {

namespace {

using Json = nlohmann::json;

// A record is read as it is parsed (nlohmann's SAX events), not through a document tree: the
// tree of a 25 MB record took some 100 MB, and one of an 80 MB line of numbers 1.7 GB. Values are
// checked where the tree was checked, in the same order, so a record with one fault is named
// as before; entity ids are resolved once the whole record is read, as ids may come before
// the entities that carry them.

[[noreturn]] void fail(const std::string& where, const std::string& what) {
  throw std::runtime_error(where.empty() ? what : where + ": " + what);
}

/// A member as read: absent, or a value of some JSON type (strings and numbers kept), or a
/// nested value (span, array) that failed with `error`.
struct Slot {
  enum class Type { missing, null, string, whole, number, other };
  Slot() = default;
  Slot(Type t) : type(t) {}  // NOLINT: {Slot::Type::null} reads as the value it is
  Type type = Type::missing;
  std::string text;
  std::uint64_t whole = 0;  ///< for a non-negative integer
  double number = 0;
  std::string error;
};

std::string string_of(const Slot& v, const std::string& where) {
  if (v.type != Slot::Type::string) fail(where, "is not a string");
  return v.text;
}

/// A member that must be there (named `key` of `where`).
const Slot& present(const Slot& v, const std::string& where, const char* key) {
  if (v.type == Slot::Type::missing) fail(where, std::string("has no \"") + key + "\"");
  return v;
}

/// An optional string member: absent or null reads as empty.
std::string optional_string(const Slot& v, const char* key) {
  return v.type == Slot::Type::missing || v.type == Slot::Type::null ? std::string()
                                                                     : string_of(v, key);
}

/// A span member as read: its start, end and (for evidence and cue) text.
struct SpanSlots {
  Slot start, end, text;
};

std::uint32_t offset_of(const Slot& v, const std::string& where) {
  if (v.type != Slot::Type::whole || v.whole > std::numeric_limits<std::uint32_t>::max())
    fail(where, "is not a code-point offset");
  return static_cast<std::uint32_t>(v.whole);
}

Span span_of(const SpanSlots& v, const std::string& where) {
  Span s{offset_of(present(v.start, where, "start"), where + ".start"),
         offset_of(present(v.end, where, "end"), where + ".end")};
  if (s.end < s.start) fail(where, "ends before it starts");
  return s;
}

/// Checks a nested member read into `slot`: there, an object or array as it must be, and
/// without a fault found inside.
void check_nested(const Slot& slot, const std::string& where, const char* key) {
  present(slot, where, key);
  if (!slot.error.empty()) throw std::runtime_error(slot.error);
}

/// Entity ids of one record, resolved to their indices.
class EntityRefs {
 public:
  explicit EntityRefs(const std::vector<Entity>& entities) {
    for (std::size_t i = 0; i < entities.size(); ++i)
      index_.emplace(entities[i].id, static_cast<EntityIndex>(i));
  }

  EntityIndex at(const Slot& v, const std::string& where) const {
    std::string id = string_of(v, where);
    auto it = index_.find(id);
    if (it == index_.end()) fail(where, "names no entity of the record (\"" + id + "\")");
    return it->second;
  }

  std::optional<EntityIndex> optional(const Slot& v, const std::string& where) const {
    return v.type == Slot::Type::null ? std::nullopt : std::optional(at(v, where));
  }

 private:
  std::unordered_map<std::string, EntityIndex> index_;
};

/// An attribution or relation read, its entity ids still names (resolved at the record's end).
struct PendingAttribution {
  Attribution a;
  Slot speaker, outlet;
  std::string where;
};
struct PendingRelation {
  Relation r;
  Slot source, target, claimant, outlet;
  std::string where;
};

/// What a value is, for the members that must hold lists or spans.
enum class Shape { scalar, object, array };

/// What is being read: the record, one of its lists, one element, or a span inside one.
enum class Context {
  record,
  entities,
  entity,
  aliases,
  mentions,
  attributions,
  attribution,
  content,
  relations,
  relation,
  span
};

/// The SAX events of one record, turned into its extraction.
class RecordReader : public nlohmann::json_sax<Json> {
 public:
  /// Reads into `out`, holding at most `budget` bytes of what it reads (an estimate).
  RecordReader(StoredArticle& out, std::size_t budget) : out_(out), budget_(budget) {}

  bool null() override { return scalar({Slot::Type::null}); }
  bool boolean(bool) override { return scalar({Slot::Type::other}); }
  bool number_integer(number_integer_t v) override {
    Slot s{Slot::Type::number};
    s.number = static_cast<double>(v);
    return scalar(std::move(s));
  }
  bool number_unsigned(number_unsigned_t v) override {
    Slot s{Slot::Type::whole};
    s.whole = v;
    s.number = static_cast<double>(v);
    return scalar(std::move(s));
  }
  bool number_float(number_float_t v, const string_t&) override {
    Slot s{Slot::Type::number};
    s.number = v;
    return scalar(std::move(s));
  }
  bool string(string_t& v) override {
    Slot s{Slot::Type::string};
    s.text = std::move(v);
    return scalar(std::move(s));
  }
  bool binary(binary_t&) override { return scalar({Slot::Type::other}); }
  bool start_object(std::size_t) override { return open(true); }
  bool end_object() override { return close(); }
  bool start_array(std::size_t) override { return open(false); }
  bool end_array() override { return close(); }
  bool key(string_t& k) override {
    if (skipping_ == 0) key_ = std::move(k);
    return true;
  }
  bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception&) override {
    throw std::runtime_error("is not valid JSON");
  }

 private:
  /// A scalar value of the current member or list element.
  bool scalar(Slot v);
  /// An object or array begins.
  bool open(bool object);
  /// The innermost object or array ends.
  bool close();
  /// The slot of the current member of the object being read, or null when it is not read.
  Slot* member_slot();
  /// The fault of giving `slot` a value of this shape where a list or span belongs; empty when
  /// the shape is right or the member takes any value.
  std::string wrong_type(const Slot* slot, Shape shape) const;
  /// Whether `slot` holds one of the record's lists (of entities, aliases, spans...).
  bool is_list(const Slot* slot) const;
  /// Whether `slot` holds a span.
  bool is_span(const Slot* slot) const;
  /// Begins reading a span for a member or list element named `where`, held by `owner`.
  void begin_span(std::string where, Context owner);
  /// Begins an element of the record's entity, attribution or relation list.
  bool begin_element(bool object, const char* list, Context element);
  /// Begins the list `slot` holds; an array where none belongs is skipped.
  bool begin_list(Slot* slot);
  /// A span has been read: checked, and given to what holds it.
  void end_span();
  void end_entity();
  void end_attribution();
  void end_relation();
  /// The whole record has been read: checked in the tree's order, ids resolved.
  void end_record();
  /// The ids of the entities read, made once the entity list has ended.
  const EntityRefs& refs();
  /// An attribution or relation with its entity ids resolved.
  static Attribution resolve(PendingAttribution& p, const EntityRefs& refs);
  static Relation resolve(PendingRelation& p, const EntityRefs& refs);
  /// Where the current element of the innermost list is ("entities[3]").
  std::string element_where(const char* list) const {
    return std::string(list) + "[" + std::to_string(index_) + "]";
  }

  /// Counts `bytes` more held; a record whose values would hold more than its budget is
  /// refused (a line of 47 MB of one-letter aliases would take 670 MB as strings).
  void hold(std::size_t bytes) {
    held_ += bytes;
    if (held_ > budget_)
      throw std::runtime_error("holds more values than a record of its length can (over " +
                               std::to_string(budget_ >> 20) + " MiB to read)");
  }

  StoredArticle& out_;
  std::size_t budget_, held_ = 0;
  std::vector<Context> stack_;
  std::size_t skipping_ = 0;  ///< depth inside a value not read
  std::string key_;           ///< the member whose value comes next
  std::size_t index_ = 0;     ///< the current element of the innermost element list

  // The record's own members.
  Slot id_, title_, outlet_, date_, url_, hash_, bytes_, entities_, attributions_, relations_;
  // The element being read (one at a time: the format nests no further).
  std::string where_;
  Slot e_id_, e_name_, e_kind_, e_aliases_, e_mentions_;
  Entity entity_;
  Slot a_source_, a_cue_, a_content_;
  PendingAttribution attribution_;
  Slot r_kind_, r_stance_, r_evidence_, r_cue_, r_confidence_;
  PendingRelation relation_;
  bool entities_done_ = false;
  std::optional<EntityRefs> refs_;  ///< ids resolve as elements end; before that, at the end
  std::vector<PendingAttribution> pending_attributions_;
  std::vector<PendingRelation> pending_relations_;
  // The span being read, and what it is for.
  SpanSlots span_;
  std::string span_where_;
  Context span_owner_ = Context::record;
  std::string span_key_;
};

/// The slot named `key` among `slots`, or null.
Slot* named(std::string_view key, std::initializer_list<std::pair<const char*, Slot*>> slots) {
  for (auto [name, slot] : slots)
    if (key == name) return slot;
  return nullptr;
}

Slot* RecordReader::member_slot() {
  switch (stack_.back()) {
    case Context::record:
      return named(key_, {{"id", &id_},
                          {"title", &title_},
                          {"outlet", &outlet_},
                          {"date", &date_},
                          {"url", &url_},
                          {"hash", &hash_},
                          {"bytes", &bytes_},
                          {"entities", &entities_},
                          {"attributions", &attributions_},
                          {"relations", &relations_}});
    case Context::entity:
      return named(key_, {{"id", &e_id_},
                          {"name", &e_name_},
                          {"kind", &e_kind_},
                          {"aliases", &e_aliases_},
                          {"mentions", &e_mentions_}});
    case Context::attribution:
      return named(key_, {{"source", &a_source_},
                          {"speaker", &attribution_.speaker},
                          {"cue", &a_cue_},
                          {"content", &a_content_},
                          {"outlet", &attribution_.outlet}});
    case Context::relation:
      return named(key_, {{"kind", &r_kind_},
                          {"source", &relation_.source},
                          {"target", &relation_.target},
                          {"claimant", &relation_.claimant},
                          {"outlet", &relation_.outlet},
                          {"stance", &r_stance_},
                          {"evidence", &r_evidence_},
                          {"cue", &r_cue_},
                          {"confidence", &r_confidence_}});
    case Context::span:
      return named(key_, {{"start", &span_.start}, {"end", &span_.end}, {"text", &span_.text}});
    default:
      return nullptr;
  }
}

bool RecordReader::scalar(Slot v) {
  if (skipping_ > 0) return true;
  if (stack_.empty()) throw std::runtime_error("is not a JSON object");
  switch (stack_.back()) {
    case Context::aliases:
      if (v.type == Slot::Type::string) {
        // A string object, the vector's room to grow, and the text.
        hold(2 * sizeof(std::string) + v.text.size());
        entity_.aliases.push_back(std::move(v.text));
      } else if (e_aliases_.error.empty())
        e_aliases_.error = where_ + ".aliases: is not a string";
      return true;
    case Context::mentions:
      if (e_mentions_.error.empty()) e_mentions_.error = where_ + ".mentions: is not an object";
      return true;
    case Context::content:
      if (a_content_.error.empty()) a_content_.error = where_ + ".content: is not an object";
      return true;
    case Context::entities:
      fail(element_where("entities"), "is not an object");
    case Context::attributions:
      fail(element_where("attributions"), "is not an object");
    case Context::relations:
      fail(element_where("relations"), "is not an object");
    default:
      break;
  }
  Slot* slot = member_slot();
  if (!slot) return true;
  std::string error = wrong_type(slot, Shape::scalar);
  bool null_source = slot == &a_source_ && v.type == Slot::Type::null;
  *slot = std::move(v);
  if (!null_source) slot->error = std::move(error);
  return true;
}

bool RecordReader::is_list(const Slot* slot) const {
  return slot == &entities_ || slot == &attributions_ || slot == &relations_ ||
         slot == &e_aliases_ || slot == &e_mentions_ || slot == &a_content_;
}

bool RecordReader::is_span(const Slot* slot) const {
  return slot == &a_source_ || slot == &a_cue_ || slot == &r_evidence_ || slot == &r_cue_;
}

std::string RecordReader::wrong_type(const Slot* slot, Shape shape) const {
  std::string where = stack_.back() == Context::record ? key_ : where_ + "." + key_;
  if (is_list(slot)) return shape == Shape::array ? "" : where + ": is not an array";
  if (is_span(slot) && shape != Shape::object) return where + ": is not an object";
  return "";
}

void RecordReader::begin_span(std::string where, Context owner) {
  span_ = {};
  span_where_ = std::move(where);
  span_owner_ = owner;
  span_key_ = key_;
  stack_.push_back(Context::span);
}

bool RecordReader::open(bool object) {
  if (skipping_ > 0) {
    ++skipping_;
    return true;
  }
  if (stack_.empty()) {
    if (!object) throw std::runtime_error("is not a JSON object");
    stack_.push_back(Context::record);
    return true;
  }
  Context at = stack_.back();
  switch (at) {
    case Context::entities:
      return begin_element(object, "entities", Context::entity);
    case Context::attributions:
      return begin_element(object, "attributions", Context::attribution);
    case Context::relations:
      return begin_element(object, "relations", Context::relation);
    case Context::aliases:
      if (e_aliases_.error.empty()) e_aliases_.error = where_ + ".aliases: is not a string";
      skipping_ = 1;
      return true;
    case Context::mentions:
    case Context::content: {
      Slot& list = at == Context::mentions ? e_mentions_ : a_content_;
      std::string where = where_ + (at == Context::mentions ? ".mentions" : ".content");
      if (object) return begin_span(std::move(where), at), true;
      if (list.error.empty()) list.error = where + ": is not an object";
      skipping_ = 1;
      return true;
    }
    default:
      break;
  }
  Slot* slot = member_slot();
  if (!slot) {
    skipping_ = 1;  // a member the format does not have: any value
    return true;
  }
  std::string error = wrong_type(slot, object ? Shape::object : Shape::array);
  *slot = Slot{Slot::Type::other};
  slot->error = std::move(error);
  if (!slot->error.empty()) {
    skipping_ = 1;
    return true;
  }
  if (is_span(slot)) return begin_span(where_ + "." + key_, at), true;
  if (object) {  // an object where a scalar belongs: the type check at the end names it
    skipping_ = 1;
    return true;
  }
  return begin_list(slot);
}

bool RecordReader::begin_element(bool object, const char* list, Context element) {
  where_ = element_where(list);
  if (!object) fail(where_, "is not an object");
  if (element == Context::entity) {
    e_id_ = e_name_ = e_kind_ = e_aliases_ = e_mentions_ = Slot{};
    entity_ = Entity{};
  } else if (element == Context::attribution) {
    a_source_ = a_cue_ = a_content_ = Slot{};
    attribution_ = PendingAttribution{};
  } else {
    r_kind_ = r_stance_ = r_evidence_ = r_cue_ = r_confidence_ = Slot{};
    relation_ = PendingRelation{};
  }
  stack_.push_back(element);
  return true;
}

bool RecordReader::begin_list(Slot* slot) {
  std::pair<Slot*, Context> lists[] = {
      {&entities_, Context::entities},   {&attributions_, Context::attributions},
      {&relations_, Context::relations}, {&e_aliases_, Context::aliases},
      {&e_mentions_, Context::mentions}, {&a_content_, Context::content}};
  for (auto [list, context] : lists) {
    if (list != slot) continue;
    // A list given twice keeps its last value, as a document tree would; but ids already
    // resolved against a first entity list would name the wrong entities: refused.
    if (context == Context::entities && entities_done_) fail("entities", "is given twice");
    if (context == Context::attributions)
      out_.extraction.attributions.clear(), pending_attributions_.clear();
    if (context == Context::relations)
      out_.extraction.relations.clear(), pending_relations_.clear();
    if (context == Context::aliases) entity_.aliases.clear();
    if (context == Context::mentions) entity_.mentions.clear();
    if (context == Context::content) attribution_.a.content.clear();
    bool elements = context == Context::entities || context == Context::attributions ||
                    context == Context::relations;
    if (elements) index_ = 0;
    stack_.push_back(context);
    return true;
  }
  skipping_ = 1;  // an array where a scalar belongs: the type check at the end names it
  return true;
}

void RecordReader::end_span() {
  std::string error;
  Span span;
  try {
    span = span_of(span_, span_where_);
  } catch (const std::runtime_error& e) {
    error = e.what();
  }
  auto keep_error = [&](Slot& slot) {
    if (slot.error.empty()) slot.error = error;
  };
  switch (span_owner_) {
    case Context::mentions:
      if (!error.empty()) return keep_error(e_mentions_);
      hold(2 * sizeof(Span));
      entity_.mentions.push_back(span);
      return;
    case Context::content:
      if (!error.empty()) return keep_error(a_content_);
      hold(2 * sizeof(Span));
      attribution_.a.content.push_back(span);
      return;
    case Context::attribution: {
      bool source = span_key_ == "source";
      (source ? a_source_ : a_cue_).error = error;
      if (!error.empty()) return;
      if (source)
        attribution_.a.source = span;  // optional: not the cue's type, so no ?: here
      else
        attribution_.a.cue = span;
      return;
    }
    default: {  // a relation's evidence or cue: its text beside it
      bool evidence = span_key_ == "evidence";
      Slot& slot = evidence ? r_evidence_ : r_cue_;
      if (error.empty()) {
        try {
          std::string text = string_of(present(span_.text, where_, "text"),
                                       where_ + (evidence ? ".evidence.text" : ".cue.text"));
          (evidence ? relation_.r.evidence : relation_.r.cue) = span;
          (evidence ? relation_.r.evidence_text : relation_.r.cue_text) = std::move(text);
        } catch (const std::runtime_error& e) {
          error = e.what();
        }
      }
      slot.error = error;
    }
  }
}

void RecordReader::end_entity() {
  const std::string& w = where_;
  entity_.id = string_of(present(e_id_, w, "id"), w + ".id");
  entity_.name = string_of(present(e_name_, w, "name"), w + ".name");
  auto kind = parse_entity_kind(string_of(present(e_kind_, w, "kind"), w + ".kind"));
  if (!kind) fail(w + ".kind", "is not an entity kind");
  entity_.kind = *kind;
  check_nested(e_aliases_, w, "aliases");
  check_nested(e_mentions_, w, "mentions");
  hold(2 * sizeof(Entity) + entity_.id.size() + entity_.name.size());
  out_.extraction.entities.push_back(std::move(entity_));
}

void RecordReader::end_attribution() {
  const std::string& w = where_;
  if (present(a_source_, w, "source").type != Slot::Type::null)
    check_nested(a_source_, w, "source");
  present(attribution_.speaker, w, "speaker");
  check_nested(a_cue_, w, "cue");
  check_nested(a_content_, w, "content");
  present(attribution_.outlet, w, "outlet");
  attribution_.where = w;
  hold(2 * sizeof(Attribution) +
       (entities_done_ ? 0
                       : sizeof(PendingAttribution) + w.size() + attribution_.speaker.text.size() +
                             attribution_.outlet.text.size()));
  if (!entities_done_) return pending_attributions_.push_back(std::move(attribution_));
  out_.extraction.attributions.push_back(resolve(attribution_, refs()));
}

void RecordReader::end_relation() {
  const std::string& w = where_;
  auto kind = parse_relation_kind(string_of(present(r_kind_, w, "kind"), w + ".kind"));
  if (!kind) fail(w + ".kind", "is not a relation kind");
  relation_.r.kind = *kind;
  for (auto [name, slot] : {std::pair{"source", &relation_.source},
                            {"target", &relation_.target},
                            {"claimant", &relation_.claimant},
                            {"outlet", &relation_.outlet}})
    present(*slot, w, name);
  auto stance = parse_stance(string_of(present(r_stance_, w, "stance"), w + ".stance"));
  if (!stance) fail(w + ".stance", "is not a stance");
  relation_.r.stance = *stance;
  check_nested(r_evidence_, w, "evidence");
  check_nested(r_cue_, w, "cue");
  const Slot& confidence = present(r_confidence_, w, "confidence");
  if (confidence.type != Slot::Type::whole && confidence.type != Slot::Type::number)
    fail(w + ".confidence", "is not a number");
  relation_.r.confidence = confidence.number;
  relation_.where = w;
  hold(2 * sizeof(Relation) + relation_.r.evidence_text.size() + relation_.r.cue_text.size() +
       (entities_done_ ? 0
                       : sizeof(PendingRelation) + w.size() + relation_.source.text.size() +
                             relation_.target.text.size() + relation_.claimant.text.size() +
                             relation_.outlet.text.size()));
  if (!entities_done_) return pending_relations_.push_back(std::move(relation_));
  out_.extraction.relations.push_back(resolve(relation_, refs()));
}

const EntityRefs& RecordReader::refs() {
  if (!refs_) refs_.emplace(out_.extraction.entities);
  return *refs_;
}

Attribution RecordReader::resolve(PendingAttribution& p, const EntityRefs& refs) {
  p.a.speaker = refs.optional(p.speaker, p.where + ".speaker");
  p.a.outlet = refs.optional(p.outlet, p.where + ".outlet");
  return std::move(p.a);
}

Relation RecordReader::resolve(PendingRelation& p, const EntityRefs& refs) {
  p.r.source = refs.at(p.source, p.where + ".source");
  p.r.target = refs.at(p.target, p.where + ".target");
  p.r.claimant = refs.optional(p.claimant, p.where + ".claimant");
  p.r.outlet = refs.optional(p.outlet, p.where + ".outlet");
  return std::move(p.r);
}

void RecordReader::end_record() {
  ArticleExtraction& x = out_.extraction;
  x.article_id = string_of(present(id_, "", "id"), "id");
  if (x.article_id.empty()) fail("id", "is empty");
  x.title = optional_string(title_, "title");
  x.outlet = optional_string(outlet_, "outlet");
  x.date = optional_string(date_, "date");
  x.url = optional_string(url_, "url");
  // Records without a hash (written by hand or by an older claimgraph) merge, but a later
  // build re-extracts them, since no extractor can be known to have made them.
  out_.hash = optional_string(hash_, "hash");
  if (bytes_.type == Slot::Type::whole) out_.bytes = bytes_.whole;
  for (auto [name, slot] : {std::pair{"entities", &entities_},
                            {"attributions", &attributions_},
                            {"relations", &relations_}})
    check_nested(*slot, "", name);
  // Lists read before the entities they name: their ids resolved now, ahead of those after.
  auto& attributions = x.attributions;
  for (std::size_t i = 0; i < pending_attributions_.size(); ++i)
    attributions.insert(attributions.begin() + static_cast<std::ptrdiff_t>(i),
                        resolve(pending_attributions_[i], refs()));
  auto& relations = x.relations;
  for (std::size_t i = 0; i < pending_relations_.size(); ++i)
    relations.insert(relations.begin() + static_cast<std::ptrdiff_t>(i),
                     resolve(pending_relations_[i], refs()));
}

bool RecordReader::close() {
  if (skipping_ > 0) {
    --skipping_;
    return true;
  }
  Context done = stack_.back();
  stack_.pop_back();
  switch (done) {
    case Context::span:
      end_span();
      break;
    case Context::entity:
      end_entity();
      ++index_;
      break;
    case Context::entities:
      entities_done_ = true;
      refs_.reset();
      break;
    case Context::attribution:
      end_attribution();
      ++index_;
      break;
    case Context::relation:
      end_relation();
      ++index_;
      break;
    case Context::record:
      end_record();
      break;
    default:
      break;
  }
  return true;
}

}  // namespace

StoredArticle parse_extraction_line(std::string_view line) {
  if (auto bad = find_invalid_utf8(line))
    throw std::runtime_error("is not valid UTF-8 (byte " + std::to_string(*bad) + ")");
  // The whole line is checked first, so a line that is not JSON is named so wherever it
  // breaks (the reader below may stop at the first wrong value).
  if (!Json::accept(line)) throw std::runtime_error("is not valid JSON");
  StoredArticle a;
  // What a record's extraction holds is about its length (the evidence texts are most of both):
  // twice that, and 16 MiB for a short line, is room for any record claimgraph writes.
  RecordReader reader(a, 2 * line.size() + (std::size_t{16} << 20));
  Json::sax_parse(line, &reader);
  return a;
}

void read_extraction_lines(std::istream& in, const std::string& name,
                           const std::function<void(StoredArticle&&)>& each,
                           const std::function<void(const InputError&)>& error,
                           std::size_t max_bytes) {
  for_each_line(
      in, {name, name, 1}, max_bytes,
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
