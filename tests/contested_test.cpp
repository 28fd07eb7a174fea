// Contested pairs (reported and denied) and thinly sourced claims.

#include "graph/query/contested.h"

#include <doctest/doctest.h>

#include "query_fixture.h"

using namespace claimgraph;
using namespace claimgraph::test;

TEST_CASE("contested_pairs: a contact reported by some and denied by another") {
  ClaimGraph g = newsroom_fixture();
  AggregateGraph ag = aggregate(g);
  std::vector<ContestedPair> pairs = contested_pairs(ag);
  REQUIRE(pairs.size() == 1);
  const ContestedPair& p = pairs[0];
  CHECK(g.entity(p.a).name == "Alice Ames");
  CHECK(g.entity(p.b).name == "Bob Brook");
  CHECK(p.reports.size() == 3);
  CHECK(p.denials.size() == 1);
  CHECK(p.reporters == std::vector<std::string>{"person:carol-cole", "person:dan-dale"});
  CHECK(p.deniers == std::vector<std::string>{"person:bob-brook"});

  SUBCASE("a contact stated as denied contests it too") {
    ClaimGraph h = fixture_graph(
        {{"y1", "A", "", {{kContact, "Alice Ames", "Dan Dale", "Carol Cole"}}},
         {"y2", "B", "", {{kContact, "Dan Dale", "Alice Ames", "Eve Esposito", Stance::denied}}}});
    auto found = contested_pairs(aggregate(h));
    REQUIRE(found.size() == 1);
    CHECK(found[0].deniers == std::vector<std::string>{"person:eve-esposito"});
  }
  SUBCASE("without the denial nothing is contested") {
    CHECK(contested_pairs(aggregate(g, {{kContact}, {}, {}, 0.0, 0})).empty());
  }
}

TEST_CASE("thin_claims: one named claimant, or only anonymous ones") {
  ClaimGraph g = newsroom_fixture();
  AggregateGraph ag = aggregate(g);
  std::vector<std::string> seen;
  for (const ThinClaim& c : thin_claims(ag)) {
    const AggregateEdge& e = ag.edges[c.edge];
    seen.push_back(g.entity(e.source).name + " -- " + g.entity(e.target).name + ": " +
                   (c.anonymous ? "anonymous" : g.name_of(c.source)));
  }
  // Alice-Bob (Carol and Dan) is not thin; the rest are, strongest first.
  CHECK(
      joined(seen) ==
      joined({"Alice Ames -- Carol Cole: Dan Dale", "Bob Brook -- Alice Ames: Bob Brook",
              "Bob Brook -- Ruritania Government: anonymous", "Dan Dale -- Eve Esposito: anonymous",
              "Carol Cole -- Ruritania Government: anonymous"}));
  CHECK(named_claimant(g, "person:carol-cole"));
  CHECK_FALSE(named_claimant(g, "group:officials"));
  CHECK_FALSE(named_claimant(g, ""));
}
