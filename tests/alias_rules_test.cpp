// The alias file's syntax: kinds after ':', ids that hold a ':', and rules that contradict
// each other, named by both their lines.

#include "graph/resolve/alias_rules.h"

#include <doctest/doctest.h>

#include <stdexcept>

using namespace claimgraph;

TEST_CASE("parse_alias_rules: a kind alone, with '=', and ids whose ':' is no kind") {
  auto rules = parse_alias_rules(
      "Wells Fargo : organization\n"
      "Hillary Clinton = Hillary Rodham Clinton: person  # her name and kind\n"
      "Vladimir Putin = person:putin\n"
      "George W. Bush != George H.W. Bush\n",
      "a.txt");
  REQUIRE(rules.size() == 4);
  CHECK(rules[0].same);
  CHECK(rules[0].names == std::vector<std::string>{"Wells Fargo"});
  CHECK(rules[0].kind == EntityKind::organization);
  CHECK(rules[1].names == std::vector<std::string>{"Hillary Clinton", "Hillary Rodham Clinton"});
  CHECK(rules[1].kind == EntityKind::person);
  CHECK(rules[1].quoted() == "a.txt:2: Hillary Clinton = Hillary Rodham Clinton: person");
  CHECK(rules[2].names == std::vector<std::string>{"Vladimir Putin", "person:putin"});
  CHECK_FALSE(rules[2].kind);
  CHECK_FALSE(rules[3].same);
}

TEST_CASE("parse_alias_rules: bad lines, kinds and contradicting rules name their lines") {
  struct Row {
    const char* text;
    const char* error;
  };
  const Row rows[] = {
      {"just a name\n", "f:1: expected 'A = B', 'A != B' or 'A : kind'"},
      {"ok = fine\nA = \n", "f:2: empty name"},
      {"A != B != C\n", "f:1: '!=' takes exactly two names"},
      {"A \xff = B\n", "f: not valid UTF-8"},
      {"Wells Fargo : bank\n", "f:1: unknown kind 'bank'; expected one of person, campaign,"},
      {"A != B : person\n", "f:1: a kind goes with '=' or a name alone, not with '!='"},
      {"A = B\nx = y\nB != a\n", "f:3: 'B != a' contradicts f:1: 'A = B'"},
      {"A = B\nC = B\n\nA != C\n",
       "f:4: 'A != C' contradicts f:1: 'A = B' and f:2: 'C = B', which make them one entity"},
      {"A : person\nB = A : group\n",
       "f:2: 'B = A : group' contradicts f:1: 'A : person' (two kinds for one entity)"},
      {"George Bush != george bush\n", "f:1: 'George Bush != george bush' names one entity twice"},
  };
  for (const auto& row : rows) {
    SUBCASE(row.error) {
      try {
        parse_alias_rules(row.text, "f");
        FAIL("no error for " << row.text);
      } catch (const std::runtime_error& e) {
        CHECK(std::string(e.what()).rfind(row.error, 0) == 0);
      }
    }
  }
  CHECK_NOTHROW(parse_alias_rules("A : person\nA = B : person\nA != C\n", "f"));
}

TEST_CASE("rules_naming: by name, alias or id, normalised, in file order") {
  auto rules = parse_alias_rules("X = Y\nputin : person\nperson:putin = Z\nA != B\n", "f");
  auto naming = rules_naming(rules, {"Vladimir Putin", "Putin", "person:putin"});
  REQUIRE(naming.size() == 2);
  CHECK(naming[0]->where == "f:2");
  CHECK(naming[1]->where == "f:3");
}
