// Rankings: degree, weighted degree and betweenness over the aggregated graph; speakers; outlets
// with whom they quote.

#include "graph/query/rank.h"

#include <doctest/doctest.h>

#include "query_fixture.h"

using namespace claimgraph;
using namespace claimgraph::test;

namespace {

/// The rows as "name score".
std::vector<std::string> scored(const std::vector<RankRow>& rows) {
  std::vector<std::string> out;
  for (const auto& r : rows) {
    std::string score = std::to_string(r.score);
    score.erase(score.find_last_not_of('0') + 1);
    if (score.back() == '.') score.pop_back();
    out.push_back(r.name + " " + score);
  }
  return out;
}

}  // namespace

TEST_CASE("rank: each measure orders by score, then name") {
  ClaimGraph g = newsroom_fixture();
  AggregateGraph ag = aggregate(g);
  struct Row {
    const char* name;
    RankOptions options;
    std::vector<std::string> expected;
  };
  const Row rows[] = {
      {"degree",
       {RankBy::degree, std::nullopt, 0, 3},
       {"Alice Ames 3", "Bob Brook 3", "Ruritania Government 3", "Carol Cole 2", "Eve Esposito 2",
        "Dan Dale 1"}},
      {"weighted",
       {RankBy::weighted, std::nullopt, 0, 3},
       {"Alice Ames 5", "Bob Brook 5", "Ruritania Government 3", "Carol Cole 2", "Eve Esposito 2",
        "Dan Dale 1"}},
      {"betweenness",
       {RankBy::betweenness, std::nullopt, 0, 3},
       {"Ruritania Government 6.5", "Eve Esposito 4", "Bob Brook 1.5", "Carol Cole 1.5",
        "Alice Ames 0.5", "Dan Dale 0"}},
      {"speakers",
       {RankBy::speakers, std::nullopt, 0, 3},
       {"Carol Cole 2", "Dan Dale 2", "officials 2", "Bob Brook 1"}},
      {"people by degree, first two",
       {RankBy::degree, EntityKind::person, 2, 3},
       {"Alice Ames 3", "Bob Brook 3"}},
      {"outlets", {RankBy::outlets, std::nullopt, 0, 3}, {"Sentinel 4", "Ledger 3", "Gazette 2"}},
  };
  for (const Row& row : rows) {
    SUBCASE(row.name) { CHECK(joined(scored(rank(ag, row.options))) == joined(row.expected)); }
  }
}

TEST_CASE("rank: outlets list whom they quote most, with counts") {
  ClaimGraph g = newsroom_fixture();
  auto rows = rank(aggregate(g), {RankBy::outlets, std::nullopt, 0, 2});
  REQUIRE(rows.size() == 3);
  CHECK(rows[0].kind == "outlet");
  CHECK(rows[0].articles == 2);
  using Quote = std::pair<std::string, std::size_t>;
  CHECK(rows[0].quotes == std::vector<Quote>{{"officials", 2}, {"Carol Cole", 1}});
  CHECK(rows[2].quotes == std::vector<Quote>{{"Bob Brook", 1}, {"Dan Dale", 1}});
  CHECK(parse_rank_by("betweenness") == RankBy::betweenness);
  CHECK_FALSE(parse_rank_by("pagerank"));
}
