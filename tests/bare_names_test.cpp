#include "graph/resolve/bare_names.h"

#include <doctest/doctest.h>

#include "graph/text/normalize.h"

using namespace claimgraph;

namespace {

Entity person(const std::string& name, std::vector<std::string> aliases = {}) {
  Entity e;
  e.id = "person:" + slug(name);
  e.name = name;
  e.kind = EntityKind::person;
  e.aliases = std::move(aliases);
  return e;
}

/// `n` articles, each holding the given entities.
void add_articles(std::vector<ArticleExtraction>& out, int n, const std::vector<Entity>& entities) {
  for (int i = 0; i < n; ++i) {
    ArticleExtraction x;
    x.article_id = "a" + std::to_string(out.size());
    x.entities = entities;
    out.push_back(std::move(x));
  }
}

/// The id the one-word article (the last one) ends with after linking.
std::string linked_id(std::vector<ArticleExtraction> articles, std::vector<AliasRule> rules = {}) {
  link_bare_names(articles, rules);
  return articles.back().entities.front().id;
}

}  // namespace

TEST_CASE("link_bare_names: a one-word name joins only a dominant full name") {
  std::vector<ArticleExtraction> a;
  SUBCASE("one full name far ahead of the others") {
    add_articles(a, 10, {person("Donald Trump")});
    add_articles(a, 1, {person("Ivanka Trump")});
    add_articles(a, 1, {person("Trump")});
    CHECK(linked_id(a) == "person:donald-trump");
  }
  SUBCASE("a surname with its Arabic article (\"el-Sisi\")") {
    add_articles(a, 4, {person("Abdel Fattah al-Sisi")});
    add_articles(a, 1, {person("el-Sisi")});
    CHECK(linked_id(a) == person("Abdel Fattah al-Sisi").id);
  }
  SUBCASE("a first name alone, too") {
    add_articles(a, 5, {person("Hillary Clinton")});
    add_articles(a, 1, {person("Hillary")});
    CHECK(linked_id(a) == "person:hillary-clinton");
  }
  SUBCASE("two full names that compete: it stays apart") {
    add_articles(a, 3, {person("George W. Bush")});
    add_articles(a, 3, {person("Jeb Bush")});
    add_articles(a, 1, {person("Bush")});
    CHECK(linked_id(a) == "person:bush");
  }
  SUBCASE("one article behind the only full name is not enough") {
    add_articles(a, 1, {person("Jill Stein")});
    add_articles(a, 1, {person("Stein")});
    CHECK(linked_id(a) == "person:stein");
  }
  SUBCASE("an alias rule naming the word leaves it to the rules") {
    add_articles(a, 8, {person("Donald Trump")});
    add_articles(a, 1, {person("Trump")});
    auto rules = parse_alias_rules("Trump = Trump Tower\n", "aliases.txt");
    CHECK(linked_id(a, rules) == "person:trump");
  }
}

TEST_CASE("link_bare_names: what is no competing full name") {
  std::vector<ArticleExtraction> a;
  Entity clinton = person("Hillary Clinton"), kaine = person("Tim Kaine");
  Entity pence = person("Mike Pence");
  add_articles(a, 12, {person("Donald Trump", {"Mr. Trump"}), person("Ted Cruz")});
  SUBCASE("a full name one article gives (\"Trump World\"), however alike its company") {
    add_articles(a, 1, {person("Trump World"), clinton, kaine, pence});
    add_articles(a, 1, {person("Trump"), clinton, kaine, pence});
    CHECK(linked_id(a) == "person:donald-trump");
  }
  SUBCASE("a name keyed as the word itself (\"Co. Obama\" of \"Shaw & Co. Obama aide\")") {
    add_articles(a, 9, {person("Barack Obama")});
    Entity misread = person("Co. Obama");
    misread.id = "person:obama";
    add_articles(a, 2, {misread});
    add_articles(a, 1, {person("Obama")});
    CHECK(linked_id(a) == "person:barack-obama");
  }
  SUBCASE("the article's other one-word name, joined first") {
    add_articles(a, 1, {person("Mr. Trump"), person("Trump")});
    link_bare_names(a, {});
    CHECK(a.back().entities[0].id == "person:donald-trump");
    CHECK(a.back().entities[1].id == "person:donald-trump");
  }
}

TEST_CASE("link_bare_names: the article's other entities say which of the family it is") {
  std::vector<ArticleExtraction> a;
  Entity lewinsky = person("Monica Lewinsky"), gore = person("Al Gore");
  Entity kaine = person("Tim Kaine"), podesta = person("John Podesta");
  add_articles(a, 4, {person("Bill Clinton"), lewinsky, gore});
  add_articles(a, 6, {person("Hillary Clinton"), kaine, podesta});
  SUBCASE("beside Bill's company") {
    add_articles(a, 1, {person("Clinton"), lewinsky, gore});
    CHECK(linked_id(a) == "person:bill-clinton");
  }
  SUBCASE("beside Hillary's") {
    add_articles(a, 1, {person("Clinton"), kaine, podesta});
    CHECK(linked_id(a) == "person:hillary-clinton");
  }
  SUBCASE("beside no one's: the prior alone is no clear winner") {
    add_articles(a, 1, {person("Clinton")});
    CHECK(linked_id(a) == "person:clinton");
  }
}

TEST_CASE("link_bare_names: a courtesy title joins the one its articles call so") {
  std::vector<ArticleExtraction> a;
  add_articles(a, 9, {person("Barack Obama", {"Mr. Obama", "Obama"})});
  add_articles(a, 2, {person("Michelle Obama", {"Mrs. Obama"})});
  SUBCASE("Mrs.") {
    add_articles(a, 1, {person("Mrs. Obama")});
    CHECK(linked_id(a) == "person:michelle-obama");
  }
  SUBCASE("an article's bare name also called Mrs.") {
    add_articles(a, 1, {person("Obama", {"Mrs. Obama"})});
    CHECK(linked_id(a) == "person:michelle-obama");
  }
  SUBCASE("Mrs. weighed by how many articles call each so") {
    add_articles(a, 1, {person("Barack Obama", {"Mrs. Obama"})});  // an article's slip
    add_articles(a, 10, {person("Michelle Obama", {"Mrs. Obama"})});
    add_articles(a, 1, {person("Mrs. Obama")});
    CHECK(linked_id(a) == "person:michelle-obama");
  }
  SUBCASE("Mr.") {
    add_articles(a, 1, {person("Mr. Obama")});
    CHECK(linked_id(a) == "person:barack-obama");
  }
}

TEST_CASE("link_bare_names: names and aliases that normalise to nothing are passed over") {
  std::vector<ArticleExtraction> a;
  add_articles(a, 10, {person("Donald Trump", {"'s", "--"})});
  add_articles(a, 1, {person("..."), person("Trump", {"", "!!"})});
  std::vector<AliasRule> none;
  link_bare_names(a, none);
  CHECK(a.back().entities[0].id == "person:" + slug("..."));
  CHECK(a.back().entities[1].id == "person:donald-trump");
}

TEST_CASE("link_bare_names: a courtesy form joins no one its own article names apart") {
  std::vector<ArticleExtraction> a;
  Entity mrs = person("Mrs. Clinton");
  mrs.id = "person:ms-clinton";
  SUBCASE("the article names Bill Clinton beside her: she is not he") {
    add_articles(a, 5, {person("Bill Clinton", {"Mrs. Clinton"})});
    add_articles(a, 1, {mrs, person("Bill Clinton")});
    std::swap(a.back().entities[0], a.back().entities[1]);  // the last entity is checked
    link_bare_names(a, {});
    CHECK(a.back().entities[1].id == "person:ms-clinton");
  }
  SUBCASE("one article's slip is no courtesy form") {
    add_articles(a, 5, {person("Bill Clinton")});
    add_articles(a, 1, {person("Bill Clinton", {"Mrs. Clinton"})});
    add_articles(a, 1, {mrs});
    CHECK(linked_id(a) == "person:ms-clinton");
  }
  SUBCASE("articles that call her so decide") {
    add_articles(a, 5, {person("Hillary Clinton", {"Mrs. Clinton"})});
    add_articles(a, 5, {person("Bill Clinton")});
    add_articles(a, 1, {mrs});
    CHECK(linked_id(a) == "person:hillary-clinton");
  }
}
