// Looking entities up by any name: aliases, case, accents, surnames; near names for typos and
// candidates for ambiguous names.

#include "graph/query/names.h"

#include <doctest/doctest.h>

using namespace claimgraph;

namespace {

Entity named(const std::string& id, const std::string& name, EntityKind kind,
             std::vector<std::string> aliases, std::size_t mentions) {
  Entity e;
  e.id = id;
  e.name = name;
  e.kind = kind;
  e.aliases = std::move(aliases);
  e.mentions.assign(mentions, Span{0, 1});
  return e;
}

/// A graph with two Clintons of like weight, a dominant Trump, an accented name and an
/// organisation with a short odd name.
ClaimGraph names_graph() {
  ArticleExtraction a;
  a.article_id = "a";
  a.entities = {
      named("person:sergei-ryabkov", "Sergei Ryabkov", EntityKind::person, {}, 2),
      named("person:vladimir-putin", "Vladimir Putin", EntityKind::person, {"Putin"}, 5),
      named("organization:d-ti", "D., TI", EntityKind::organization, {}, 1),
      named("person:jose-alvarez", "José Álvarez", EntityKind::person, {}, 1),
      named("person:hillary-clinton", "Hillary Clinton", EntityKind::person, {"Clinton"}, 4),
      named("person:bill-clinton", "Bill Clinton", EntityKind::person, {"Clinton"}, 3),
      named("person:donald-trump", "Donald Trump", EntityKind::person, {"Trump"}, 12),
      named("organization:trump-organization", "Trump Organization", EntityKind::organization,
            {"Trump"}, 1)};
  Relation r;
  r.source = 0;
  r.target = 1;
  a.relations = {r};
  ClaimGraph g;
  g.add_article(a);
  return g;
}

}  // namespace

TEST_CASE("find_entity: ids, names, aliases, surnames, in any case and without accents") {
  ClaimGraph g = names_graph();
  struct Row {
    const char* query;
    const char* expect;
  };
  const Row rows[] = {{"person:bill-clinton", "Bill Clinton"},
                      {"VLADIMIR PUTIN", "Vladimir Putin"},
                      {"putin", "Vladimir Putin"},
                      {"Ryabkov", "Sergei Ryabkov"},
                      {"jose alvarez", "José Álvarez"},
                      {"JOSÉ ÁLVAREZ", "José Álvarez"},
                      {"Trump", "Donald Trump"},  // 12 mentions against 1: dominant
                      {"the Trump Organization", "Trump Organization"}};
  for (const Row& row : rows) {
    SUBCASE(row.query) {
      EntityLookup found = find_entity(g, row.query);
      REQUIRE(found.vertex);
      CHECK(g.entity(*found.vertex).name == row.expect);
      CHECK(found.candidates.empty());
    }
  }
}

TEST_CASE("find_entity: near names for typos, by alias and by surname") {
  ClaimGraph g = names_graph();
  struct Row {
    const char* query;
    const char* first;
  };
  const Row rows[] = {{"Ryabkof", "Sergei Ryabkov"},
                      {"Vladimir Poutine", "Vladimir Putin"},
                      {"Sergey Ryabkof", "Sergei Ryabkov"},
                      {"Pootin", "Vladimir Putin"}};
  for (const Row& row : rows) {
    SUBCASE(row.query) {
      EntityLookup found = find_entity(g, row.query);
      CHECK_FALSE(found.vertex);
      REQUIRE_FALSE(found.suggestions.empty());
      CHECK(found.suggestions.front().name == row.first);
      for (const auto& s : found.suggestions) CHECK(s.name != "D., TI");
    }
  }
  EntityLookup far = find_entity(g, "Angela Merkel");
  CHECK_FALSE(far.vertex);
  CHECK(far.suggestions.empty());
}

TEST_CASE("find_entity: an ambiguous name lists its candidates with kind and degree") {
  ClaimGraph g = names_graph();
  EntityLookup found = find_entity(g, "clinton");
  CHECK_FALSE(found.vertex);
  REQUIRE(found.candidates.size() == 2);
  CHECK(found.candidates[0].kind == EntityKind::person);
  CHECK(found.candidates[0].degree == 0);
  std::vector<std::string> names{found.candidates[0].name, found.candidates[1].name};
  std::sort(names.begin(), names.end());
  CHECK(names == std::vector<std::string>{"Bill Clinton", "Hillary Clinton"});
  EntityLookup putin = find_entity(g, "Vladimir Putin");
  CHECK(degree_of(g, *putin.vertex) == 1);
}

TEST_CASE("fold_name: case, punctuation and accents fold away") {
  CHECK(fold_name("José Álvarez") == "jose alvarez");
  CHECK(fold_name("  The KREMLIN's ") == "kremlin");
  CHECK(fold_name("Poutine") == fold_name("POUTINE"));
}

TEST_CASE("find_entity: an ambiguous name's candidates include those with it as alias") {
  ArticleExtraction a;
  a.article_id = "a";
  a.entities = {named("person:trump", "Trump", EntityKind::person, {}, 2),
                named("organization:trump", "Trump", EntityKind::organization, {}, 2),
                named("person:donald-trump", "Donald Trump", EntityKind::person, {"Trump"}, 12)};
  Relation r;
  r.source = 2;
  r.target = 1;
  Relation s = r;
  s.target = 0;
  a.relations = {r, r, s};  // Donald Trump in 3 relations, the organisation 2, "Trump" 1
  ClaimGraph g;
  g.add_article(a);
  EntityLookup found = find_entity(g, "TRUMP");
  CHECK_FALSE(found.vertex);
  REQUIRE(found.candidates.size() == 3);
  CHECK(found.candidates[0].name == "Donald Trump");  // most relations first
  CHECK(found.candidates[0].degree == 3);
  CHECK(found.candidates[1].kind == EntityKind::organization);
  CHECK(found.candidates[2].kind == EntityKind::person);
}
