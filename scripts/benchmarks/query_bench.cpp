// Query speed in one process over a store's saved graph (graph/query/snapshot.h): how long
// making and saving it takes when the store changed, and opening it when it did not; then the
// median over random connected pairs of the shortest path and of the 5 best paths over its
// links, and of a whole `path` answer with its evidence; the depth-2 neighbourhood of the
// biggest hub; `contested` over the whole graph; and the peak memory. With a folder as fourth
// argument it writes there the links as an edge list and the pairs, so that scripts/benchmarks/
// peers.py can time networkx and python-igraph on the same graph and pairs.
//
// Usage: query_bench STORE|SAVED.graph [PAIRS] [SEED] [PEER_DIR]
// A saved graph given itself is opened as it stands, whatever build saved it: for timing the
// queries while their code changes, without making it again each time.

#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <random>
#include <vector>

#include "extractor_id.h"
#include "graph/query/saved_queries.h"
#include "graph/query/store_graph.h"

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

/// The vertex with the most aggregated edges.
Vertex biggest_hub(const GraphSnapshot& s) {
  Vertex hub = 0;
  for (Vertex v = 0; v < s.entity_count(); ++v)
    if (s.incident(v).size() > s.incident(hub).size()) hub = v;
  return hub;
}

/// `n` pairs of distinct entities in the hub's component, drawn at random.
std::vector<std::pair<Vertex, Vertex>> pairs(const Links& links, Vertex hub, std::size_t n,
                                             std::mt19937_64& rng) {
  std::vector<std::size_t> hops = hop_distances(links, hub);
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

/// Writes the links once each (lower end first) and the pairs, for the peers.
void write_peer_files(const std::string& dir, const Links& links,
                      const std::vector<std::pair<Vertex, Vertex>>& ps, Vertex hub) {
  std::ofstream edges(dir + "/edges.txt"), out(dir + "/pairs.txt");
  edges << links.size() << "\n";
  for (Vertex v = 0; v < links.size(); ++v)
    for (const Link& link : links[v])
      if (v < link.to) edges << v << " " << link.to << "\n";
  out << hub << "\n";
  for (auto [a, b] : ps) out << a << " " << b << "\n";
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::cerr << "usage: query_bench STORE [PAIRS] [SEED] [PEER_DIR]\n";
    return 2;
  }
  std::size_t n = argc > 2 ? std::strtoull(argv[2], nullptr, 10) : 20;
  std::mt19937_64 rng(argc > 3 ? std::strtoull(argv[3], nullptr, 10) : 1);
  std::string path = argv[1];
  bool saved = path.ends_with(".graph");
  auto open = [&] {
    if (!saved) return open_store_graph(path, CLAIMGRAPH_RESOLVER_ID);
    auto s = GraphSnapshot::open(path, snapshot_key(path));
    if (!s) throw std::runtime_error(path + ": not a saved graph");
    return std::move(*s);
  };
  auto start = Clock::now();
  open();  // made and saved if the store changed
  double prepare_ms = ms_since(start);
  double prepare_peak = peak_mb();
  start = Clock::now();
  GraphSnapshot s = open();
  double open_ms = ms_since(start);
  Vertex hub = biggest_hub(s);
  auto ps = pairs(s.links(), hub, n, rng);
  if (argc > 4) write_peer_files(argv[4], s.links(), ps, hub);
  PathOptions five;
  five.k = 5;
  double shortest = timed(ps, [&](Vertex a, Vertex b) { find_paths(s.links(), a, b, {}); });
  double best5 = timed(ps, [&](Vertex a, Vertex b) { find_paths(s.links(), a, b, five); });
  double answer = timed(ps, [&](Vertex a, Vertex b) { find_saved_paths(s, a, b, {}); });
  start = Clock::now();
  std::size_t reached = 0;
  for (std::uint8_t d : hops_within(s.links(), hub, 2)) reached += d != kBeyond;
  double hops_ms = ms_since(start);
  start = Clock::now();
  auto [entities, edges] = saved_neighbourhood(s, hub, 2);
  double ego_ms = ms_since(start);
  start = Clock::now();
  std::size_t contested = rank_contested(s).size();
  double contested_ms = ms_since(start);
  start = Clock::now();
  saved_contested(s, false, 20);
  double top_ms = ms_since(start);
  start = Clock::now();
  saved_contested(s, false);
  double all_ms = ms_since(start);
  std::printf(
      "entities %zu, relations %zu, edges %zu; saved graph made in %.0f ms (peak %.0f MB), "
      "opened in %.1f ms;\n"
      "median of %zu pairs: shortest path %.4f ms, 5 best %.2f ms, whole answer with evidence "
      "%.2f ms; depth-2 neighbourhood of the hub: %zu entities in %.1f ms, with the %zu edges "
      "among them "
      "%.1f ms; contested: %zu pairs found and ranked in %.0f ms, the first 20 with their evidence "
      "%.0f ms, all of them %.0f ms; peak RSS %.0f MB\n",
      s.entity_count(), s.relation_count(), s.edge_count(), prepare_ms, prepare_peak, open_ms,
      ps.size(), shortest, best5, answer, reached, hops_ms, edges.size(), ego_ms, contested,
      contested_ms, top_ms, all_ms, peak_mb());
  return 0;
}
