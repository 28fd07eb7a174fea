#include "graph/query/names.h"

#include <utf8proc.h>

#include <algorithm>
#include <array>
#include <cstdlib>
#include <memory>
#include <tuple>

#include "graph/text/normalize.h"

namespace claimgraph {

namespace {

using Vertex = ClaimGraph::Vertex;

/// The most mentioned of several equal answers wins only with this many times the mentions of
/// the next: "Clinton" is Hillary in a campaign store, but two Bushes of similar weight are asked.
constexpr std::size_t kDominance = 4;

/// At most this many near names are offered.
constexpr std::size_t kMaxSuggestions = 5;

/// The text without combining marks ("é" to "e"), so accents never keep a name apart.
std::string strip_marks(std::string_view s) {
  // ASCII has no marks to strip; most names are ASCII, and utf8proc is comparatively slow.
  if (std::all_of(s.begin(), s.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; }))
    return std::string(s);
  utf8proc_uint8_t* out = nullptr;
  auto len = utf8proc_map(
      reinterpret_cast<const utf8proc_uint8_t*>(s.data()), static_cast<utf8proc_ssize_t>(s.size()),
      &out,
      static_cast<utf8proc_option_t>(UTF8PROC_COMPOSE | UTF8PROC_COMPAT | UTF8PROC_STRIPMARK));
  if (len < 0) return std::string(s);
  std::unique_ptr<utf8proc_uint8_t, decltype(&std::free)> guard(out, &std::free);
  return std::string(reinterpret_cast<char*>(out), static_cast<std::size_t>(len));
}

/// The words of a folded name.
std::vector<std::string_view> words(std::string_view s) {
  std::vector<std::string_view> out;
  for (std::size_t start = 0; start < s.size();) {
    std::size_t end = s.find(' ', start);
    if (end == std::string_view::npos) end = s.size();
    if (end > start) out.push_back(s.substr(start, end - start));
    start = end + 1;
  }
  return out;
}

/// One answer from several: the dominant one, or none with all of them as candidates.
EntityLookup choose(const NameSource& source, std::vector<Vertex> found) {
  EntityLookup result;
  std::sort(found.begin(), found.end(),
            [&](Vertex a, Vertex b) { return source.mentions(a) > source.mentions(b); });
  if (found.size() == 1 || source.mentions(found[0]) >= kDominance * source.mentions(found[1])) {
    result.vertex = found[0];
    return result;
  }
  for (Vertex v : found) result.candidates.push_back(source.candidate(v));
  std::stable_sort(result.candidates.begin(), result.candidates.end(),
                   [](const auto& a, const auto& b) { return a.degree > b.degree; });
  return result;
}

/// Adds the entities answering at levels after `level` to an ambiguous name's candidates: who
/// types "Trump" where two entities are named so may mean the one with "Trump" as alias.
void add_later_levels(const NameSource& source, const NameLevels& levels, std::size_t level,
                      std::vector<NameCandidate>& candidates) {
  for (std::size_t later = level + 1; later < levels.size(); ++later)
    for (Vertex v : levels[later])
      if (std::none_of(candidates.begin(), candidates.end(),
                       [&](const NameCandidate& c) { return c.vertex == v; }))
        candidates.push_back(source.candidate(v));
  std::stable_sort(candidates.begin(), candidates.end(),
                   [](const auto& a, const auto& b) { return a.degree > b.degree; });
}

/// How far `name` is from `wanted` as a typo: of the whole name, of the surname, or of a
/// word the name contains; SIZE_MAX when too far to suggest.
std::size_t nearness(std::string_view name, std::string_view wanted, bool person) {
  std::size_t best = SIZE_MAX;
  // Two typos in any name of five letters or more; one in shorter ones, which have many
  // neighbours at distance two.
  std::size_t limit = wanted.size() < 5 ? 1 : std::max<std::size_t>(2, wanted.size() / 4);
  std::size_t whole = edit_distance(name, wanted);
  if (whole <= limit) best = whole;
  auto nw = words(name), ww = words(wanted);
  if (nw.empty() || ww.empty()) return best;
  // "Ryabkof": a person's surname typed alone or with a first name of the same initial.
  bool first_fits = ww.size() == 1 || ww.front()[0] == nw.front()[0];
  std::size_t surname = edit_distance(nw.back(), ww.back());
  if (person && nw.size() > 1 && ww.back().size() >= 4 && first_fits &&
      surname <= std::max<std::size_t>(1, ww.back().size() / 4))
    best = std::min(best, surname + (ww.size() == 1 ? 1 : 0));
  // "Hope": a whole word of the name, not any substring ("ti" is in many names).
  if (ww.size() == 1 && ww[0].size() >= 3 && std::find(nw.begin(), nw.end(), ww[0]) != nw.end())
    best = std::min<std::size_t>(best, 2);
  return best;
}

/// The near names of an unknown name: closest first, then most relations, then by name.
std::vector<NameCandidate> suggestions(const NameSource& source, const std::string& wanted) {
  std::vector<std::pair<std::size_t, NameCandidate>> scored;
  for (Vertex v = 0; v < source.entity_count(); ++v) {
    NameCandidate c = source.candidate(v);
    bool person = c.kind == EntityKind::person;
    std::size_t d = SIZE_MAX;
    for (std::string_view n : source.names(v))
      d = std::min(d, nearness(fold_name(n), wanted, person));
    if (d != SIZE_MAX) scored.emplace_back(d, std::move(c));
  }
  std::sort(scored.begin(), scored.end(), [](const auto& a, const auto& b) {
    return std::tie(a.first, b.second.degree, a.second.name, a.second.vertex) <
           std::tie(b.first, a.second.degree, b.second.name, b.second.vertex);
  });
  std::vector<NameCandidate> out;
  for (std::size_t i = 0; i < scored.size() && i < kMaxSuggestions; ++i)
    out.push_back(scored[i].second);
  return out;
}

/// The names of a whole graph, scanned.
class GraphNames : public NameSource {
 public:
  explicit GraphNames(const ClaimGraph& graph) : graph_(graph) {}
  std::optional<Vertex> find_id(const std::string& id) const override { return graph_.find_id(id); }
  NameLevels answering(const std::string& wanted) const override {
    // One pass, each name folded once, as folding is the cost of a look-up in a large graph.
    NameLevels found;
    bool one_word = wanted.find(' ') == std::string::npos;
    for (Vertex v = 0; v < graph_.entity_count(); ++v) {
      const EntityNode& e = graph_.entity(v);
      std::string name = fold_name(e.name);
      if (name == wanted) found[0].push_back(v);
      if (std::any_of(e.aliases.begin(), e.aliases.end(),
                      [&](const std::string& a) { return fold_name(a) == wanted; }))
        found[1].push_back(v);
      auto w = words(name);
      if (one_word && e.kind == EntityKind::person && w.size() > 1 && w.back() == wanted)
        found[2].push_back(v);
    }
    return found;
  }
  std::size_t entity_count() const override { return graph_.entity_count(); }
  NameCandidate candidate(Vertex v) const override {
    const EntityNode& e = graph_.entity(v);
    return {v, e.name, e.kind, degree_of(graph_, v)};
  }
  std::size_t mentions(Vertex v) const override { return graph_.entity(v).mentions; }
  std::vector<std::string_view> names(Vertex v) const override {
    const EntityNode& e = graph_.entity(v);
    std::vector<std::string_view> out{e.name};
    out.insert(out.end(), e.aliases.begin(), e.aliases.end());
    return out;
  }

 private:
  const ClaimGraph& graph_;
};

}  // namespace

std::string fold_name(std::string_view name) { return normalize_name(strip_marks(name)); }

std::size_t degree_of(const ClaimGraph& graph, Vertex v) {
  return boost::in_degree(v, graph.graph()) + boost::out_degree(v, graph.graph());
}

EntityLookup find_entity(const NameSource& source, std::string_view name) {
  if (auto v = source.find_id(std::string(name))) return {v, {}, {}};
  std::string wanted = fold_name(name);
  NameLevels levels = source.answering(wanted);
  for (std::size_t level = 0; level < levels.size(); ++level) {
    if (levels[level].empty()) continue;
    EntityLookup chosen = choose(source, levels[level]);
    if (!chosen.vertex) add_later_levels(source, levels, level, chosen.candidates);
    return chosen;
  }
  EntityLookup result;
  result.suggestions = suggestions(source, wanted);
  return result;
}

EntityLookup find_entity(const ClaimGraph& graph, std::string_view name) {
  return find_entity(GraphNames(graph), name);
}

}  // namespace claimgraph
