// The explorer's name index answers every look-up exactly as the CLI's scan does, and
// suggests names as the user types them.

#include <doctest/doctest.h>

#include "graph/serve/name_index.h"
#include "query_fixture.h"
#include "test_util.h"

using namespace claimgraph;
using namespace claimgraph::test;

namespace {

/// The vertices of some candidates.
std::vector<ClaimGraph::Vertex> vertices(const std::vector<NameCandidate>& list) {
  std::vector<ClaimGraph::Vertex> out;
  for (const auto& c : list) out.push_back(c.vertex);
  return out;
}

}  // namespace

TEST_CASE("serve names: the index finds what the CLI's look-up finds") {
  ClaimGraph g = fixture_graph({{"n1",
                                 "Sentinel",
                                 "2024-01-10",
                                 {{kContact, "Alice Ames", "Bob Brook"},
                                  {kContact, "Carol Ames", "José Álvarez"},
                                  {kContact, "Bob Brook", "Harbor Authority"}}}});
  NameIndex index(g);
  for (const char* name :
       {"Alice Ames", "alice ames", "ALICE AMES", "person:bob-brook", "ames", "brook",
        "jose alvarez", "Álvarez", "Alise Ames", "harbor authority", "Nobody", "", "\xff\xfe"}) {
    CAPTURE(name);
    EntityLookup scanned = find_entity(g, name), indexed = index.find(name);
    CHECK(scanned.vertex == indexed.vertex);
    CHECK(vertices(scanned.candidates) == vertices(indexed.candidates));
    CHECK(vertices(scanned.suggestions) == vertices(indexed.suggestions));
    CHECK(index.find(name, false).suggestions.empty());
  }
}

TEST_CASE("serve names: suggestions by the start of any word, then anywhere") {
  ClaimGraph g = fixture_graph({{"n1",
                                 "Sentinel",
                                 "2024-01-10",
                                 {{kContact, "Alice Ames", "Bob Brook"},
                                  {kContact, "Bob Brook", "Carol Cole"},
                                  {kContact, "Bob Brook", "Dan Dale"},
                                  {kContact, "Dan Dale", "Rosa Bobrova"}}}});
  NameIndex index(g);
  auto name = [&](ClaimGraph::Vertex v) { return g.entity(v).name; };
  auto found = index.matching("bo", 10);
  REQUIRE(found.size() == 2);
  CHECK(name(found[0]) == "Bob Brook");  // most relations first
  CHECK(name(found[1]) == "Rosa Bobrova");
  found = index.matching("ROOK", 10);
  REQUIRE(found.size() == 1);
  CHECK(name(found[0]) == "Bob Brook");
  CHECK(index.matching("", 10).empty());
  CHECK(index.matching("a", 1).size() == 1);
}
