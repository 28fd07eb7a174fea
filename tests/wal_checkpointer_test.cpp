// The background checkpointer: what a writer commits reaches the database file while the store
// is still open, so closing it has little left to copy.
#include "graph/store/wal_checkpointer.h"

#include <doctest/doctest.h>
#include <sqlite3.h>

#include <chrono>
#include <string>
#include <thread>

#include "graph/extract/extractor.h"
#include "graph/store/store.h"
#include "test_util.h"

using namespace claimgraph;
using namespace claimgraph::test;

namespace {

/// The articles the database file itself holds, the log left unread (an immutable open).
std::int64_t articles_in_file(const fs::path& store) {
  std::string uri = "file:" + store.string() + "?immutable=1";
  sqlite3* db = nullptr;
  sqlite3_open_v2(uri.c_str(), &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, nullptr);
  sqlite3_stmt* stmt = nullptr;
  std::int64_t n = -1;
  if (sqlite3_prepare_v2(db, "SELECT count(*) FROM articles", -1, &stmt, nullptr) == SQLITE_OK &&
      sqlite3_step(stmt) == SQLITE_ROW)
    n = sqlite3_column_int64(stmt, 0);
  sqlite3_finalize(stmt);
  sqlite3_close(db);
  return n;
}

/// The bundled example extracted under id `id`.
StoredArticle example(const std::string& id) {
  Article article;
  article.id = id;
  article.text = read_file(source_path("data/examples/seed-russia-contacts.txt"));
  return {extract_article(article, Lexicon::builtin()), "0123456789abcdef", article.text.size()};
}

/// Waits (up to a minute: the machine may be busy) until `ready` holds; whether it did.
template <typename Ready>
bool eventually(Ready ready) {
  auto give_up = std::chrono::steady_clock::now() + std::chrono::minutes(1);
  while (!ready()) {
    if (std::chrono::steady_clock::now() > give_up) return false;
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
  }
  return true;
}

}  // namespace

TEST_CASE("wal checkpointer: committed articles reach the database file before the store closes") {
  fs::path dir = scratch_dir("wal_checkpointer_commit");
  fs::path path = dir / "graph.db";
  GraphStore store(path.string());
  // SQLite's own checkpoints wait for 32 MiB of log: far more than two small articles.
  store.add(example("first"));
  store.add(example("second"));
  store.commit();
  CHECK(eventually([&] { return articles_in_file(path) == 2; }));
  CHECK(fs::exists(dir / "graph.db-wal"));  // still open: the log is there, only copied
}

TEST_CASE("wal checkpointer: a store it cannot open makes it do nothing") {
  fs::path dir = scratch_dir("wal_checkpointer_missing");
  WalCheckpointer checkpointer((dir / "no-such-folder" / "graph.db").string());
  checkpointer.nudge();
  checkpointer.nudge();
  CHECK(checkpointer.done() == 0);
}
