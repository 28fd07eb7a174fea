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
