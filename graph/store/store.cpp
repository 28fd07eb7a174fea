#include "graph/store/store.h"

#include <sqlite3.h>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <limits>
#include <map>
#include <random>
#include <stdexcept>

#include "graph/io/json_writer.h"
#include "graph/store/row_check.h"
#include "graph/store/store_error.h"
#include "graph/store/wal_checkpointer.h"

namespace claimgraph {

namespace {

/// The schema this build writes and reads, kept in PRAGMA user_version. A store without one
/// (0) predates versioning and has version 1's tables; a newer one is refused, never misread.
/// Version 2 keeps each entity's aliases and mentions as JSON arrays in its entities row: version
/// 1's alias and mention tables, a row per item with an index each, were nearly half of a store
/// (8.6 of 18.4 MB on the benchmark set) and a third of its writer's instructions.
/// Version 3 keys each article's rows by an integer, the article's `key`, given in the order
/// articles are written: rows keyed by the article's id text landed all over their tables, so
/// every commit rewrote pages everywhere and each insert compared texts all the way down (the
/// writer's SQLite work per row fell by a third, the store by a quarter).
constexpr std::int64_t kSchemaVersion = 3;

/// The version whose aliases and mentions are columns of entities, not tables of their own.
constexpr std::int64_t kListColumns = 2;

/// The version whose article rows are keyed by the article's integer key, not its id.
constexpr std::int64_t kArticleKeys = 3;

/// Set on every writable connection; readers never set it, so they never change a store.
/// Rows keyed by article id (version 2's tables; the entity-id index still) land all over their
/// trees, so each commit dirties pages everywhere: with SQLite's 2 MiB page cache and a checkpoint
/// every 4 MiB of WAL, a build of 30 copies of BuzzFeed-Webis spent half its writer's time
/// re-reading and re-writing the same pages (15-18 s of system time). A 64 MiB cache (taken only as
/// the store grows) and a checkpoint every 32 MiB of WAL keep them in memory between commits.
constexpr const char* kWriterPragmas = R"sql(
PRAGMA journal_mode = WAL;
PRAGMA synchronous = NORMAL;
PRAGMA cache_size = -65536;
PRAGMA wal_autocheckpoint = 8192;
)sql";

constexpr const char* kSchema = R"sql(
CREATE TABLE IF NOT EXISTS settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS articles (
  key INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, hash TEXT NOT NULL, title TEXT, outlet TEXT,
  date TEXT, url TEXT, bytes INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS entities (
  article INTEGER NOT NULL, idx INTEGER NOT NULL, id TEXT NOT NULL, name TEXT NOT NULL,
  kind TEXT NOT NULL, aliases TEXT NOT NULL, mentions TEXT NOT NULL,
  PRIMARY KEY (article, idx)) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS entities_by_id ON entities (id);
CREATE TABLE IF NOT EXISTS attributions (
  article INTEGER NOT NULL, idx INTEGER NOT NULL, source_start INTEGER, source_end INTEGER,
  speaker INTEGER, cue_start INTEGER NOT NULL, cue_end INTEGER NOT NULL, content TEXT NOT NULL,
  outlet INTEGER, PRIMARY KEY (article, idx)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS relations (
  article INTEGER NOT NULL, idx INTEGER NOT NULL, kind TEXT NOT NULL, source INTEGER NOT NULL,
  target INTEGER NOT NULL, claimant INTEGER, outlet INTEGER, stance TEXT NOT NULL,
  evidence_start INTEGER NOT NULL, evidence_end INTEGER NOT NULL, evidence_text TEXT NOT NULL,
  cue_start INTEGER NOT NULL, cue_end INTEGER NOT NULL, cue_text TEXT NOT NULL,
  confidence REAL NOT NULL, PRIMARY KEY (article, idx)) WITHOUT ROWID;
)sql";

/// A table with the columns readers and writers use, in the schema versions that have it.
struct TableColumns {
  const char* table;
  const char* columns;
  std::int64_t since = 0;               ///< the first version with this table and these columns
  std::int64_t until = kSchemaVersion;  ///< the last
};

/// Every table of every version, checked when a store opens (those of its version) so a
/// dropped or altered table is one error naming it, not a table silently re-created empty.
constexpr TableColumns kTables[] = {
    {"settings", "key, value"},
    {"articles", "id, hash, title, outlet, date, url, bytes", 0, kArticleKeys - 1},
    {"articles", "key, id, hash, title, outlet, date, url, bytes", kArticleKeys},
    {"entities", "article, idx, id, name, kind", 0, kListColumns - 1},
    {"aliases", "article, entity, alias", 0, kListColumns - 1},
    {"mentions", "article, entity, start, end", 0, kListColumns - 1},
    {"entities", "article, idx, id, name, kind, aliases, mentions", kListColumns},
    {"attributions",
     "article, idx, source_start, source_end, speaker, cue_start, cue_end, content, outlet"},
    {"relations",
     "article, idx, kind, source, target, claimant, outlet, stance, evidence_start, evidence_end, "
     "evidence_text, cue_start, cue_end, cue_text, confidence"},
};

/// A token no earlier write of any store has used: 128 random bits in hex. A counter would
/// repeat when a store is deleted and built anew, and a graph saved beside the old one would
/// pass for the new one's.
std::string fresh_generation() {
  std::random_device random;
  char text[33];
  std::snprintf(text, sizeof text, "%08x%08x%08x%08x", random(), random(), random(), random());
  return text;
}

/// The tables holding one article's rows, each keyed by an "article" column (in the version
/// writers write: a writable open migrates an older store first).
constexpr const char* kArticleTables[] = {"entities", "attributions", "relations"};

/// Version 1's tables after its entities table was renamed for the migration, dropped at its end
/// (their indexes with them).
constexpr const char* kDropVersion1 = R"sql(
DROP TABLE entities_v1;
DROP TABLE aliases;
DROP TABLE mentions;
)sql";

/// An older store's tables set aside for the migration to article keys (its entities table,
/// when version 1's, is rebuilt as version 2's first); the entity-id index goes, as the new
/// entities table takes its name.
constexpr const char* kSetAsideVersion2 = R"sql(
ALTER TABLE articles RENAME TO articles_v2;
ALTER TABLE attributions RENAME TO attributions_v2;
ALTER TABLE relations RENAME TO relations_v2;
DROP INDEX IF EXISTS entities_by_id;
)sql";

/// Version 2's entities table, which a version 1 store's entities are moved into first.
constexpr const char* kEntitiesVersion2 = R"sql(
CREATE TABLE entities_v2 (
  article TEXT NOT NULL, idx INTEGER NOT NULL, id TEXT NOT NULL, name TEXT NOT NULL,
  kind TEXT NOT NULL, aliases TEXT NOT NULL, mentions TEXT NOT NULL,
  PRIMARY KEY (article, idx)) WITHOUT ROWID;
)sql";

/// Version 2's rows copied into version 3's tables, articles keyed in id order (as a store
/// written anew from them keys them), then version 2's tables dropped. Rows of an article the
/// articles table lacks, which no reader ever read, are left behind.
constexpr const char* kCopyVersion2 = R"sql(
INSERT INTO articles (id, hash, title, outlet, date, url, bytes)
  SELECT id, hash, title, outlet, date, url, bytes FROM articles_v2 ORDER BY id;
INSERT INTO entities
  SELECT a.key, e.idx, e.id, e.name, e.kind, e.aliases, e.mentions
  FROM entities_v2 e JOIN articles a ON a.id = e.article ORDER BY a.key, e.idx;
INSERT INTO attributions
  SELECT a.key, t.idx, t.source_start, t.source_end, t.speaker, t.cue_start, t.cue_end,
         t.content, t.outlet
  FROM attributions_v2 t JOIN articles a ON a.id = t.article ORDER BY a.key, t.idx;
INSERT INTO relations
  SELECT a.key, r.idx, r.kind, r.source, r.target, r.claimant, r.outlet, r.stance,
         r.evidence_start, r.evidence_end, r.evidence_text, r.cue_start, r.cue_end, r.cue_text,
         r.confidence
  FROM relations_v2 r JOIN articles a ON a.id = r.article ORDER BY a.key, r.idx;
DROP TABLE articles_v2;
DROP TABLE entities_v2;
DROP TABLE attributions_v2;
DROP TABLE relations_v2;
)sql";

/// A prepared statement, finalised on scope exit; its errors name the store at `path`. Texts
/// are bound without a copy (a copy per row was a tenth of the writer's work): every caller
/// binds values that outlive the steps after the bind, and binds anew before stepping again.
class Statement {
 public:
  Statement(sqlite3* db, const char* sql, const std::string& path) : db_(db), path_(path) {
    if (sqlite3_prepare_v2(db, sql, -1, &stmt_, nullptr) != SQLITE_OK)
      throw store_error(path_, db_);
  }
  ~Statement() { sqlite3_finalize(stmt_); }
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;

  /// Binds parameters 1..n in order.
  template <typename... Args>
  Statement& bind(const Args&... args) {
    sqlite3_reset(stmt_);
    return bind_from(1, args...);
  }
  /// Readies the statement for new bindings (bind does it itself).
  Statement& reset() {
    sqlite3_reset(stmt_);
    return *this;
  }
  /// Binds parameters first, first + 1, ... in order: one row of a multi-row INSERT.
  template <typename... Args>
  Statement& bind_from(int first, const Args&... args) {
    int i = first - 1;
    (bind_one(++i, args), ...);
    return *this;
  }
  /// Runs a statement that returns no rows.
  void run() {
    if (sqlite3_step(stmt_) != SQLITE_DONE) throw store_error(path_, db_);
  }
  /// Steps to the next row; false when done.
  bool next() {
    int rc = sqlite3_step(stmt_);
    if (rc == SQLITE_ROW) return true;
    if (rc != SQLITE_DONE) throw store_error(path_, db_);
    return false;
  }
  std::string text(int col) const {
    auto p = reinterpret_cast<const char*>(sqlite3_column_text(stmt_, col));
    return p ? std::string(p, sqlite3_column_bytes(stmt_, col)) : std::string();
  }
  /// A text column without a copy, valid until the next step.
  std::string_view view(int col) const {
    auto p = reinterpret_cast<const char*>(sqlite3_column_text(stmt_, col));
    return p ? std::string_view(p, sqlite3_column_bytes(stmt_, col)) : std::string_view();
  }
  std::int64_t integer(int col) const { return sqlite3_column_int64(stmt_, col); }
  double real(int col) const { return sqlite3_column_double(stmt_, col); }
  bool is_null(int col) const { return sqlite3_column_type(stmt_, col) == SQLITE_NULL; }

 private:
  void bind_one(int i, const std::string& s) {
    sqlite3_bind_text(stmt_, i, s.data(), static_cast<int>(s.size()), SQLITE_STATIC);
  }
  void bind_one(int i, const char* s) { sqlite3_bind_text(stmt_, i, s, -1, SQLITE_STATIC); }
  void bind_one(int i, std::string_view s) {
    sqlite3_bind_text(stmt_, i, s.data(), static_cast<int>(s.size()), SQLITE_STATIC);
  }
  void bind_one(int i, std::int64_t v) { sqlite3_bind_int64(stmt_, i, v); }
  void bind_one(int i, std::uint32_t v) { sqlite3_bind_int64(stmt_, i, v); }
  void bind_one(int i, std::size_t v) {
    sqlite3_bind_int64(stmt_, i, static_cast<std::int64_t>(v));
  }
  void bind_one(int i, int v) { sqlite3_bind_int(stmt_, i, v); }
  void bind_one(int i, double v) { sqlite3_bind_double(stmt_, i, v); }
  void bind_one(int i, std::optional<EntityIndex> v) {
    if (v)
      sqlite3_bind_int64(stmt_, i, *v);
    else
      sqlite3_bind_null(stmt_, i);
  }

  sqlite3* db_;
  const std::string& path_;  ///< the store's name as the user gave it, for errors
  sqlite3_stmt* stmt_ = nullptr;
};

/// Resets a reused statement when a read of it ends, however it ends: a statement stepped and
/// neither finished nor reset would hold its read transaction open.
class ResetOnExit {
 public:
  explicit ResetOnExit(Statement& statement) : statement_(statement) {}
  ~ResetOnExit() { statement_.reset(); }
  ResetOnExit(const ResetOnExit&) = delete;
  ResetOnExit& operator=(const ResetOnExit&) = delete;

 private:
  Statement& statement_;
};

/// A nullable entity column of `row`, checked against the entities of `x`.
std::optional<EntityIndex> optional_entity(const Statement& row, int col,
                                           const ArticleExtraction& x, const RowCheck& check,
                                           const char* column) {
  if (row.is_null(col)) return std::nullopt;
  return check.entity(row.integer(col), x.entities.size(), column);
}

/// An entity's aliases as its entities row holds them: a JSON array of strings.
std::string aliases_json(const Entity& e) {
  JsonWriter out;
  out.begin_array();
  for (const auto& alias : e.aliases) out.value(alias);
  return out.end_array().take();
}

/// An entity's mentions as its entities row holds them: a JSON array of [start, end] pairs,
/// written directly: through JsonWriter, whose bracket stack serves any nesting, they were 6%
/// of the writer's instructions.
std::string mentions_json(const Entity& e) {
  std::string out;
  out.reserve(2 + 14 * e.mentions.size());
  out += '[';
  char digits[2 * std::numeric_limits<std::uint32_t>::digits10 + 8];
  for (const auto& m : e.mentions) {
    char* end = digits;
    if (out.size() > 1) *end++ = ',';
    *end++ = '[';
    end = std::to_chars(end, std::end(digits), m.start).ptr;
    *end++ = ',';
    end = std::to_chars(end, std::end(digits), m.end).ptr;
    *end++ = ']';
    out.append(digits, end);
  }
  out += ']';
  return out;
}

/// "12-40,55-80": content spans as one column.
std::string spans_text(const std::vector<Span>& spans) {
  std::string out;
  char digits[2 * std::numeric_limits<std::uint32_t>::digits10 + 8];
  for (const auto& s : spans) {
    char* end = digits;
    if (!out.empty()) *end++ = ',';
    end = std::to_chars(end, std::end(digits), s.start).ptr;
    *end++ = '-';
    end = std::to_chars(end, std::end(digits), s.end).ptr;
    out.append(digits, end);
  }
  return out;
}

/// A read-only, immutable URI for `path` ('%', '?' and '#' escaped, as URIs need).
std::string immutable_uri(const std::string& path) {
  std::string uri = "file:";
  for (char c : path) {
    if (c == '%' || c == '?' || c == '#') {
      char escape[4];
      std::snprintf(escape, sizeof escape, "%%%02X", static_cast<unsigned char>(c));
      uri += escape;
    } else {
      uri += c;
    }
  }
  return uri + "?immutable=1";
}

}  // namespace

struct GraphStore::Impl {
  sqlite3* db = nullptr;
  std::string path;
  /// The schema version of the tables read: the store's own for a reader (which never
  /// migrates it), kSchemaVersion for a writer.
  std::int64_t version = kSchemaVersion;
  /// Prepared statements by SQL text, reused: preparing one per row costs more than the row
  /// (readers prepared three an article: a third of a merge's instructions).
  mutable std::map<std::string, std::unique_ptr<Statement>> statements;
  /// Multi-row INSERTs by table name (a literal) and row count.
  std::map<std::pair<const char*, std::size_t>, std::unique_ptr<Statement>> inserts;

  Statement& prepared(const std::string& sql) const {
    auto& slot = statements[sql];
    if (!slot) slot = std::make_unique<Statement>(db, sql.c_str(), path);
    return *slot;
  }

  /// Whether add() has begun a transaction that commit() has not ended.
  bool in_transaction = false;
  /// A writer's background checkpoints, asked for after each commit.
  std::unique_ptr<WalCheckpointer> checkpointer;

  /// Ends the open transaction, keeping nothing of it.
  void rollback() {
    sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr);
    in_transaction = false;
  }

  void exec(const char* sql) const {
    if (sqlite3_exec(db, sql, nullptr, nullptr, nullptr) != SQLITE_OK) throw store_error(path, db);
  }

  /// The first column of the first row `sql` gives, as an integer; errors name the store.
  std::int64_t query_integer(const char* sql) const {
    sqlite3_stmt* stmt = nullptr;
    int rc = sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr);
    if (rc == SQLITE_OK) rc = sqlite3_step(stmt);
    std::int64_t value = rc == SQLITE_ROW ? sqlite3_column_int64(stmt, 0) : 0;
    std::string error = rc == SQLITE_ROW || rc == SQLITE_DONE ? "" : store_error_message(path, db);
    sqlite3_finalize(stmt);
    if (!error.empty()) throw std::runtime_error(error);
    return value;
  }

  /// SQLite's error for selecting `columns` of `table`; empty when it has them all.
  std::string select_error(const char* table, const char* columns) const {
    std::string sql = std::string("SELECT ") + columns + " FROM " + table + " LIMIT 0";
    sqlite3_stmt* stmt = nullptr;
    int rc = sqlite3_prepare_v2(db, sql.c_str(), -1, &stmt, nullptr);
    sqlite3_finalize(stmt);
    return rc == SQLITE_OK ? "" : sqlite3_errmsg(db);
  }

  /// Every table of schema `version` is there with its columns; throws naming the first that
  /// is not.
  void check_tables(std::int64_t version) const {
    for (const auto& [table, columns, since, until] : kTables) {
      if (version < since || version > until) continue;
      std::string error = select_error(table, columns);
      if (error.empty()) continue;
      throw std::runtime_error(path + ": damaged store: table " + table +
                               (error.starts_with("no such table") ? " is missing" : ": " + error));
    }
    // A newer store marked older would be read with the wrong keys, finding no rows.
    if (version < kArticleKeys && select_error("articles", "key").empty())
      throw std::runtime_error(path + ": damaged store: table articles has a key column, which " +
                               "version " + std::to_string(version) + " lacks");
  }

  /// Opens `name` and checks its schema; false when a reader met a read-only file it could not
  /// share (a WAL store in an unwritable folder). Other failures throw naming the store.
  bool open(const std::string& name, int flags, bool writable) {
    if (sqlite3_open_v2(name.c_str(), &db, flags, nullptr) != SQLITE_OK) {
      std::string message = store_error_message(path, db);
      close();
      throw std::runtime_error(message);
    }
    sqlite3_busy_timeout(db, 5000);
    try {
      open_schema(writable);
      if (writable) checkpointer = std::make_unique<WalCheckpointer>(name);
      return true;
    } catch (...) {
      int code = sqlite3_errcode(db);
      close();
      if (!writable && (code == SQLITE_READONLY || code == SQLITE_CANTOPEN)) return false;
      throw;
    }
  }

  /// Closes the connection, if open; its statements are finalised first.
  void close() {
    bool writer = checkpointer != nullptr;
    // Closed first, so this connection is the last and its close checkpoints what is left
    // and removes the log.
    checkpointer.reset();
    statements.clear();  // finalised before the connection closes
    inserts.clear();
    if (writer) leave_wal_mode();
    sqlite3_close(db);
    db = nullptr;
  }

  /// Turns the store back to a rollback journal when no one else has it open, checkpointing
  /// and removing the log: a reader of a WAL store leaves an empty log and a shared-memory file
  /// beside it (SQLite's read-only connections cannot remove them), which users took for part
  /// of the store. The next writer turns WAL on again. With readers connected it stays WAL, at
  /// once: no waiting on them.
  void leave_wal_mode() {
    sqlite3_busy_timeout(db, 0);
    sqlite3_exec(db, "PRAGMA journal_mode = DELETE", nullptr, nullptr, nullptr);
  }

  /// The store's schema version; throws when it is newer than this build reads.
  std::int64_t stored_version() const {
    std::int64_t stored = query_integer("PRAGMA user_version");
    if (stored > kSchemaVersion)
      throw std::runtime_error(path + ": the store has schema version " + std::to_string(stored) +
                               ", newer than this claimgraph reads (" +
                               std::to_string(kSchemaVersion) + "); use a newer claimgraph");
    return stored;
  }

  /// Whether the file has no tables yet (a new store).
  bool is_empty() const { return query_integer("SELECT count(*) FROM sqlite_master") == 0; }

  /// Reads the schema version and checks the tables of a store that has any, in one read
  /// transaction; true when it has none (a new store). Read one by one, a second writer creating
  /// the store meanwhile could be seen half way (version 0 before its commit, its tables after)
  /// and the store taken for a damaged one. On an error the transaction stays open: open()
  /// closes the connection, which ends it, and reads the error's code first.
  bool read_schema() {
    exec("BEGIN");
    version = stored_version();
    bool fresh = is_empty();
    if (!fresh) check_tables(version);
    exec("COMMIT");
    return fresh;
  }

  /// Checks the schema version and tables; a writer also creates them in a new file and
  /// migrates an older store, a reader reads the tables of its version.
  void open_schema(bool writable) {
    bool fresh = read_schema();
    if (fresh && !writable) throw std::runtime_error(path + ": is an empty database, not a store");
    if (!writable) return;
    exec(kWriterPragmas);
    create_schema();
    version = kSchemaVersion;
    check_tables(version);  // another writer may have created or migrated it meanwhile
  }

  /// Creates the tables, or migrates an older store's, and records the version in one
  /// transaction: a process killed between two statements would otherwise leave a store that
  /// every later open refuses as damaged (a table missing), so a re-run could never complete it.
  void create_schema() {
    exec("BEGIN IMMEDIATE");
    try {
      // Read again under the write lock: another writer may have got there first.
      std::int64_t stored = stored_version();
      if (stored < kSchemaVersion && !is_empty())
        migrate_to_article_keys(stored);
      else
        exec(kSchema);
      if (stored < kSchemaVersion)
        exec(("PRAGMA user_version = " + std::to_string(kSchemaVersion)).c_str());
      exec("COMMIT");
    } catch (...) {
      sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr);
      throw;
    }
  }

  /// Moves an older store's rows into version 3's tables, in the open transaction: a version 0
  /// or 1 store's aliases and mentions into its entities rows first (version 2's), then every
  /// article's rows under its new key. A migrated store holds the same rows as one written anew
  /// from what it held.
  void migrate_to_article_keys(std::int64_t stored) {
    exec(kSetAsideVersion2);
    if (stored < kListColumns)
      migrate_lists();
    else
      exec("ALTER TABLE entities RENAME TO entities_v2");
    exec(kSchema);
    exec(kCopyVersion2);
    inserts.clear();  // made for tables the migration dropped
    statements.clear();
  }

  /// Moves a version 0 or 1 store's aliases and mentions into the entities rows of version 2's
  /// table. Each article's entities are read as a reader of that version reads them (every
  /// value checked, lists in rowid order) and written as a writer writes them, so a damaged
  /// row stops the migration with the reader's error, the store untouched.
  void migrate_lists() {
    exec("ALTER TABLE entities RENAME TO entities_v1");
    exec(kEntitiesVersion2);
    // Every article with a row in any of the three: a stray alias is an error, as for a reader.
    {  // finalised before its table is dropped
      Statement articles(db,
                         "SELECT article, (SELECT bytes FROM articles_v2 WHERE id = article) FROM "
                         "(SELECT article FROM entities_v1 UNION SELECT article FROM aliases "
                         "UNION SELECT article FROM mentions)",
                         path);
      while (articles.next()) migrate_article(articles.text(0), articles.integer(1));
    }
    exec(kDropVersion1);
  }

  /// Writes the entities of article `id` (whose text was `bytes` long) as version 2 keeps
  /// them, from version 1's tables.
  void migrate_article(std::string id, std::int64_t bytes) {
    RowCheck check(path, id, bytes > 0 ? static_cast<std::size_t>(bytes) : 0);
    ArticleExtraction x;
    x.article_id = std::move(id);
    load_entities_v1(x, check, "entities_v1");
    insert_entities("entities_v2", x.article_id, x);
  }

  /// Most rows one INSERT statement carries: SQLite's work per statement (cursors opened and
  /// closed, the statement's end) cost more than a row's own.
  static constexpr std::size_t kRowsPerInsert = 64;

  /// Inserts rows 0..count-1 into `table` of `width` columns, many rows to a statement, in
  /// order (rowids as row-by-row inserts give them); `bind_row(statement, row, first)` binds
  /// row `row`'s values from parameter `first` on.
  template <typename BindRow>
  void insert_rows(const char* table, std::size_t width, std::size_t count, BindRow bind_row) {
    for (std::size_t done = 0; done < count;) {
      // Whole powers of two, so a table needs a handful of statements, whatever the counts.
      std::size_t rows = kRowsPerInsert;
      while (rows > count - done) rows /= 2;
      Statement& insert = multi_row_insert(table, width, rows).reset();
      for (std::size_t r = 0; r < rows; ++r)
        bind_row(insert, done + r, static_cast<int>(r * width + 1));
      insert.run();
      done += rows;
    }
  }

  /// The prepared INSERT of `rows` rows into `table`, made on first use: by the table's name
  /// (a literal) and the count, so no SQL text is built or compared per statement.
  Statement& multi_row_insert(const char* table, std::size_t width, std::size_t rows) {
    auto& slot = inserts[{table, rows}];
    if (!slot) slot = std::make_unique<Statement>(db, insert_sql(table, width, rows).c_str(), path);
    return *slot;
  }

  /// "INSERT OR FAIL INTO table VALUES (?, ?), (?, ?)" for `rows` rows of `width` columns. A
  /// multi-row INSERT that aborts undoes its own rows, so SQLite keeps a statement journal for
  /// it (a file under /var/tmp: ten times the store's writes); OR FAIL needs none, and a failed
  /// statement rolls back its whole transaction here anyway.
  static std::string insert_sql(const char* table, std::size_t width, std::size_t rows) {
    std::string row = "(?";
    for (std::size_t c = 1; c < width; ++c) row += ", ?";
    row += ")";
    std::string sql = std::string("INSERT OR FAIL INTO ") + table + " VALUES " + row;
    for (std::size_t r = 1; r < rows; ++r) sql += ", " + row;
    return sql;
  }

  /// Deletes every row of article `id`, if the store holds it.
  void delete_article(const std::string& id) {
    Statement& find = prepared("SELECT key FROM articles WHERE id = ?");
    ResetOnExit found(find);
    if (!find.bind(id).next()) return;
    std::int64_t key = find.integer(0);
    for (const char* table : kArticleTables)
      prepared(std::string("DELETE FROM ") + table + " WHERE article = ?").bind(key).run();
    prepared("DELETE FROM articles WHERE key = ?").bind(key).run();
  }

  /// Inserts an article's rows, replacing those of an earlier version of its id.
  void insert_article(const StoredArticle& a, Earlier earlier);
  /// Inserts the entities of `x` into `table`, `article` in their article column (the
  /// article's key; its id in a migration's version 2 table).
  template <typename ArticleColumn>
  void insert_entities(const char* table, const ArticleColumn& article, const ArticleExtraction& x);
  /// Inserts the attributions of `x`, under the article's `key`.
  void insert_attributions(std::int64_t key, const ArticleExtraction& x);
  /// Inserts the relations of `x`, under the article's `key`.
  void insert_relations(std::int64_t key, const ArticleExtraction& x);
  /// Binds parameter 1 of `rows` to the article whose rows they read: its `key`, or its id in a
  /// store older than version 3.
  void bind_article(Statement& rows, const ArticleExtraction& x, std::int64_t key) const {
    if (version >= kArticleKeys)
      rows.bind(key);
    else
      rows.bind(x.article_id);
  }
  /// The article whose row `row` holds (id, hash, title, outlet, date, url, bytes, and from
  /// version 3 on its key), every value checked; throws std::runtime_error naming the store and
  /// table of a bad one.
  StoredArticle load(const Statement& row) const;
  /// Reads an article's title, outlet, date and URL from `row`'s columns from `first` on.
  static void load_header(const Statement& row, int first, RowCheck& check, ArticleExtraction& x);
  /// Reads the entities of `x` (stored under `key`) with their aliases and mentions, as the
  /// store's version keeps them.
  void load_entities(ArticleExtraction& x, std::int64_t key, RowCheck& check) const;
  /// Reads the entities of `x` from version 1's `table` (entities, or its name while migrated)
  /// and their aliases and mentions from version 1's tables, in rowid order.
  void load_entities_v1(ArticleExtraction& x, RowCheck& check, const std::string& table) const;
  /// Reads the attributions of `x` (stored under `key`).
  void load_attributions(ArticleExtraction& x, std::int64_t key, RowCheck& check) const;
  /// Reads the relations of `x` (stored under `key`).
  void load_relations(ArticleExtraction& x, std::int64_t key, RowCheck& check) const;
};

void GraphStore::Impl::insert_article(const StoredArticle& a, Earlier earlier) {
  const ArticleExtraction& x = a.extraction;
  if (earlier == Earlier::maybe) delete_article(x.article_id);
  // With Earlier::none the article's row goes first and is checked: another writer (a second
  // build into the same store) may have added the id since the caller looked, and then its rows
  // are replaced after all. Every writer adds an id's rows with its articles row, in one
  // transaction, so without that row there are none to replace.
  // The key is SQLite's next rowid: one past the largest, so rows go at the end of each table.
  auto& insert =
      prepared(earlier == Earlier::none
                   ? "INSERT OR IGNORE INTO articles (id, hash, title, outlet, date, url, bytes) "
                     "VALUES (?, ?, ?, ?, ?, ?, ?)"
                   : "INSERT INTO articles (id, hash, title, outlet, date, url, bytes) "
                     "VALUES (?, ?, ?, ?, ?, ?, ?)");
  insert.bind(x.article_id, a.hash, x.title, x.outlet, x.date, x.url, a.bytes).run();
  if (earlier == Earlier::none && sqlite3_changes(db) == 0)
    return insert_article(a, Earlier::maybe);
  std::int64_t key = sqlite3_last_insert_rowid(db);
  insert_entities("entities", key, x);
  insert_attributions(key, x);
  insert_relations(key, x);
}

template <typename ArticleColumn>
void GraphStore::Impl::insert_entities(const char* table, const ArticleColumn& article,
                                       const ArticleExtraction& x) {
  const auto& es = x.entities;
  // The JSON columns, made first: the statement binds them without a copy.
  std::vector<std::string> aliases, mentions;
  aliases.reserve(es.size());
  mentions.reserve(es.size());
  for (const auto& e : es) {
    aliases.push_back(aliases_json(e));
    mentions.push_back(mentions_json(e));
  }
  insert_rows(table, 7, es.size(), [&](Statement& s, std::size_t i, int at) {
    s.bind_from(at, article, i, es[i].id, es[i].name, to_string(es[i].kind), aliases[i],
                mentions[i]);
  });
}

void GraphStore::Impl::insert_attributions(std::int64_t key, const ArticleExtraction& x) {
  // Content spans as text, made first: the statement binds them without a copy.
  std::vector<std::string> contents;
  contents.reserve(x.attributions.size());
  for (const auto& a : x.attributions) contents.push_back(spans_text(a.content));
  insert_rows("attributions", 9, x.attributions.size(), [&](Statement& s, std::size_t i, int at) {
    const Attribution& a = x.attributions[i];
    // Source spans may be absent (passive cues): NULL columns then.
    s.bind_from(at, key, i, a.source ? std::optional<EntityIndex>(a.source->start) : std::nullopt,
                a.source ? std::optional<EntityIndex>(a.source->end) : std::nullopt, a.speaker,
                a.cue.start, a.cue.end, contents[i], a.outlet);
  });
}

void GraphStore::Impl::insert_relations(std::int64_t key, const ArticleExtraction& x) {
  insert_rows("relations", 15, x.relations.size(), [&](Statement& s, std::size_t i, int at) {
    const Relation& r = x.relations[i];
    s.bind_from(at, key, i, to_string(r.kind), r.source, r.target, r.claimant, r.outlet,
                to_string(r.stance), r.evidence.start, r.evidence.end, r.evidence_text, r.cue.start,
                r.cue.end, r.cue_text, r.confidence);
  });
}

void GraphStore::Impl::load_header(const Statement& row, int first, RowCheck& check,
                                   ArticleExtraction& x) {
  x.title = check.text(row.text(first), "title");
  x.outlet = check.text(row.text(first + 1), "outlet");
  x.date = check.text(row.text(first + 2), "date");
  x.url = check.text(row.text(first + 3), "url");
}

StoredArticle GraphStore::Impl::load(const Statement& row) const {
  StoredArticle stored;
  ArticleExtraction& x = stored.extraction;
  x.article_id = row.text(0);
  std::int64_t bytes = row.integer(6);
  RowCheck check(path, x.article_id, bytes > 0 ? static_cast<std::size_t>(bytes) : 0);
  x.article_id = check.text(x.article_id, "id");
  if (x.article_id.empty()) check.fail("id", "is empty");
  if (bytes < 0) check.fail("bytes", "is negative");
  stored.bytes = static_cast<std::size_t>(bytes);
  stored.hash = check.text(row.text(1), "hash");
  load_header(row, 2, check, x);
  std::int64_t key = version >= kArticleKeys ? row.integer(7) : 0;
  load_entities(x, key, check);
  load_attributions(x, key, check);
  load_relations(x, key, check);
  return stored;
}

namespace {

/// An entities row's leading columns (idx, id, name, kind), checked; `x` holds the entities
/// read before it.
Entity entity_from_row(const Statement& row, const ArticleExtraction& x, const RowCheck& check) {
  // Rows are addressed by position, so a gap would shift every later reference.
  if (row.integer(0) != static_cast<std::int64_t>(x.entities.size()))
    check.fail("idx", std::to_string(row.integer(0)) + " leaves a gap");
  Entity e;
  e.id = check.text(row.text(1), "id");
  e.name = check.text(row.text(2), "name");
  e.kind = check.known(parse_entity_kind(row.text(3)), row.text(3), "kind");
  return e;
}

}  // namespace

void GraphStore::Impl::load_entities(ArticleExtraction& x, std::int64_t key,
                                     RowCheck& check) const {
  if (version < kListColumns) return load_entities_v1(x, check, "entities");
  check.table("entities");
  Statement& entities = prepared(
      "SELECT idx, id, name, kind, aliases, mentions FROM entities WHERE article = ? ORDER BY idx");
  ResetOnExit done(entities);
  for (bind_article(entities, x, key); entities.next();) {
    Entity e = entity_from_row(entities, x, check);
    e.aliases = check.strings(entities.view(4), "aliases");
    e.mentions = check.span_pairs(entities.view(5), "mentions");
    x.entities.push_back(std::move(e));
  }
}

void GraphStore::Impl::load_entities_v1(ArticleExtraction& x, RowCheck& check,
                                        const std::string& table) const {
  check.table("entities");
  Statement& entities =
      prepared("SELECT idx, id, name, kind FROM " + table + " WHERE article = ? ORDER BY idx");
  ResetOnExit entities_done(entities);
  for (entities.bind(x.article_id); entities.next();)
    x.entities.push_back(entity_from_row(entities, x, check));
  check.table("aliases");
  Statement& aliases =
      prepared("SELECT entity, alias FROM aliases WHERE article = ? ORDER BY rowid");
  ResetOnExit aliases_done(aliases);
  for (aliases.bind(x.article_id); aliases.next();)
    x.entities[check.entity(aliases.integer(0), x.entities.size(), "entity")].aliases.push_back(
        check.text(aliases.text(1), "alias"));
  check.table("mentions");
  Statement& mentions =
      prepared("SELECT entity, start, end FROM mentions WHERE article = ? ORDER BY rowid");
  ResetOnExit mentions_done(mentions);
  for (mentions.bind(x.article_id); mentions.next();)
    x.entities[check.entity(mentions.integer(0), x.entities.size(), "entity")].mentions.push_back(
        check.span(mentions.integer(1), mentions.integer(2), "start"));
}

void GraphStore::Impl::load_attributions(ArticleExtraction& x, std::int64_t key,
                                         RowCheck& check) const {
  check.table("attributions");
  Statement& rows = prepared(
      "SELECT source_start, source_end, speaker, cue_start, cue_end, content, outlet "
      "FROM attributions WHERE article = ? ORDER BY idx");
  ResetOnExit done(rows);
  for (bind_article(rows, x, key); rows.next();) {
    Attribution a;
    if (!rows.is_null(0)) a.source = check.span(rows.integer(0), rows.integer(1), "source");
    a.speaker = optional_entity(rows, 2, x, check, "speaker");
    a.cue = check.span(rows.integer(3), rows.integer(4), "cue");
    a.content = check.spans(rows.text(5), "content");
    a.outlet = optional_entity(rows, 6, x, check, "outlet");
    x.attributions.push_back(std::move(a));
  }
}

void GraphStore::Impl::load_relations(ArticleExtraction& x, std::int64_t key,
                                      RowCheck& check) const {
  check.table("relations");
  Statement& rows = prepared(
      "SELECT kind, source, target, claimant, outlet, stance, evidence_start, evidence_end, "
      "evidence_text, cue_start, cue_end, cue_text, confidence "
      "FROM relations WHERE article = ? ORDER BY idx");
  ResetOnExit done(rows);
  for (bind_article(rows, x, key); rows.next();) {
    Relation r;
    r.kind = check.known(parse_relation_kind(rows.text(0)), rows.text(0), "kind");
    r.source = check.entity(rows.integer(1), x.entities.size(), "source");
    r.target = check.entity(rows.integer(2), x.entities.size(), "target");
    r.claimant = optional_entity(rows, 3, x, check, "claimant");
    r.outlet = optional_entity(rows, 4, x, check, "outlet");
    r.stance = check.known(parse_stance(rows.text(5)), rows.text(5), "stance");
    r.evidence = check.span(rows.integer(6), rows.integer(7), "evidence");
    r.evidence_text = check.text(rows.text(8), "evidence_text");
    r.cue = check.span(rows.integer(9), rows.integer(10), "cue");
    r.cue_text = check.text(rows.text(11), "cue_text");
    r.confidence = rows.real(12);
    if (!std::isfinite(r.confidence)) check.fail("confidence", "is not a finite number");
    x.relations.push_back(std::move(r));
  }
}

GraphStore::GraphStore(const std::string& path, StoreAccess access)
    : impl_(std::make_unique<Impl>()) {
  impl_->path = path;
  bool writable = access == StoreAccess::read_write;
  // A reader opens read-only, so it works on a read-only file and can never change a store.
  // One thread uses a store at a time, so the connection needs no mutex of its own.
  int flags = (writable ? SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE : SQLITE_OPEN_READONLY) |
              SQLITE_OPEN_NOMUTEX;
  if (impl_->open(path, flags, writable)) return;
  // A WAL store in a folder the reader cannot write: SQLite cannot create the shared-memory
  // file, so the file is read as it stands, without locks (a writer of another user with
  // rights to the folder could make such a read see a half-made transaction).
  if (!impl_->open(immutable_uri(path),
                   SQLITE_OPEN_READONLY | SQLITE_OPEN_URI | SQLITE_OPEN_NOMUTEX, false))
    throw std::runtime_error(path + ": attempt to write a readonly database");
}

GraphStore::~GraphStore() {
  if (impl_->in_transaction) impl_->rollback();  // articles added but never committed
  impl_->close();
}

const std::string& GraphStore::path() const { return impl_->path; }

std::unordered_map<std::string, std::string> GraphStore::article_hashes() const {
  std::unordered_map<std::string, std::string> out;
  Statement s(impl_->db, "SELECT id, hash FROM articles", impl_->path);
  while (s.next()) out.emplace(s.text(0), s.text(1));
  return out;
}

void GraphStore::write(const std::vector<StoredArticle>& batch) {
  for (const auto& a : batch) add(a);
  commit();
}

void GraphStore::add(const StoredArticle& article, Earlier earlier) {
  // The write lock is taken with the first article, so a writer waiting for articles holds
  // none.
  if (!impl_->in_transaction) {
    impl_->exec("BEGIN IMMEDIATE");
    impl_->in_transaction = true;
  }
  try {
    impl_->insert_article(article, earlier);
  } catch (...) {
    impl_->rollback();
    throw;
  }
}

void GraphStore::commit() {
  if (!impl_->in_transaction) return;
  try {
    // In the same transaction: a reader seeing the new rows sees the new generation too.
    set_setting("generation", fresh_generation());
    impl_->exec("COMMIT");
    impl_->in_transaction = false;
    if (impl_->checkpointer) impl_->checkpointer->nudge();
  } catch (...) {
    impl_->rollback();
    throw;
  }
}

void GraphStore::read_all(const std::function<void(ArticleExtraction&&)>& each) const {
  read_stored([&](StoredArticle&& a) { each(std::move(a.extraction)); });
}

void GraphStore::read_stored(const std::function<void(StoredArticle&&)>& each) const {
  Statement s(
      impl_->db,
      impl_->version >= kArticleKeys
          ? "SELECT id, hash, title, outlet, date, url, bytes, key FROM articles ORDER BY id"
          : "SELECT id, hash, title, outlet, date, url, bytes FROM articles ORDER BY id",
      impl_->path);
  while (s.next()) each(impl_->load(s));
}

void GraphStore::read_headers(std::vector<std::string> ids,
                              const std::function<void(ArticleExtraction&&)>& each) const {
  std::sort(ids.begin(), ids.end());
  ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
  Statement s(impl_->db, "SELECT title, outlet, date, url FROM articles WHERE id = ?", impl_->path);
  for (auto& id : ids) {
    if (!s.bind(id).next()) continue;
    RowCheck check(impl_->path, id, 0);
    ArticleExtraction x;
    Impl::load_header(s, 0, check, x);
    x.article_id = std::move(id);
    each(std::move(x));
  }
}

std::string GraphStore::setting(const std::string& key) const {
  Statement s(impl_->db, "SELECT value FROM settings WHERE key = ?", impl_->path);
  s.bind(key);
  return s.next() ? s.text(0) : std::string();
}

void GraphStore::set_setting(const std::string& key, const std::string& value) {
  Statement(impl_->db, "INSERT OR REPLACE INTO settings VALUES (?, ?)", impl_->path)
      .bind(key, value)
      .run();
}

StoreCounts GraphStore::counts() const {
  auto count = [&](const char* sql) {
    Statement s(impl_->db, sql, impl_->path);
    return s.next() ? static_cast<std::size_t>(s.integer(0)) : 0;
  };
  return {count("SELECT count(*) FROM articles"), count("SELECT count(DISTINCT id) FROM entities"),
          count("SELECT count(*) FROM relations")};
}

std::string GraphStore::integrity_check() const {
  Statement s(impl_->db, "PRAGMA integrity_check", impl_->path);
  return s.next() ? s.text(0) : std::string("no answer");
}

bool is_store_file(const std::string& path) {
  // Only a regular file can be a store; reading a pipe's first bytes to look would lose them.
  std::error_code ec;
  if (path == "-" || !std::filesystem::is_regular_file(path, ec)) return false;
  std::ifstream in(path, std::ios::binary);
  char header[16] = {};
  in.read(header, sizeof header);
  return in.gcount() == 16 &&
         std::string_view(header, 16) == std::string_view("SQLite format 3\0", 16);
}

std::string sqlite_version() { return sqlite3_libversion(); }

}  // namespace claimgraph
