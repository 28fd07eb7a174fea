// A store whose write lock another process holds: writers wait (SQLite's busy timeout), then
// fail with one message naming the store, and the failure is the output's, never an input's.

#include <doctest/doctest.h>
#include <sqlite3.h>

#include "graph/store/store.h"
#include "graph/store/store_merger.h"
#include "test_util.h"

using namespace claimgraph;
using namespace claimgraph::test;

namespace {

/// Another connection holding the write lock of a store until destroyed.
class LockHolder {
 public:
  explicit LockHolder(const fs::path& store) {
    REQUIRE(sqlite3_open(store.c_str(), &db_) == SQLITE_OK);
    REQUIRE(sqlite3_exec(db_, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr) == SQLITE_OK);
  }
  ~LockHolder() {
    sqlite3_exec(db_, "ROLLBACK", nullptr, nullptr, nullptr);
    sqlite3_close(db_);
  }

 private:
  sqlite3* db_ = nullptr;
};

}  // namespace

TEST_CASE("store lock: a writer opening a locked store fails with one message naming it") {
  auto dir = scratch_dir("store_lock_open");
  std::string path = (dir / "g.db").string();
  { GraphStore create(path); }
  LockHolder lock(dir / "g.db");
  CHECK_THROWS_WITH(GraphStore{path}, (path + ": another process is writing this store (database "
                                              "is locked); run again when it has finished")
                                          .c_str());
  GraphStore reader(path, StoreAccess::read_only);  // readers are never locked out (WAL)
  CHECK(reader.counts().articles == 0);
}

TEST_CASE("store lock: merging a store into a locked output throws, not blames the input") {
  auto dir = scratch_dir("store_lock_merge");
  write_example_articles(dir, 2);
  REQUIRE(run_claimgraph(dir, {"build", "articles", "-o", "in.db", "-q"}).status == 0);
  // An output without an extractor setting, as a merge of extraction records leaves it: the
  // merger's first write is then that setting.
  std::string out_path = (dir / "out.db").string();
  GraphStore out(out_path);
  LockHolder lock(dir / "out.db");
  StoreMerger merger(out, {});
  std::string message;
  try {
    merger.add_store((dir / "in.db").string());
  } catch (const std::runtime_error& e) {
    message = e.what();
  }
  CHECK(message.starts_with(out_path + ": another process is writing this store"));
}
