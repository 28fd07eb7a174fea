// Query speed in one process over a store: how long loading takes (reading the store, resolving
// entities, aggregating, building links), then the median of each query over random connected
// pairs: the shortest path and the 5 best paths over links built once; a depth-2 neighbourhood
// around the biggest hub; `contested` over the whole graph; and the peak memory.
//
// Usage: query_bench STORE [PAIRS] [SEED]

#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <iostream>
#include <random>
#include <vector>

#include "graph/query/contested.h"
#include "graph/query/links.h"
#include "graph/query/neighbors.h"
#include "graph/query/path.h"
#include "graph/resolve/cross_article.h"
#include "graph/store/store.h"

using namespace claimgraph;
using Clock = std::chrono::steady_clock;
using Vertex = ClaimGraph::Vertex;

namespace {

/// Milliseconds since `start`.
double ms_since(Clock::time_point start) {
  return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

double median(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  return v.empty() ? 0.0 : v[v.size() / 2];
}

double peak_mb() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return usage.ru_maxrss / 1024.0;
}

/// `n` pairs of distinct entities in the hub's component, drawn at random.
std::vector<std::pair<Vertex, Vertex>> pairs(const AggregateGraph& ag, Vertex hub, std::size_t n,
                                             std::mt19937_64& rng) {
  std::vector<std::size_t> hops = hop_distances(links_of(ag, false), hub);
  std::vector<Vertex> reach;
  for (Vertex v = 0; v < hops.size(); ++v)
    if (hops[v] != SIZE_MAX) reach.push_back(v);
  std::vector<std::pair<Vertex, Vertex>> out;
  while (out.size() < n && reach.size() > 1) {
    Vertex a = reach[rng() % reach.size()], b = reach[rng() % reach.size()];
    if (a != b) out.emplace_back(a, b);
  }
  return out;
}

/// The median milliseconds of `query` over the pairs.
template <typename F>
double timed(const std::vector<std::pair<Vertex, Vertex>>& ps, F query) {
  std::vector<double> took;
  for (auto [a, b] : ps) {
    auto start = Clock::now();
    query(a, b);
    took.push_back(ms_since(start));
  }
  return median(took);
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::cerr << "usage: query_bench STORE [PAIRS] [SEED]\n";
    return 2;
  }
  std::size_t n = argc > 2 ? std::strtoull(argv[2], nullptr, 10) : 20;
  std::mt19937_64 rng(argc > 3 ? std::strtoull(argv[3], nullptr, 10) : 1);
  auto start = Clock::now();
  std::vector<ArticleExtraction> extractions;
  GraphStore(argv[1]).read_all([&](ArticleExtraction&& x) { extractions.push_back(std::move(x)); });
  double read_ms = ms_since(start);
  start = Clock::now();
  ClaimGraph graph = build_claim_graph(std::move(extractions), {});
  double resolve_ms = ms_since(start);
  start = Clock::now();
  AggregateGraph ag = aggregate(graph);
  double aggregate_ms = ms_since(start);
  Vertex hub = 0;
  for (Vertex v = 0; v < ag.incident.size(); ++v)
    if (ag.incident[v].size() > ag.incident[hub].size()) hub = v;
  start = Clock::now();
  Links links = links_of(ag, false);  // once, as a long-lived process would keep them
  double links_ms = ms_since(start);
  auto ps = pairs(ag, hub, n, rng);
  PathOptions five;
  five.k = 5;
  double shortest = timed(ps, [&](Vertex a, Vertex b) { find_paths(links, a, b, {}); });
  double best5 = timed(ps, [&](Vertex a, Vertex b) { find_paths(links, a, b, five); });
  start = Clock::now();
  EgoNetwork ego = ego_network(ag, links, hub, 2);
  double ego_ms = ms_since(start);
  start = Clock::now();
  std::size_t contested = contested_pairs(ag).size();
  double contested_ms = ms_since(start);
  std::printf(
      "entities %zu, relations %zu, edges %zu; read %.0f ms, resolve %.0f ms, aggregate %.0f ms, "
      "links %.0f ms;\n"
      "median of %zu pairs: shortest path %.2f ms, 5 best %.2f ms; depth-2 neighbourhood of the "
      "hub (%zu entities) %.1f ms; contested (%zu pairs) %.0f ms; peak RSS %.0f MB\n",
      graph.entity_count(), graph.relation_count(), ag.edges.size(), read_ms, resolve_ms,
      aggregate_ms, links_ms, ps.size(), shortest, best5, ego.entities.size(), ego_ms, contested,
      contested_ms, peak_mb());
  return 0;
}
