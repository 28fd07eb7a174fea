#include "graph/query/saved_queries.h"

#include <algorithm>
#include <stdexcept>
#include <tuple>
#include <unordered_map>

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

/// True when relation `r` of a contact or denial edge stands against the contact.
bool against(const GraphSnapshot& snapshot, RelationKind kind, std::uint32_t r) {
  return kind == RelationKind::denial || snapshot.facts(r).stance == Stance::denied;
}

/// Sorts `v` and drops repeats; returns how many are left.
template <typename T>
std::size_t distinct(std::vector<T>& v) {
  std::sort(v.begin(), v.end());
  v.erase(std::unique(v.begin(), v.end()), v.end());
  return v.size();
}

/// The articles reporting a pair's contact plus those denying it, as contested_pairs counts
/// them; 0 when either side has none (the pair is not contested).
std::size_t articles_on_both_sides(const GraphSnapshot& snapshot,
                                   const std::vector<std::size_t>& edges) {
  std::vector<std::uint32_t> reports, denials;  // their articles
  for (std::size_t e : edges) {
    RelationKind kind = snapshot.edge(e).kind;
    for (std::uint32_t r : snapshot.edge_relations(e))
      (against(snapshot, kind, r) ? denials : reports).push_back(snapshot.facts(r).article);
  }
  if (reports.empty() || denials.empty()) return 0;
  return distinct(reports) + distinct(denials);
}

/// Saved edges and the relations read of each, for the part that shows them.
struct Reading {
  std::vector<std::size_t> edges;                 ///< ascending, no repeats
  std::vector<std::vector<std::uint32_t>> taken;  ///< beside `edges`, ascending

  /// The relations taken of saved edge `e`, which must be here.
  std::vector<std::uint32_t>& of(std::size_t e) { return taken[index(e)]; }
  /// Every relation taken, for GraphSnapshot::part.
  std::vector<std::uint32_t> relations() const {
    std::vector<std::uint32_t> out;
    for (const auto& list : taken) out.insert(out.end(), list.begin(), list.end());
    return out;
  }
  /// The aggregate index of saved edge `e`, which must be here.
  std::size_t index(std::size_t e) const {
    return static_cast<std::size_t>(std::lower_bound(edges.begin(), edges.end(), e) -
                                    edges.begin());
  }
};

/// Takes the first `evidence` relations of each of `edges` (any order, repeats allowed).
Reading first_relations(const GraphSnapshot& snapshot, std::vector<std::size_t> edges,
                        std::size_t evidence) {
  Reading out;
  distinct(edges);
  out.edges = std::move(edges);
  out.taken.resize(out.edges.size());
  for (std::size_t i = 0; i < out.edges.size(); ++i) {
    auto relations = snapshot.edge_relations(out.edges[i]);
    auto n = std::min(evidence, relations.size());
    out.taken[i].assign(relations.begin(), relations.begin() + static_cast<std::ptrdiff_t>(n));
  }
  return out;
}

/// The aggregate of `part` over the saved edges read: each edge's counts, stances and dates
/// as saved, its relations those read (the rest counted as left out); each vertex's incident
/// edges in edge order, not the whole graph's: ego_network's search over them finds the same
/// entities and edges in any order, and paths are found over the saved links instead.
AggregateGraph saved_aggregate(const GraphSnapshot& snapshot, const GraphPart& part,
                               const Reading& read) {
  AggregateGraph out;
  out.graph = &part.graph;
  out.incident.resize(part.graph.entity_count());
  for (std::size_t i = 0; i < read.edges.size(); ++i) {
    SnapshotEdge saved = snapshot.edge(read.edges[i]);
    AggregateEdge edge;
    edge.source = part.vertex_of(saved.source);
    edge.target = part.vertex_of(saved.target);
    edge.kind = saved.kind;
    for (std::uint32_t r : read.taken[i]) edge.relations.push_back(*part.edge_of(r));
    edge.left_out = snapshot.edge_relations(read.edges[i]).size() - edge.relations.size();
    edge.support = {saved.articles, saved.outlets, saved.claimants};
    for (Stance s : {Stance::asserted, Stance::hedged, Stance::denied})
      if (saved.stances & (1u << static_cast<unsigned>(s))) edge.stances.push_back(s);
    auto [first, last] = snapshot.edge_dates(read.edges[i]);
    edge.first_date = first;
    edge.last_date = last;
    out.incident[edge.source].push_back(i);
    if (edge.target != edge.source) out.incident[edge.target].push_back(i);
    out.edges.push_back(std::move(edge));
  }
  return out;
}

/// The part holding `vertices` and the relations read (with each entity's articles when
/// asked), with its aggregate.
std::pair<std::shared_ptr<GraphPart>, AggregateGraph> read_part(const GraphSnapshot& snapshot,
                                                                std::vector<Vertex> vertices,
                                                                const Reading& read,
                                                                bool articles = false) {
  for (std::size_t e : read.edges) {
    vertices.push_back(snapshot.edge(e).source);
    vertices.push_back(snapshot.edge(e).target);
  }
  std::shared_ptr<GraphPart> part = snapshot.part(std::move(vertices), read.relations(), articles);
  AggregateGraph aggregated = saved_aggregate(snapshot, *part, read);
  return {std::move(part), std::move(aggregated)};
}

/// The saved edges of some paths.
void gather(const Path& path, std::vector<std::size_t>& edges) {
  for (const PathHop& hop : path.hops)
    edges.insert(edges.end(), hop.edges.begin(), hop.edges.end());
}

/// Renames a path's saved vertices and edges into those of the part and its aggregate.
void rename(Path& path, const GraphPart& part, const Reading& read) {
  for (PathHop& hop : path.hops) {
    hop.from = part.vertex_of(hop.from);
    hop.to = part.vertex_of(hop.to);
    for (std::size_t& e : hop.edges) e = read.index(e);
  }
}

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
  PathResult longer =
      find_paths(options.weighted ? weighted : snapshot.links(), from, to, shortest);
  // Only a damaged file's links can join two entities and hold no path between them.
  if (longer.paths.empty()) throw std::runtime_error("graph snapshot damaged: inconsistent links");
  why.path = longer.paths.front();
  why.filtered_hops = hops;
  why.cutting.push_back("--max-hops");
  return why;
}

}  // namespace

SavedPaths find_saved_paths(const GraphSnapshot& snapshot, Vertex from, Vertex to,
                            const PathOptions& options, std::size_t evidence) {
  SavedPaths out;
  Links weighted = options.weighted ? snapshot.weighted_links() : Links();
  out.found = find_paths(options.weighted ? weighted : snapshot.links(), from, to, options);
  std::vector<std::size_t> edges;
  for (const Path& path : out.found.paths) gather(path, edges);
  if (out.found.paths.empty()) {
    out.why = no_saved_path(snapshot, from, to, options);
    if (out.why->path) gather(*out.why->path, edges);
  }
  Reading read = first_relations(snapshot, std::move(edges), evidence);
  std::tie(out.part, out.aggregated) = read_part(snapshot, {from, to}, read);
  for (Path& path : out.found.paths) rename(path, *out.part, read);
  out.from = out.part->vertex_of(from);
  out.to = out.part->vertex_of(to);
  if (out.why) {
    out.why->unfiltered = out.aggregated;
    if (out.why->path) rename(*out.why->path, *out.part, read);
  }
  return out;
}

/// The hop count from `center` to every vertex within `depth` (kBeyond for the rest).
std::vector<std::uint8_t> saved_hop_counts(const GraphSnapshot& snapshot, Vertex center,
                                           std::size_t depth) {
  auto radius = static_cast<std::uint8_t>(std::min<std::size_t>(depth, kBeyond - 1));
  return hops_within(snapshot.links(), center, radius);
}

std::pair<std::vector<Vertex>, std::vector<std::size_t>> saved_neighbourhood(
    const GraphSnapshot& snapshot, Vertex center, std::size_t depth) {
  std::vector<std::uint8_t> hops = saved_hop_counts(snapshot, center, depth);
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

SavedEgo saved_ego_network(const GraphSnapshot& snapshot, Vertex center, std::size_t depth,
                           std::size_t evidence) {
  auto [entities, edges] = saved_neighbourhood(snapshot, center, depth);
  SavedEgo out;
  Reading read = first_relations(snapshot, std::move(edges), evidence);
  std::tie(out.part, out.aggregated) = read_part(snapshot, std::move(entities), read);
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

namespace {

/// One side of a contested pair as read from the saved relations: who backs it, in how many
/// articles, and its first relations.
struct Side {
  std::vector<std::string> backers;
  std::vector<std::uint32_t> articles;
  std::size_t relations = 0;
};

/// Who stands behind relation `r` of `edge` on its side: a denial's denier, else the claimant.
std::string backer(const GraphSnapshot& snapshot, const SnapshotEdge& edge, std::uint32_t r) {
  if (edge.kind == RelationKind::denial) return std::string(snapshot.id(snapshot.facts(r).source));
  return std::string(snapshot.claimant(r));
}

/// Sorts a pair's relations onto its two sides as contested_pairs does, reading the first
/// `evidence` of each side into `read`; returns the pair in the part's terms but for its ends.
ContestedPair read_pair(const GraphSnapshot& snapshot, const RankedPair& ranked,
                        std::size_t evidence, Reading& read) {
  ContestedPair pair;
  Side reports, denials;
  for (std::size_t e : ranked.edges) {
    SnapshotEdge edge = snapshot.edge(e);
    for (std::uint32_t r : snapshot.edge_relations(e)) {
      Side& side = against(snapshot, edge.kind, r) ? denials : reports;
      side.backers.push_back(backer(snapshot, edge, r));
      side.articles.push_back(snapshot.facts(r).article);
      if (side.relations++ < evidence) read.of(e).push_back(r);
    }
  }
  for (Side* side : {&reports, &denials}) {
    std::erase(side->backers, std::string());
    distinct(side->backers);
    distinct(side->articles);
  }
  pair.reporters = std::move(reports.backers);
  pair.deniers = std::move(denials.backers);
  pair.report_count = reports.relations;
  pair.denial_count = denials.relations;
  pair.report_articles = reports.articles.size();
  pair.denial_articles = denials.articles.size();
  return pair;
}

/// Lists a pair's relations read into the part, side by side, as contested_pairs does.
void list_sides(const AggregateGraph& aggregated, const Reading& read, const RankedPair& ranked,
                std::size_t evidence, ContestedPair& pair) {
  const ClaimGraph& g = *aggregated.graph;
  for (std::size_t e : ranked.edges) {
    const AggregateEdge& edge = aggregated.edges[read.index(e)];
    for (ClaimGraph::Edge r : edge.relations) {
      bool denies = edge.kind == RelationKind::denial || g.relation(r).stance == Stance::denied;
      auto& side = denies ? pair.denials : pair.reports;
      if (side.size() < evidence) side.push_back(r);
    }
  }
}

/// True when a claimant id names someone: not empty and no unnamed group ("officials").
bool named(const GraphSnapshot& snapshot, std::string_view claimant) {
  if (claimant.empty()) return false;
  auto v = snapshot.find_id(claimant);
  return !v || snapshot.kind(*v) != EntityKind::group;
}

/// The thin claims of a saved graph as thin_claims finds them, edges in `read`'s terms: the
/// contacts and denials resting on one named source or only anonymous ones.
std::vector<ThinClaim> saved_thin(const GraphSnapshot& snapshot, const Reading& read,
                                  const AggregateGraph& aggregated) {
  std::vector<ThinClaim> out;
  std::unordered_map<std::uint32_t, bool> named_claimant;  // by claimant string
  for (std::size_t i = 0; i < read.edges.size(); ++i) {
    SnapshotEdge edge = snapshot.edge(read.edges[i]);
    if (!disputable(edge)) continue;
    std::vector<std::string> sources;
    for (std::uint32_t r : snapshot.edge_relations(read.edges[i])) {
      std::uint32_t c = snapshot.facts(r).claimant;
      auto [it, added] = named_claimant.try_emplace(c, false);
      if (added) it->second = named(snapshot, snapshot.claimant(r));
      if (it->second)
        sources.emplace_back(snapshot.claimant(r));
      else if (edge.kind == RelationKind::denial)
        sources.emplace_back(snapshot.id(edge.source));
      if (distinct(sources) > 1) break;
    }
    if (sources.size() > 1) continue;
    out.push_back({i, sources.empty(), sources.empty() ? "" : sources.front()});
  }
  std::stable_sort(out.begin(), out.end(), [&](const ThinClaim& a, const ThinClaim& b) {
    return stronger(aggregated, a.edge, b.edge);
  });
  return out;
}

}  // namespace

SavedContested saved_contested(const GraphSnapshot& snapshot, bool thin, std::size_t limit,
                               std::size_t evidence) {
  std::vector<RankedPair> ranked = rank_contested(snapshot);
  SavedContested out;
  out.pair_total = ranked.size();
  if (limit && ranked.size() > limit) ranked.resize(limit);
  // Thin claims are any contact or denial, ranked by their support over the whole graph;
  // each pair's sides are read below.
  std::vector<std::size_t> edges;
  for (std::size_t e = 0; thin && e < snapshot.edge_count(); ++e)
    if (disputable(snapshot.edge(e))) edges.push_back(e);
  for (const RankedPair& pair : ranked)
    edges.insert(edges.end(), pair.edges.begin(), pair.edges.end());
  Reading read = first_relations(snapshot, std::move(edges), thin ? evidence : 0);
  for (const RankedPair& pair : ranked)
    out.pairs.push_back(read_pair(snapshot, pair, evidence, read));
  for (auto& taken : read.taken) distinct(taken);
  std::tie(out.part, out.aggregated) = read_part(snapshot, {}, read);
  for (std::size_t i = 0; i < ranked.size(); ++i) {
    out.pairs[i].a = out.part->vertex_of(ranked[i].a);
    out.pairs[i].b = out.part->vertex_of(ranked[i].b);
    list_sides(out.aggregated, read, ranked[i], evidence, out.pairs[i]);
  }
  if (thin) out.thin = saved_thin(snapshot, read, out.aggregated);
  out.thin_total = out.thin.size();
  if (limit && out.thin.size() > limit) out.thin.resize(limit);
  return out;
}

std::vector<Vertex> saved_hops(const GraphSnapshot& snapshot, Vertex center, std::size_t depth) {
  std::vector<std::uint8_t> hops = saved_hop_counts(snapshot, center, depth);
  std::vector<Vertex> out;
  for (Vertex v = 0; v < hops.size(); ++v)
    if (hops[v] != kBeyond) out.push_back(v);
  return out;
}

SavedRegion saved_region(const GraphSnapshot& snapshot, std::vector<Vertex> vertices,
                         std::size_t evidence) {
  distinct(vertices);
  const Links::Rows& rows = snapshot.links().rows();
  std::vector<std::size_t> edges;
  for (Vertex v : vertices)
    for (std::uint32_t link = rows.first[v]; link < rows.first[v + 1]; ++link) {
      Vertex w = rows.to[link];
      // Each edge once, from its lower end.
      if (w < v || !std::binary_search(vertices.begin(), vertices.end(), w)) continue;
      edges.insert(edges.end(), rows.edges.begin() + rows.edge_first[link],
                   rows.edges.begin() + rows.edge_first[link + 1]);
    }
  SavedRegion out;
  Reading read = first_relations(snapshot, std::move(edges), evidence);
  std::tie(out.part, out.aggregated) = read_part(snapshot, std::move(vertices), read, true);
  return out;
}

}  // namespace claimgraph
