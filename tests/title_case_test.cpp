// Title-case sentences: headlines set into the text, where capitals prove no name.
#include "graph/text/title_case.h"

#include <doctest/doctest.h>

#include <string>

using namespace claimgraph;

TEST_CASE("title case: a headline's capitals, not a sentence full of names") {
  struct Case {
    const char* text;
    bool title_case;
  };
  const Case cases[] = {
      {"FBI Makes Final Preparations To Interview Hillary Clinton.", true},
      {"Clinton Breaks With Obama On 9/11 Lawsuit Bill.", true},  // a number has no case
      {"Why Progressives Are Celebrating Hillary Clinton's Populist Speech.", true},
      {"Canada of the North Will Welcome a New Mayor.", true},  // short words stay small
      {"Brenmart CEO John Stumpf met Gina Ortiz.", false},      // a verb in lower case: prose
      {"Ann Lee and Bo Chen spoke.", false},
      {"Trump Wins Big.", false},  // three words are too few to tell
      {"The mayor said the talks had failed.", false},
  };
  for (const auto& c : cases) {
    SUBCASE(c.text) {
      Document doc(c.text, [](std::string_view) { return false; });
      REQUIRE(doc.sentences().size() == 1);
      CHECK(is_title_case(doc, doc.sentences()[0]) == c.title_case);
    }
  }
}
