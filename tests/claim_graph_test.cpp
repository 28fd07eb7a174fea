#include "graph/model/claim_graph.h"

#include <doctest/doctest.h>

#include "graph/query/names.h"
#include "graph/query/path.h"

using namespace claimgraph;

namespace {

Entity entity(const std::string& id, const std::string& name, EntityKind kind,
              std::vector<std::string> aliases = {}) {
  Entity e;
  e.id = id;
  e.name = name;
  e.kind = kind;
  e.aliases = std::move(aliases);
  e.mentions = {{0, 1}};
  return e;
}

Relation relation(RelationKind kind, EntityIndex s, EntityIndex t, const std::string& text) {
  Relation r;
  r.kind = kind;
  r.source = s;
  r.target = t;
  r.evidence = {0, static_cast<std::uint32_t>(text.size())};
  r.evidence_text = text;
  r.cue_text = "cue";
  r.confidence = 0.8;
  return r;
}

/// Two articles sharing "Trump campaign"; a third entity reachable only through it.
ClaimGraph two_articles() {
  ArticleExtraction a;
  a.article_id = "a";
  a.entities = {entity("person:hope-hicks", "Hope Hicks", EntityKind::person, {"Hicks"}),
                entity("campaign:trump-campaign", "Trump campaign", EntityKind::campaign)};
  a.relations = {relation(RelationKind::affiliation, 0, 1, "Trump spokesperson Hope Hicks")};
  ArticleExtraction b;
  b.article_id = "b";
  b.entities = {entity("government:russian-government", "Russian government",
                       EntityKind::government, {"Russia", "Kremlin"}),
                entity("campaign:trump-campaign", "Trump campaign", EntityKind::campaign,
                       {"Trump's campaign team"}),
                entity("person:vladimir-putin", "Vladimir Putin", EntityKind::person, {"Putin"})};
  b.relations = {relation(RelationKind::contact, 0, 1, "there were contacts"),
                 relation(RelationKind::affiliation, 2, 0, "Russian President Vladimir Putin"),
                 relation(RelationKind::denial, 1, 0, "had no contact")};
  ClaimGraph g;
  g.add_article(a);
  g.add_article(b);
  return g;
}

}  // namespace

TEST_CASE("claim graph: the same entity from two articles is one vertex") {
  ClaimGraph g = two_articles();
  CHECK(g.entity_count() == 4);
  CHECK(g.relation_count() == 4);
  auto v = g.find_id("campaign:trump-campaign");
  REQUIRE(v);
  const EntityNode& node = g.entity(*v);
  CHECK(node.articles == std::vector<std::string>{"a", "b"});
  CHECK(node.aliases == std::vector<std::string>{"Trump's campaign team"});
  CHECK(node.mentions == 2);
  CHECK(g.name_of("person:vladimir-putin") == "Vladimir Putin");
  CHECK(g.name_of("") == "");
}

TEST_CASE("find_entity: any alias, any case - near names suggested") {
  ClaimGraph g = two_articles();
  struct Row {
    const char* query;
    const char* expect;
  };
  const Row rows[] = {{"kremlin", "Russian government"},
                      {"HOPE HICKS", "Hope Hicks"},
                      {"putin", "Vladimir Putin"},
                      {"the Trump campaign", "Trump campaign"},
                      {"person:hope-hicks", "Hope Hicks"}};
  for (const auto& row : rows) {
    SUBCASE(row.query) {
      auto found = find_entity(g, row.query);
      REQUIRE(found.vertex);
      CHECK(g.entity(*found.vertex).name == row.expect);
    }
  }
  auto miss = find_entity(g, "Vladimir Puttin");
  CHECK_FALSE(miss.vertex);
  REQUIRE_FALSE(miss.suggestions.empty());
  CHECK(miss.suggestions.front().name == "Vladimir Putin");
}

TEST_CASE("find_paths: hops in order with every aggregated edge between each pair") {
  ClaimGraph g = two_articles();
  auto hicks = *find_entity(g, "Hope Hicks").vertex;
  auto putin = *find_entity(g, "Putin").vertex;
  AggregateGraph ag = aggregate(g);
  auto found = find_paths(ag, hicks, putin, {});
  REQUIRE(found.paths.size() == 1);
  const auto& path = found.paths[0].hops;
  REQUIRE(path.size() == 3);
  CHECK(g.entity(path[0].to).name == "Trump campaign");
  CHECK(g.entity(path[1].to).name == "Russian government");
  CHECK(path[1].edges.size() == 2);  // the contact and the denial
  CHECK(path[2].edges.size() == 1);
  CHECK(find_paths(ag, hicks, hicks, {}).paths.at(0).hops.empty());

  ArticleExtraction lone;
  lone.article_id = "c";
  lone.entities = {entity("person:nobody", "Nobody", EntityKind::person)};
  g.add_article(lone);
  CHECK(find_paths(aggregate(g), hicks, *g.find_id("person:nobody"), {}).paths.empty());
}

TEST_CASE("neighbourhood: breadth-first within a radius") {
  ClaimGraph g = two_articles();
  auto hicks = *find_entity(g, "Hope Hicks").vertex;
  CHECK(neighbourhood(g, hicks, 1).size() == 2);
  CHECK(neighbourhood(g, hicks, 2).size() == 3);
  CHECK(neighbourhood(g, hicks, 3).size() == 4);
}
