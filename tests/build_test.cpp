// The build command and its store: incremental re-runs, stores as inputs, and a build killed
// with SIGKILL at an arbitrary moment that a re-run completes (nothing lost, nothing doubled).

#include <doctest/doctest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <memory>
#include <set>
#include <thread>

#include "graph/store/store.h"
#include "graph/text/utf8.h"
#include "test_util.h"

using namespace claimgraph;
using namespace claimgraph::test;

namespace {

StoreCounts counts_of(const fs::path& store) { return GraphStore(store.string()).counts(); }

}  // namespace

TEST_CASE("build: a re-run skips unchanged articles, picks up new and changed ones") {
  auto dir = scratch_dir("build_incremental");
  write_example_articles(dir, 3);
  RunResult first = run_claimgraph(dir, {"build", "articles", "-o", "graph.db"});
  CHECK(first.status == 0);
  CHECK(first.err.find("3 articles read (3 new or changed, 0 unchanged, 0 failed)") !=
        std::string::npos);
  RunResult again = run_claimgraph(dir, {"build", "articles", "-o", "graph.db"});
  CHECK(again.err.find("(0 new or changed, 3 unchanged, 0 failed)") != std::string::npos);
  write_file(dir / "articles" / "a00001.txt", "Hope Hicks said she never met Sergei Ryabkov.");
  write_file(dir / "articles" / "new.txt", "Sen. Ted Cruz said he met Marco Rubio.");
  write_file(dir / "articles" / "bad.txt", "");
  RunResult third = run_claimgraph(dir, {"build", "articles", "-o", "graph.db"});
  CHECK(third.status == 0);  // the empty bad.txt is a warning, the rest is built
  CHECK(third.err.find("bad.txt: is empty; skipped") != std::string::npos);
  CHECK(third.err.find("(2 new or changed, 2 unchanged, 0 failed)") != std::string::npos);
  CHECK(counts_of(dir / "graph.db").articles == 4);
}

TEST_CASE("build: mojibake is repaired before extraction and counted, on a re-build too") {
  auto dir = scratch_dir("build_mojibake");
  fs::create_directories(dir / "articles");
  // "Donald Trump’s" as it reads when its UTF-8 was decoded as Windows-1252.
  const std::string misread =
      "Donald Trump\xC3\xA2\xE2\x82\xAC\xE2\x84\xA2s campaign manager Paul Manafort met "
      "Sergei Ryabkov in Moscow.\n";
  write_file(dir / "articles" / "misread.txt", misread);
  write_file(dir / "articles" / "clean.txt", "Hope Hicks said she met Sergei Ryabkov.\n");
  RunResult first = run_claimgraph(dir, {"build", "articles", "-o", "graph.db"});
  CHECK(first.status == 0);
  CHECK(first.err.find("(2 new or changed, 0 unchanged, 0 failed), 1 with mojibake repaired;") !=
        std::string::npos);
  RunResult again = run_claimgraph(dir, {"build", "articles", "-o", "graph.db"});
  CHECK(again.err.find("(0 new or changed, 2 unchanged, 0 failed), 1 with mojibake repaired;") !=
        std::string::npos);

  std::set<std::string> names;
  std::vector<Relation> relations;
  GraphStore((dir / "graph.db").string()).read_all([&](ArticleExtraction&& x) {
    for (const auto& e : x.entities) names.insert(e.name);
    if (x.article_id == "misread") relations = x.relations;
  });
  CHECK(names.count("Donald Trump") == 1);
  for (const auto& name : names) CHECK(name.find("\xC3\xA2") == std::string::npos);
  // Spans index the article as read: the evidence is its substring, mojibake and all.
  std::u32string cps = to_code_points(misread);
  REQUIRE_FALSE(relations.empty());
  for (const auto& r : relations)
    CHECK(code_point_slice(cps, r.evidence.start, r.evidence.end) == r.evidence_text);
}

TEST_CASE("build: a store answers queries as its articles would") {
  auto dir = scratch_dir("build_store_input");
  write_example_articles(dir, 2);
  REQUIRE(run_claimgraph(dir, {"build", "articles", "-o", "graph.db", "-q"}).status == 0);
  RunResult from_text = run_claimgraph(dir, {"render", "articles", "--format", "dot"});
  RunResult from_store = run_claimgraph(dir, {"render", "graph.db", "--format", "dot"});
  CHECK(from_text.status == 0);
  CHECK(from_store.status == 0);
  CHECK(from_store.out == from_text.out);
  RunResult path = run_claimgraph(dir, {"path", "graph.db", "Hope Hicks", "Vladimir Putin"});
  CHECK(path.status == 0);
  CHECK(path.out.find("evidence:") != std::string::npos);
}

TEST_CASE("build: killed with SIGKILL, the store stays sound and a re-run completes it") {
  auto dir = scratch_dir("build_kill");
  const int n = 1500;
  write_example_articles(dir, n);
  // The reference: one uninterrupted build.
  REQUIRE(run_claimgraph(dir, {"build", "articles", "-o", "whole.db", "-q"}).status == 0);
  bool interrupted = false;  // at least one kill must land mid-build, or the test proves little
  for (int delay_ms : {40, 150, 400}) {
    CAPTURE(delay_ms);
    fs::remove(dir / "killed.db");
    pid_t pid = fork();
    REQUIRE(pid >= 0);
    if (pid == 0) {
      if (chdir(dir.c_str()) != 0) _exit(127);
      execl(CLAIMGRAPH_BINARY, CLAIMGRAPH_BINARY, "build", "articles", "-o", "killed.db", "-q",
            "-j", "1", static_cast<char*>(nullptr));
      _exit(127);
    }
    // The delay counts from the store's creation, so a slow (sanitized, loaded) start still
    // leaves the kill landing mid-build.
    for (int waited = 0; !fs::exists(dir / "killed.db") && waited < 60000; waited += 5)
      std::this_thread::sleep_for(std::chrono::milliseconds(5));
    std::this_thread::sleep_for(std::chrono::milliseconds(delay_ms));
    kill(pid, SIGKILL);
    int status = 0;
    waitpid(pid, &status, 0);
    if (fs::exists(dir / "killed.db")) {
      GraphStore killed((dir / "killed.db").string());
      CHECK(killed.integrity_check() == "ok");
      CHECK(killed.counts().articles <= static_cast<std::size_t>(n));
      interrupted = interrupted || killed.counts().articles < static_cast<std::size_t>(n);
    }
    RunResult resumed = run_claimgraph(dir, {"build", "articles", "-o", "killed.db", "-q"});
    CHECK(resumed.status == 0);
    StoreCounts whole = counts_of(dir / "whole.db");
    StoreCounts done = counts_of(dir / "killed.db");
    CHECK(done.articles == whole.articles);
    CHECK(done.entities == whole.entities);
    CHECK(done.relations == whole.relations);
    RunResult a = run_claimgraph(dir, {"render", "whole.db", "--format", "dot"});
    RunResult b = run_claimgraph(dir, {"render", "killed.db", "--format", "dot"});
    CHECK(a.out == b.out);
  }
  CHECK(interrupted);
}

TEST_CASE("build: a corrupt store or an unwritable one is one line and exit 4") {
  auto dir = scratch_dir("build_bad_store");
  write_example_articles(dir, 1);
  write_file(dir / "bad.db", std::string("SQLite format 3\0garbage garbage garbage", 40));
  RunResult r = run_claimgraph(dir, {"render", "bad.db", "--format", "dot"});
  CHECK(r.status == 4);
  CHECK(line_count(r.err) == 1);
  CHECK(r.err.find("bad.db") != std::string::npos);
  r = run_claimgraph(dir, {"build", "articles", "-o", "no/such/folder/x.db"});
  CHECK(r.status == 4);
  CHECK(line_count(r.err) == 1);
  CHECK(r.err.find("no/such/folder/x.db") != std::string::npos);
}

TEST_CASE("build: the store is left without a log beside it, unless a reader still has it open") {
  auto dir = scratch_dir("build_no_log");
  write_example_articles(dir, 3);
  auto leftovers = [&] {
    return fs::exists(dir / "graph.db-wal") || fs::exists(dir / "graph.db-shm");
  };
  SUBCASE("after a build and a reader") {
    CHECK(run_claimgraph(dir, {"build", "articles", "-o", "graph.db", "-q"}).status == 0);
    CHECK_FALSE(leftovers());
    CHECK(run_claimgraph(dir, {"stats", "graph.db"}).status == 0);
    CHECK_FALSE(leftovers());  // a reader of a WAL store would leave both
  }
  SUBCASE("a reader connected keeps the log; the next writer's close removes it") {
    CHECK(run_claimgraph(dir, {"build", "articles", "-o", "graph.db", "-q"}).status == 0);
    {
      auto writer = std::make_unique<GraphStore>((dir / "graph.db").string());  // WAL again
      GraphStore reader((dir / "graph.db").string(), StoreAccess::read_only);
      CHECK(reader.counts().articles == 3);  // reads the store through its log
      writer.reset();  // cannot turn the log off under the reader, and does not wait for it
      CHECK(fs::exists(dir / "graph.db-wal"));
      CHECK(reader.counts().articles == 3);
    }
    CHECK(run_claimgraph(dir, {"build", "articles", "-o", "graph.db", "-q"}).status == 0);
    CHECK_FALSE(leftovers());
  }
}

TEST_CASE("build: --lexicons, a folder the built-in lists came from or a broken one") {
  auto dir = scratch_dir("build_lexicons");
  write_example_articles(dir, 2);
  fs::copy(source_path("data/lexicons"), dir / "good");
  fs::copy(source_path("data/lexicons"), dir / "bad");
  write_file(dir / "bad" / "outlets.tsv", "# header\nCNN\tCable News Network\n");
  SUBCASE("a broken list is one line naming it, exit 4, nothing extracted") {
    RunResult r = run_claimgraph(dir, {"build", "articles", "--lexicons", "bad", "-o", "g.db"});
    CHECK(r.status == 4);
    CHECK(r.err ==
          "claimgraph build: lexicon outlets.tsv line 2: expected 4 tab-separated "
          "fields, got 2\n");
    CHECK(counts_of(dir / "g.db").articles == 0);
  }
  SUBCASE("the same lists from a folder are the built-in ones: nothing to extract again") {
    CHECK(run_claimgraph(dir, {"build", "articles", "-o", "g.db", "-q"}).status == 0);
    RunResult r = run_claimgraph(dir, {"build", "articles", "--lexicons", "good", "-o", "g.db"});
    CHECK(r.status == 0);
    CHECK(r.err.find("(0 new or changed, 2 unchanged, 0 failed)") != std::string::npos);
  }
}
