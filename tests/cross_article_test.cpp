#include "graph/resolve/cross_article.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <stdexcept>

#include "graph/extract/extractor.h"

using namespace claimgraph;

namespace {

std::vector<ArticleExtraction> extract_all(const std::vector<std::string>& texts) {
  std::vector<ArticleExtraction> out;
  for (std::size_t i = 0; i < texts.size(); ++i)
    out.push_back(extract_article(Article{"a" + std::to_string(i), texts[i], "", "", ""},
                                  Lexicon::builtin()));
  return out;
}

const EntityNode* named(const ClaimGraph& g, const std::string& name) {
  for (auto v : boost::make_iterator_range(boost::vertices(g.graph())))
    if (g.entity(v).name == name) return &g.entity(v);
  return nullptr;
}

const std::vector<std::string> kTexts = {
    "Donald Trump met Vladimir Putin in Helsinki.",
    "On Tuesday, Trump said he talked with Putin.",
    "Donald Trump Jr. met Natalia Veselnitskaya in June.",
};

}  // namespace

TEST_CASE("parse_alias_rules: same and different, comments") {
  auto rules = parse_alias_rules(
      "# people\nVladimir Putin = Vladimir V. Putin = Putin\n\n"
      "Donald Trump != Donald Trump Jr.  # not the son\n",
      "aliases.txt");
  REQUIRE(rules.size() == 2);
  CHECK(rules[0].same);
  CHECK(rules[0].names == std::vector<std::string>{"Vladimir Putin", "Vladimir V. Putin", "Putin"});
  CHECK(rules[0].where == "aliases.txt:2");
  CHECK_FALSE(rules[1].same);
  CHECK(rules[1].names == std::vector<std::string>{"Donald Trump", "Donald Trump Jr."});
  CHECK(rules[1].where == "aliases.txt:4");
}

TEST_CASE("build_claim_graph: a lone surname joins the one full name that has it") {
  ClaimGraph g = build_claim_graph(extract_all({kTexts[0], kTexts[1]}), {});
  const EntityNode* putin = named(g, "Vladimir Putin");
  REQUIRE(putin != nullptr);
  CHECK(putin->articles == std::vector<std::string>{"a0", "a1"});
  REQUIRE(putin->merged.size() == 1);
  CHECK(putin->merged[0].id == "person:putin");
  CHECK(putin->merged[0].reason.find("surname of Vladimir Putin") != std::string::npos);
  CHECK(named(g, "Putin") == nullptr);
}

TEST_CASE("build_claim_graph: '!=' keeps apart what keys would merge, and is reversible") {
  // Initials are not part of a person's key, so these two share one without a rule.
  const std::vector<std::string> texts = {"John Smith met Vladimir Putin in Helsinki.",
                                          "John A. Smith met Natalia Veselnitskaya in June."};
  auto without = build_claim_graph(extract_all(texts), {});
  CHECK(named(without, "John Smith") == nullptr);  // the fuller name took the node
  REQUIRE(named(without, "John A. Smith") != nullptr);
  CHECK(named(without, "John A. Smith")->articles.size() == 2);
  auto rules = parse_alias_rules("John Smith != John A. Smith\n", "aliases.txt");
  auto with = build_claim_graph(extract_all(texts), rules);
  const EntityNode* one = named(with, "John Smith");
  const EntityNode* other = named(with, "John A. Smith");
  REQUIRE(one != nullptr);
  REQUIRE(other != nullptr);
  CHECK(one->id != other->id);
  CHECK(other->articles == std::vector<std::string>{"a1"});
}

TEST_CASE("build_claim_graph: a generational suffix is another person") {
  auto g = build_claim_graph(extract_all(kTexts), {});
  const EntityNode* father = named(g, "Donald Trump");
  const EntityNode* son = named(g, "Donald Trump Jr.");
  REQUIRE(father != nullptr);
  REQUIRE(son != nullptr);
  CHECK(father->articles == std::vector<std::string>{"a0", "a1"});
  CHECK(son->articles == std::vector<std::string>{"a2"});
}

TEST_CASE("build_claim_graph: '=' merges, shows the first name and says which line did it") {
  auto rules = parse_alias_rules("Vladimir Putin = Natalia Veselnitskaya\n", "aliases.txt");
  auto g = build_claim_graph(extract_all({kTexts[0], kTexts[2]}), rules);
  const EntityNode* merged = named(g, "Vladimir Putin");
  REQUIRE(merged != nullptr);
  CHECK(named(g, "Natalia Veselnitskaya") == nullptr);
  REQUIRE(merged->merged.size() == 1);
  CHECK(merged->merged[0].reason == "aliases.txt:1: Vladimir Putin = Natalia Veselnitskaya");
}

TEST_CASE("build_claim_graph: the same input in any order gives the same ids") {
  auto forward = build_claim_graph(extract_all(kTexts), {});
  auto backward = build_claim_graph(extract_all({kTexts[2], kTexts[1], kTexts[0]}), {});
  std::vector<std::string> a, b;
  for (auto v : boost::make_iterator_range(boost::vertices(forward.graph())))
    a.push_back(forward.entity(v).id);
  for (auto v : boost::make_iterator_range(boost::vertices(backward.graph())))
    b.push_back(backward.entity(v).id);
  std::sort(a.begin(), a.end());
  std::sort(b.begin(), b.end());
  CHECK(a == b);
}

namespace {

/// An article with one relation, from its first entity to its second.
ArticleExtraction article(const std::string& id, std::vector<Entity> entities) {
  ArticleExtraction x;
  x.article_id = id;
  x.entities = std::move(entities);
  Relation r;
  r.source = 0;
  r.target = 1;
  x.relations = {r};
  return x;
}

Entity person(const std::string& id, const std::string& name,
              std::vector<std::string> aliases = {}) {
  Entity e;
  e.id = id;
  e.name = name;
  e.aliases = std::move(aliases);
  e.mentions = {{0, 1}};
  return e;
}

/// Four articles whose Bushes all have the first-and-last-name key "person:george-bush".
std::vector<ArticleExtraction> bushes() {
  return {
      article("w", {person("person:george-bush", "George W. Bush", {"Bush"}),
                    person("person:tony-blair", "Tony Blair")}),
      article("hw", {person("person:george-bush", "George H.W. Bush"),
                     person("person:mikhail-gorbachev", "Mikhail Gorbachev")}),
      article("mixed", {person("person:george-bush", "George H.W. Bush", {"George W. Bush"}),
                        person("person:vladimir-putin", "Vladimir Putin")}),
      article("plain", {person("person:george-bush", "George Bush", {"President George W. Bush"}),
                        person("person:helmut-kohl", "Helmut Kohl")}),
      article("bare", {person("person:george-bush", "George Bush"),
                       person("person:jacques-chirac", "Jacques Chirac")}),
  };
}

}  // namespace

TEST_CASE("build_claim_graph: '!=' splits two people who share a key, and says why") {
  auto without = build_claim_graph(bushes(), {});
  CHECK(without.entity_count() == 6);  // one Bush for all five articles
  auto rules = parse_alias_rules("George W. Bush != George H.W. Bush\n", "aliases.txt");
  auto g = build_claim_graph(bushes(), rules);
  const EntityNode* w = named(g, "George W. Bush");
  const EntityNode* hw = named(g, "George H.W. Bush");
  const EntityNode* neither = named(g, "George Bush");
  REQUIRE(w != nullptr);
  REQUIRE(hw != nullptr);
  REQUIRE(neither != nullptr);
  CHECK(w->id == "person:george-w-bush");
  CHECK(hw->id == "person:george-h-w-bush");
  CHECK(neither->id == "person:george-bush");
  SUBCASE("a name decides, else the article's own full name; neither stays apart") {
    CHECK(w->articles == std::vector<std::string>{"w"});
    CHECK(hw->articles == std::vector<std::string>{"hw", "mixed"});
    CHECK(neither->articles == std::vector<std::string>{"plain", "bare"});
  }
  SUBCASE("an article mixing both follows its name, without the other side's name") {
    CHECK(std::count(hw->aliases.begin(), hw->aliases.end(), "George W. Bush") == 0);
  }
  SUBCASE("the notes name the rule") {
    const std::string rule = "aliases.txt:1: George W. Bush != George H.W. Bush";
    REQUIRE(w->merged.size() == 1);
    CHECK(w->merged[0].reason == rule + " (named George W. Bush)");
    auto apart = [&](const EntityNode* e, const std::string& id) {
      for (const auto& n : e->kept_apart)
        if (n.id == id && n.reason.rfind(rule, 0) == 0) return true;
      return false;
    };
    CHECK(apart(w, "person:george-h-w-bush"));
    CHECK(apart(hw, "person:george-w-bush"));
    CHECK(apart(neither, "person:george-w-bush"));
    CHECK(apart(neither, "person:george-h-w-bush"));
  }
}

TEST_CASE("build_claim_graph: with one side present, a name of neither side follows it") {
  auto articles = bushes();
  articles.erase(articles.begin() + 1, articles.begin() + 3);  // no George H.W. Bush left
  auto rules = parse_alias_rules("George W. Bush != George H.W. Bush\n", "aliases.txt");
  auto g = build_claim_graph(articles, rules);
  const EntityNode* w = named(g, "George W. Bush");
  REQUIRE(w != nullptr);
  CHECK(w->articles == std::vector<std::string>{"w", "plain", "bare"});
  CHECK(named(g, "George Bush") == nullptr);
}

TEST_CASE("build_claim_graph: a rule sets the kind and the name shown") {
  std::vector<ArticleExtraction> articles = {
      article("a",
              {person("person:wells-fargo", "Wells Fargo"), person("person:bob", "Bob Jones")}),
      article("b", {person("person:hillary-clinton", "Hillary Clinton"),
                    person("person:bob", "Bob Jones")}),
  };
  Entity org = person("organization:wells-fargo", "Wells Fargo");
  org.kind = EntityKind::organization;
  articles.push_back(article("c", {org, person("person:bob", "Bob Jones")}));
  auto rules = parse_alias_rules(
      "Wells Fargo : organization\nHillary Rodham Clinton = Hillary Clinton : person\n", "f");
  auto g = build_claim_graph(articles, rules);
  const EntityNode* bank = named(g, "Wells Fargo");
  REQUIRE(bank != nullptr);
  CHECK(bank->kind == EntityKind::organization);
  CHECK(bank->id == "organization:wells-fargo");
  CHECK(bank->articles == std::vector<std::string>{"a", "c"});  // the person key joined it
  REQUIRE(bank->merged.size() == 1);
  CHECK(bank->merged[0].id == "person:wells-fargo");
  CHECK(bank->merged[0].reason == "f:1: Wells Fargo : organization");
  const EntityNode* clinton = named(g, "Hillary Rodham Clinton");
  REQUIRE(clinton != nullptr);
  CHECK(clinton->kind == EntityKind::person);
  CHECK(clinton->aliases == std::vector<std::string>{"Hillary Clinton"});
}

TEST_CASE("build_claim_graph: thousands of '!=' rules cost one look-up per name") {
  std::string text;
  for (int i = 0; i < 20000; ++i)
    text += "Person " + std::to_string(i) + " != Other " + std::to_string(i) + "\n";
  text += "George W. Bush != George H.W. Bush\n";
  auto rules = parse_alias_rules(text, "many.txt");
  auto g = build_claim_graph(bushes(), rules);
  CHECK(named(g, "George W. Bush") != nullptr);
  CHECK(named(g, "George H.W. Bush") != nullptr);
}

TEST_CASE("build_claim_graph: a person shows the name most of its articles use") {
  std::vector<ArticleExtraction> articles = {
      // The helper relates entity 0 to entity 1: each article names a second person.
      article("a", {person("person:donald-trump", "Donald Trump"), person("person:x", "X Y")}),
      article("b", {person("person:donald-trump", "Donald John Trump"), person("person:x", "X Y")}),
      article("c", {person("person:donald-trump", "Donald Trump"), person("person:x", "X Y")}),
      article("d", {person("person:donald-trump", "Sen. Donald Trump"), person("person:x", "X Y")}),
  };
  auto g = build_claim_graph(articles, {});
  auto v = g.find_id("person:donald-trump");
  REQUIRE(v);
  CHECK(g.entity(*v).name == "Donald Trump");
  CHECK(g.entity(*v).aliases == std::vector<std::string>{"Donald John Trump", "Sen. Donald Trump"});
}

TEST_CASE("build_claim_graph: '=' through an id that a '!=' keeps apart is an error naming both") {
  const std::vector<std::string> texts = {"John Smith met Vladimir Putin in Helsinki.",
                                          "Mary Jones met Natalia Veselnitskaya in June."};
  struct Case {
    const char* rules;
    const char* error;
  };
  const Case cases[] = {
      {"Mary Jones = person:john-smith\nMary Jones != John Smith\n",
       "aliases.txt:1: 'Mary Jones = person:john-smith' contradicts aliases.txt:2: 'Mary Jones != "
       "John Smith' (they name the entities person:mary-jones and person:john-smith)"},
      {"person:mary-jones != John Smith\nMary Jones = John Smith\n",
       "aliases.txt:2: 'Mary Jones = John Smith' contradicts aliases.txt:1: 'person:mary-jones != "
       "John Smith'"},
  };
  for (const auto& c : cases) {
    SUBCASE(c.rules) {
      auto rules = parse_alias_rules(c.rules, "aliases.txt");
      CHECK_THROWS_WITH_AS(build_claim_graph(extract_all(texts), rules), doctest::Contains(c.error),
                           std::runtime_error);
    }
  }
}
