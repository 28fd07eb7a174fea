// Integration test: the real binary reading a JSON Lines file with a bad line in it.

#include <doctest/doctest.h>

#include "test_util.h"

using namespace claimgraph::test;

TEST_CASE("cli: extract reads JSON Lines, a bad line is one stderr line and exit 1") {
  auto dir = scratch_dir("cli_formats_jsonl");
  write_file(dir / "feed.jsonl",
             "{\"id\":\"one\",\"text\":\"Hope Hicks said the campaign had no contact.\","
             "\"outlet\":\"Reuters\"}\n"
             "{\"id\":\"two\",\"text\":\"Sen. Ted Cruz said he met Vladimir Putin.\"\n"
             "{\"id\":3,\"text\":\"Paul Manafort told reporters he never met him.\"}\n");
  RunResult r = run_claimgraph(dir, {"extract", "feed.jsonl"});
  CHECK(r.status == 1);
  CHECK(line_count(r.out) == 2);
  CHECK(r.out.rfind("{\"id\":\"one\",", 0) == 0);
  CHECK(r.out.find("\"outlet\":\"Reuters\"") != std::string::npos);
  CHECK(r.out.find("\n{\"id\":\"3\",") != std::string::npos);
  CHECK(line_count(r.err) == 1);
  CHECK(r.err == "claimgraph: feed.jsonl:2: is not valid JSON (it ends early)\n");
}

TEST_CASE("articles: records that extract - reads into exactly what extract gives") {
  auto dir = scratch_dir("cli_articles");
  write_file(dir / "memo.txt", "Sen. Ted Cruz said he met Vladimir Putin in Moscow.");
  write_file(dir / "feed.jsonl",
             "{\"text\":\"Hope Hicks denied that Donald Trump met Vladimir Putin.\","
             "\"outlet\":\"CNN\",\"date\":\"2016-10-02\"}\n{\"id\":7,\"text\":\"Marco Rubio said "
             "he spoke with Ted Cruz.\"}\nnot json\n");
  write_file(dir / "sheet.csv",
             "id,text\nc1,\"Paul Manafort said he never met Sergei Ryabkov.\"\n");
  RunResult records = run_claimgraph(dir, {"articles", "memo.txt", "feed.jsonl", "sheet.csv"});
  CHECK(records.status == 1);
  CHECK(records.err == "claimgraph: feed.jsonl:3: is not valid JSON (error at byte 1)\n");
  CHECK(line_count(records.out) == 4);
  CHECK(records.out.find("\"id\":\"feed:1\",\"outlet\":\"CNN\",\"date\":\"2016-10-02\",") !=
        std::string::npos);
  RunResult direct = run_claimgraph(dir, {"extract", "memo.txt", "feed.jsonl", "sheet.csv"});
  RunResult piped = run_claimgraph(dir, {"extract", "-"}, records.out);
  CHECK(piped.status == 0);
  CHECK(piped.out == direct.out);
  REQUIRE(run_claimgraph(dir, {"build", "memo.txt", "-o", "graph.db", "-q"}).status == 0);
  RunResult store = run_claimgraph(dir, {"articles", "graph.db"});
  CHECK(store.status == 1);
  CHECK(store.err == "claimgraph: graph.db: is a graph store; it holds no article texts\n");
}
