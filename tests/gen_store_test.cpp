// The synthetic store for benchmarks: written through the store's writer, read by every command,
// repeatable by seed, with heavy-tailed degrees and repeated pairs.

#include <doctest/doctest.h>

#include "test_util.h"

using namespace claimgraph::test;

namespace {

/// Runs gen_store with `args` in `dir`; its exit status.
int gen_store(const fs::path& dir, const std::string& args) {
  std::string cmd = "cd " + shell_quote(dir.string()) + " && " + shell_quote(GEN_STORE_BINARY) +
                    " " + args + " > gen.out 2> gen.err";
  int raw = std::system(cmd.c_str());
  return WIFEXITED(raw) ? WEXITSTATUS(raw) : -1;
}

}  // namespace

TEST_CASE("gen_store: a store of N entities and M relations that every command reads") {
  auto dir = scratch_dir("gen_store");
  REQUIRE(gen_store(dir, "400 2000 syn.db 7") == 0);
  CHECK(read_file(dir / "gen.out").find("400 articles, ") != std::string::npos);
  CHECK(read_file(dir / "gen.out").find(" entities, 2000 relations in ") != std::string::npos);
  RunResult rank = run_claimgraph(dir, {"rank", "syn.db", "--limit", "0"});
  CHECK(rank.status == 0);
  // Heavy tail: the first entity is a hub, most have a handful of edges.
  std::size_t second = rank.out.find('\n') + 1;
  std::size_t top = std::stoul(rank.out.substr(second + 4, 13));
  std::size_t rows = line_count(rank.out) - 1;
  CHECK(rows > 200);
  CHECK(top > rows / 4);
  REQUIRE(gen_store(dir, "400 2000 again.db 7") == 0);
  CHECK(run_claimgraph(dir, {"rank", "again.db", "--limit", "0"}).out == rank.out);
  RunResult stats = run_claimgraph(dir, {"stats", "syn.db", "--by", "year"});
  CHECK(stats.status == 0);
  CHECK(stats.out.find("2015") != std::string::npos);
  CHECK(gen_store(dir, "1 10 bad.db") == 2);
}
