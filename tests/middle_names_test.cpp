#include "graph/resolve/middle_names.h"

#include <doctest/doctest.h>

#include <algorithm>

#include "graph/extract/extractor.h"
#include "graph/resolve/cross_article.h"

using namespace claimgraph;

namespace {

/// An extraction holding one person entity of this id and name.
ArticleExtraction article_naming(const std::string& article, const std::string& id,
                                 const std::string& name) {
  ArticleExtraction x;
  x.article_id = article;
  Entity e;
  e.id = id;
  e.name = name;
  e.kind = EntityKind::person;
  x.entities.push_back(e);
  return x;
}

std::vector<std::string> ids(const std::vector<ArticleExtraction>& xs) {
  std::vector<std::string> out;
  for (const auto& x : xs)
    for (const auto& e : x.entities) out.push_back(e.id);
  return out;
}

}  // namespace

TEST_CASE("split_by_middle_initials: two sets of initials, each in two articles, are two people") {
  std::vector<ArticleExtraction> xs = {
      article_naming("a", "person:george-bush", "George W. Bush"),
      article_naming("b", "person:george-bush", "George Walker Bush"),
      article_naming("c", "person:george-bush", "George H.W. Bush"),
      article_naming("d", "person:george-bush-hw", "George Herbert Walker Bush"),
      article_naming("e", "person:george-bush", "George Bush"),
      article_naming("f", "person:george-bush", "George W.H. Bush"),
  };
  SplitNotes notes = split_by_middle_initials(xs);
  CHECK(ids(xs) == std::vector<std::string>{"person:george-bush-w", "person:george-bush-w",
                                            "person:george-bush-hw", "person:george-bush-hw",
                                            "person:george-bush", "person:george-bush"});
  REQUIRE(notes.joined.count("person:george-bush-w"));
  CHECK(notes.joined["person:george-bush-w"][0].reason.find("'w'") != std::string::npos);
  REQUIRE(notes.apart.count("person:george-bush-hw"));
  CHECK(notes.apart["person:george-bush-hw"].size() == 2);
}

TEST_CASE(
    "split_by_middle_initials: one set of initials, or a second in one article only, "
    "changes nothing") {
  SUBCASE("middle name or none: one person") {
    std::vector<ArticleExtraction> xs = {
        article_naming("a", "person:hillary-clinton", "Hillary Rodham Clinton"),
        article_naming("b", "person:hillary-clinton", "Hillary Clinton"),
        article_naming("c", "person:hillary-clinton", "Hillary R. Clinton"),
    };
    split_by_middle_initials(xs);
    CHECK(ids(xs) == std::vector<std::string>(3, "person:hillary-clinton"));
  }
  SUBCASE("a typo in one article is no third person") {
    std::vector<ArticleExtraction> xs = {
        article_naming("a", "person:john-smith", "John A. Smith"),
        article_naming("b", "person:john-smith", "John A. Smith"),
        article_naming("c", "person:john-smith", "John Q. Smith"),
    };
    split_by_middle_initials(xs);
    CHECK(ids(xs) == std::vector<std::string>(3, "person:john-smith"));
  }
}

TEST_CASE("extraction: one article naming both Bushes keeps them apart") {
  auto x = extract_article(
      Article{"a", "George H.W. Bush met George W. Bush on Monday. George W. Bush agreed.", "", "",
              ""},
      Lexicon::builtin());
  std::vector<std::string> names;
  for (const auto& e : x.entities) names.push_back(e.id + " " + e.name);
  CHECK(std::find(names.begin(), names.end(), "person:george-bush-hw George H.W. Bush") !=
        names.end());
  CHECK(std::find(names.begin(), names.end(), "person:george-bush-w George W. Bush") !=
        names.end());
}

TEST_CASE("build_claim_graph: the Bushes are two nodes, and explain why") {
  std::vector<ArticleExtraction> xs;
  const char* texts[] = {
      "George W. Bush met Tony Blair in London.",
      "George W. Bush called Vladimir Putin.",
      "George H.W. Bush met Mikhail Gorbachev in Malta.",
      "George H.W. Bush wrote to Brent Scowcroft.",
  };
  for (int i = 0; i < 4; ++i)
    xs.push_back(extract_article(Article{"a" + std::to_string(i), texts[i], "", "", ""},
                                 Lexicon::builtin()));
  ClaimGraph g = build_claim_graph(std::move(xs), {});
  auto w = g.find_id("person:george-bush-w");
  auto hw = g.find_id("person:george-bush-hw");
  REQUIRE(w);
  REQUIRE(hw);
  CHECK(g.entity(*w).articles == std::vector<std::string>{"a0", "a1"});
  CHECK(g.entity(*hw).articles == std::vector<std::string>{"a2", "a3"});
  CHECK_FALSE(g.entity(*hw).kept_apart.empty());
}
