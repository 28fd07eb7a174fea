#include "graph/resolve/kind_votes.h"

#include <doctest/doctest.h>

#include "graph/text/normalize.h"

using namespace claimgraph;

namespace {

Entity entity(EntityKind kind, const std::string& name) {
  Entity e;
  e.id = std::string(to_string(kind)) + ":" + slug(name);
  e.name = name;
  e.kind = kind;
  return e;
}

/// One article holding the given entities.
void add_article(std::vector<ArticleExtraction>& out, const std::vector<Entity>& entities) {
  ArticleExtraction x;
  x.article_id = "a" + std::to_string(out.size());
  x.entities = entities;
  out.push_back(std::move(x));
}

}  // namespace

TEST_CASE("retype_guessed_people: a guessed person is the organisation other articles name") {
  std::vector<ArticleExtraction> a;
  add_article(a, {entity(EntityKind::organization, "Chevron")});
  add_article(a, {entity(EntityKind::organization, "Chevron")});
  SUBCASE("a name no one's given name or surname: the organisation") {
    add_article(a, {entity(EntityKind::person, "Chevron")});
    auto notes = retype_guessed_people(a, {});
    CHECK(a.back().entities[0].id == "organization:chevron");
    CHECK(a.back().entities[0].kind == EntityKind::organization);
    REQUIRE(notes.joined.count("organization:chevron") == 1);
    CHECK(notes.joined.at("organization:chevron")[0].id == "person:chevron");
  }
  SUBCASE("the surname of a person the graph names in full: stays a person") {
    add_article(a, {entity(EntityKind::person, "Ann Chevron")});
    add_article(a, {entity(EntityKind::person, "Chevron")});
    retype_guessed_people(a, {});
    CHECK(a.back().entities[0].id == "person:chevron");
  }
  SUBCASE("a name an alias rule holds is the rule's") {
    add_article(a, {entity(EntityKind::person, "Chevron")});
    auto rules = parse_alias_rules("Chevron = Chevron Smith\n", "aliases.txt");
    retype_guessed_people(a, rules);
    CHECK(a.back().entities[0].id == "person:chevron");
  }
  SUBCASE("groups say nothing") {
    std::vector<ArticleExtraction> b;
    add_article(b, {entity(EntityKind::group, "Latinos")});
    add_article(b, {entity(EntityKind::person, "Latinos")});
    retype_guessed_people(b, {});
    CHECK(b.back().entities[0].kind == EntityKind::person);
  }
}
