#include "graph/query/saved_queries.h"

#include <algorithm>
#include <map>
#include <tuple>

namespace claimgraph {

namespace {

using Vertex = ClaimGraph::Vertex;

/// The two ends of an edge, lower first: a pair as contested_pairs keys it.
std::pair<Vertex, Vertex> unordered_pair(const SnapshotEdge& edge) {
  return {std::min(edge.source, edge.target), std::max(edge.source, edge.target)};
}

/// The vertices and saved edges of some paths, gathered for the part that shows them.
void gather(const Path& path, std::vector<Vertex>& vertices, std::vector<std::size_t>& edges) {
  for (const PathHop& hop : path.hops) {
    vertices.push_back(hop.from);
    vertices.push_back(hop.to);
    edges.insert(edges.end(), hop.edges.begin(), hop.edges.end());
  }
}

/// Renames a path's saved vertices and edges into those of the part's aggregate.
class PartNames {
 public:
  PartNames(const GraphSnapshot& snapshot, const GraphPart& part, const AggregateGraph& aggregated)
      : snapshot_(snapshot), part_(part) {
    for (std::size_t i = 0; i < aggregated.edges.size(); ++i) {
      const AggregateEdge& e = aggregated.edges[i];
      index_.emplace(std::make_tuple(part.whole[e.source], part.whole[e.target], e.kind), i);
    }
  }
  void rename(Path& path) const {
    for (PathHop& hop : path.hops) {
      hop.from = part_.vertex_of(hop.from);
      hop.to = part_.vertex_of(hop.to);
      for (std::size_t& e : hop.edges) {
        SnapshotEdge saved = snapshot_.edge(e);
        e = index_.at(std::make_tuple(Vertex{saved.source}, Vertex{saved.target}, saved.kind));
      }
    }
  }

 private:
  const GraphSnapshot& snapshot_;
  const GraphPart& part_;
  std::map<std::tuple<Vertex, Vertex, RelationKind>, std::size_t> index_;
};

/// Why there is no path without filters: the two are apart, or the only paths are longer than
/// --max-hops (then the shortest of them, in saved terms).
NoPathReason no_saved_path(const GraphSnapshot& snapshot, Vertex from, Vertex to,
                           const PathOptions& options) {
  NoPathReason why;
  auto from_side = hop_distances(snapshot.links(), from);
  auto to_side = hop_distances(snapshot.links(), to);
  auto reached = [](const std::vector<std::size_t>& d) {
    return static_cast<std::size_t>(
        std::count_if(d.begin(), d.end(), [](auto x) { return x != SIZE_MAX; }));
  };
  why.from_component = reached(from_side);
  why.to_component = reached(to_side);
  why.disconnected = from_side[to] == SIZE_MAX;
  if (why.disconnected) return why;
  PathOptions shortest;
  shortest.weighted = options.weighted;
  Links weighted = options.weighted ? snapshot.weighted_links() : Links();
  why.path =
      find_paths(options.weighted ? weighted : snapshot.links(), from, to, shortest).paths.front();
  why.filtered_hops = from_side[to];
  why.cutting.push_back("--max-hops");
  return why;
}

}  // namespace

SavedPaths find_saved_paths(const GraphSnapshot& snapshot, Vertex from, Vertex to,
                            const PathOptions& options) {
  SavedPaths out;
  Links weighted = options.weighted ? snapshot.weighted_links() : Links();
  out.found = find_paths(options.weighted ? weighted : snapshot.links(), from, to, options);
  std::vector<Vertex> vertices{from, to};
  std::vector<std::size_t> edges;
  for (const Path& path : out.found.paths) gather(path, vertices, edges);
  if (out.found.paths.empty()) {
    out.why = no_saved_path(snapshot, from, to, options);
    if (out.why->path) gather(*out.why->path, vertices, edges);
  }
  out.part = std::make_shared<GraphPart>(snapshot.part(std::move(vertices), edges));
  out.aggregated = aggregate(out.part->graph);
  PartNames names(snapshot, *out.part, out.aggregated);
  for (Path& path : out.found.paths) names.rename(path);
  out.from = out.part->vertex_of(from);
  out.to = out.part->vertex_of(to);
  if (out.why) {
    out.why->unfiltered = aggregate(out.part->graph);
    if (out.why->path) names.rename(*out.why->path);
  }
  return out;
}

std::pair<std::vector<Vertex>, std::vector<std::size_t>> saved_neighbourhood(
    const GraphSnapshot& snapshot, Vertex center, std::size_t depth) {
  std::vector<std::size_t> hops = hop_distances(snapshot.links(), center, depth);
  std::vector<Vertex> entities;
  std::vector<std::size_t> edges;
  for (Vertex v = 0; v < hops.size(); ++v) {
    if (hops[v] == SIZE_MAX) continue;
    entities.push_back(v);
    if (hops[v] >= depth) continue;
    for (std::uint32_t e : snapshot.incident(v)) {
      SnapshotEdge saved = snapshot.edge(e);
      if (hops[saved.source == v ? saved.target : saved.source] != SIZE_MAX) edges.push_back(e);
    }
  }
  std::sort(edges.begin(), edges.end());
  edges.erase(std::unique(edges.begin(), edges.end()), edges.end());
  return {std::move(entities), std::move(edges)};
}

SavedEgo saved_ego_network(const GraphSnapshot& snapshot, Vertex center, std::size_t depth) {
  auto [entities, edges] = saved_neighbourhood(snapshot, center, depth);
  SavedEgo out;
  out.part = std::make_shared<GraphPart>(snapshot.part(std::move(entities), edges));
  out.aggregated = aggregate(out.part->graph);
  // Within the part the centre's hop distances are those of the whole graph: it holds every
  // edge of every entity nearer than the radius.
  out.ego = ego_network(out.aggregated, out.part->vertex_of(center), depth);
  return out;
}

SavedContested saved_contested(const GraphSnapshot& snapshot, bool thin) {
  auto disputable = [](const SnapshotEdge& e) {
    return e.kind == RelationKind::contact || e.kind == RelationKind::denial;
  };
  constexpr auto kDenied = 1u << static_cast<int>(Stance::denied);
  std::vector<std::pair<Vertex, Vertex>> denied;  // pairs with a denial, as contested_pairs
  for (std::size_t e = 0; e < snapshot.edge_count(); ++e) {
    SnapshotEdge edge = snapshot.edge(e);
    if (edge.kind == RelationKind::denial ||
        (edge.kind == RelationKind::contact && (edge.stances & kDenied)))
      denied.push_back(unordered_pair(edge));
  }
  std::sort(denied.begin(), denied.end());
  std::vector<Vertex> vertices;
  std::vector<std::size_t> edges;
  for (std::size_t e = 0; e < snapshot.edge_count(); ++e) {
    SnapshotEdge edge = snapshot.edge(e);
    if (!disputable(edge)) continue;
    if (!thin && !std::binary_search(denied.begin(), denied.end(), unordered_pair(edge))) continue;
    edges.push_back(e);
    vertices.push_back(edge.source);
    vertices.push_back(edge.target);
  }
  SavedContested out;
  out.part = std::make_shared<GraphPart>(snapshot.part(std::move(vertices), edges));
  out.aggregated = aggregate(out.part->graph);
  out.pairs = contested_pairs(out.aggregated);
  if (thin) out.thin = thin_claims(out.aggregated);
  return out;
}

}  // namespace claimgraph
