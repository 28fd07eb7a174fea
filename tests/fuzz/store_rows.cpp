// Fuzzes a store's rows: a small valid store made from the bundled examples is copied, the
// fuzzer's bytes choose rows and cells and overwrite them (values of any type), delete or copy
// rows, drop tables or columns, and the store is then read as every command reads it. A damaged
// store must give an error, never a crash.

#include <sqlite3.h>

#include <bit>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <sstream>
#include <stdexcept>

#include "fuzz_bytes.h"
#include "graph/extract/extractor.h"
#include "graph/io/record_input.h"
#include "graph/query/entity_list.h"
#include "graph/resolve/cross_article.h"
#include "graph/store/store.h"
#include "scratch_path.h"
#include "source_file.h"
#include "well_formed.h"

using namespace claimgraph;
using namespace claimgraph::fuzz;

namespace {

namespace fs = std::filesystem;

/// A store's tables and their columns, as graph/store/store.cpp lays them out.
struct Table {
  const char* name;
  const char* key;  ///< what picks one row: the rowid, or the primary key of WITHOUT ROWID
  std::vector<const char*> columns;
};

const Table kTables[] = {
    {"settings", "rowid", {"key", "value"}},
    {"articles", "rowid", {"key", "id", "hash", "title", "outlet", "date", "url", "bytes"}},
    {"entities", "article, idx", {"article", "idx", "id", "name", "kind", "aliases", "mentions"}},
    {"attributions",
     "article, idx",
     {"article", "idx", "source_start", "source_end", "speaker", "cue_start", "cue_end", "content",
      "outlet"}},
    {"relations",
     "article, idx",
     {"article", "idx", "kind", "source", "target", "claimant", "outlet", "stance",
      "evidence_start", "evidence_end", "evidence_text", "cue_start", "cue_end", "cue_text",
      "confidence"}},
};

/// Where the store under test lives.
const fs::path& work_dir() {
  static const ScratchPath dir("claimgraph-fuzz-store");
  static const bool made = fs::create_directories(dir.path);
  (void)made;
  return dir.path;
}

/// Two articles of the bundled examples: a small store is quick to copy and read.
std::vector<Article> example_articles() {
  std::vector<Article> articles;
  std::istringstream newsroom(source_file("data/examples/newsroom.jsonl"));
  ArticleSink sink{[&](Article&& a) {
                     if (articles.size() < 2) articles.push_back(std::move(a));
                   },
                   [](const InputError&) {}};
  read_json_lines(newsroom, {"newsroom.jsonl", "newsroom", 1}, sink, {});
  return articles;
}

/// Runs `sql` on the open database; failures (constraints, bad columns) are part of the game.
void execute(sqlite3* db, const std::string& sql) {
  sqlite3_exec(db, sql.c_str(), nullptr, nullptr, nullptr);
}

/// The bytes of a sound store of the examples, made once, in rollback-journal mode so a copy
/// is one file.
const std::string& template_store() {
  static const std::string bytes = [] {
    fs::path path = work_dir() / "template.db";
    fs::remove(path);
    {
      GraphStore store(path.string());
      std::vector<StoredArticle> batch;
      for (const auto& a : example_articles())
        batch.push_back({extract_article(a, Lexicon::builtin()), "hash-" + a.id, a.text.size()});
      store.write(batch);
      store.set_setting("extractor", "fuzz");
    }
    sqlite3* db = nullptr;
    sqlite3_open(path.c_str(), &db);
    execute(db, "PRAGMA journal_mode = DELETE");
    sqlite3_close(db);
    std::ifstream in(path, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  }();
  return bytes;
}

/// Binds a value of the type the fuzzer picks to parameter 1.
void bind_value(sqlite3_stmt* stmt, FuzzBytes& in) {
  switch (in.below(6)) {
    case 0:
      sqlite3_bind_null(stmt, 1);
      break;
    case 1:
      sqlite3_bind_int64(stmt, 1, static_cast<std::int8_t>(in.byte()));
      break;
    case 2:
      sqlite3_bind_int64(stmt, 1, static_cast<std::int64_t>(in.u64()));
      break;
    case 3:
      sqlite3_bind_double(stmt, 1, std::bit_cast<double>(in.u64()));
      break;
    case 4: {
      std::string text = in.string();
      sqlite3_bind_text(stmt, 1, text.data(), static_cast<int>(text.size()), SQLITE_TRANSIENT);
      break;
    }
    default: {
      std::string blob = in.string();
      sqlite3_bind_blob(stmt, 1, blob.data(), static_cast<int>(blob.size()), SQLITE_TRANSIENT);
    }
  }
}

/// Overwrites one cell of one row with a value of any type.
void overwrite_cell(sqlite3* db, const Table& t, FuzzBytes& in) {
  std::string column = t.columns[in.below(t.columns.size())];
  std::string sql = std::string("UPDATE ") + t.name + " SET \"" + column + "\" = ?1 WHERE (" +
                    t.key + ") IN (SELECT " + t.key + " FROM " + t.name + " LIMIT 1 OFFSET " +
                    std::to_string(in.below(64)) + ")";
  sqlite3_stmt* stmt = nullptr;
  if (sqlite3_prepare_v2(db, sql.c_str(), -1, &stmt, nullptr) == SQLITE_OK) {
    bind_value(stmt, in);
    sqlite3_step(stmt);
  }
  sqlite3_finalize(stmt);
}

/// Deletes or copies a row, or damages the schema, as the fuzzer picks.
void change_table(sqlite3* db, const Table& t, FuzzBytes& in) {
  std::string name = t.name, row = " LIMIT 1 OFFSET " + std::to_string(in.below(64));
  std::string column = t.columns[in.below(t.columns.size())];
  switch (in.below(5)) {
    case 0:
      return execute(db, "DELETE FROM " + name + " WHERE (" + t.key + ") IN (SELECT " + t.key +
                             " FROM " + name + row + ")");
    case 1:
      return execute(db, "INSERT INTO " + name + " SELECT * FROM " + name + row);
    case 2:
      return execute(db, "DROP TABLE " + name);
    case 3:
      return execute(db, "ALTER TABLE " + name + " DROP COLUMN \"" + column + "\"");
    default:
      return execute(db, "PRAGMA user_version = " + std::to_string(in.below(4)));
  }
}

/// Applies the fuzzer's changes to the store at `path`.
void damage(const fs::path& path, FuzzBytes& in) {
  sqlite3* db = nullptr;
  if (sqlite3_open(path.c_str(), &db) == SQLITE_OK) {
    // One transaction without a journal: the changes are the same, but a file is not made,
    // synced and deleted for each (most of an execution's time went to those system calls).
    execute(db, "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; BEGIN");
    for (int changes = 0; !in.empty() && changes < 16; ++changes) {
      const Table& t = kTables[in.below(std::size(kTables))];
      if (in.byte() & 3)
        overwrite_cell(db, t, in);
      else
        change_table(db, t, in);
    }
    execute(db, "COMMIT");
  }
  sqlite3_close(db);
}

/// Reads the store as the commands do: counts, hashes, settings, every article, the graph.
void read_store(const fs::path& path) {
  GraphStore store(path.string(), StoreAccess::read_only);
  store.counts();
  store.setting("extractor");
  std::vector<ArticleExtraction> extractions;
  std::vector<std::string> ids;  // the articles a drawing from the saved graph looks up
  for (const auto& [id, hash] : store.article_hashes()) ids.push_back(id);
  store.read_headers(ids, [](ArticleExtraction&& x) { require_utf8(x.title + x.url); });
  store.read_all([&](ArticleExtraction&& x) { extractions.push_back(std::move(x)); });
  ClaimGraph graph = build_claim_graph(std::move(extractions), {});
  for (const auto& row : list_entities(graph, {})) require_utf8(row.name);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string& clean = template_store();
  fs::path path = work_dir() / "store.db";
  std::ofstream(path, std::ios::binary | std::ios::trunc) << clean;
  FuzzBytes in(data, size);
  damage(path, in);
  try {
    read_store(path);
  } catch (const std::runtime_error&) {
  }
  return 0;
}
