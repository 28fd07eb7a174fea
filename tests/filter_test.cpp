// Choosing articles by outlet and date, and grouping dates by period.

#include "graph/query/filter.h"

#include <doctest/doctest.h>

using namespace claimgraph;

TEST_CASE("article filter: outlets in any case, date bounds at their own precision") {
  struct Row {
    ArticleFilter filter;
    const char* outlet;
    const char* date;
    bool kept;
  };
  const Row rows[] = {
      {{}, "", "", true},
      {{{"Politico"}, "", ""}, "politico ", "2016-09-19", true},
      {{{"Politico", "CNN"}, "", ""}, "CNN", "", true},
      {{{"Politico"}, "", ""}, "ABC News", "2016-09-19", false},
      {{{"Politico"}, "", ""}, "", "2016-09-19", false},
      {{{}, "2016-09", ""}, "", "2016-09-01", true},
      {{{}, "2016-09", ""}, "", "2016-08-31T23:59", false},
      {{{}, "", "2016-09"}, "", "2016-09-30T12:00:00Z", true},
      {{{}, "", "2016-09"}, "", "2016-10-01", false},
      {{{}, "2016", "2016"}, "", "2016-12-31", true},
      {{{}, "2016-09-19", "2016-09-19"}, "", "2016-09-19", true},
      {{{}, "2016-09-19", "2016-09-19"}, "", "2016-09-20", false},
      {{{}, "2016", ""}, "", "", false},                    // no date: not known to be inside
      {{{}, "2016", ""}, "", "September 19, 2016", false},  // not ISO: the same
  };
  for (const Row& row : rows) {
    CAPTURE(row.outlet);
    CAPTURE(row.date);
    CHECK(row.filter.accepts(row.outlet, row.date) == row.kept);
  }
}

TEST_CASE("article filter: date bounds are checked, dates group by period") {
  CHECK(check_date_bound("2016").empty());
  CHECK(check_date_bound("2016-09").empty());
  CHECK(check_date_bound("2016-09-19").empty());
  for (const char* bad : {"16", "2016-9", "2016/09/19", "2016-09-19T10", "last week", ""})
    CHECK_MESSAGE(!check_date_bound(bad).empty(), bad);
  CHECK(date_key("2016-09-19T10:00", "year") == "2016");
  CHECK(date_key("2016-09-19T10:00", "month") == "2016-09");
  CHECK(date_key("2016-09-19T10:00", "day") == "2016-09-19");
  CHECK(date_key("2016-09", "day") == "(no date)");
  CHECK(date_key("", "month") == "(no date)");
}
