// The searches paths are made of: fewest hops from both ends, and cheapest by link cost, each
// around blocked vertices and links.

#include "graph/query/search.h"

#include <doctest/doctest.h>

#include "query_fixture.h"

using namespace claimgraph;
using namespace claimgraph::test;

namespace {

/// A fixed pseudo-random graph of 30 people and 45 contacts.
ClaimGraph random_graph() {
  std::vector<Art> arts;
  unsigned seed = 11;
  auto next = [&] { return (seed = seed * 1103515245u + 12345u) >> 16; };
  for (int i = 0; i < 45; ++i) {
    std::string a = "Q" + std::to_string(next() % 30), b = "Q" + std::to_string(next() % 30);
    if (a != b) arts.push_back({"r" + std::to_string(i), "", "", {{kContact, a, b}}});
  }
  return fixture_graph(arts);
}

/// True when consecutive vertices of `nodes` are linked.
bool linked(const Links& links, const Nodes& nodes) {
  for (std::size_t i = 0; i + 1 < nodes.size(); ++i)
    if (std::none_of(links[nodes[i]].begin(), links[nodes[i]].end(),
                     [&](const Link& l) { return l.to == nodes[i + 1]; }))
      return false;
  return true;
}

}  // namespace

TEST_CASE("fewest_hops and cheapest: as short as breadth-first search says, every pair") {
  ClaimGraph g = random_graph();
  Links links = links_of(aggregate(g), false);
  for (ClaimGraph::Vertex a = 0; a < links.size(); ++a) {
    std::vector<std::size_t> hops = hop_distances(links, a);
    for (ClaimGraph::Vertex b = 0; b < links.size(); ++b) {
      CAPTURE(a);
      CAPTURE(b);
      auto two_ended = fewest_hops(links, a, b);
      auto dijkstra = cheapest(links, a, b);
      REQUIRE(two_ended.has_value() == (hops[b] != SIZE_MAX));
      REQUIRE(dijkstra.has_value() == two_ended.has_value());
      if (!two_ended) continue;
      CHECK(two_ended->size() == hops[b] + 1);
      CHECK(dijkstra->size() == hops[b] + 1);
      CHECK(two_ended->front() == a);
      CHECK(two_ended->back() == b);
      CHECK(linked(links, *two_ended));
    }
  }
}

TEST_CASE("fewest_hops: a mark from 32,767 searches ago is forgotten (its number came round)") {
  // Three components: a-b, c-d, y-z. A search's marks carry its number, which comes round
  // every 32,767 searches; b's mark from the first search must not pass for the last's.
  ClaimGraph g = fixture_graph({{"r1", "", "", {{kContact, "A", "B"}}},
                                {"r2", "", "", {{kContact, "C", "D"}}},
                                {"r3", "", "", {{kContact, "Y", "Z"}}}});
  Links links = links_of(aggregate(g), false);
  auto v = [&](const char* name) { return *g.find_id(fixture_id(name)); };
  REQUIRE(fewest_hops(links, v("A"), v("B")));
  for (int i = 0; i < 32766; ++i) REQUIRE(fewest_hops(links, v("C"), v("D")));
  CHECK_FALSE(fewest_hops(links, v("A"), v("Z")));
}

TEST_CASE("hops_within: the hop counts of hop_distances, in bytes, up to the radius") {
  ClaimGraph g = random_graph();
  Links links = links_of(aggregate(g), false);
  for (ClaimGraph::Vertex a = 0; a < links.size(); ++a)
    for (std::uint8_t radius : {0, 1, 2, 5}) {
      std::vector<std::size_t> hops = hop_distances(links, a, radius);
      std::vector<std::uint8_t> within = hops_within(links, a, radius);
      REQUIRE(within.size() == hops.size());
      for (std::size_t v = 0; v < hops.size(); ++v)
        CHECK(within[v] == (hops[v] == SIZE_MAX ? kBeyond : hops[v]));
    }
}

TEST_CASE("Links: each neighbour once, better-linked first, with its edges ascending") {
  ClaimGraph g = random_graph();
  AggregateGraph ag = aggregate(g);
  Links links = links_of(ag, false);
  REQUIRE(links.size() == g.entity_count());
  for (ClaimGraph::Vertex v = 0; v < links.size(); ++v) {
    std::vector<ClaimGraph::Vertex> seen;
    for (const Link& link : links[v]) {
      CHECK(link.to != v);
      CHECK(std::find(seen.begin(), seen.end(), link.to) == seen.end());
      seen.push_back(link.to);
      CHECK(std::is_sorted(link.edges.begin(), link.edges.end()));
      CHECK_FALSE(link.edges.empty());
      for (std::uint32_t e : link.edges) CHECK(ag.other(e, v) == link.to);
    }
    CHECK(links.neighbours(v).size() == seen.size());
    // Better-linked neighbours first: a search meets the other end sooner.
    auto more_linked = [&](ClaimGraph::Vertex x, ClaimGraph::Vertex y) {
      return links.neighbours(x).size() > links.neighbours(y).size();
    };
    CHECK(std::is_sorted(seen.begin(), seen.end(), more_linked));
  }
}

TEST_CASE("fewest_hops: goes around blocked vertices and links") {
  ClaimGraph g = newsroom_fixture();
  Links links = links_of(aggregate(g), false);
  auto alice = *g.find_id(fixture_id("Alice Ames"));
  auto bob = *g.find_id(fixture_id("Bob Brook"));
  auto carol = *g.find_id(fixture_id("Carol Cole"));
  auto gov = *g.find_id(fixture_id("Ruritania Government"));
  CHECK(fewest_hops(links, alice, gov) == Nodes{alice, bob, gov});
  Blocked no_bob;
  no_bob.vertices = {bob};
  CHECK(fewest_hops(links, alice, gov, no_bob) == Nodes{alice, carol, gov});
  Blocked no_links;
  no_links.links = {{alice, bob}, {bob, alice}, {alice, carol}, {carol, alice}};
  CHECK_FALSE(fewest_hops(links, alice, gov, no_links));
  CHECK(cheapest(links, alice, gov, no_bob) == Nodes{alice, carol, gov});
  CHECK(fewest_hops(links, alice, alice) == Nodes{alice});
}
