// Outlet and date from the articles' metadata: counted by `stats`, chosen by --outlet,
// --since and --until in every graph query, and shown with the evidence.

#include <doctest/doctest.h>

#include "test_util.h"

using namespace claimgraph::test;

namespace {

/// Three articles from two outlets over two months, as JSON Lines under dir/feed.jsonl.
fs::path write_feed(const std::string& name) {
  auto dir = scratch_dir(name);
  write_file(
      dir / "feed.jsonl",
      R"({"id":"p1","outlet":"Politico","date":"2016-09-19","text":"Sen. Ted Cruz said he met Vladimir Putin in Moscow."})"
      "\n"
      R"({"id":"p2","outlet":"Politico","date":"2016-10-02","text":"Hope Hicks denied that Donald Trump met Vladimir Putin."})"
      "\n"
      R"({"id":"c1","outlet":"CNN","date":"2016-10-05T08:00:00Z","text":"Marco Rubio said he spoke with Ted Cruz on Monday."})"
      "\n");
  return dir;
}

}  // namespace

TEST_CASE("stats: articles and relations by outlet and by month") {
  auto dir = write_feed("stats_counts");
  RunResult r = run_claimgraph(dir, {"stats", "feed.jsonl", "--tsv"});
  CHECK(r.status == 0);
  CHECK(r.out ==
        "outlet\tarticles\trelations\tcontact\tdenial\treported_by\taffiliation\n"
        "CNN\t1\t1\t1\t0\t0\t0\n"
        "Politico\t2\t3\t1\t1\t0\t1\n"  // "Sen." makes Cruz one of the Senate
        "total\t3\t4\t2\t1\t0\t1\n");
  r = run_claimgraph(dir, {"stats", "feed.jsonl", "--tsv", "--by", "month"});
  CHECK(r.out.find("2016-09\t1\t2\t1\t0\t0\t1\n2016-10\t2\t2\t1\t1\t0\t0\n") != std::string::npos);
  r = run_claimgraph(
      dir, {"stats", "feed.jsonl", "--tsv", "--since", "2016-10", "--outlet", "politico"});
  CHECK(r.out.find("total\t1\t1\t0\t1\t0\t0\n") != std::string::npos);
}

TEST_CASE("filters: a query sees only the articles chosen, and evidence names its outlet") {
  auto dir = write_feed("stats_filters");
  RunResult r = run_claimgraph(dir, {"path", "feed.jsonl", "Marco Rubio", "Vladimir Putin"});
  CHECK(r.status == 0);
  CHECK(r.out.find("evidence: c1 (CNN, 2016-10-05) [") != std::string::npos);
  r = run_claimgraph(dir,
                     {"path", "feed.jsonl", "Marco Rubio", "Vladimir Putin", "--until", "2016-09"});
  CHECK(r.status == 3);  // Rubio's only article is from October
  r = run_claimgraph(dir, {"render", "feed.jsonl", "--format", "dot", "--outlet", "CNN"});
  CHECK(r.out.find("Marco Rubio") != std::string::npos);
  CHECK(r.out.find("Vladimir Putin") == std::string::npos);
  // DOT folds long strings with a backslash-newline; read them unfolded.
  for (auto fold = r.out.find("\\\n"); fold != std::string::npos; fold = r.out.find("\\\n"))
    r.out.erase(fold, 2);
  CHECK(r.out.find("published: CNN, 2016-10-05") != std::string::npos);
  r = run_claimgraph(dir, {"stats", "feed.jsonl", "--since", "2016-9"});
  CHECK(r.status == 2);
  CHECK(r.err.find("is not a date like 2016, 2016-09 or 2016-09-19") != std::string::npos);
}
