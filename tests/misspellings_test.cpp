#include "graph/resolve/misspellings.h"

#include <doctest/doctest.h>

#include <string>

using namespace claimgraph;

namespace {

/// `n` articles each naming one person of this id and name.
void add_articles(std::vector<ArticleExtraction>& xs, std::size_t n, const std::string& id,
                  const std::string& name) {
  for (std::size_t i = 0; i < n; ++i) {
    ArticleExtraction x;
    x.article_id = id + "-" + std::to_string(i);
    x.entities.push_back(Entity{});
    x.entities.back().id = id;
    x.entities.back().name = name;
    x.entities.back().kind = EntityKind::person;
    xs.push_back(std::move(x));
  }
}

std::string last_id(const std::vector<ArticleExtraction>& xs) {
  return xs.back().entities.front().id;
}

}  // namespace

TEST_CASE("join_misspellings: a rare spelling one letter off a common name joins it") {
  struct Case {
    const char* rare_id;
    const char* rare_name;
    std::size_t rare_articles;
    const char* expected;
  };
  const Case cases[] = {
      {"person:barrack-obama", "Barrack Obama", 1, "person:barack-obama"},   // a letter too many
      {"person:barak-obama", "Barak Obama", 2, "person:barack-obama"},       // one too few
      {"person:barock-obama", "Barock Obama", 1, "person:barack-obama"},     // one changed
      {"person:barrack-obama", "Barrack Obama", 3, "person:barrack-obama"},  // no clear majority
      {"person:garack-obama", "Garack Obama", 1, "person:garack-obama"},     // a first letter
      {"person:obama", "Obama", 1, "person:obama"},                          // one word
  };
  for (const auto& c : cases) {
    SUBCASE(c.rare_name) {
      std::vector<ArticleExtraction> xs;
      add_articles(xs, 20, "person:barack-obama", "Barack Obama");
      add_articles(xs, c.rare_articles, c.rare_id, c.rare_name);
      SplitNotes notes = join_misspellings(xs, {});
      CHECK(last_id(xs) == c.expected);
      if (std::string(c.expected) != c.rare_id) {
        REQUIRE(notes.joined["person:barack-obama"].size() == 1);
        CHECK(notes.joined["person:barack-obama"][0].reason ==
              "one letter from Barack Obama, named in 20 articles against " +
                  std::to_string(c.rare_articles));
      }
    }
  }
}

TEST_CASE("join_misspellings: an alias rule or two near names leave the spelling alone") {
  std::vector<ArticleExtraction> xs;
  add_articles(xs, 20, "person:mark-kelly", "Mark Kelly");
  SUBCASE("the user's rule decides") {
    add_articles(xs, 1, "person:mark-kelley", "Mark Kelley");
    auto rules = parse_alias_rules("Mark Kelley != Mark Kelly\n", "aliases.txt");
    join_misspellings(xs, rules);
    CHECK(last_id(xs) == "person:mark-kelley");
  }
  SUBCASE("one letter from two common names") {
    add_articles(xs, 20, "person:mark-kelle", "Mark Kelle");
    add_articles(xs, 1, "person:mark-kell", "Mark Kell");
    join_misspellings(xs, {});
    CHECK(last_id(xs) == "person:mark-kell");
  }
}
