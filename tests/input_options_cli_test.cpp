// The reading options on the real binary: --text-column and the like, --metadata, and warnings
// that leave the exit status alone unless --strict.

#include <doctest/doctest.h>

#include "test_util.h"

using namespace claimgraph::test;

TEST_CASE("cli input: warnings keep exit 0, --strict makes them failures") {
  auto dir = scratch_dir("cli_input_strict");
  write_file(
      dir / "feed.jsonl",
      "{\"id\":\"a\",\"text\":\"Hope Hicks said she met Vladimir Putin.\",\"date\":\"soon\"}\n"
      "{\"id\":\"b\",\"text\":\"\"}\n"
      "{\"id\":\"c\",\"text\":\"Ted Cruz met Marco Rubio.\",\"date\":\"Sept. 19, 2016\"}\n");
  write_file(dir / "empty.txt", "");
  struct Row {
    const char* name;
    std::vector<std::string> args;
    int status;
  };
  const Row rows[] = {
      {"articles", {"articles", "feed.jsonl", "empty.txt"}, 0},
      {"articles --strict", {"articles", "--strict", "feed.jsonl", "empty.txt"}, 1},
      {"build", {"build", "-q", "feed.jsonl", "empty.txt", "-o", "g.db"}, 0},
      {"build --strict", {"build", "-q", "--strict", "feed.jsonl", "empty.txt", "-o", "s.db"}, 1},
      {"stats", {"stats", "feed.jsonl", "empty.txt"}, 0},
  };
  for (const Row& row : rows) {
    SUBCASE(row.name) {
      RunResult r = run_claimgraph(dir, row.args);
      CHECK(r.status == row.status);
      CHECK(has(r.err,
                "claimgraph: feed.jsonl: 1 date not understood (\"soon\" at line 1); that "
                "article has no date\n"));
      CHECK(has(r.err, "claimgraph: feed.jsonl: 1 empty article skipped (line 2, id \"b\")\n"));
      CHECK(has(r.err, "claimgraph: empty.txt: is empty; skipped\n"));
    }
  }
  RunResult listed = run_claimgraph(dir, {"articles", "feed.jsonl"});
  CHECK(has(listed.out, "\"id\":\"c\",\"date\":\"2016-09-19\""));
}

TEST_CASE("cli input: --text-column and --outlet-column name a CSV's columns") {
  auto dir = scratch_dir("cli_input_columns");
  write_file(dir / "feed.csv",
             "key,story,paper\nx1,Hope Hicks said she met Vladimir Putin.,Daily Planet\n");
  RunResult refused = run_claimgraph(dir, {"articles", "feed.csv"});
  CHECK(refused.status == 1);
  CHECK(refused.err ==
        "claimgraph: feed.csv: has no text column (looked for \"text\", \"body\", \"content\", "
        "\"article\"; its columns: \"key\", \"story\", \"paper\")\n");
  RunResult r = run_claimgraph(dir, {"articles", "--text-column", "story", "--id-column", "key",
                                     "--outlet-column", "paper", "feed.csv"});
  CHECK(r.status == 0);
  CHECK(r.err.empty());
  CHECK(has(r.out, "{\"id\":\"x1\",\"outlet\":\"Daily Planet\""));
  RunResult path = run_claimgraph(
      dir, {"path", "--text-column", "story", "feed.csv", "Hope Hicks", "Vladimir Putin"});
  CHECK(path.status == 0);
}

TEST_CASE("cli input: --metadata gives text files outlets and dates, and filters by them") {
  auto dir = scratch_dir("cli_input_metadata");
  fs::create_directories(dir / "texts");
  write_file(dir / "texts" / "a.txt", "Hope Hicks said she met Vladimir Putin.");
  write_file(dir / "texts" / "b.txt", "Ted Cruz said he met Marco Rubio.");
  write_file(dir / "meta.csv", "filename,publisher,publication_date\na.txt,Politico,9/19/16\n");
  RunResult r = run_claimgraph(dir, {"articles", "texts", "--metadata", "meta.csv"});
  CHECK(r.status == 0);
  CHECK(has(r.out, "{\"id\":\"a\",\"outlet\":\"Politico\",\"date\":\"2016-09-19\""));
  CHECK(r.err ==
        "claimgraph: meta.csv: 1 text file has no row (\"b.txt\"); that article has no metadata\n");
  RunResult built =
      run_claimgraph(dir, {"build", "-q", "texts", "--metadata", "meta.csv", "-o", "g.db"});
  CHECK(built.status == 0);
  RunResult since = run_claimgraph(dir, {"stats", "g.db", "--since", "2016-09"});
  CHECK(has(since.out, "Politico "));  // the dated article, and only it
  CHECK_FALSE(has(since.out, "(no outlet)"));
  RunResult missing = run_claimgraph(dir, {"articles", "texts", "--metadata", "texts/a.txt"});
  CHECK(missing.status == 4);
  CHECK(has(missing.err, "texts/a.txt: has no file column"));
}

TEST_CASE("cli input: a metadata table too large, or endless, is one line and exit 4") {
  auto dir = scratch_dir("cli_input_metadata_huge");
  write_file(dir / "a.txt", "Hope Hicks said she met Vladimir Putin.");
  std::string big = "filename\tpublisher\n";
  while (big.size() <= (std::size_t(32) << 20)) big += "a-file-with-a-long-name.txt\tSome Outlet\n";
  write_file(dir / "big.tsv", big);
  for (const char* table : {"big.tsv", "/dev/zero"}) {
    CAPTURE(table);
    RunResult r = run_claimgraph(dir, {"articles", "a.txt", "--metadata", table});
    CHECK(r.status == 4);
    CHECK(has(r.err, std::string(table) + ": "));
    CHECK(has(r.err, "over the limit of 33554432"));
    CHECK(line_count(r.err) == 1);
    CHECK(r.out.empty());
  }
}

TEST_CASE("cli input: PolNeAR texts with their metadata.tsv (skips without ../shared)") {
  fs::path texts = shared_path("data/polnear/dev/text");
  fs::path tsv = shared_path("data/polnear/metadata.tsv");
  if (texts.empty() || tsv.empty()) {
    MESSAGE("skipped: ../shared/data/polnear is absent");
    return;
  }
  auto dir = scratch_dir("cli_input_polnear");
  RunResult r = run_claimgraph(dir, {"articles", texts.string(), "--metadata", tsv.string()});
  CHECK(r.status == 0);
  CHECK(r.err.empty());
  CHECK(line_count(r.out) == 84);
  std::size_t dated = 0, pos = 0;
  while ((pos = r.out.find("\"date\":\"2016-", pos)) != std::string::npos) ++dated, ++pos;
  CHECK(dated == 84);
}
