#include "graph/serve/name_index.h"

#include <algorithm>

namespace claimgraph {

namespace {

using Vertex = ClaimGraph::Vertex;

/// True when `found` (a position in `name`) starts a word.
bool word_start(const std::string& name, std::size_t found) {
  return found == 0 || name[found - 1] == ' ';
}

/// Appends `v` unless already there.
void add_once(std::vector<Vertex>& out, Vertex v) {
  if (std::find(out.begin(), out.end(), v) == out.end()) out.push_back(v);
}

/// A name source with no entities to scan for near names, so a look-up answers only exactly.
class ExactOnly : public NameSource {
 public:
  explicit ExactOnly(const NameSource& names) : names_(names) {}
  std::optional<Vertex> find_id(const std::string& id) const override { return names_.find_id(id); }
  NameLevels answering(const std::string& w) const override { return names_.answering(w); }
  std::size_t entity_count() const override { return 0; }
  NameCandidate candidate(Vertex v) const override { return names_.candidate(v); }
  std::size_t mentions(Vertex v) const override { return names_.mentions(v); }
  std::vector<std::string_view> names(Vertex v) const override { return names_.names(v); }

 private:
  const NameSource& names_;
};

}  // namespace

NameIndex::NameIndex(const ClaimGraph& graph) : graph_(graph), degree_(graph.entity_count()) {
  for (Vertex v = 0; v < graph.entity_count(); ++v) {
    const EntityNode& e = graph.entity(v);
    degree_[v] = degree_of(graph, v);
    std::string name = fold_name(e.name);
    add_once(levels_[name][0], v);
    folded_.emplace_back(name, v);
    for (const auto& alias : e.aliases) {
      folded_.emplace_back(fold_name(alias), v);
      add_once(levels_[folded_.back().first][1], v);
    }
    // A person's surname alone, as the CLI's look-up takes it ("hicks").
    auto space = name.rfind(' ');
    if (e.kind == EntityKind::person && space != std::string::npos && space + 1 < name.size())
      add_once(levels_[name.substr(space + 1)][2], v);
  }
  std::stable_sort(folded_.begin(), folded_.end(), [&](const auto& a, const auto& b) {
    return degree_[a.second] > degree_[b.second];
  });
}

EntityLookup NameIndex::find(std::string_view name, bool near) const {
  return near ? find_entity(*this, name) : find_entity(ExactOnly(*this), name);
}

std::vector<Vertex> NameIndex::matching(const std::string& text, std::size_t limit) const {
  std::string wanted = fold_name(text);
  std::vector<Vertex> starts, inside;
  if (wanted.empty()) return starts;
  for (const auto& [name, v] : folded_) {
    if (starts.size() >= limit) break;
    for (std::size_t at = name.find(wanted); at != std::string::npos;
         at = name.find(wanted, at + 1)) {
      if (word_start(name, at)) {
        add_once(starts, v);
        break;
      }
      if (inside.size() < limit) add_once(inside, v);
    }
  }
  for (auto v : inside)
    if (starts.size() < limit) add_once(starts, v);
  return starts;
}

std::optional<Vertex> NameIndex::find_id(const std::string& id) const { return graph_.find_id(id); }

NameLevels NameIndex::answering(const std::string& wanted) const {
  auto it = levels_.find(wanted);
  if (it == levels_.end()) return {};
  NameLevels found = it->second;
  if (wanted.find(' ') != std::string::npos) found[2].clear();  // surnames are one word
  return found;
}

std::size_t NameIndex::entity_count() const { return graph_.entity_count(); }

NameCandidate NameIndex::candidate(Vertex v) const {
  const EntityNode& e = graph_.entity(v);
  return {v, e.name, e.kind, degree_[v]};
}

std::size_t NameIndex::mentions(Vertex v) const { return graph_.entity(v).mentions; }

std::vector<std::string_view> NameIndex::names(Vertex v) const {
  const EntityNode& e = graph_.entity(v);
  std::vector<std::string_view> out{e.name};
  out.insert(out.end(), e.aliases.begin(), e.aliases.end());
  return out;
}

}  // namespace claimgraph
