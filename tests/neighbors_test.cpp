// Ego networks: the entities within some hops and their edges, by kind, strongest first.

#include "graph/query/neighbors.h"

#include <doctest/doctest.h>

#include "query_fixture.h"

using namespace claimgraph;
using namespace claimgraph::test;

namespace {

/// The edges as "kind: source -- target".
std::vector<std::string> edge_names(const AggregateGraph& ag, const EgoNetwork& ego) {
  std::vector<std::string> out;
  for (std::size_t e : ego.edges)
    out.push_back(std::string(to_string(ag.edges[e].kind)) + ": " +
                  ag.graph->entity(ag.edges[e].source).name + " -- " +
                  ag.graph->entity(ag.edges[e].target).name);
  return out;
}

}  // namespace

TEST_CASE("ego_network: by kind in contract order, most articles first, within the radius") {
  ClaimGraph g = newsroom_fixture();
  auto alice = *g.find_id(fixture_id("Alice Ames"));
  struct Row {
    const char* name;
    RelationFilter filter;
    std::size_t depth;
    std::size_t entities;
    std::vector<std::string> edges;
  };
  const Row rows[] = {
      {"one hop",
       {},
       1,
       3,
       {"contact: Alice Ames -- Bob Brook", "contact: Alice Ames -- Carol Cole",
        "denial: Bob Brook -- Alice Ames"}},
      {"two hops",
       {},
       2,
       4,
       {"contact: Alice Ames -- Bob Brook", "contact: Alice Ames -- Carol Cole",
        "contact: Bob Brook -- Ruritania Government", "contact: Carol Cole -- Ruritania Government",
        "denial: Bob Brook -- Alice Ames"}},
      {"contacts only",
       {{kContact}, {}, {}, 0.0, 0},
       1,
       3,
       {"contact: Alice Ames -- Bob Brook", "contact: Alice Ames -- Carol Cole"}},
      {"denials only", {{kDenial}, {}, {}, 0.0, 0}, 2, 2, {"denial: Bob Brook -- Alice Ames"}},
  };
  for (const Row& row : rows) {
    SUBCASE(row.name) {
      AggregateGraph ag = aggregate(g, row.filter);
      EgoNetwork ego = ego_network(ag, alice, row.depth);
      CHECK(ego.entities.size() == row.entities);
      CHECK(ego.entities.front() == alice);
      CHECK(ego.depth.front() == 0);
      CHECK(joined(edge_names(ag, ego)) == joined(row.edges));
    }
  }
}
