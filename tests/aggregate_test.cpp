// Aggregating relations into one edge per (source, target, kind), and filtering what queries see.

#include "graph/query/aggregate.h"

#include <doctest/doctest.h>

#include "query_fixture.h"

using namespace claimgraph;
using namespace claimgraph::test;

namespace {

/// The aggregated edge between two named entities of a kind, or null.
const AggregateEdge* edge_between(const AggregateGraph& ag, const std::string& a,
                                  const std::string& b, RelationKind kind) {
  for (const auto& e : ag.edges) {
    const auto& s = ag.graph->entity(e.source).name;
    const auto& t = ag.graph->entity(e.target).name;
    if (e.kind == kind && ((s == a && t == b) || (s == b && t == a))) return &e;
  }
  return nullptr;
}

}  // namespace

TEST_CASE("aggregate: one edge per pair and kind, with its support, stances and dates") {
  ClaimGraph g = newsroom_fixture();
  AggregateGraph ag = aggregate(g);
  CHECK(g.relation_count() == 9);
  CHECK(ag.edges.size() == 7);  // Alice-Bob's three contacts are one edge
  const AggregateEdge* met = edge_between(ag, "Alice Ames", "Bob Brook", kContact);
  REQUIRE(met);
  CHECK(met->relations.size() == 3);
  CHECK(met->support.articles == 3);
  CHECK(met->support.outlets == 3);
  CHECK(met->support.claimants == 2);
  CHECK(met->stances == std::vector<Stance>{Stance::asserted, Stance::hedged});
  CHECK(met->first_date == "2024-01-10");
  CHECK(met->last_date == "2024-03-10");
  const AggregateEdge* denied = edge_between(ag, "Bob Brook", "Alice Ames", kDenial);
  REQUIRE(denied);
  CHECK(g.entity(denied->source).name == "Bob Brook");  // a denial keeps its direction
  auto alice = *g.find_id("person:alice-ames");
  CHECK(ag.incident[alice].size() == 3);
  auto zed = *g.find_id("person:zed-zorn");
  CHECK(ag.incident[zed].empty());
}

TEST_CASE("aggregate: filters by kind, stance, outlet, date, confidence and outlet count") {
  ClaimGraph g = newsroom_fixture();
  struct Row {
    const char* name;
    RelationFilter filter;
    std::size_t edges;
    std::size_t alice_bob_articles;  // 0: the Alice-Bob contact is gone
  };
  const Row rows[] = {
      {"none", {}, 7, 3},
      {"denials only", {{kDenial}, {}, {}, 0.0, 0}, 1, 0},
      {"hedged only", {{}, {Stance::hedged}, {}, 0.0, 0}, 1, 1},
      {"Gazette only", {{}, {}, {{"gazette"}, "", ""}, 0.0, 0}, 2, 1},
      {"from February", {{}, {}, {{}, "2024-02", ""}, 0.0, 0}, 6, 2},
      {"until February", {{}, {}, {{}, "", "2024-02"}, 0.0, 0}, 3, 2},
      {"confidence 0.5", {{}, {}, {}, 0.5, 0}, 6, 3},
      {"two outlets", {{}, {}, {}, 0.0, 2}, 1, 3},
  };
  for (const Row& row : rows) {
    SUBCASE(row.name) {
      AggregateGraph ag = aggregate(g, row.filter);
      CHECK(ag.edges.size() == row.edges);
      const AggregateEdge* met = edge_between(ag, "Alice Ames", "Bob Brook", kContact);
      CHECK((met ? met->support.articles : 0) == row.alice_bob_articles);
      for (std::size_t v = 0; v < ag.incident.size(); ++v)
        for (std::size_t e : ag.incident[v]) CHECK(e < ag.edges.size());
    }
  }
}

TEST_CASE("aggregate: an outlet counts once in any case and spacing; none when unknown") {
  ClaimGraph g = fixture_graph({{"x1", "CNN", "", {{kContact, "Alice Ames", "Bob Brook"}}},
                                {"x2", "cnn ", "", {{kContact, "Bob Brook", "Alice Ames"}}},
                                {"x3", "", "", {{kContact, "Alice Ames", "Bob Brook"}}}});
  AggregateGraph ag = aggregate(g);
  REQUIRE(ag.edges.size() == 1);
  CHECK(ag.edges[0].support.articles == 3);
  CHECK(ag.edges[0].support.outlets == 1);  // "CNN" and "cnn " are one; x3 names none
  CHECK(ag.edges[0].first_date.empty());
}
