#include "graph/query/no_path.h"

#include <algorithm>
#include <functional>
#include <utility>

#include "graph/query/links.h"

namespace claimgraph {

namespace {

using Vertex = ClaimGraph::Vertex;

/// One filter option and how to lift it alone.
struct Relaxation {
  const char* option;
  std::function<bool(RelationFilter&)> lift;  ///< false when the option was not in use
};

/// Every filter option, in the order the diagnosis names them.
const std::vector<Relaxation>& relaxations() {
  static const std::vector<Relaxation> all = {
      {"--kind", [](RelationFilter& f) { return !std::exchange(f.kinds, {}).empty(); }},
      {"--stance", [](RelationFilter& f) { return !std::exchange(f.stances, {}).empty(); }},
      {"--outlet",
       [](RelationFilter& f) { return !std::exchange(f.articles.outlets, {}).empty(); }},
      {"--since/--until",
       [](RelationFilter& f) {
         bool used = !f.articles.since.empty() || !f.articles.until.empty();
         f.articles.since.clear();
         f.articles.until.clear();
         return used;
       }},
      {"--min-confidence",
       [](RelationFilter& f) { return std::exchange(f.min_confidence, 0) > 0; }},
      {"--min-outlets", [](RelationFilter& f) { return std::exchange(f.min_outlets, 0) > 0; }},
  };
  return all;
}

/// Hops from `from` to `to` over the relations `filter` keeps; SIZE_MAX when not connected.
std::size_t hops_between(const ClaimGraph& graph, const RelationFilter& filter, Vertex from,
                         Vertex to) {
  return hop_distances(links_of(aggregate(graph, filter), false), from)[to];
}

/// How many vertices a search reached: the size of the component.
std::size_t reachable(const std::vector<std::size_t>& distances) {
  return static_cast<std::size_t>(
      std::count_if(distances.begin(), distances.end(), [](auto d) { return d != SIZE_MAX; }));
}

}  // namespace

std::size_t diagnose_components(const Links& links, Vertex from, Vertex to, NoPathReason& reason) {
  auto from_side = hop_distances(links, from), to_side = hop_distances(links, to);
  reason.from_component = reachable(from_side);
  reason.to_component = reachable(to_side);
  reason.disconnected = from_side[to] == SIZE_MAX;
  return from_side[to];
}

NoPathReason explain_no_path(const ClaimGraph& graph, const RelationFilter& filter,
                             const PathOptions& options, Vertex from, Vertex to) {
  NoPathReason reason;
  reason.unfiltered = aggregate(graph);
  diagnose_components(links_of(reason.unfiltered, false), from, to, reason);
  if (reason.disconnected) return reason;
  PathOptions shortest;
  shortest.weighted = options.weighted;
  reason.path = find_paths(reason.unfiltered, from, to, shortest).paths.front();
  std::size_t limit = options.max_hops ? options.max_hops : SIZE_MAX;
  std::size_t filtered = hops_between(graph, filter, from, to);
  if (filtered != SIZE_MAX) {  // connected, but only beyond the hop limit
    reason.filtered_hops = filtered;
    reason.cutting.push_back("--max-hops");
    return reason;
  }
  for (const Relaxation& r : relaxations()) {
    RelationFilter lifted = filter;
    std::size_t hops = r.lift(lifted) ? hops_between(graph, lifted, from, to) : SIZE_MAX;
    if (hops != SIZE_MAX && hops <= limit) reason.cutting.push_back(r.option);
  }
  return reason;
}

}  // namespace claimgraph
