#include "graph/text/person_name.h"

#include <doctest/doctest.h>

#include <string>

using namespace claimgraph;

TEST_CASE("middle_initials: one letter a middle name, however it is written") {
  struct Case {
    std::string_view name;
    std::string_view initials;
  };
  const Case cases[] = {
      {"George H.W. Bush", "hw"},
      {"George H. W. Bush", "hw"},
      {"George HW Bush", "hw"},
      {"George Herbert Walker Bush", "hw"},
      {"George W. Bush", "w"},
      {"George Walker Bush", "w"},
      {"George Bush", ""},
      {"Bush", ""},
      {"Martin Luther King Jr.", "l"},
      {"Donald Trump Jr.", ""},
      {"Hillary Rodham Clinton", "r"},
      {"  George   Bush  ", ""},  // two words, however spaced: no middle name
      {" George  H.  Bush", "h"},
      {"Jos\xC3\xA9 \xC3\x81"
       "ngel Gurr\xC3\xAD"
       "a",
       "\xC3\xA1"},
  };
  for (const auto& c : cases) {
    SUBCASE(std::string(c.name).c_str()) { CHECK(middle_initials(c.name) == c.initials); }
  }
}
