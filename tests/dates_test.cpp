// Article dates in the formats news feeds write, normalised to ISO (graph/io/dates.h).

#include "graph/io/dates.h"

#include <doctest/doctest.h>

using namespace claimgraph;

TEST_CASE("dates: the common news formats become ISO dates") {
  struct Row {
    const char* format;
    const char* written;
    const char* iso;
  };
  const Row rows[] = {
      {"ISO day", "2016-09-19", "2016-09-19"},
      {"ISO with blanks around", "  2016-09-19\n", "2016-09-19"},
      {"ISO month", "2016-09", "2016-09"},
      {"ISO year", "2016", "2016"},
      {"ISO with slashes", "2016/09/19", "2016-09-19"},
      {"ISO date and time, UTC", "2016-09-19T14:03:00Z", "2016-09-19"},
      {"ISO with a space, fraction, offset", "2016-09-19 14:03:00.123456+00:00", "2016-09-19"},
      {"ISO with minutes only", "2016-09-19T14:03", "2016-09-19"},
      {"US numeric", "09/19/2016", "2016-09-19"},
      {"US numeric, short", "9/19/16", "2016-09-19"},
      {"US numeric, 1900s", "12/31/99", "1999-12-31"},
      {"US numeric with a time", "9/19/2016 2:03 PM", "2016-09-19"},
      {"AP abbreviation", "Sept. 19, 2016", "2016-09-19"},
      {"month name", "September 19, 2016", "2016-09-19"},
      {"month name, any case", "SEPTEMBER 19, 2016", "2016-09-19"},
      {"short month", "Sep 19, 2016", "2016-09-19"},
      {"short month, no comma", "Sep 19 2016", "2016-09-19"},
      {"day first", "19 September 2016", "2016-09-19"},
      {"ordinal and weekday", "Monday, September 19th, 2016", "2016-09-19"},
      {"month and year", "September 2016", "2016-09"},
      {"with 'at' and p.m. and zone", "September 19, 2016 at 2:03 p.m. EDT", "2016-09-19"},
      {"RFC 2822, offset", "Mon, 19 Sep 2016 14:03:00 +0000", "2016-09-19"},
      {"RFC 2822, GMT", "Mon, 19 Sep 2016 14:03:00 GMT", "2016-09-19"},
      {"RFC 2822, comment", "Tue, 20 Sep 2016 08:00:00 +0000 (UTC)", "2016-09-20"},
      {"leap day", "2016-02-29", "2016-02-29"},
  };
  for (const Row& row : rows) {
    SUBCASE(row.format) {
      auto iso = iso_date(row.written);
      REQUIRE(iso.has_value());
      CHECK(*iso == row.iso);
    }
  }
}

TEST_CASE("dates: a time zone never moves the day written") {
  // Late evening in New York is the next day in UTC; the article appeared on the 19th.
  CHECK(iso_date("2016-09-19T23:30:00-04:00") == "2016-09-19");
  CHECK(iso_date("Mon, 19 Sep 2016 23:30:00 EDT") == "2016-09-19");
  CHECK(iso_date("2016-09-20T01:00:00+09:00") == "2016-09-20");
}

TEST_CASE("dates: what is no date, or no real day, is not understood") {
  struct Row {
    const char* why;
    const char* written;
  };
  const Row rows[] = {
      {"words", "next Tuesday"},
      {"blank", "   "},
      {"a bare day", "19"},
      {"day-first numeric (month 13)", "19/09/2016"},
      {"February 30th", "2016-02-30"},
      {"no leap day in 2015", "2015-02-29"},
      {"month 0", "2016-00-10"},
      {"trailing text", "2016-09-19 or so"},
      {"hour 25", "2016-09-19T25:00"},
      {"unknown zone", "2016-09-19 14:03 XYZ"},
      {"a weekday alone", "Monday"},
  };
  for (const Row& row : rows) {
    SUBCASE(row.why) { CHECK_FALSE(iso_date(row.written).has_value()); }
  }
}
