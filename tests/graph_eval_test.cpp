#include "graph/eval/graph_eval.h"

#include <doctest/doctest.h>

#include <map>

using namespace claimgraph;

namespace {

const char* kGold = R"({
 "article": "t",
 "entities": [
  {"name": "Sergei Ryabkov", "kind": "person", "aliases": ["Ryabkov"]},
  {"name": "Russian government", "kind": "government", "aliases": ["Russia", "Kremlin"]},
  {"name": "Trump campaign", "kind": "campaign", "aliases": ["Trump's campaign"]},
  {"name": "Washington Post", "kind": "outlet", "aliases": ["The Washington Post"]},
  {"name": "Russian journalists", "kind": "group", "optional": true}
 ],
 "relations": [
  {"kind": "contact", "source": "Russian government", "target": "Trump campaign", "claimant": "Sergei Ryabkov", "outlet": "Washington Post"},
  {"kind": "reported_by", "source": "Sergei Ryabkov", "target": "Washington Post"},
  {"kind": "affiliation", "source": "Sergei Ryabkov", "target": ["Russian government", "Trump campaign"]},
  {"kind": "denial", "source": "Trump campaign", "target": "Russian journalists", "optional": true}
 ]
})";

Entity entity(const std::string& name, EntityKind kind, std::vector<std::string> aliases = {}) {
  Entity e;
  e.id = name;
  e.name = name;
  e.kind = kind;
  e.aliases = std::move(aliases);
  return e;
}

Relation relation(RelationKind kind, EntityIndex s, EntityIndex t) {
  Relation r;
  r.kind = kind;
  r.source = s;
  r.target = t;
  return r;
}

}  // namespace

TEST_CASE("graph eval: entities match by any normalised name - optional ones count neither way") {
  GoldGraph gold = parse_gold(kGold);
  ArticleExtraction x;
  x.entities = {entity("Ryabkov", EntityKind::person),
                entity("the Kremlin", EntityKind::organization),   // matches, wrong kind
                entity("Washington Post's", EntityKind::outlet),   // trailing 's dropped
                entity("Russian journalists", EntityKind::group),  // optional: ignored
                entity("Nobody", EntityKind::person)};             // false hit
  GraphScore s = score_graph(gold, x);
  CHECK(s.entity.predicted == 4);
  CHECK(s.entity.matched_predicted == 3);
  CHECK(s.entity.gold == 4);
  CHECK(s.entity.matched_gold == 3);
  CHECK(s.entity_typed.matched_predicted == 2);
  CHECK(s.entity_typed.matched_gold == 2);
  std::vector<std::string> entity_misses;
  for (const auto& m : s.misses)
    if (m.what.rfind("entity ", 0) == 0) entity_misses.push_back(m.what);
  CHECK(entity_misses == std::vector<std::string>{"entity Trump campaign"});
  CHECK(s.misses.size() == 4);  // and the three required relations, none predicted
  REQUIRE(s.mistyped.size() == 1);
  CHECK(s.mistyped[0].what == "entity the Kremlin (organization, gold government)");
}

TEST_CASE("graph eval: relations, direction, alternatives, repeats and attribution") {
  GoldGraph gold = parse_gold(kGold);
  ArticleExtraction x;
  x.entities = {entity("Sergei Ryabkov", EntityKind::person),
                entity("Russia", EntityKind::government),
                entity("Trump's campaign", EntityKind::campaign),
                entity("The Washington Post", EntityKind::outlet)};
  Relation contact = relation(RelationKind::contact, 2, 1);  // reversed: contact ignores direction
  contact.claimant = 0;
  contact.outlet = 3;
  Relation repeat = relation(RelationKind::contact, 1, 2);
  Relation affiliation = relation(RelationKind::affiliation, 0, 2);  // second alternative
  Relation wrong_way = relation(RelationKind::reported_by, 3, 0);    // direction matters here
  Relation optional_denial = relation(RelationKind::denial, 2, 1);   // not optional's target: false
  x.relations = {contact, repeat, affiliation, wrong_way, optional_denial};
  GraphScore s = score_graph(gold, x);
  CHECK(s.relation.matched_predicted == 2);
  CHECK(s.relation.predicted == 4);  // the repeat counts neither way
  CHECK(s.relation.matched_gold == 2);
  CHECK(s.relation.gold == 3);
  CHECK(s.attribution_total == 1);
  CHECK(s.attribution_matched == 1);
  CHECK(s.relation.f1() == doctest::Approx(2 * 0.5 * (2.0 / 3) / (0.5 + 2.0 / 3)));
  const Counts& contacts = s.relation_by_kind[0];
  CHECK(contacts.predicted == 1);  // the repeat counts neither way
  CHECK(contacts.matched_gold == 1);
  const Counts& reported = s.relation_by_kind[2];
  CHECK(reported.predicted == 1);
  CHECK(reported.matched_predicted == 0);
  CHECK(reported.gold == 1);
  CHECK(reported.matched_gold == 0);
  CHECK(s.relation_by_kind[3].matched_gold == 1);
  CHECK(s.relation_by_kind[1].predicted == 1);  // the denial is a false hit
  CHECK(s.relation_by_kind[1].gold == 0);
}

TEST_CASE(
    "graph eval: a missed relation names a sentence with both parties; a false one its evidence") {
  GoldGraph gold = parse_gold(kGold);
  ArticleExtraction x;
  x.entities = {entity("Sergei Ryabkov", EntityKind::person),
                entity("Trump campaign", EntityKind::campaign)};
  Relation wrong = relation(RelationKind::denial, 1, 0);
  wrong.evidence_text = "The campaign denied it.";
  x.relations = {wrong};
  std::string text =
      "Ryabkov spoke on Monday. Officials in Russia had contacts, said Ryabkov.\n"
      "The Trump campaign denied it. According to The Washington Post, Ryabkov said so.";
  GraphScore s = score_graph(gold, x, text);
  std::map<std::string, std::string> sentence_of;
  for (const auto& m : s.misses) sentence_of[m.what] = m.sentence;
  CHECK(sentence_of["relation affiliation Sergei Ryabkov -> Russian government"] ==
        "Officials in Russia had contacts, said Ryabkov.");
  CHECK(sentence_of["relation reported_by Sergei Ryabkov -> Washington Post"] ==
        "According to The Washington Post, Ryabkov said so.");
  CHECK(sentence_of["relation contact Russian government -> Trump campaign"] == "");
  REQUIRE(s.false_hits.size() == 1);
  CHECK(s.false_hits[0].sentence == "The campaign denied it.");
}

TEST_CASE("graph eval: malformed gold is an error, not a crash") {
  CHECK_THROWS(parse_gold("{not json"));
  CHECK_THROWS(parse_gold(R"({"entities": []})"));
  CHECK_THROWS_WITH(
      parse_gold(
          R"({"entities": [], "relations": [{"kind": "contact", "source": "X", "target": "Y"}]})"),
      doctest::Contains("unknown entity 'X'"));
}
