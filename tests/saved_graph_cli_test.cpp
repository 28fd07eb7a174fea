// The store's saved graph on the real binary: path, neighbors, contested, stats and the
// drawings of render --focus, --neighbors and --path answer from it
// exactly as from the whole store (byte for byte, exit status included), it is saved once and
// re-saved when the store changes, and a damaged or stale one is never believed.

#include <doctest/doctest.h>

#include <unistd.h>

#include "test_util.h"

using namespace claimgraph::test;

namespace {

const std::string kNewsroom = source_path("data/examples/newsroom.jsonl").string();

/// Queries of every kind the saved graph answers, unknown and ambiguous names included.
const std::vector<std::vector<std::string>> kQueries = {
    {"path", "Elena Varga", "Marcus Hale"},
    {"path", "Varga", "Moss", "-k", "3"},
    {"path", "Varga", "Moss", "-k", "2", "--json"},
    {"path", "Varga", "Moss", "--weighted", "-k", "2"},
    {"path", "Varga", "Moss", "--max-hops", "4", "--all", "--cap", "2"},
    {"path", "Varga", "Moss", "--max-hops", "1"},
    {"path", "Varga", "Moss", "--max-hops", "1", "--json"},
    {"path", "Elena Vraga", "Moss"},
    {"path", "Varga", "nobody at all"},
    {"neighbors", "Elena Varga"},
    {"neighbors", "Marcus Hale", "--depth", "2", "--evidence"},
    {"neighbors", "Marcus Hale", "--depth", "3", "--json"},
    {"contested"},
    {"contested", "--thin", "--evidence"},
    {"contested", "--thin", "--json", "--limit", "2"},
    {"path", "Elena Varga", "Marcus Hale", "--evidence-limit", "2"},
    {"path", "Elena Varga", "Marcus Hale", "--evidence-limit", "0", "--json"},
    {"neighbors", "Marcus Hale", "--evidence", "--evidence-limit", "1"},
    {"neighbors", "Marcus Hale", "--json", "--evidence-limit", "1"},
    {"contested", "--thin", "--evidence", "--evidence-limit", "1"},
    {"contested", "--json", "--evidence-limit", "1"},
    {"render", "--focus", "Marcus Hale", "--format", "dot"},
    {"render", "--focus", "Marcus Hale", "--depth", "2", "--format", "svg"},
    {"render", "--neighbors", "Elena Varga", "--depth", "2", "--format", "dot"},
    {"render", "--path", "Varga", "Moss", "--format", "dot"},
    {"render", "--focus", "Varga", "--kind", "contact", "--stance", "asserted", "--format", "dot"},
    {"render", "--focus", "Varga", "--depth", "2", "--cluster", "outlet", "--format", "dot"},
    {"render", "--focus", "Varga", "--depth", "3", "--max-nodes", "4", "--format", "dot"},
    {"render", "--focus", "nobody at all", "--format", "dot"},
    {"render", "--path", "Varga", "nobody at all", "--format", "dot"},
    {"stats"},
    {"stats", "--by", "month", "--tsv"},
    {"stats", "--by", "day", "--since", "2024-03-05", "--until", "2024-04"},
    {"stats", "--outlet", "bayfront herald", "--by", "year"},
};

/// The query `q` over `store`, from its saved graph, or (with `whole`) from every article:
/// an alias file, even an empty one, makes a query read the whole store.
RunResult ask(const fs::path& dir, const std::string& store, std::vector<std::string> q,
              bool whole) {
  q.insert(q.begin() + 1, store);
  if (whole) q.insert(q.begin() + 2, {"--aliases", "empty.rules"});
  return run_claimgraph(dir, q);
}

/// Checks every query answers the same from the saved graph as from the whole store.
void check_same_answers(const fs::path& dir, const std::string& store) {
  for (const auto& q : kQueries) {
    CAPTURE(q);
    RunResult saved = ask(dir, store, q, false), whole = ask(dir, store, q, true);
    CHECK(saved.status == whole.status);
    CHECK(saved.out == whole.out);
    CHECK(saved.err == whole.err);
    CHECK(!(saved.out + saved.err).empty());
  }
}

}  // namespace

TEST_CASE("saved graph cli: answers as the whole store, saved once, re-saved on change") {
  auto dir = scratch_dir("saved_graph_cli");
  write_file(dir / "empty.rules", "");
  REQUIRE(run_claimgraph(dir, {"build", kNewsroom, "-o", "news.db"}).status == 0);
  CHECK_FALSE(fs::exists(dir / "news.db.graph"));
  check_same_answers(dir, "news.db");
  REQUIRE(fs::exists(dir / "news.db.graph"));
  std::string first = read_file(dir / "news.db.graph");
  auto saved_at = fs::last_write_time(dir / "news.db.graph");
  CHECK(ask(dir, "news.db", kQueries[0], false).status == 0);
  CHECK(fs::last_write_time(dir / "news.db.graph") == saved_at);  // read, not made again

  SUBCASE("a store that changes gets its graph saved again, with the new articles") {
    write_file(dir / "more.jsonl",
               "{\"id\": \"late-news\", \"outlet\": \"Bayfront Herald\", \"date\": \"2024-06-01\", "
               "\"text\": \"Irene Moss met Elena Varga on Tuesday, her office said.\"}\n");
    REQUIRE(run_claimgraph(dir, {"build", kNewsroom, "more.jsonl", "-o", "news.db"}).status == 0);
    check_same_answers(dir, "news.db");
    CHECK(read_file(dir / "news.db.graph") != first);
  }
  SUBCASE("a damaged saved graph is made again, and answers stay right") {
    std::string damaged = first.substr(0, first.size() / 2);
    write_file(dir / "news.db.graph", damaged);
    check_same_answers(dir, "news.db");
    CHECK(read_file(dir / "news.db.graph") == first);
    write_file(dir / "news.db.graph", "not a graph at all");
    check_same_answers(dir, "news.db");
  }
  SUBCASE("a store in a folder nobody may write answers from a temporary graph") {
    if (geteuid() == 0) return;  // root writes anywhere: nothing to try
    fs::create_directory(dir / "locked");
    fs::copy_file(dir / "news.db", dir / "locked" / "news.db");
    fs::permissions(dir / "locked", fs::perms::owner_read | fs::perms::owner_exec);
    check_same_answers(dir, "locked/news.db");
    CHECK_FALSE(fs::exists(dir / "locked" / "news.db.graph"));
    fs::permissions(dir / "locked", fs::perms::owner_all);
  }
}
