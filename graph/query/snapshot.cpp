#include "graph/query/snapshot.h"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cstring>
#include <fstream>
#include <stdexcept>
#include <unordered_map>

#include "graph/io/atomic_file.h"
#include "graph/query/aggregate.h"
#include "graph/text/normalize.h"

namespace claimgraph {

namespace {

using Vertex = ClaimGraph::Vertex;

/// The first bytes of a snapshot; the digit is the format's version.
constexpr char kMagic[8] = {'C', 'G', 'G', 'R', 'A', 'P', 'H', '4'};

/// The arrays of a snapshot, in file order.
enum Section : std::uint32_t {
  kKey,                ///< chars: what the snapshot was made from
  kStrings,            ///< chars: every string, end to end
  kStringFirst,        ///< u64 per string, and one past the last: where it starts
  kEntities,           ///< SavedEntity per vertex
  kAliases,            ///< u32 string per alias
  kRelations,          ///< SavedRelation per relation, in graph order
  kEdges,              ///< SavedEdge per aggregated edge, in aggregate() order
  kEdgeRelationFirst,  ///< u32 per edge and one more: its first relation in kEdgeRelations
  kEdgeRelations,      ///< u32 relations of each edge, in graph order
  kIncidentFirst,      ///< u32 per vertex and one more: its first edge in kIncident
  kIncident,           ///< u32 edges of each vertex, as AggregateGraph::incident
  kLinkFirst,          ///< the four arrays of the unweighted Links::Rows
  kLinkTo,
  kLinkEdgeFirst,
  kLinkEdges,
  kNameKeys,            ///< NameKey, sorted by folded name, level, vertex
  kIds,                 ///< u32 vertices sorted by entity id
  kEntityArticleFirst,  ///< u32 per vertex and one more: its first article in kEntityArticles
  kEntityArticles,      ///< u32 string per article mentioning an entity, in the graph's order
  kPublications,        ///< SavedPublication per outlet and date, by outlet then date
  kSectionCount
};

/// An entity as saved: strings are indices into the string table.
struct SavedEntity {
  std::uint32_t id, name, alias_first, alias_end, kind, degree;
  std::uint64_t mentions;
};

/// A relation as saved; entity ids and texts are string indices.
struct SavedRelation {
  std::uint32_t source, target, claimant, outlet, article_outlet, date, article, text, cue_text;
  std::uint32_t span_start, span_end, cue_start, cue_end;
  std::uint8_t kind, stance, unused[2];
  double confidence;
};

/// The articles and relations of an outlet on a date; outlet and date are strings.
struct SavedPublication {
  std::uint32_t outlet, date, articles;
  std::uint32_t relations[std::size(kAllRelationKinds)];
};

/// An aggregated edge as saved.
struct SavedEdge {
  std::uint32_t source, target;
  std::uint8_t kind, stances, unused[2];
  std::uint32_t articles, outlets, claimants;
  std::uint32_t first_date, last_date;  ///< strings; empty when no article has a date
};

/// One way to name a vertex: a folded name (level 0), alias (1) or surname (2).
struct NameKey {
  std::uint32_t key, vertex, level;
};

/// A section's place in the file.
struct SectionPlace {
  std::uint64_t offset, bytes;
};

/// Strings as saved: each kept once when interned, end to end.
class StringTable {
 public:
  /// The index of `s`, added once however often it comes.
  std::uint32_t intern(const std::string& s) {
    auto [it, added] = index_.try_emplace(s, 0);
    if (added) it->second = add(s);
    return it->second;
  }
  /// The index of `s`, added as a new string (evidence texts, which rarely repeat).
  std::uint32_t add(std::string_view s) {
    if (first_.size() > UINT32_MAX) throw std::length_error("graph too large to save");
    first_.push_back(chars_.size());
    chars_.append(s);
    return static_cast<std::uint32_t>(first_.size() - 1);
  }
  const std::string& chars() const { return chars_; }
  /// Where each string starts, and where the last ends.
  std::vector<std::uint64_t> first() const {
    std::vector<std::uint64_t> out = first_;
    out.push_back(chars_.size());
    return out;
  }

 private:
  std::string chars_;
  std::vector<std::uint64_t> first_;
  std::unordered_map<std::string, std::uint32_t> index_;
};

/// The bytes of an array.
template <typename T>
std::string_view bytes_of(const std::vector<T>& v) {
  return {reinterpret_cast<const char*>(v.data()), v.size() * sizeof(T)};
}

/// The bytes of a span.
template <typename T>
std::string_view bytes_of(std::span<const T> v) {
  return {reinterpret_cast<const char*>(v.data()), v.size() * sizeof(T)};
}

/// `n` as a u32 index.
std::uint32_t u32(std::size_t n) {
  if (n > UINT32_MAX) throw std::length_error("graph too large to save (over 2^32 items)");
  return static_cast<std::uint32_t>(n);
}

/// Everything a snapshot holds, gathered before writing.
struct SnapshotWriter {
  explicit SnapshotWriter(const ClaimGraph& g) : graph(g) {}
  const ClaimGraph& graph;
  StringTable strings;
  std::vector<SavedEntity> entities;
  std::vector<std::uint32_t> aliases;
  std::vector<SavedRelation> relations;
  std::vector<SavedEdge> edges;
  std::vector<std::uint32_t> edge_relation_first, edge_relations, incident_first, incident;
  std::vector<NameKey> name_keys;
  std::vector<std::uint32_t> ids;
  std::vector<std::uint32_t> article_first, articles;
  std::vector<SavedPublication> publications;

  /// The entities and their name keys.
  void add_entities() {
    for (Vertex v = 0; v < graph.entity_count(); ++v) {
      const EntityNode& e = graph.entity(v);
      SavedEntity s{strings.intern(e.id),
                    strings.intern(e.name),
                    u32(aliases.size()),
                    0,
                    static_cast<std::uint32_t>(e.kind),
                    u32(degree_of(graph, v)),
                    e.mentions};
      for (const auto& a : e.aliases) aliases.push_back(strings.intern(a));
      s.alias_end = u32(aliases.size());
      article_first.push_back(u32(articles.size()));
      for (const auto& a : e.articles) articles.push_back(strings.intern(a));
      entities.push_back(s);
      add_name_keys(v, e);
      ids.push_back(u32(v));
    }
    article_first.push_back(u32(articles.size()));
    std::sort(ids.begin(), ids.end(),
              [&](auto a, auto b) { return graph.entity(a).id < graph.entity(b).id; });
  }

  /// The articles of the tally and the graph's relations per publishing outlet and date.
  void add_publications(const ArticleTally& tally) {
    std::map<std::pair<std::string, std::string>, SavedPublication> rows;
    for (const auto& [publication, n] : tally) rows[publication].articles = u32(n);
    for (auto [it, end] = boost::edges(graph.graph()); it != end; ++it) {
      const RelationEdge& r = graph.relation(*it);
      ++rows[{r.article_outlet, r.date}].relations[static_cast<std::size_t>(r.kind)];
    }
    for (auto& [publication, row] : rows) {
      row.outlet = strings.intern(publication.first);
      row.date = strings.intern(publication.second);
      publications.push_back(row);
    }
  }

  /// The folded name, aliases and (a person's) surname `v` answers to, as names.cpp reads them.
  void add_name_keys(Vertex v, const EntityNode& e) {
    std::string name = fold_name(e.name);
    name_keys.push_back({strings.intern(name), u32(v), 0});
    for (const auto& a : e.aliases) name_keys.push_back({strings.intern(fold_name(a)), u32(v), 1});
    std::vector<std::string> words = name_words(name);
    if (e.kind == EntityKind::person && words.size() > 1)
      name_keys.push_back({strings.intern(words.back()), u32(v), 2});
  }

  /// Every relation with its evidence, in graph order; `index` gets each edge's position.
  void add_relations(
      std::unordered_map<ClaimGraph::Edge, std::uint32_t, boost::hash<ClaimGraph::Edge>>& index) {
    for (auto [it, end] = boost::edges(graph.graph()); it != end; ++it) {
      const RelationEdge& r = graph.relation(*it);
      index.emplace(*it, u32(relations.size()));
      relations.push_back({u32(boost::source(*it, graph.graph())),
                           u32(boost::target(*it, graph.graph())),
                           strings.intern(r.claimant),
                           strings.intern(r.outlet),
                           strings.intern(r.article_outlet),
                           strings.intern(r.date),
                           strings.intern(r.evidence.article),
                           strings.add(r.evidence.text),
                           strings.intern(r.evidence.cue_text),
                           r.evidence.span.start,
                           r.evidence.span.end,
                           r.evidence.cue.start,
                           r.evidence.cue.end,
                           static_cast<std::uint8_t>(r.kind),
                           static_cast<std::uint8_t>(r.stance),
                           {0, 0},
                           r.confidence});
    }
  }

  /// The aggregated edges with their relations, and each vertex's edges.
  void add_edges(const AggregateGraph& aggregated) {
    std::unordered_map<ClaimGraph::Edge, std::uint32_t, boost::hash<ClaimGraph::Edge>> index;
    add_relations(index);
    for (const AggregateEdge& e : aggregated.edges) {
      std::uint8_t stances = 0;
      for (Stance s : e.stances) stances |= static_cast<std::uint8_t>(1u << static_cast<int>(s));
      edges.push_back({u32(e.source),
                       u32(e.target),
                       static_cast<std::uint8_t>(e.kind),
                       stances,
                       {0, 0},
                       u32(e.support.articles),
                       u32(e.support.outlets),
                       u32(e.support.claimants),
                       strings.intern(e.first_date),
                       strings.intern(e.last_date)});
      edge_relation_first.push_back(u32(edge_relations.size()));
      for (auto r : e.relations) edge_relations.push_back(index.at(r));
    }
    edge_relation_first.push_back(u32(edge_relations.size()));
    for (const auto& list : aggregated.incident) {
      incident_first.push_back(u32(incident.size()));
      for (std::size_t e : list) incident.push_back(u32(e));
    }
    incident_first.push_back(u32(incident.size()));
  }

  /// Sorts the name keys by folded name, level and vertex, without repeats.
  void sort_name_keys() {
    auto text = [&](const NameKey& k) { return key_text(k.key); };
    std::sort(name_keys.begin(), name_keys.end(), [&](const NameKey& a, const NameKey& b) {
      return std::make_tuple(text(a), a.level, a.vertex) <
             std::make_tuple(text(b), b.level, b.vertex);
    });
    name_keys.erase(std::unique(name_keys.begin(), name_keys.end(),
                                [](const NameKey& a, const NameKey& b) {
                                  return a.key == b.key && a.level == b.level &&
                                         a.vertex == b.vertex;
                                }),
                    name_keys.end());
  }

  /// The text of string `i`, while the table is still being filled.
  std::string_view key_text(std::uint32_t i) const { return key_texts[i]; }
  std::vector<std::string_view> key_texts;
};

/// Drops the bytes [first, end) of the file at `path` from the page cache. Written, they sit
/// there in large folios, which the kernel maps into a reader whole (up to 2 MB for one quote
/// read), so a query's footprint would grow with the file; read back page by page
/// (read_sparsely), it does not.
void forget_pages(const std::string& path, std::uint64_t first, std::uint64_t end) {
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return;
  posix_fadvise(fd, static_cast<off_t>(first), static_cast<off_t>(end - first),
                POSIX_FADV_DONTNEED);
  ::close(fd);
}

/// Tells the kernel that the bytes [at, at + size) of a mapping are read here and there: no
/// read-ahead, so each page comes in alone rather than in a large folio.
void read_sparsely(const char* at, std::size_t size) {
  auto page = static_cast<std::uintptr_t>(sysconf(_SC_PAGESIZE));
  auto first = (reinterpret_cast<std::uintptr_t>(at) + page - 1) / page * page;
  auto end = (reinterpret_cast<std::uintptr_t>(at) + size) / page * page;
  if (end > first) madvise(reinterpret_cast<void*>(first), end - first, MADV_RANDOM);
}

/// Writes the sections after a header listing where each sits, eight-byte aligned; returns
/// those places.
std::vector<SectionPlace> write_sections(std::ostream& out,
                                         const std::vector<std::string_view>& sections) {
  std::vector<SectionPlace> places;
  std::uint64_t at = sizeof kMagic + sizeof(std::uint64_t) + sections.size() * sizeof(SectionPlace);
  for (auto s : sections) {
    at = (at + 7) / 8 * 8;
    places.push_back({at, s.size()});
    at += s.size();
  }
  std::uint64_t count = sections.size();
  out.write(kMagic, sizeof kMagic);
  out.write(reinterpret_cast<const char*>(&count), sizeof count);
  out.write(reinterpret_cast<const char*>(places.data()),
            static_cast<std::streamsize>(places.size() * sizeof(SectionPlace)));
  std::uint64_t written = sizeof kMagic + sizeof count + places.size() * sizeof(SectionPlace);
  static const char zeros[8] = {};
  for (std::size_t i = 0; i < sections.size(); ++i) {
    out.write(zeros, static_cast<std::streamsize>(places[i].offset - written));
    out.write(sections[i].data(), static_cast<std::streamsize>(sections[i].size()));
    written = places[i].offset + sections[i].size();
  }
  return places;
}

}  // namespace

/// The mapped file and typed views of its sections.
struct GraphSnapshot::Mapping {
  const char* data = nullptr;
  std::size_t size = 0;
  std::string_view strings;
  std::span<const std::uint64_t> string_first;
  std::span<const SavedEntity> entities;
  std::span<const std::uint32_t> aliases;
  std::span<const SavedRelation> relations;
  std::span<const SavedEdge> edges;
  std::span<const std::uint32_t> edge_relation_first, edge_relations, incident_first, incident;
  std::span<const NameKey> name_keys;
  std::span<const std::uint32_t> ids;
  std::span<const std::uint32_t> article_first, articles;
  std::span<const SavedPublication> publications;
  Links links;

  ~Mapping() {
    if (data) munmap(const_cast<char*>(data), size);
  }

  /// String `i`; a damaged index throws rather than reading outside the file.
  std::string_view string(std::uint32_t index) const {
    std::size_t i = index;  // widened first: index + 1 in 32 bits wraps 2^32 - 1 to 0
    if (i + 1 >= string_first.size() || string_first[i] > string_first[i + 1] ||
        string_first[i + 1] > strings.size())
      throw std::runtime_error("graph snapshot damaged: bad string index");
    return strings.substr(string_first[i], string_first[i + 1] - string_first[i]);
  }
  /// Row `i` of `items` as `first` delimits it, checked to lie inside them.
  static std::span<const std::uint32_t> row(std::span<const std::uint32_t> first,
                                            std::span<const std::uint32_t> items, std::size_t i) {
    if (i + 1 >= first.size() || first[i] > first[i + 1] || first[i + 1] > items.size())
      throw std::runtime_error("graph snapshot damaged: bad row");
    return items.subspan(first[i], first[i + 1] - first[i]);
  }
  /// Aggregated edge `e`, checked.
  const SavedEdge& edge(std::size_t e) const {
    if (e >= edges.size() || edges[e].source >= entities.size() ||
        edges[e].target >= entities.size() ||
        edges[e].kind > static_cast<std::uint8_t>(RelationKind::affiliation))
      throw std::runtime_error("graph snapshot damaged: bad edge");
    return edges[e];
  }
  /// Entity `v`, checked.
  const SavedEntity& entity(std::size_t v) const {
    if (v >= entities.size() || entities[v].kind > static_cast<std::uint32_t>(EntityKind::group))
      throw std::runtime_error("graph snapshot damaged: bad entity");
    return entities[v];
  }
  /// Relation `r`, checked.
  const SavedRelation& relation(std::size_t r) const {
    if (r >= relations.size()) throw std::runtime_error("graph snapshot damaged: bad relation");
    const SavedRelation& s = relations[r];
    if (s.source >= entities.size() || s.target >= entities.size() ||
        s.kind > static_cast<std::uint8_t>(RelationKind::affiliation) ||
        s.stance > static_cast<std::uint8_t>(Stance::denied))
      throw std::runtime_error("graph snapshot damaged: bad relation");
    return s;
  }
};

void save_snapshot(const ClaimGraph& graph, const std::string& key, const std::string& path,
                   const ArticleTally& articles) {
  AggregateGraph aggregated = aggregate(graph);
  Links links = links_of(aggregated, false);
  SnapshotWriter w(graph);
  w.add_entities();
  w.add_edges(aggregated);
  w.add_publications(articles);
  std::vector<std::uint64_t> first = w.strings.first();
  for (std::size_t i = 0; i + 1 < first.size(); ++i)
    w.key_texts.push_back(
        std::string_view(w.strings.chars()).substr(first[i], first[i + 1] - first[i]));
  w.sort_name_keys();
  const Links::Rows& rows = links.rows();
  AtomicFile file(path);
  std::vector<SectionPlace> places = write_sections(file.stream(), {key,
                                                                    w.strings.chars(),
                                                                    bytes_of(first),
                                                                    bytes_of(w.entities),
                                                                    bytes_of(w.aliases),
                                                                    bytes_of(w.relations),
                                                                    bytes_of(w.edges),
                                                                    bytes_of(w.edge_relation_first),
                                                                    bytes_of(w.edge_relations),
                                                                    bytes_of(w.incident_first),
                                                                    bytes_of(w.incident),
                                                                    bytes_of(rows.first),
                                                                    bytes_of(rows.to),
                                                                    bytes_of(rows.edge_first),
                                                                    bytes_of(rows.edges),
                                                                    bytes_of(w.name_keys),
                                                                    bytes_of(w.ids),
                                                                    bytes_of(w.article_first),
                                                                    bytes_of(w.articles),
                                                                    bytes_of(w.publications)});
  file.commit();
  // The texts are most of the file and read a few at a time; the rest is read densely
  // (searches, rankings) and is best left cached.
  forget_pages(path, places[kStrings].offset,
               places[kStringFirst].offset + places[kStringFirst].bytes);
}

namespace {

/// The sections of a mapped file, each checked to lie inside it and to hold whole items.
class SectionReader {
 public:
  SectionReader(const char* data, std::size_t size) : data_(data) {
    std::uint64_t count = 0;
    if (size < sizeof kMagic + sizeof count || std::memcmp(data, kMagic, sizeof kMagic) != 0)
      return;
    std::memcpy(&count, data + sizeof kMagic, sizeof count);
    if (count != kSectionCount ||
        size < sizeof kMagic + sizeof count + count * sizeof(SectionPlace))
      return;
    places_.resize(count);
    std::memcpy(places_.data(), data + sizeof kMagic + sizeof count, count * sizeof(SectionPlace));
    valid_ = std::all_of(places_.begin(), places_.end(), [&](const SectionPlace& p) {
      return p.offset % 8 == 0 && p.offset <= size && p.bytes <= size - p.offset;
    });
  }
  bool valid() const { return valid_; }

  /// Section `s` as items of T; throws when its size is not a whole number of them.
  template <typename T>
  std::span<const T> array(Section s) const {
    const SectionPlace& p = places_[s];
    if (p.bytes % sizeof(T)) throw std::runtime_error("graph snapshot damaged: bad section size");
    return {reinterpret_cast<const T*>(data_ + p.offset), p.bytes / sizeof(T)};
  }
  std::string_view chars(Section s) const { return {data_ + places_[s].offset, places_[s].bytes}; }

 private:
  const char* data_;
  std::vector<SectionPlace> places_;
  bool valid_ = false;
};

/// True when `first` rises from 0 to `end` and every item of `items` is below `limit`: rows a
/// search can follow without reading outside their arrays.
bool sound_rows(std::span<const std::uint32_t> first, std::size_t end,
                std::span<const std::uint32_t> items, std::size_t limit) {
  if (first.empty() || first.front() != 0 || first.back() != end || items.size() != end)
    return false;
  for (std::size_t i = 0; i + 1 < first.size(); ++i)
    if (first[i] > first[i + 1]) return false;
  return std::all_of(items.begin(), items.end(), [&](std::uint32_t x) { return x < limit; });
}

/// The names of a saved graph, looked up in its index.
class SnapshotNames : public NameSource {
 public:
  explicit SnapshotNames(const GraphSnapshot::Mapping& map) : map_(map) {}
  std::optional<Vertex> find_id(const std::string& id) const override {
    auto it = std::lower_bound(
        map_.ids.begin(), map_.ids.end(), id,
        [&](std::uint32_t v, const std::string& s) { return map_.string(map_.entity(v).id) < s; });
    if (it == map_.ids.end() || map_.string(map_.entity(*it).id) != id) return std::nullopt;
    return *it;
  }
  NameLevels answering(const std::string& wanted) const override {
    NameLevels found;
    auto [lo, hi] =
        std::equal_range(map_.name_keys.begin(), map_.name_keys.end(), wanted, Compare{map_});
    for (auto it = lo; it != hi; ++it)
      if (it->level < found.size() && it->vertex < map_.entities.size())
        found[it->level].push_back(it->vertex);
    return found;
  }
  std::size_t entity_count() const override { return map_.entities.size(); }
  NameCandidate candidate(Vertex v) const override {
    const SavedEntity& e = map_.entity(v);
    return {v, std::string(map_.string(e.name)), static_cast<EntityKind>(e.kind), e.degree};
  }
  std::size_t mentions(Vertex v) const override { return map_.entity(v).mentions; }
  std::vector<std::string_view> names(Vertex v) const override {
    const SavedEntity& e = map_.entity(v);
    std::vector<std::string_view> out{map_.string(e.name)};
    for (std::uint32_t a = e.alias_first; a < e.alias_end && a < map_.aliases.size(); ++a)
      out.push_back(map_.string(map_.aliases[a]));
    return out;
  }

 private:
  /// Orders name keys and a wanted name by the folded text.
  struct Compare {
    const GraphSnapshot::Mapping& map;
    bool operator()(const NameKey& k, const std::string& s) const { return map.string(k.key) < s; }
    bool operator()(const std::string& s, const NameKey& k) const { return s < map.string(k.key); }
  };
  const GraphSnapshot::Mapping& map_;
};

}  // namespace

std::optional<GraphSnapshot> GraphSnapshot::open(const std::string& path, const std::string& key) {
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return std::nullopt;
  struct stat st {};
  if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode) || st.st_size == 0) {
    ::close(fd);
    return std::nullopt;
  }
  void* data = mmap(nullptr, static_cast<std::size_t>(st.st_size), PROT_READ, MAP_PRIVATE, fd, 0);
  ::close(fd);
  if (data == MAP_FAILED) return std::nullopt;
  auto map = std::make_shared<Mapping>();
  map->data = static_cast<const char*>(data);
  map->size = static_cast<std::size_t>(st.st_size);
  SectionReader r(map->data, map->size);
  if (!r.valid() || r.chars(kKey) != key) return std::nullopt;
  try {
    map->strings = r.chars(kStrings);
    map->string_first = r.array<std::uint64_t>(kStringFirst);
    map->entities = r.array<SavedEntity>(kEntities);
    map->aliases = r.array<std::uint32_t>(kAliases);
    map->relations = r.array<SavedRelation>(kRelations);
    map->edges = r.array<SavedEdge>(kEdges);
    map->edge_relation_first = r.array<std::uint32_t>(kEdgeRelationFirst);
    map->edge_relations = r.array<std::uint32_t>(kEdgeRelations);
    map->incident_first = r.array<std::uint32_t>(kIncidentFirst);
    map->incident = r.array<std::uint32_t>(kIncident);
    map->name_keys = r.array<NameKey>(kNameKeys);
    map->ids = r.array<std::uint32_t>(kIds);
    map->article_first = r.array<std::uint32_t>(kEntityArticleFirst);
    map->articles = r.array<std::uint32_t>(kEntityArticles);
    map->publications = r.array<SavedPublication>(kPublications);
    Links::Rows rows{r.array<std::uint32_t>(kLinkFirst),
                     r.array<std::uint32_t>(kLinkTo),
                     r.array<std::uint32_t>(kLinkEdgeFirst),
                     r.array<std::uint32_t>(kLinkEdges),
                     {}};
    std::size_t n = map->entities.size(), edges = map->edges.size();
    // What searches follow without further checks is checked here once: every row in range.
    // The link rows, which searches follow without further checks, are checked here once;
    // the rest (a hundred times the size) as each item is read, so opening reads little.
    bool sound = rows.first.size() == n + 1 && sound_rows(rows.first, rows.to.size(), rows.to, n) &&
                 sound_rows(rows.edge_first, rows.edges.size(), rows.edges, edges) &&
                 map->incident_first.size() == n + 1 && map->article_first.size() == n + 1 &&
                 map->edge_relation_first.size() == edges + 1;
    if (!sound) return std::nullopt;
    map->links = Links(rows, nullptr);
    // Searches and rankings read the links and relations densely; answers read the texts
    // (most of the file) a few at a time.
    for (Section sparse : {kStrings, kStringFirst})
      read_sparsely(r.chars(sparse).data(), r.chars(sparse).size());
  } catch (const std::runtime_error&) {
    return std::nullopt;
  }
  return GraphSnapshot(std::move(map));
}

GraphSnapshot::GraphSnapshot(std::shared_ptr<const Mapping> mapping) : map_(std::move(mapping)) {}

std::size_t GraphSnapshot::entity_count() const { return map_->entities.size(); }
std::size_t GraphSnapshot::relation_count() const { return map_->relations.size(); }
std::size_t GraphSnapshot::edge_count() const { return map_->edges.size(); }
const Links& GraphSnapshot::links() const { return map_->links; }

std::vector<Publication> GraphSnapshot::publications() const {
  std::vector<Publication> out;
  for (const SavedPublication& p : map_->publications) {
    Publication row{map_->string(p.outlet), map_->string(p.date), p.articles, {}};
    std::copy(std::begin(p.relations), std::end(p.relations), row.relations.begin());
    out.push_back(row);
  }
  return out;
}

Links GraphSnapshot::weighted_links() const {
  std::vector<std::uint32_t> corroboration;
  corroboration.reserve(map_->edges.size());
  for (const SavedEdge& e : map_->edges) corroboration.push_back(e.articles + e.outlets);
  return claimgraph::weighted_links(map_->links, corroboration);
}

SnapshotEdge GraphSnapshot::edge(std::size_t e) const {
  const SavedEdge& s = map_->edge(e);
  return {s.source,  s.target,   static_cast<RelationKind>(s.kind), s.stances, s.articles,
          s.outlets, s.claimants};
}

std::span<const std::uint32_t> GraphSnapshot::incident(Vertex v) const {
  return Mapping::row(map_->incident_first, map_->incident, v);
}

std::pair<std::string_view, std::string_view> GraphSnapshot::edge_dates(std::size_t e) const {
  const SavedEdge& s = map_->edge(e);
  return {map_->string(s.first_date), map_->string(s.last_date)};
}

std::string_view GraphSnapshot::name(Vertex v) const { return map_->string(map_->entity(v).name); }

std::string_view GraphSnapshot::id(Vertex v) const { return map_->string(map_->entity(v).id); }

EntityKind GraphSnapshot::kind(Vertex v) const {
  return static_cast<EntityKind>(map_->entity(v).kind);
}

std::string_view GraphSnapshot::claimant(std::uint32_t r) const {
  return map_->string(map_->relation(r).claimant);
}

std::optional<Vertex> GraphSnapshot::find_id(std::string_view id) const {
  return SnapshotNames(*map_).find_id(std::string(id));
}

std::span<const std::uint32_t> GraphSnapshot::edge_relations(std::size_t e) const {
  return Mapping::row(map_->edge_relation_first, map_->edge_relations, e);
}

RelationFacts GraphSnapshot::facts(std::uint32_t r) const {
  const SavedRelation& s = map_->relation(r);
  return {s.source,
          s.target,
          s.claimant,
          s.article,
          static_cast<RelationKind>(s.kind),
          static_cast<Stance>(s.stance)};
}

EntityLookup GraphSnapshot::find(std::string_view name) const {
  return find_entity(SnapshotNames(*map_), name);
}

Vertex GraphPart::vertex_of(Vertex v) const {
  return static_cast<Vertex>(std::lower_bound(whole.begin(), whole.end(), v) - whole.begin());
}

std::optional<ClaimGraph::Edge> GraphPart::edge_of(std::uint32_t r) const {
  auto it = std::lower_bound(relations.begin(), relations.end(), r);
  if (it == relations.end() || *it != r) return std::nullopt;
  return edges[static_cast<std::size_t>(it - relations.begin())];
}

namespace {

/// Entity `v` of a saved graph as the graph holds it (without its article list).
EntityNode entity_node(const GraphSnapshot::Mapping& map, Vertex v, bool articles) {
  const SavedEntity& e = map.entity(v);
  EntityNode node{std::string(map.string(e.id)),
                  std::string(map.string(e.name)),
                  static_cast<EntityKind>(e.kind),
                  {},
                  {},
                  e.mentions,
                  {},
                  {}};
  for (std::uint32_t a = e.alias_first; a < e.alias_end && a < map.aliases.size(); ++a)
    node.aliases.emplace_back(map.string(map.aliases[a]));
  if (articles)
    for (std::uint32_t a : GraphSnapshot::Mapping::row(map.article_first, map.articles, v))
      node.articles.emplace_back(map.string(a));
  return node;
}

/// Relation `r` of a saved graph as the graph holds it.
RelationEdge relation_edge(const GraphSnapshot::Mapping& map, const SavedRelation& r) {
  RelationEdge edge;
  edge.kind = static_cast<RelationKind>(r.kind);
  edge.stance = static_cast<Stance>(r.stance);
  edge.claimant = map.string(r.claimant);
  edge.outlet = map.string(r.outlet);
  edge.article_outlet = map.string(r.article_outlet);
  edge.date = map.string(r.date);
  edge.evidence = {std::string(map.string(r.article)),
                   {r.span_start, r.span_end},
                   std::string(map.string(r.text)),
                   {r.cue_start, r.cue_end},
                   std::string(map.string(r.cue_text))};
  edge.confidence = r.confidence;
  return edge;
}

}  // namespace

std::unique_ptr<GraphPart> GraphSnapshot::part(std::vector<Vertex> vertices,
                                               std::vector<std::uint32_t> relations,
                                               bool articles) const {
  const Mapping& map = *map_;
  std::sort(relations.begin(), relations.end());
  relations.erase(std::unique(relations.begin(), relations.end()), relations.end());
  SnapshotNames names(map);
  // The same few claimants back many relations: each id is looked up once.
  std::unordered_map<std::uint32_t, std::optional<Vertex>> entity_of;
  for (std::uint32_t r : relations) {
    const SavedRelation& s = map.relation(r);
    vertices.push_back(s.source);
    vertices.push_back(s.target);
    // Claimants and outlets are shown by name, so their entities come along.
    for (std::uint32_t id : {s.claimant, s.outlet}) {
      auto [it, added] = entity_of.try_emplace(id);
      if (added && !map.string(id).empty()) it->second = names.find_id(std::string(map.string(id)));
      if (it->second) vertices.push_back(*it->second);
    }
  }
  std::sort(vertices.begin(), vertices.end());
  vertices.erase(std::unique(vertices.begin(), vertices.end()), vertices.end());
  auto part = std::make_unique<GraphPart>();
  part->whole = vertices;
  for (Vertex v : vertices) part->graph.add_entity(entity_node(map, v, articles));
  for (std::uint32_t r : relations) {
    const SavedRelation& s = map.relation(r);
    part->edges.push_back(part->graph.add_relation(
        part->vertex_of(s.source), part->vertex_of(s.target), relation_edge(map, s)));
  }
  part->relations = std::move(relations);
  return part;
}

std::string snapshot_key(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::uint64_t count = 0;
  char magic[sizeof kMagic] = {};
  SectionPlace key{};
  if (!in.read(magic, sizeof magic) || std::memcmp(magic, kMagic, sizeof kMagic) != 0 ||
      !in.read(reinterpret_cast<char*>(&count), sizeof count) || count != kSectionCount ||
      !in.read(reinterpret_cast<char*>(&key), sizeof key) || key.bytes > (1u << 20))
    return {};
  std::string text(key.bytes, '\0');
  in.seekg(static_cast<std::streamoff>(key.offset));
  return in.read(text.data(), static_cast<std::streamsize>(text.size())) ? text : std::string();
}

std::string snapshot_path(const std::string& store) { return store + ".graph"; }

}  // namespace claimgraph
