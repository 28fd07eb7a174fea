// Paths over the aggregated graph: shortest, k best (Yen), all simple ones within some hops,
// weighted by corroboration, and through filters.

#include "graph/query/path.h"

#include <doctest/doctest.h>

#include "query_fixture.h"

using namespace claimgraph;
using namespace claimgraph::test;

namespace {

/// A path as "Alice Ames > Bob Brook > Ruritania Government".
std::string names(const ClaimGraph& g, const Path& path, ClaimGraph::Vertex from) {
  std::string out = g.entity(from).name;
  for (const PathHop& hop : path.hops) out += " > " + g.entity(hop.to).name;
  return out;
}

std::vector<std::string> all_names(const ClaimGraph& g, const PathResult& r,
                                   ClaimGraph::Vertex from) {
  std::vector<std::string> out;
  for (const Path& p : r.paths) out.push_back(names(g, p, from));
  return out;
}

ClaimGraph::Vertex id(const ClaimGraph& g, const std::string& name) {
  return *g.find_id(fixture_id(name));
}

}  // namespace

TEST_CASE("find_paths: shortest, k best, all within hops, weighted") {
  ClaimGraph g = newsroom_fixture();
  AggregateGraph ag = aggregate(g);
  auto alice = id(g, "Alice Ames");
  auto gov = id(g, "Ruritania Government");
  auto eve = id(g, "Eve Esposito");
  const std::string via_bob = "Alice Ames > Bob Brook > Ruritania Government";
  const std::string via_carol = "Alice Ames > Carol Cole > Ruritania Government";
  struct Row {
    const char* name;
    ClaimGraph::Vertex to;
    PathOptions options;
    std::vector<std::string> expected;
    bool capped;
  };
  const Row rows[] = {
      {"shortest: ties by link order", gov, {}, {via_bob}, false},
      {"two best", gov, {2, false, 0, false, 1000}, {via_bob, via_carol}, false},
      {"five asked, two exist", gov, {5, false, 0, false, 1000}, {via_bob, via_carol}, false},
      {"all within 3 hops",
       eve,
       {1, false, 3, true, 1000},
       {"Alice Ames > Bob Brook > Ruritania Government > Eve Esposito",
        "Alice Ames > Carol Cole > Ruritania Government > Eve Esposito"},
       false},
      {"all within 2 hops: none", eve, {1, false, 2, true, 1000}, {}, false},
      {"all, capped at one",
       eve,
       {1, false, 3, true, 1},
       {"Alice Ames > Bob Brook > Ruritania Government > Eve Esposito"},
       true},
      {"weighted: three outlets beat one",
       gov,
       {2, true, 0, false, 1000},
       {via_bob, via_carol},
       false},
      {"within one hop: none", gov, {1, false, 1, false, 1000}, {}, false},
  };
  for (const Row& row : rows) {
    SUBCASE(row.name) {
      PathResult r = find_paths(ag, alice, row.to, row.options);
      CHECK(joined(all_names(g, r, alice)) == joined(row.expected));
      CHECK(r.capped == row.capped);
    }
  }
}

TEST_CASE("find_paths: every hop carries its aggregated edges; costs by corroboration") {
  ClaimGraph g = newsroom_fixture();
  AggregateGraph ag = aggregate(g);
  auto alice = id(g, "Alice Ames");
  auto bob = id(g, "Bob Brook");
  PathResult r = find_paths(ag, alice, bob, {});
  REQUIRE(r.paths.size() == 1);
  REQUIRE(r.paths[0].hops.size() == 1);
  const PathHop& hop = r.paths[0].hops[0];
  REQUIRE(hop.edges.size() == 2);  // the contact (three articles) and the denial
  CHECK(ag.edges[hop.edges[0]].kind == kContact);
  CHECK(ag.edges[hop.edges[0]].relations.size() == 3);
  CHECK(ag.edges[hop.edges[1]].kind == kDenial);
  CHECK(r.paths[0].cost == 1.0);
  PathOptions weighted;
  weighted.weighted = true;
  double cost = find_paths(ag, alice, bob, weighted).paths[0].cost;
  CHECK(cost == doctest::Approx(1.0 / std::log2(7.0)));  // 3 articles + 3 outlets
  CHECK(hop_cost(ag, hop.edges, false) == 1.0);
  CHECK(find_paths(ag, alice, alice, {}).paths.at(0).hops.empty());
  CHECK(find_paths(ag, alice, id(g, "Zed Zorn"), {}).paths.empty());
}

TEST_CASE("find_paths: weighting prefers a corroborated detour over a thin direct hop") {
  // Alice-Dan directly in one article of no known outlet; Alice-Bob-Dan in four outlets.
  std::vector<Art> arts = {{"x0", "", "", {{kContact, "Alice Ames", "Dan Dale"}}}};
  for (const char* outlet : {"A", "B", "C", "D"})
    arts.push_back({std::string("x") + outlet,
                    outlet,
                    "",
                    {{kContact, "Alice Ames", "Bob Brook"}, {kContact, "Bob Brook", "Dan Dale"}}});
  ClaimGraph g = fixture_graph(arts);
  AggregateGraph ag = aggregate(g);
  auto alice = id(g, "Alice Ames");
  auto dan = id(g, "Dan Dale");
  CHECK(find_paths(ag, alice, dan, {}).paths[0].hops.size() == 1);
  PathOptions weighted;
  weighted.weighted = true;
  // Two hops of 4 articles and 4 outlets cost 2 / log2(9) = 0.63; the thin hop 1 / log2(2) = 1.
  CHECK(find_paths(ag, alice, dan, weighted).paths[0].hops.size() == 2);
}

TEST_CASE("neighbourhood: breadth-first within a radius over raw relations") {
  ClaimGraph g = newsroom_fixture();
  auto alice = id(g, "Alice Ames");
  CHECK(neighbourhood(g, alice, 1).size() == 3);
  CHECK(neighbourhood(g, alice, 2).size() == 4);
  CHECK(neighbourhood(g, id(g, "Zed Zorn"), 3).size() == 1);
}

TEST_CASE("find_paths: Yen's k paths are the k shortest of all simple paths, loop-free") {
  // A fixed pseudo-random graph of 12 people and 26 contacts, some of them repeated.
  std::vector<Art> arts;
  unsigned seed = 7;
  auto next = [&] { return (seed = seed * 1103515245u + 12345u) >> 16; };
  for (int i = 0; i < 26; ++i) {
    std::string a = "P" + std::to_string(next() % 12), b = "P" + std::to_string(next() % 12);
    if (a != b) arts.push_back({"r" + std::to_string(i), "", "", {{kContact, a, b}}});
  }
  ClaimGraph g = fixture_graph(arts);
  AggregateGraph ag = aggregate(g);
  for (ClaimGraph::Vertex to = 1; to < g.entity_count(); ++to) {
    CAPTURE(to);
    PathOptions every;
    every.all = true;
    every.max_hops = 12;
    every.cap = 100000;
    PathResult all = find_paths(ag, 0, to, every);
    PathOptions k;
    k.k = 10;
    PathResult yen = find_paths(ag, 0, to, k);
    REQUIRE(yen.paths.size() == std::min<std::size_t>(10, all.paths.size()));
    std::vector<std::string> seen;
    for (std::size_t i = 0; i < yen.paths.size(); ++i) {
      CHECK(yen.paths[i].hops.size() == all.paths[i].hops.size());  // all is sorted by hops
      std::string nodes = names(g, yen.paths[i], 0);
      CHECK(std::find(seen.begin(), seen.end(), nodes) == seen.end());
      seen.push_back(nodes);
      std::vector<ClaimGraph::Vertex> visited{0};
      for (const PathHop& hop : yen.paths[i].hops) visited.push_back(hop.to);
      std::sort(visited.begin(), visited.end());
      CHECK(std::adjacent_find(visited.begin(), visited.end()) == visited.end());
    }
  }
}

TEST_CASE("find_paths: a graph aggregated without counts gives the same paths, counted after") {
  ClaimGraph g = newsroom_fixture();
  AggregateGraph counted = aggregate(g);
  AggregateGraph later = aggregate(g, {}, Summaries::later);
  REQUIRE(later.edges.size() == counted.edges.size());
  auto alice = id(g, "Alice Ames");
  auto gov = id(g, "Ruritania Government");
  PathOptions two;
  two.k = 2;
  PathResult found = find_paths(later, alice, gov, two);
  CHECK(joined(all_names(g, found, alice)) ==
        joined(all_names(g, find_paths(counted, alice, gov, two), alice)));
  std::size_t first = found.paths[0].hops[0].edges[0];  // Alice-Bob's contact
  CHECK(later.edges[first].support.articles == 0);
  summarise_paths(later, found);
  CHECK(later.edges[first].support.articles == 3);
  CHECK(later.edges[first].stances == counted.edges[first].stances);
  CHECK(later.edges[first].last_date == "2024-03-10");
  auto zed_edges = later.incident[id(g, "Eve Esposito")];
  CHECK(later.edges[zed_edges[0]].support.articles == 0);  // off the paths: not counted
  RelationFilter two_outlets;
  two_outlets.min_outlets = 2;
  CHECK(aggregate(g, two_outlets, Summaries::later).edges.size() == 1);
}
