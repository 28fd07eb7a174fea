#include "graph/serve/name_index.h"

#include <algorithm>

#include "graph/query/names.h"

namespace claimgraph {

namespace {

/// True when `found` (a position in `name`) starts a word.
bool word_start(const std::string& name, std::size_t found) {
  return found == 0 || name[found - 1] == ' ';
}

/// Appends `v` unless already there.
void add_once(std::vector<ClaimGraph::Vertex>& out, ClaimGraph::Vertex v) {
  if (std::find(out.begin(), out.end(), v) == out.end()) out.push_back(v);
}

}  // namespace

NameIndex::NameIndex(const ClaimGraph& graph) {
  std::vector<std::size_t> degree(graph.entity_count());
  for (ClaimGraph::Vertex v = 0; v < graph.entity_count(); ++v) {
    degree[v] = degree_of(graph, v);
    folded_.emplace_back(fold_name(graph.entity(v).name), v);
    for (const auto& alias : graph.entity(v).aliases) folded_.emplace_back(fold_name(alias), v);
  }
  std::stable_sort(folded_.begin(), folded_.end(), [&](const auto& a, const auto& b) {
    return degree[a.second] > degree[b.second];
  });
}

std::vector<ClaimGraph::Vertex> NameIndex::matching(const std::string& text,
                                                    std::size_t limit) const {
  std::string wanted = fold_name(text);
  std::vector<ClaimGraph::Vertex> starts, inside;
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

}  // namespace claimgraph
