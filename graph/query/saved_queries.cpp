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

/// True when an edge can be contested: a contact or a denial.
bool disputable(const SnapshotEdge& edge) {
  return edge.kind == RelationKind::contact || edge.kind == RelationKind::denial;
}

/// True when an edge denies a contact: a denial, or a contact stated as denied.
bool denies(const SnapshotEdge& edge) {
  constexpr auto kDenied = 1u << static_cast<int>(Stance::denied);
  return edge.kind == RelationKind::denial ||
         (edge.kind == RelationKind::contact && (edge.stances & kDenied));
}

/// The articles reporting a pair's contact plus those denying it, as contested_pairs counts
/// them; 0 when either side has none (the pair is not contested).
std::size_t articles_on_both_sides(const GraphSnapshot& snapshot,
                                   const std::vector<std::size_t>& edges) {
  std::vector<std::uint32_t> reports, denials;  // their articles
  for (std::size_t e : edges) {
    RelationKind kind = snapshot.edge(e).kind;
    for (std::uint32_t r : snapshot.edge_relations(e)) {
      RelationFacts f = snapshot.facts(r);
      bool against = kind == RelationKind::denial || f.stance == Stance::denied;
      (against ? denials : reports).push_back(f.article);
    }
  }
  if (reports.empty() || denials.empty()) return 0;
  auto distinct = [](std::vector<std::uint32_t>& v) {
    std::sort(v.begin(), v.end());
    return static_cast<std::size_t>(std::unique(v.begin(), v.end()) - v.begin());
  };
  return distinct(reports) + distinct(denials);
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
  std::size_t hops = diagnose_components(snapshot.links(), from, to, why);
  if (why.disconnected) return why;
  PathOptions shortest;
  shortest.weighted = options.weighted;
  Links weighted = options.weighted ? snapshot.weighted_links() : Links();
  why.path =
      find_paths(options.weighted ? weighted : snapshot.links(), from, to, shortest).paths.front();
  why.filtered_hops = hops;
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
  auto radius = static_cast<std::uint8_t>(std::min<std::size_t>(depth, kBeyond - 1));
  std::vector<std::uint8_t> hops = hops_within(snapshot.links(), center, radius);
  const Links::Rows& rows = snapshot.links().rows();
  std::vector<Vertex> entities;
  std::vector<std::size_t> edges;
  std::size_t inner_edges = 0;  // an upper bound of the answer's edges, read off the rows
  for (Vertex v = 0; v < hops.size(); ++v) {
    if (hops[v] == kBeyond) continue;
    entities.push_back(v);
    if (hops[v] < depth)
      inner_edges += rows.edge_first[rows.first[v + 1]] - rows.edge_first[rows.first[v]];
  }
  edges.reserve(inner_edges);
  for (Vertex v : entities) {
    if (hops[v] >= depth) continue;
    // The links, not the edges: their rows are read in order, where edges would be read at
    // random. An edge between two entities inside the radius is taken from its lower end.
    for (std::uint32_t link = rows.first[v]; link < rows.first[v + 1]; ++link) {
      Vertex w = rows.to[link];
      if (hops[w] != kBeyond && (hops[w] >= depth || v < w))
        edges.insert(edges.end(), rows.edges.begin() + rows.edge_first[link],
                     rows.edges.begin() + rows.edge_first[link + 1]);
    }
  }
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

std::vector<RankedPair> rank_contested(const GraphSnapshot& snapshot) {
  std::vector<std::pair<Vertex, Vertex>> denied;  // pairs with a denial, as contested_pairs
  for (std::size_t e = 0; e < snapshot.edge_count(); ++e)
    if (denies(snapshot.edge(e))) denied.push_back(unordered_pair(snapshot.edge(e)));
  std::sort(denied.begin(), denied.end());
  std::vector<std::tuple<Vertex, Vertex, std::size_t>> found;  // pair, edge
  for (std::size_t e = 0; e < snapshot.edge_count(); ++e) {
    SnapshotEdge edge = snapshot.edge(e);
    auto pair = unordered_pair(edge);
    if (disputable(edge) && std::binary_search(denied.begin(), denied.end(), pair))
      found.emplace_back(pair.first, pair.second, e);
  }
  std::sort(found.begin(), found.end());
  std::vector<RankedPair> ranked;
  for (std::size_t i = 0; i < found.size();) {
    RankedPair pair{std::get<0>(found[i]), std::get<1>(found[i]), 0, {}};
    for (; i < found.size() && std::get<0>(found[i]) == pair.a && std::get<1>(found[i]) == pair.b;
         ++i)
      pair.edges.push_back(std::get<2>(found[i]));
    if ((pair.articles = articles_on_both_sides(snapshot, pair.edges))) ranked.push_back(pair);
  }
  // As contested_pairs orders them: most articles first, then by the two names.
  std::stable_sort(ranked.begin(), ranked.end(), [&](const RankedPair& x, const RankedPair& y) {
    return std::make_tuple(y.articles, snapshot.name(x.a), snapshot.name(x.b)) <
           std::make_tuple(x.articles, snapshot.name(y.a), snapshot.name(y.b));
  });
  return ranked;
}

SavedContested saved_contested(const GraphSnapshot& snapshot, bool thin, std::size_t limit) {
  std::vector<RankedPair> ranked = rank_contested(snapshot);
  if (limit && ranked.size() > limit) ranked.resize(limit);
  std::vector<Vertex> vertices;
  std::vector<std::size_t> edges;
  for (const RankedPair& pair : ranked)
    edges.insert(edges.end(), pair.edges.begin(), pair.edges.end());
  // Thin claims are any contact or denial, ranked by their support over the whole graph.
  for (std::size_t e = 0; thin && e < snapshot.edge_count(); ++e)
    if (disputable(snapshot.edge(e))) edges.push_back(e);
  std::sort(edges.begin(), edges.end());
  edges.erase(std::unique(edges.begin(), edges.end()), edges.end());
  for (std::size_t e : edges) {
    vertices.push_back(snapshot.edge(e).source);
    vertices.push_back(snapshot.edge(e).target);
  }
  SavedContested out;
  out.part = std::make_shared<GraphPart>(snapshot.part(std::move(vertices), edges));
  out.aggregated = aggregate(out.part->graph);
  out.pairs = contested_pairs(out.aggregated);
  if (limit && out.pairs.size() > limit) out.pairs.resize(limit);
  if (thin) out.thin = thin_claims(out.aggregated);
  return out;
}

}  // namespace claimgraph
