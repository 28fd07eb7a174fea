#include "graph/text/normalize.h"

#include <doctest/doctest.h>

using namespace claimgraph;

TEST_CASE("normalize_name: the scoring contract's rules") {
  struct Row {
    const char* in;
    const char* out;
  };
  const Row rows[] = {
      {"The Washington Post", "washington post"},
      {"Trump's", "trump"},
      {"Trump\xE2\x80\x99s campaign", "trump s campaign"},
      {"  U.S.   officials ", "u s officials"},
      {"CBS\xC2\xA0"
       "4",
       "cbs 4"},                                        // no-break space folds
      {"\xEF\xBC\xA6\xEF\xBC\xA2\xEF\xBC\xA9", "fbi"},  // full-width letters, NFKC
      {"Hope Hicks", "hope hicks"},
      {"Theresa May", "theresa may"},  // "the" only as a whole word
      {"", ""},
  };
  for (const auto& row : rows) {
    SUBCASE(row.in) { CHECK(normalize_name(row.in) == row.out); }
  }
}

TEST_CASE("slug and edit distance") {
  CHECK(slug("Russian Foreign Ministry") == "russian-foreign-ministry");
  CHECK(edit_distance("putin", "putn") == 1);
  CHECK(edit_distance("", "abc") == 3);
  CHECK(edit_distance("same", "same") == 0);
}
