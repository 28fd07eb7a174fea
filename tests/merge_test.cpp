// The merge command: partial results and stores combine into the store one build would make,
// in any grouping, and bad parts are named while the rest merges.

#include <doctest/doctest.h>

#include "graph/store/store.h"
#include "test_util.h"

using namespace claimgraph;
using namespace claimgraph::test;

namespace {

/// Extracts articles [first, last) of dir/articles into dir/<name> as extraction JSON Lines.
void extract_part(const fs::path& dir, int first, int last, const std::string& name) {
  std::vector<std::string> args{"extract"};
  for (int i = first; i < last; ++i) {
    char file[48];
    std::snprintf(file, sizeof file, "articles/a%05d.txt", i);
    args.push_back(file);
  }
  args.insert(args.end(), {"-o", name});
  REQUIRE(run_claimgraph(dir, args).status == 0);
}

/// The DOT drawing of a store: equal graphs draw byte for byte the same.
std::string dot_of(const fs::path& dir, const std::string& store) {
  RunResult r = run_claimgraph(dir, {"render", store, "--format", "dot"});
  REQUIRE(r.status == 0);
  return r.out;
}

/// Six articles as three extraction parts a, b, c and the single-process reference store.
fs::path setup_parts(const std::string& name) {
  auto dir = scratch_dir(name);
  write_example_articles(dir, 6);
  extract_part(dir, 0, 2, "a.jsonl");
  extract_part(dir, 2, 4, "b.jsonl");
  extract_part(dir, 4, 6, "c.jsonl");
  REQUIRE(run_claimgraph(dir, {"build", "articles", "-o", "reference.db", "-q"}).status == 0);
  return dir;
}

}  // namespace

TEST_CASE("merge: parts make the store one build makes, in any grouping") {
  auto dir = setup_parts("merge_grouping");
  std::string reference = dot_of(dir, "reference.db");
  REQUIRE(reference.find("Vladimir Putin") != std::string::npos);

  RunResult all = run_claimgraph(dir, {"merge", "a.jsonl", "b.jsonl", "c.jsonl", "-o", "abc.db"});
  CHECK(all.status == 0);
  CHECK(all.err.find("6 articles read (6 written, 0 unchanged, 0 inputs failed)") !=
        std::string::npos);
  CHECK(dot_of(dir, "abc.db") == reference);

  SUBCASE("(a + b) + c equals a + (b + c)") {
    REQUIRE(run_claimgraph(dir, {"merge", "a.jsonl", "b.jsonl", "-o", "ab.db"}).status == 0);
    REQUIRE(run_claimgraph(dir, {"merge", "ab.db", "c.jsonl", "-o", "ab_c.db"}).status == 0);
    REQUIRE(run_claimgraph(dir, {"merge", "b.jsonl", "c.jsonl", "-o", "bc.db"}).status == 0);
    REQUIRE(run_claimgraph(dir, {"merge", "a.jsonl", "bc.db", "-o", "a_bc.db"}).status == 0);
    CHECK(dot_of(dir, "ab_c.db") == reference);
    CHECK(dot_of(dir, "a_bc.db") == reference);
  }
  SUBCASE("a folder of parts (Spark part-* files too), and parts on standard input") {
    fs::create_directories(dir / "parts");
    fs::copy_file(dir / "a.jsonl", dir / "parts" / "a.jsonl");
    fs::copy_file(dir / "b.jsonl", dir / "parts" / "part-00001");  // as Spark names its parts
    RunResult r =
        run_claimgraph(dir, {"merge", "parts", "-", "-o", "mixed.db"}, read_file(dir / "c.jsonl"));
    CHECK(r.status == 0);
    CHECK(dot_of(dir, "mixed.db") == reference);
  }
  SUBCASE("a build over a merged store finds every article unchanged") {
    RunResult r = run_claimgraph(dir, {"build", "articles", "-o", "abc.db"});
    CHECK(r.err.find("(0 new or changed, 6 unchanged, 0 failed)") != std::string::npos);
  }
  SUBCASE("merging again writes nothing") {
    RunResult r = run_claimgraph(dir, {"merge", "a.jsonl", "abc.db", "-o", "abc.db"});
    CHECK(r.err.find("2 articles read (0 written, 2 unchanged") != std::string::npos);
  }
}

TEST_CASE("merge: bad parts and bad lines are named, the rest merges") {
  auto dir = setup_parts("merge_bad");
  std::string b = read_file(dir / "b.jsonl");
  write_file(dir / "b-damaged.jsonl", "{\"id\": \"cut short\n" + b);
  write_file(dir / "corrupt.db", std::string("SQLite format 3\0garbage garbage garbage", 40));
  RunResult r = run_claimgraph(dir, {"merge", "a.jsonl", "b-damaged.jsonl", "missing.jsonl",
                                     "corrupt.db", "c.jsonl", "-o", "out.db"});
  CHECK(r.status == 1);
  CHECK(r.err.find("claimgraph merge: b-damaged.jsonl:1: is not valid JSON\n") !=
        std::string::npos);
  CHECK(r.err.find("claimgraph merge: missing.jsonl: no such file or folder\n") !=
        std::string::npos);
  CHECK(r.err.find("claimgraph merge: corrupt.db: ") != std::string::npos);
  CHECK(r.err.find("6 articles read (6 written, 0 unchanged, 3 inputs failed)") !=
        std::string::npos);
  CHECK(dot_of(dir, "out.db") == dot_of(dir, "reference.db"));
}

TEST_CASE("merge: a later part's copy of an article replaces an earlier one, with a warning") {
  auto dir = setup_parts("merge_conflict");
  write_file(dir / "articles" / "a00000.txt", "Sen. Ted Cruz said he met Marco Rubio in Miami.");
  extract_part(dir, 0, 1, "newer.jsonl");
  RunResult r = run_claimgraph(dir, {"merge", "a.jsonl", "newer.jsonl", "-o", "out.db"});
  CHECK(r.status == 0);
  CHECK(r.err.find("newer.jsonl: article a00000 also came from a.jsonl with other content; the "
                   "later copy is kept") != std::string::npos);
  CHECK(GraphStore((dir / "out.db").string()).counts().articles == 2);
  CHECK(dot_of(dir, "out.db").find("Marco Rubio") != std::string::npos);
}

TEST_CASE("stores as inputs: build copies a store's articles, extract writes them as stored") {
  auto dir = setup_parts("merge_store_inputs");
  std::string reference = dot_of(dir, "reference.db");
  RunResult r = run_claimgraph(dir, {"build", "reference.db", "-o", "copy.db"});
  CHECK(r.status == 0);
  CHECK(r.err.find("6 articles read (6 new or changed, 0 unchanged, 0 failed)") !=
        std::string::npos);
  CHECK(dot_of(dir, "copy.db") == reference);
  write_file(dir / "corrupt.db", std::string("SQLite format 3\0garbage garbage garbage", 40));
  r = run_claimgraph(dir, {"build", "corrupt.db", "reference.db", "-o", "copy2.db"});
  CHECK(r.status == 1);  // the corrupt store is named, the good one still copied
  CHECK(r.err.find("claimgraph: corrupt.db: file is not a database\n") != std::string::npos);
  CHECK(dot_of(dir, "copy2.db") == reference);
  r = run_claimgraph(dir, {"extract", "reference.db", "-o", "dump.jsonl"});
  CHECK(r.status == 0);
  CHECK(line_count(read_file(dir / "dump.jsonl")) == 6);
  CHECK(read_file(dir / "dump.jsonl") ==
        read_file(dir / "a.jsonl") + read_file(dir / "b.jsonl") + read_file(dir / "c.jsonl"));
}
