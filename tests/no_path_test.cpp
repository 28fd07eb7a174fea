// Why no path: different components, or the filter (or hop limit) that cut the connection.

#include "graph/query/no_path.h"

#include <doctest/doctest.h>

#include "query_fixture.h"

using namespace claimgraph;
using namespace claimgraph::test;

TEST_CASE("explain_no_path: names the options that alone cut the connection") {
  ClaimGraph g = newsroom_fixture();
  auto alice = *g.find_id(fixture_id("Alice Ames"));
  auto gov = *g.find_id(fixture_id("Ruritania Government"));
  struct Row {
    const char* name;
    RelationFilter filter;
    std::size_t max_hops;
    std::vector<std::string> cutting;
    std::size_t filtered_hops;
  };
  const Row rows[] = {
      {"one outlet", {{}, {}, {{"Gazette"}, "", ""}, 0.0, 0}, 0, {"--outlet"}, 0},
      {"two outlets", {{}, {}, {}, 0.0, 2}, 0, {"--min-outlets"}, 0},
      {"denials only", {{kDenial}, {}, {}, 0.0, 0}, 0, {"--kind"}, 0},
      {"two filters, either alone",
       {{}, {}, {{"Ledger"}, "", ""}, 0.5, 0},
       0,
       {"--outlet", "--min-confidence"},
       0},
      {"only both together", {{kDenial}, {Stance::hedged}, {}, 0.0, 0}, 0, {}, 0},
      {"too few hops", {}, 1, {"--max-hops"}, 2},
  };
  for (const Row& row : rows) {
    SUBCASE(row.name) {
      PathOptions options;
      options.max_hops = row.max_hops;
      REQUIRE(find_paths(aggregate(g, row.filter), alice, gov, options).paths.empty());
      NoPathReason why = explain_no_path(g, row.filter, options, alice, gov);
      CHECK_FALSE(why.disconnected);
      CHECK(joined(why.cutting) == joined(row.cutting));
      CHECK(why.filtered_hops == row.filtered_hops);
      REQUIRE(why.path);
      CHECK(why.path->hops.size() == 2);  // the path without the filters
      CHECK(why.unfiltered.edges.size() == 7);
    }
  }
}

TEST_CASE("explain_no_path: different components, with their sizes") {
  ClaimGraph g = newsroom_fixture();
  auto alice = *g.find_id(fixture_id("Alice Ames"));
  auto zed = *g.find_id(fixture_id("Zed Zorn"));
  NoPathReason why = explain_no_path(g, {}, {}, alice, zed);
  CHECK(why.disconnected);
  CHECK(why.from_component == 6);  // Alice, Bob, Carol, the government, Eve, Dan
  CHECK(why.to_component == 1);
  CHECK_FALSE(why.path);
  CHECK(why.cutting.empty());
}
