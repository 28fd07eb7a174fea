// Listing the merged entities for review: filters, order, counts, and safe terminal text.

#include "graph/query/entity_list.h"

#include <doctest/doctest.h>

#include "graph/io/entity_json.h"
#include "graph/io/terminal_text.h"

using namespace claimgraph;

namespace {

Entity entity(const std::string& id, const std::string& name, EntityKind kind) {
  Entity e;
  e.id = id;
  e.name = name;
  e.kind = kind;
  e.mentions = {{0, 1}};
  return e;
}

Relation relation(EntityIndex s, EntityIndex t) {
  Relation r;
  r.source = s;
  r.target = t;
  return r;
}

/// Trump in 3 relations, the campaign in 2, Hicks and Putin in 1 each (a tie), Comey in none.
ClaimGraph graph() {
  ArticleExtraction a;
  a.article_id = "a";
  a.entities = {entity("person:donald-trump", "Donald Trump", EntityKind::person),
                entity("campaign:trump-campaign", "Trump campaign", EntityKind::campaign),
                entity("person:vladimir-putin", "Vladimir Putin", EntityKind::person),
                entity("person:hope-hicks", "Hope Hicks", EntityKind::person)};
  a.relations = {relation(0, 1), relation(0, 2), relation(3, 1)};
  ArticleExtraction b;
  b.article_id = "b";
  b.entities = {entity("person:donald-trump", "Donald Trump", EntityKind::person),
                entity("person:james-comey", "James Comey", EntityKind::person),
                entity("government:fbi", "FBI", EntityKind::government)};
  b.relations = {relation(0, 2)};
  ClaimGraph g;
  g.add_article(a);
  g.add_article(b);
  return g;
}

std::vector<std::string> names(const std::vector<EntityRow>& rows) {
  std::vector<std::string> out;
  for (const auto& r : rows) out.push_back(r.name);
  return out;
}

}  // namespace

TEST_CASE("list_entities: kind, minimum degree and limit; most relations first, then name") {
  struct Row {
    const char* name;
    EntityListOptions options;
    std::vector<std::string> expected;
  };
  const Row rows[] = {
      {"all, by degree then name",
       {},
       {"Donald Trump", "Trump campaign", "FBI", "Hope Hicks", "Vladimir Putin", "James Comey"}},
      {"people only",
       {EntityKind::person, 0, 0},
       {"Donald Trump", "Hope Hicks", "Vladimir Putin", "James Comey"}},
      {"connected only",
       {std::nullopt, 1, 0},
       {"Donald Trump", "Trump campaign", "FBI", "Hope Hicks", "Vladimir Putin"}},
      {"degree two or more", {std::nullopt, 2, 0}, {"Donald Trump", "Trump campaign"}},
      {"a kind with none of that degree", {EntityKind::outlet, 0, 0}, {}},
      {"the first two", {std::nullopt, 0, 2}, {"Donald Trump", "Trump campaign"}},
      {"people of degree one, first one",
       {EntityKind::person, 1, 2},
       {"Donald Trump", "Hope Hicks"}},
  };
  ClaimGraph g = graph();
  for (const auto& row : rows) {
    SUBCASE(row.name) { CHECK(names(list_entities(g, row.options)) == row.expected); }
  }
}

TEST_CASE("list_entities: counts relations, articles and mentions") {
  auto rows = list_entities(graph(), {});
  REQUIRE(rows.size() == 6);
  CHECK(rows[0].id == "person:donald-trump");
  CHECK(rows[0].relations == 3);
  CHECK(rows[0].articles == 2);
  CHECK(rows[0].mentions == 2);
  CHECK(rows[5].relations == 0);
  CHECK(to_json_line(rows[0]) ==
        R"({"id":"person:donald-trump","name":"Donald Trump","kind":"person","aliases":[],)"
        R"("articles":2,"mentions":2,"relations":3})");
}

TEST_CASE("terminal_safe: control characters, backslashes and bad bytes become escapes") {
  CHECK(terminal_safe("Sergei Ryabkov") == "Sergei Ryabkov");
  CHECK(terminal_safe("Andrés Manuel López Obrador") == "Andrés Manuel López Obrador");
  CHECK(terminal_safe("a\nb\tc\\d") == "a\\nb\\tc\\\\d");
  CHECK(terminal_safe("\x1b[31mred\x7f") == "\\x1b[31mred\\x7f");
  CHECK(terminal_safe("\xc2\x9b"
                      "2J") == "\\u009b2J");
  CHECK(terminal_safe("bad \xff\xfe end \xe2\x82") == "bad \\xff\\xfe end \\xe2\\x82");
}
