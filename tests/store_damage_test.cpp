// A store is untrusted input: damaged rows, dropped tables and newer schemas are one error
// naming the store and table (exit 4), and readers never change a store. Stores of older
// versions: store_schema_test.cpp.

#include <doctest/doctest.h>
#include <sqlite3.h>

#include "graph/store/store.h"
#include "test_util.h"

using namespace claimgraph;
using namespace claimgraph::test;

namespace {

/// Runs `sql` on the store at `path`.
void execute(const fs::path& path, const std::string& sql) {
  sqlite3* db = nullptr;
  REQUIRE(sqlite3_open(path.c_str(), &db) == SQLITE_OK);
  char* error = nullptr;
  int rc = sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &error);
  std::string message = error ? error : "";
  sqlite3_free(error);
  sqlite3_close(db);
  REQUIRE_MESSAGE(rc == SQLITE_OK, message);
}

/// A store built from the bundled newsroom example, copied fresh for each damage.
fs::path newsroom_store(const fs::path& dir) {
  fs::path store = dir / "newsroom.db";
  if (!fs::exists(store)) {
    RunResult r = run_claimgraph(
        dir,
        {"build", source_path("data/examples/newsroom.jsonl").string(), "-o", "newsroom.db", "-q"});
    REQUIRE(r.status == 0);
  }
  return store;
}

/// Every command that reads a store, with the arguments after the store.
const std::vector<std::vector<std::string>> kReaders{{"stats"},
                                                     {"render", "--format", "dot"},
                                                     {"path", "Elena Varga", "Marcus Hale"},
                                                     {"explain-entity", "Elena Varga"},
                                                     {"entities"},
                                                     {"extract"}};

/// The command line of `reader` on `store`.
std::vector<std::string> on_store(const std::vector<std::string>& reader,
                                  const std::string& store) {
  std::vector<std::string> args{reader[0], store};
  args.insert(args.end(), reader.begin() + 1, reader.end());
  return args;
}

}  // namespace

TEST_CASE("store damage: every reader gives one error naming store and table, exit 4") {
  auto dir = scratch_dir("store_damage_rows");
  fs::path clean = newsroom_store(dir);
  struct Case {
    const char* sql;
    std::string error;
  };
  const Case cases[] = {
      {"UPDATE relations SET claimant = 999",
       "damaged store: table relations, article 'brightwater-denies', claimant: entity 999 does "
       "not exist (the article has 11)"},
      {"UPDATE relations SET source = source + 4294967296",
       "damaged store: table relations, article 'brightwater-denies', source: entity 4294967298"},
      {"UPDATE attributions SET speaker = 999", "table attributions, article"},
      {"UPDATE entities SET mentions = '[[5000000, 5000001]]'",
       "table entities, article 'brightwater-denies', mentions: span 5000000-5000001 lies outside "
       "the text (969 bytes)"},
      {"UPDATE entities SET mentions = '[[9, 5]]'", "mentions: span 9-5 is not a span"},
      {"UPDATE entities SET mentions = '[[1, 2], [3]]'",
       "mentions: item 1 is not a pair of integers"},
      {"UPDATE entities SET mentions = '[[1, 2.5]]'", "mentions: item 0 is not a pair of integers"},
      {"UPDATE entities SET mentions = '[[\"1\", 2]]'",
       "mentions: item 0 is not a pair of integers"},
      {"UPDATE entities SET mentions = '[[1, 99999999999999999999]]'",
       "table entities, article 'brightwater-denies', mentions: "},
      {"UPDATE entities SET mentions = 7", "mentions: is not a JSON array"},
      {"UPDATE entities SET aliases = '[\"Varga\"'",
       "table entities, article 'brightwater-denies', aliases: is not valid JSON ("},
      {"UPDATE entities SET aliases = '{\"a\": 1}'", "aliases: is not a JSON array"},
      {"UPDATE entities SET aliases = '[\"a\", 1]'", "aliases: item 1 is not a string"},
      {"UPDATE entities SET aliases = CAST(X'5B22FF225D' AS TEXT)",
       "aliases: is not valid UTF-8 (byte 2)"},
      {"UPDATE entities SET aliases = '[\"\\ud800\"]'", "aliases: is not valid JSON ("},
      {"UPDATE entities SET kind = 'alien'",
       "table entities, article 'brightwater-denies', kind: "
       "unknown value 'alien'"},
      {"UPDATE relations SET stance = 'sideways'", "stance: unknown value 'sideways'"},
      {"UPDATE entities SET idx = idx + 1000", "idx: 1000 leaves a gap"},
      {"UPDATE attributions SET content = '1-2,x'", "content: '1-2,x' is no span list"},
      {"UPDATE entities SET name = CAST(X'FF' AS TEXT)", "name: is not valid UTF-8 (byte 0)"},
      {"ALTER TABLE entities DROP COLUMN aliases",
       "damaged store: table entities: no such column: aliases"},
      {"PRAGMA user_version = 1", "damaged store: table aliases is missing"},
      {"PRAGMA user_version = 2",
       "damaged store: table articles has a key column, which version 2 lacks"},
      {"ALTER TABLE relations DROP COLUMN cue_text",
       "damaged store: table relations: no such column: cue_text"},
      {"PRAGMA user_version = 7",
       "the store has schema version 7, newer than this claimgraph reads (3); use a newer "
       "claimgraph"},
  };
  for (const auto& c : cases) {
    SUBCASE(c.sql) {
      fs::copy_file(clean, dir / "d.db", fs::copy_options::overwrite_existing);
      execute(dir / "d.db", c.sql);
      for (const auto& reader : kReaders) {
        CAPTURE(reader[0]);
        RunResult r = run_claimgraph(dir, on_store(reader, "d.db"));
        CHECK(r.status == 4);
        CHECK(line_count(r.err) == 1);
        CHECK(r.err.rfind("claimgraph " + reader[0] + ": d.db: ", 0) == 0);
        CHECK(r.err.find(c.error) != std::string::npos);
      }
      RunResult merge = run_claimgraph(dir, {"merge", "d.db", "-o", "merged.db", "-q"});
      CHECK(merge.status == 1);  // one input of a batch failed; the rest would merge
      CHECK(merge.err.find(c.error) != std::string::npos);
      fs::remove(dir / "merged.db");
    }
  }
}

TEST_CASE("store damage: a dropped table stays dropped, a merge from it writes nothing") {
  auto dir = scratch_dir("store_damage_dropped");
  fs::copy_file(newsroom_store(dir), dir / "d.db");
  execute(dir / "d.db", "DROP TABLE entities");
  CHECK(run_claimgraph(dir, {"stats", "d.db"}).status == 4);
  RunResult build = run_claimgraph(dir, {"build", "d.db", "-o", "d.db", "-q"});
  CHECK(build.status == 4);
  CHECK(build.err == "claimgraph build: d.db: damaged store: table entities is missing\n");
  RunResult merge = run_claimgraph(dir, {"merge", "d.db", "-o", "out.db", "-q"});
  CHECK(merge.status == 1);
  CHECK(GraphStore((dir / "out.db").string(), StoreAccess::read_only).counts().articles == 0);
  // Still missing: nothing re-created it empty.
  CHECK_THROWS_WITH(GraphStore((dir / "d.db").string(), StoreAccess::read_only),
                    doctest::Contains("table entities is missing"));
}

TEST_CASE("store: readers open it read-only and leave every byte as it was") {
  auto dir = scratch_dir("store_read_only");
  fs::copy_file(newsroom_store(dir), dir / "r.db");
  // A journal mode other than the writers' WAL: a reader that set it would change the file.
  execute(dir / "r.db", "PRAGMA journal_mode = DELETE");
  fs::permissions(dir / "r.db",
                  fs::perms::owner_write | fs::perms::group_write | fs::perms::others_write,
                  fs::perm_options::remove);
  std::string before = read_file(dir / "r.db");
  for (const auto& reader : kReaders) {
    CAPTURE(reader[0]);
    RunResult r = run_claimgraph(dir, on_store(reader, "r.db"));
    CHECK(r.status == 0);
  }
  CHECK(run_claimgraph(dir, {"merge", "r.db", "-o", "copy.db", "-q"}).status == 0);
  CHECK(read_file(dir / "r.db") == before);
}

TEST_CASE("store damage: a reader that met a damaged row holds no lock and reads again alike") {
  // Readers reuse their prepared statements; one left half-read by the error would keep its
  // read transaction, and a writer (rollback journal between builds) could not commit.
  auto dir = scratch_dir("store_damage_reuse");
  fs::copy_file(newsroom_store(dir), dir / "d.db");
  execute(dir / "d.db", "UPDATE relations SET claimant = 999");
  GraphStore reader((dir / "d.db").string(), StoreAccess::read_only);
  auto read_error = [&] {
    try {
      reader.read_all([](ArticleExtraction&&) {});
    } catch (const std::exception& e) {
      return std::string(e.what());
    }
    return std::string("no error");
  };
  std::string first = read_error();
  CHECK(first.find("table relations, article 'brightwater-denies', claimant: entity 999") !=
        std::string::npos);
  CHECK(read_error() == first);
  StoredArticle a;
  a.extraction.article_id = "new";
  a.hash = "h";
  CHECK_NOTHROW(GraphStore((dir / "d.db").string()).write({a}));
}
