// The batch build as a library: extraction threads and one writer into a store, unchanged
// articles skipped, later copies of an id reported, counts as the build goes.

#include "graph/store/batch_build.h"

#include <doctest/doctest.h>

#include <atomic>
#include <chrono>
#include <mutex>
#include <stdexcept>
#include <thread>
#include <vector>

#include "graph/extract/extractor.h"
#include "graph/extract/lexicon.h"
#include "graph/store/store.h"
#include "test_util.h"

using namespace claimgraph;
using namespace claimgraph::test;

namespace {

const Lexicon& builtin_lexicons() { return Lexicon::builtin(); }

Article article(std::string id, std::string text) {
  Article a;
  a.id = std::move(id);
  a.text = std::move(text);
  return a;
}

/// The articles given, built with `jobs` threads into the store at `path`; the skipped ids.
std::vector<std::string> build_into(const fs::path& path, std::vector<Article> articles,
                                    unsigned jobs, std::size_t* unchanged = nullptr) {
  GraphStore store(path.string());
  std::mutex m;
  std::vector<std::string> skipped;
  BatchBuild build(store, builtin_lexicons, "test-signature", jobs,
                   [&](const std::string& id, const std::string&) {
                     std::lock_guard lock(m);
                     skipped.push_back(id);
                   });
  for (Article& a : articles) build.add(std::move(a));
  build.finish();
  CHECK(build.tally().read == build.tally().written + build.tally().unchanged +
                                  build.tally().duplicates + build.tally().failed);
  if (unchanged) *unchanged = build.tally().unchanged;
  return skipped;
}

}  // namespace

TEST_CASE("batch build: every article written once, on any number of threads") {
  for (unsigned jobs : {1u, 2u, 4u}) {
    SUBCASE(("jobs " + std::to_string(jobs)).c_str()) {
      auto dir = scratch_dir("batch_build_jobs");
      std::vector<Article> articles;
      for (int i = 0; i < 40; ++i)
        articles.push_back(article("a" + std::to_string(i),
                                   "Hope Hicks said she never met Sergei Ryabkov, the deputy "
                                   "minister, in article " +
                                       std::to_string(i) + "."));
      CHECK(build_into(dir / "g.db", articles, jobs).empty());
      GraphStore store((dir / "g.db").string(), StoreAccess::read_only);
      CHECK(store.counts().articles == 40);
      CHECK(store.article_hashes().at("a7") == article_hash("test-signature", articles[7]));
    }
  }
}

TEST_CASE("batch build: a re-run skips unchanged articles and a repeated id is reported") {
  auto dir = scratch_dir("batch_build_rerun");
  std::vector<Article> first{article("x", "Marco Rubio met Ted Cruz."),
                             article("y", "Ted Cruz denied meeting Marco Rubio.")};
  CHECK(build_into(dir / "g.db", first, 2).empty());
  std::size_t unchanged = 0;
  std::vector<Article> second{article("x", "Marco Rubio met Ted Cruz."),
                              article("y", "Ted Cruz said he met Marco Rubio."),
                              article("y", "A later copy of y.")};
  CHECK(build_into(dir / "g.db", second, 2, &unchanged) == std::vector<std::string>{"y"});
  CHECK(unchanged == 1);
  GraphStore store((dir / "g.db").string(), StoreAccess::read_only);
  CHECK(store.counts().articles == 2);
  CHECK(store.article_hashes().at("y") == article_hash("test-signature", second[1]));
}

TEST_CASE("batch build: the lexicons are asked for only when an article is extracted") {
  auto dir = scratch_dir("batch_build_lexicon_source");
  std::vector<Article> articles{article("x", "Marco Rubio met Ted Cruz."),
                                article("y", "Ted Cruz denied meeting Marco Rubio.")};
  std::atomic<int> asked{0};
  auto build = [&](std::vector<Article> batch) {
    GraphStore store((dir / "g.db").string());
    BatchBuild b(
        store,
        [&]() -> const Lexicon& {
          ++asked;
          return Lexicon::builtin();
        },
        "test-signature", 2, [](const std::string&, const std::string&) {});
    for (Article& a : batch) b.add(std::move(a));
    b.finish();
    return b.tally().written.load();
  };
  SUBCASE("a first build asks once per extraction thread at most") {
    CHECK(build(articles) == 2);
    CHECK(asked >= 1);
    CHECK(asked <= 2);
  }
  SUBCASE("an unchanged re-run never asks") {
    build(articles);
    asked = 0;
    CHECK(build(articles) == 0);
    CHECK(asked == 0);
  }
}

TEST_CASE("batch build: lexicons that fail to load end the build with their error, once") {
  auto dir = scratch_dir("batch_build_lexicon_error");
  GraphStore store((dir / "g.db").string());
  std::atomic<int> skipped{0};
  BatchBuild build(
      store,
      []() -> const Lexicon& { throw std::runtime_error("lexicon outlets.tsv line 2: bad"); },
      "test-signature", 2, [&](const std::string&, const std::string&) { ++skipped; });
  // More articles than the queues hold: reading must not block on extractors that cannot run.
  for (int i = 0; i < 300; ++i)
    build.add(article("a" + std::to_string(i), "Ted Cruz met Marco Rubio."));
  CHECK_THROWS_WITH_AS(build.finish(), "lexicon outlets.tsv line 2: bad", std::runtime_error);
  CHECK(skipped == 0);
  CHECK(build.tally().written == 0);
}

TEST_CASE("batch build: a build waiting for its input commits what it has (fewer than a batch)") {
  // The writer is woken for several articles at a time; one that comes alone (a pipe read
  // slowly) is still written and committed within moments, so readers of the store see it.
  auto dir = scratch_dir("batch_build_idle_commit");
  GraphStore store((dir / "g.db").string());
  BatchBuild build(store, builtin_lexicons, "test-signature", 2,
                   [](const std::string&, const std::string&) {});
  build.add(article("only", "Ted Cruz met Marco Rubio."));
  auto give_up = std::chrono::steady_clock::now() + std::chrono::seconds(10);
  while (build.tally().written == 0 && std::chrono::steady_clock::now() < give_up)
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
  CHECK(build.tally().written == 1);
  CHECK(GraphStore((dir / "g.db").string(), StoreAccess::read_only).counts().articles == 1);
  build.finish();
}

TEST_CASE("store: an article added as new replaces the version another writer stored meanwhile") {
  // A batch build adds ids the store lacked at its start as new (no deletes), but a second build
  // into the same store may have written one since.
  auto dir = scratch_dir("store_add_new");
  GraphStore store((dir / "g.db").string());
  auto extracted = [](const char* text) {
    Article a = article("x", text);
    return StoredArticle{extract_article(a, Lexicon::builtin()), article_hash("sig", a),
                         a.text.size()};
  };
  for (auto earlier : {GraphStore::Earlier::none, GraphStore::Earlier::maybe}) {
    CAPTURE(static_cast<int>(earlier));
    store.add(extracted("Marco Rubio met Ted Cruz."));
    store.commit();
    store.add(extracted("Hope Hicks denied meeting Sergei Ryabkov."), earlier);
    store.commit();
    std::vector<std::string> names;
    store.read_all([&](ArticleExtraction&& x) {
      for (const Entity& e : x.entities) names.push_back(e.name);
    });
    CHECK(store.counts().articles == 1);
    CHECK(names == std::vector<std::string>{"Hope Hicks", "Sergei Ryabkov"});
  }
}
