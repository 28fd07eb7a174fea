#include "graph/resolve/cross_article.h"

#include <doctest/doctest.h>

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

TEST_CASE("parse_alias_rules: same and different, comments, errors name the line") {
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
  struct Row {
    const char* text;
    const char* error;
  };
  const Row bad[] = {
      {"just a name\n", "f:1: expected 'A = B', 'A != B' or 'A : kind'"},
      {"ok = fine\nA = \n", "f:2: empty name"},
      {"A != B != C\n", "f:1: '!=' takes exactly two names"},
      {"A \xff = B\n", "f: not valid UTF-8"},
  };
  for (const auto& row : bad) {
    SUBCASE(row.error) {
      try {
        parse_alias_rules(row.text, "f");
        FAIL("no error for " << row.text);
      } catch (const std::runtime_error& e) {
        CHECK(std::string(e.what()).rfind(row.error, 0) == 0);
      }
    }
  }
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
