// Since schema version 2 an entity's aliases and mentions are JSON arrays in its entities row;
// version 3 keys every article's rows by the article's integer key. Awkward strings round-trip
// exactly and stay readable in SQL; a version 0, 1 or 2 store (made here with their DDL) is
// migrated by a writable open, in one transaction, keeping the lists' rowid order and keying
// articles in id order; a read-only open reads it as it stands and changes nothing.

#include <doctest/doctest.h>
#include <sqlite3.h>

#include <algorithm>
#include <stdexcept>
#include <string>

#include "graph/store/store.h"
#include "test_util.h"

using namespace claimgraph;
using namespace claimgraph::test;

namespace {

/// The tables versions 1 and 2 share, as graph/store/store.cpp wrote them: every article's
/// rows keyed by its id.
constexpr const char* kSharedV1V2 = R"sql(
CREATE TABLE IF NOT EXISTS settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS articles (
  id TEXT PRIMARY KEY, hash TEXT NOT NULL, title TEXT, outlet TEXT, date TEXT, url TEXT,
  bytes INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS attributions (
  article TEXT NOT NULL, idx INTEGER NOT NULL, source_start INTEGER, source_end INTEGER,
  speaker INTEGER, cue_start INTEGER NOT NULL, cue_end INTEGER NOT NULL, content TEXT NOT NULL,
  outlet INTEGER, PRIMARY KEY (article, idx)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS relations (
  article TEXT NOT NULL, idx INTEGER NOT NULL, kind TEXT NOT NULL, source INTEGER NOT NULL,
  target INTEGER NOT NULL, claimant INTEGER, outlet INTEGER, stance TEXT NOT NULL,
  evidence_start INTEGER NOT NULL, evidence_end INTEGER NOT NULL, evidence_text TEXT NOT NULL,
  cue_start INTEGER NOT NULL, cue_end INTEGER NOT NULL, cue_text TEXT NOT NULL,
  confidence REAL NOT NULL, PRIMARY KEY (article, idx)) WITHOUT ROWID;
)sql";

/// Version 1's schema: the shared tables, and entities with their aliases and mentions in
/// tables of their own.
const std::string kSchemaV1 = std::string(kSharedV1V2) + R"sql(
CREATE TABLE IF NOT EXISTS entities (
  article TEXT NOT NULL, idx INTEGER NOT NULL, id TEXT NOT NULL, name TEXT NOT NULL,
  kind TEXT NOT NULL, PRIMARY KEY (article, idx)) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS entities_by_id ON entities (id);
CREATE TABLE IF NOT EXISTS aliases (
  article TEXT NOT NULL, entity INTEGER NOT NULL, alias TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS aliases_by_article ON aliases (article);
CREATE TABLE IF NOT EXISTS mentions (
  article TEXT NOT NULL, entity INTEGER NOT NULL, start INTEGER NOT NULL, end INTEGER NOT NULL);
CREATE INDEX IF NOT EXISTS mentions_by_article ON mentions (article);
)sql";

/// Three articles in version 1's tables. Aliases and mentions go in an order that is neither
/// sorted nor grouped by entity, so only rowid order reads them back as kExpected has them.
constexpr const char* kRowsV1 = R"sql(
INSERT INTO articles VALUES ('a1', 'h1', 'T1', 'Post', '2016-01-02', 'https://x/1', 100),
  ('a2', 'h2', '', '', '', '', 50), ('a3', 'h3', 'T3', '', '', '', 60);
INSERT INTO entities VALUES ('a1', 0, 'person:hope-hicks', 'Hope Hicks', 'person'),
  ('a1', 1, 'person:vladimir-putin', 'Vladimir Putin', 'person'),
  ('a1', 2, 'outlet:post', 'Post', 'outlet'),
  ('a2', 0, 'person:zed', 'Zed', 'person'),
  ('a3', 0, 'organization:acme', 'Acme', 'organization');
INSERT INTO aliases VALUES ('a1', 1, 'Putin'), ('a1', 0, 'Zed Hicks'), ('a3', 0, 'ACME'),
  ('a1', 0, 'Hicks'), ('a1', 1, 'Vlad'), ('a1', 0, 'Alpha "Hope" \ Hicks');
INSERT INTO mentions VALUES ('a1', 0, 30, 40), ('a1', 1, 50, 64), ('a1', 0, 2, 12),
  ('a2', 0, 0, 3), ('a1', 0, 20, 25), ('a3', 0, 5, 9), ('a3', 0, 1, 4);
INSERT INTO attributions VALUES ('a1', 0, 2, 12, 0, 13, 17, '18-40,41-60', NULL);
INSERT INTO relations VALUES ('a1', 0, 'contact', 0, 1, 0, 2, 'asserted', 2, 64,
  'Hope Hicks met Vladimir Putin', 13, 16, 'met', 0.75);
)sql";

/// Version 2's schema: the shared tables, and entities holding their aliases and mentions.
const std::string kSchemaV2 = std::string(kSharedV1V2) + R"sql(
CREATE TABLE IF NOT EXISTS entities (
  article TEXT NOT NULL, idx INTEGER NOT NULL, id TEXT NOT NULL, name TEXT NOT NULL,
  kind TEXT NOT NULL, aliases TEXT NOT NULL, mentions TEXT NOT NULL,
  PRIMARY KEY (article, idx)) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS entities_by_id ON entities (id);
)sql";

/// kRowsV1's articles in version 2's tables, written out of id order, and a relation of an
/// article the store does not hold (which no reader reads).
constexpr const char* kRowsV2 = R"sql(
INSERT INTO articles VALUES ('a3', 'h3', 'T3', '', '', '', 60),
  ('a1', 'h1', 'T1', 'Post', '2016-01-02', 'https://x/1', 100), ('a2', 'h2', '', '', '', '', 50);
INSERT INTO entities VALUES
  ('a3', 0, 'organization:acme', 'Acme', 'organization', '["ACME"]', '[[5,9],[1,4]]'),
  ('a1', 0, 'person:hope-hicks', 'Hope Hicks', 'person',
   '["Zed Hicks","Hicks","Alpha \"Hope\" \\ Hicks"]', '[[30,40],[2,12],[20,25]]'),
  ('a1', 1, 'person:vladimir-putin', 'Vladimir Putin', 'person', '["Putin","Vlad"]',
   '[[50,64]]'),
  ('a1', 2, 'outlet:post', 'Post', 'outlet', '[]', '[]'),
  ('a2', 0, 'person:zed', 'Zed', 'person', '[]', '[[0,3]]');
INSERT INTO attributions VALUES ('a1', 0, 2, 12, 0, 13, 17, '18-40,41-60', NULL);
INSERT INTO relations VALUES ('a1', 0, 'contact', 0, 1, 0, 2, 'asserted', 2, 64,
  'Hope Hicks met Vladimir Putin', 13, 16, 'met', 0.75),
  ('gone', 0, 'contact', 0, 1, NULL, NULL, 'asserted', 0, 5, 'stray', 0, 1, 'x', 0.5);
PRAGMA user_version = 2;
)sql";

/// An entity as a test expects it.
struct ExpectedEntity {
  std::string id;
  std::vector<std::string> aliases;
  std::vector<Span> mentions;
};

/// Each article's entities as kRowsV1 holds them, in rowid order.
const std::vector<std::pair<std::string, std::vector<ExpectedEntity>>> kExpected{
    {"a1",
     {{"person:hope-hicks",
       {"Zed Hicks", "Hicks", "Alpha \"Hope\" \\ Hicks"},
       {{30, 40}, {2, 12}, {20, 25}}},
      {"person:vladimir-putin", {"Putin", "Vlad"}, {{50, 64}}},
      {"outlet:post", {}, {}}}},
    {"a2", {{"person:zed", {}, {{0, 3}}}}},
    {"a3", {{"organization:acme", {"ACME"}, {{5, 9}, {1, 4}}}}},
};

/// An open SQLite connection for the test's own SQL, closed on scope exit.
class Db {
 public:
  explicit Db(const fs::path& path) { REQUIRE(sqlite3_open(path.c_str(), &db_) == SQLITE_OK); }
  ~Db() { sqlite3_close(db_); }
  Db(const Db&) = delete;
  Db& operator=(const Db&) = delete;

  /// Runs `sql`, which must succeed.
  void exec(const std::string& sql) {
    char* error = nullptr;
    int rc = sqlite3_exec(db_, sql.c_str(), nullptr, nullptr, &error);
    std::string message = error ? error : "";
    sqlite3_free(error);
    REQUIRE_MESSAGE(rc == SQLITE_OK, message);
  }
  /// Every row `sql` gives, its columns as text joined by '|'.
  std::vector<std::string> rows(const std::string& sql) {
    sqlite3_stmt* stmt = nullptr;
    REQUIRE(sqlite3_prepare_v2(db_, sql.c_str(), -1, &stmt, nullptr) == SQLITE_OK);
    std::vector<std::string> out;
    while (sqlite3_step(stmt) == SQLITE_ROW) {
      std::string row;
      for (int c = 0; c < sqlite3_column_count(stmt); ++c) {
        auto text = reinterpret_cast<const char*>(sqlite3_column_text(stmt, c));
        row += (c ? "|" : "") + (text ? std::string(text, sqlite3_column_bytes(stmt, c)) : "NULL");
      }
      out.push_back(std::move(row));
    }
    sqlite3_finalize(stmt);
    return out;
  }

 private:
  sqlite3* db_ = nullptr;
};

/// A store of kRowsV1 at `path` with version 1's DDL, marked `version` (0: before versions).
void make_v1_store(const fs::path& path, int version) {
  Db db(path);
  db.exec(kSchemaV1);
  db.exec(kRowsV1);
  db.exec("PRAGMA user_version = " + std::to_string(version));
}

/// Every extraction the store at `path` holds, read with `access`.
std::vector<ArticleExtraction> read_store(const fs::path& path, StoreAccess access) {
  std::vector<ArticleExtraction> out;
  GraphStore(path.string(), access).read_all([&](ArticleExtraction&& x) {
    out.push_back(std::move(x));
  });
  return out;
}

/// Checks that `read` holds kExpected's entities, lists in order, and a1's claim.
void check_expected(const std::vector<ArticleExtraction>& read) {
  REQUIRE(read.size() == kExpected.size());
  for (std::size_t a = 0; a < read.size(); ++a) {
    const auto& [id, entities] = kExpected[a];
    CAPTURE(id);
    CHECK(read[a].article_id == id);
    REQUIRE(read[a].entities.size() == entities.size());
    for (std::size_t i = 0; i < entities.size(); ++i) {
      CHECK(read[a].entities[i].id == entities[i].id);
      CHECK(read[a].entities[i].aliases == entities[i].aliases);
      CHECK(read[a].entities[i].mentions == entities[i].mentions);
    }
  }
  CHECK(read[0].relations.size() == 1);
  CHECK(read[0].attributions.size() == 1);
  CHECK(read[0].relations[0].evidence_text == "Hope Hicks met Vladimir Putin");
}

/// The schema and every row of every table of the store at `path`, as text.
std::vector<std::string> dump(const fs::path& path) {
  Db db(path);
  std::vector<std::string> out = db.rows("PRAGMA user_version");
  for (const auto& row : db.rows("SELECT name, type, sql FROM sqlite_master ORDER BY name")) {
    out.push_back(row);
    std::string name = row.substr(0, row.find('|'));
    if (row.find("|table|") != std::string::npos)
      for (auto& r : db.rows("SELECT * FROM " + name + " ORDER BY 1, 2")) out.push_back(r);
  }
  return out;
}

/// Names of the tables and indexes of the store at `path`, sorted.
std::vector<std::string> schema_names(const fs::path& path) {
  return Db(path).rows("SELECT name FROM sqlite_master ORDER BY name");
}

/// The store's user_version.
std::string user_version(const fs::path& path) { return Db(path).rows("PRAGMA user_version")[0]; }

/// An extraction of one article whose entity's aliases and mentions are awkward to encode.
StoredArticle awkward_article() {
  StoredArticle a;
  a.extraction.article_id = "awkward";
  a.hash = "h";
  Entity e;
  e.id = "person:x";
  e.name = "X";
  e.kind = EntityKind::person;
  e.aliases = {"quote \" in",
               "back\\slash \\u0041 \\\"",
               std::string("nul\0byte", 8),
               "\x01\x1f\x7f controls",
               "tab\tnew\nline\rform\f\b",
               "é 漢字 😀 \u2028\u2029",
               "",
               "[\"not\", \"a list\"]",
               "</script>"};
  e.mentions = {{0, 0}, {7, 3000}, {2, 4294967295u}};
  a.extraction.entities = {e, Entity{"person:y", "Y", EntityKind::person, {}, {}}};
  return a;
}

}  // namespace

TEST_CASE("store v2: aliases and mentions round-trip exactly, and SQL reads them (json_each)") {
  auto dir = scratch_dir("store_v2_round_trip");
  StoredArticle article = awkward_article();
  GraphStore((dir / "g.db").string()).write({article});
  auto read = read_store(dir / "g.db", StoreAccess::read_only);
  REQUIRE(read.size() == 1);
  REQUIRE(read[0].entities.size() == 2);
  const Entity& e = article.extraction.entities[0];
  CHECK(read[0].entities[0].aliases == e.aliases);
  CHECK(read[0].entities[0].mentions == e.mentions);
  CHECK(read[0].entities[1].aliases.empty());
  CHECK(read[0].entities[1].mentions.empty());

  Db db(dir / "g.db");
  std::vector<std::string> in_sql;
  for (const auto& row : db.rows("SELECT value FROM entities, json_each(entities.aliases) "
                                 "WHERE idx = 0 ORDER BY json_each.key"))
    in_sql.push_back(row);
  // SQLite's own JSON functions end a text at a NUL; claimgraph's reader keeps it (above).
  std::vector<std::string> cut = e.aliases;
  cut[2].resize(cut[2].find('\0'));
  CHECK(in_sql == cut);
  CHECK(db.rows("SELECT json_extract(mentions, '$[1][1]'), json_array_length(mentions) "
                "FROM entities WHERE idx = 0") == std::vector<std::string>{"3000|3"});
  CHECK(db.rows("SELECT aliases, mentions FROM entities WHERE idx = 1") ==
        std::vector<std::string>{"[]|[]"});
  CHECK(user_version(dir / "g.db") == "3");
  auto names = schema_names(dir / "g.db");
  CHECK(std::find(names.begin(), names.end(), "aliases") == names.end());
  CHECK(std::find(names.begin(), names.end(), "mentions") == names.end());
  CHECK(std::find(names.begin(), names.end(), "mentions_by_article") == names.end());
}

TEST_CASE("store v2: a writable open migrates a version 0 or 1 store, keeping rowid order") {
  auto dir = scratch_dir("store_v2_migrate");
  for (int version : {0, 1}) {
    CAPTURE(version);
    fs::path v1 = dir / ("v" + std::to_string(version) + ".db");
    make_v1_store(v1, version);
    check_expected(read_store(v1, StoreAccess::read_only));  // version 1's read path

    { GraphStore migrated(v1.string()); }
    CHECK(user_version(v1) == "3");
    auto names = schema_names(v1);
    for (const char* gone :
         {"aliases", "mentions", "aliases_by_article", "mentions_by_article", "entities_v1"}) {
      CAPTURE(gone);
      CHECK(std::find(names.begin(), names.end(), gone) == names.end());
    }
    CHECK(std::find(names.begin(), names.end(), "entities_by_id") != names.end());
    check_expected(read_store(v1, StoreAccess::read_only));
    check_expected(read_store(v1, StoreAccess::read_write));

    // The same bytes as a store written anew with the same extractions, schema text included.
    fs::path fresh = dir / ("fresh" + std::to_string(version) + ".db");
    std::vector<StoredArticle> batch;
    GraphStore(v1.string(), StoreAccess::read_only).read_stored([&](StoredArticle&& a) {
      batch.push_back(std::move(a));
    });
    GraphStore(fresh.string()).write(batch);
    const char* entities = "SELECT * FROM entities ORDER BY article, idx";
    CHECK(Db(v1).rows(entities) == Db(fresh).rows(entities));
    const char* schema = "SELECT name, sql FROM sqlite_master ORDER BY name";
    CHECK(Db(v1).rows(schema) == Db(fresh).rows(schema));
    CHECK(Db(v1).rows(entities)[0] ==
          "1|0|person:hope-hicks|Hope Hicks|person|"
          R"(["Zed Hicks","Hicks","Alpha \"Hope\" \\ Hicks"]|[[30,40],[2,12],[20,25]])");
  }
}

TEST_CASE("store v3: a version 2 store is read as it stands; a writer keys its rows anew") {
  auto dir = scratch_dir("store_v3_migrate");
  fs::path v2 = dir / "v2.db";
  Db(v2).exec(kSchemaV2 + kRowsV2);
  auto before = dump(v2);
  check_expected(read_store(v2, StoreAccess::read_only));  // version 2's read path
  CHECK(dump(v2) == before);

  { GraphStore migrated(v2.string()); }
  CHECK(user_version(v2) == "3");
  auto names = schema_names(v2);
  for (const char* gone : {"articles_v2", "entities_v2", "attributions_v2", "relations_v2"}) {
    CAPTURE(gone);
    CHECK(std::find(names.begin(), names.end(), gone) == names.end());
  }
  CHECK(std::find(names.begin(), names.end(), "entities_by_id") != names.end());
  check_expected(read_store(v2, StoreAccess::read_only));
  check_expected(read_store(v2, StoreAccess::read_write));
  // Keys in id order, whatever order the rows were written in; the stray relation left behind.
  Db db(v2);
  CHECK(db.rows("SELECT key, id FROM articles ORDER BY key") ==
        std::vector<std::string>{"1|a1", "2|a2", "3|a3"});
  CHECK(db.rows("SELECT article, evidence_text FROM relations") ==
        std::vector<std::string>{"1|Hope Hicks met Vladimir Putin"});

  // The same rows and schema as a store written anew with the same extractions.
  fs::path fresh = dir / "fresh.db";
  std::vector<StoredArticle> batch;
  GraphStore(v2.string(), StoreAccess::read_only).read_stored([&](StoredArticle&& a) {
    batch.push_back(std::move(a));
  });
  GraphStore(fresh.string()).write(batch);
  for (const char* sql : {"SELECT * FROM articles ORDER BY key", "SELECT * FROM entities",
                          "SELECT * FROM attributions", "SELECT * FROM relations",
                          "SELECT name, sql FROM sqlite_master ORDER BY name"}) {
    CAPTURE(sql);
    CHECK(Db(v2).rows(sql) == Db(fresh).rows(sql));
  }

  // A build into a version 2 store migrates it and adds its article under the next key.
  fs::path built = dir / "built.db";
  Db(built).exec(kSchemaV2 + kRowsV2);
  write_file(dir / "b.txt", "Hope Hicks met Vladimir Putin, the Post reported.");
  CHECK(run_claimgraph(dir, {"build", "b.txt", "-o", "built.db", "-q"}).status == 0);
  CHECK(Db(built).rows("SELECT key, id FROM articles ORDER BY key") ==
        std::vector<std::string>{"1|a1", "2|a2", "3|a3", "4|b"});
}

TEST_CASE("store v3: every reader reads a version 2 store and changes nothing") {
  auto dir = scratch_dir("store_v3_read_v2");
  Db(dir / "v2.db").exec(kSchemaV2 + kRowsV2);
  std::string before = read_file(dir / "v2.db");
  for (std::vector<std::string> reader : {std::vector<std::string>{"stats", "v2.db"},
                                          {"extract", "v2.db"},
                                          {"entities", "v2.db"},
                                          {"path", "v2.db", "Hope Hicks", "Vladimir Putin"},
                                          {"merge", "v2.db", "-o", "out.db", "-q"},
                                          {"build", "v2.db", "-o", "built.db", "-q"}}) {
    CAPTURE(reader[0]);
    RunResult r = run_claimgraph(dir, reader);
    CHECK(r.status == 0);
    CHECK(r.err.find("damaged") == std::string::npos);
  }
  CHECK(read_file(dir / "v2.db") == before);
  CHECK(!fs::exists(dir / "v2.db-wal"));
  CHECK(user_version(dir / "v2.db") == "2");
  CHECK(user_version(dir / "out.db") == "3");
  check_expected(read_store(dir / "out.db", StoreAccess::read_only));
  check_expected(read_store(dir / "built.db", StoreAccess::read_only));
}

TEST_CASE("store v3: a version 2 store a migration cannot key is left as it was") {
  // Version 2's id column took NULL (a rowid table's TEXT PRIMARY KEY allows it); version 3's
  // does not: the migration stops with one line naming the store, and rolls back.
  auto dir = scratch_dir("store_v3_migrate_null_id");
  Db(dir / "v2.db").exec(kSchemaV2 + kRowsV2 + "UPDATE articles SET id = NULL WHERE id = 'a2';");
  auto before = dump(dir / "v2.db");
  write_file(dir / "b.txt", "Hope Hicks met Vladimir Putin, the Post reported.");
  RunResult build = run_claimgraph(dir, {"build", "b.txt", "-o", "v2.db", "-q"});
  CHECK(build.status == 4);
  CHECK(build.err == "claimgraph build: v2.db: NOT NULL constraint failed: articles.id\n");
  CHECK(dump(dir / "v2.db") == before);
}

TEST_CASE("store v3: a version 2 store without its entity-id index still migrates") {
  auto dir = scratch_dir("store_v3_no_index");
  Db(dir / "v2.db").exec(kSchemaV2 + kRowsV2 + "DROP INDEX entities_by_id;");
  { GraphStore migrated((dir / "v2.db").string()); }
  CHECK(user_version(dir / "v2.db") == "3");
  auto names = schema_names(dir / "v2.db");
  CHECK(std::find(names.begin(), names.end(), "entities_by_id") != names.end());
  check_expected(read_store(dir / "v2.db", StoreAccess::read_only));
}

TEST_CASE("store v2: build and merge into a version 1 store migrate it, then add to it") {
  auto dir = scratch_dir("store_v2_migrate_cli");
  make_v1_store(dir / "g.db", 1);
  write_file(dir / "b.txt", "Hope Hicks met Vladimir Putin, the Post reported.");
  RunResult build = run_claimgraph(dir, {"build", "b.txt", "-o", "g.db", "-q"});
  CHECK(build.status == 0);
  CHECK(user_version(dir / "g.db") == "3");
  auto read = read_store(dir / "g.db", StoreAccess::read_only);
  CHECK(read.size() == 4);
  read.erase(
      std::remove_if(read.begin(), read.end(), [](const auto& x) { return x.article_id == "b"; }),
      read.end());
  check_expected(read);

  make_v1_store(dir / "m.db", 1);
  make_v1_store(dir / "in.db", 1);
  CHECK(run_claimgraph(dir, {"merge", "in.db", "-o", "m.db", "-q"}).status == 0);
  CHECK(user_version(dir / "m.db") == "3");
  CHECK(user_version(dir / "in.db") == "1");  // an input is only read
  check_expected(read_store(dir / "m.db", StoreAccess::read_only));
}

TEST_CASE("store v2: a read-only open reads a version 1 store and changes nothing") {
  auto dir = scratch_dir("store_v2_read_v1");
  make_v1_store(dir / "v1.db", 1);
  std::string before = read_file(dir / "v1.db");
  auto mtime = fs::last_write_time(dir / "v1.db");
  check_expected(read_store(dir / "v1.db", StoreAccess::read_only));
  for (std::vector<std::string> reader : {std::vector<std::string>{"stats", "v1.db"},
                                          {"extract", "v1.db"},
                                          {"entities", "v1.db"},
                                          {"merge", "v1.db", "-o", "out.db", "-q"},
                                          {"build", "v1.db", "-o", "built.db", "-q"}}) {
    CAPTURE(reader[0]);
    CHECK(run_claimgraph(dir, reader).status == 0);
  }
  CHECK(read_file(dir / "v1.db") == before);
  CHECK(fs::last_write_time(dir / "v1.db") == mtime);
  CHECK(!fs::exists(dir / "v1.db-wal"));
  CHECK(user_version(dir / "out.db") == "3");
  check_expected(read_store(dir / "out.db", StoreAccess::read_only));
  check_expected(read_store(dir / "built.db", StoreAccess::read_only));
}

TEST_CASE("store v2: a migration a damaged row stops leaves the version 1 store as it was") {
  auto dir = scratch_dir("store_v2_migrate_damaged");
  make_v1_store(dir / "d.db", 1);
  // The last article's row: the articles before it are migrated when it fails.
  Db(dir / "d.db").exec("UPDATE mentions SET entity = 7 WHERE article = 'a3'");
  auto before = dump(dir / "d.db");
  std::string error = (dir / "d.db").string() +
                      ": damaged store: table mentions, article 'a3', entity: entity 7 does not "
                      "exist (the article has 1)";
  CHECK_THROWS_WITH(GraphStore((dir / "d.db").string()), error.c_str());
  CHECK(dump(dir / "d.db") == before);
  RunResult build = run_claimgraph(dir, {"build", "d.db", "-o", "d.db", "-q"});
  CHECK(build.status == 4);
  CHECK(build.err ==
        "claimgraph build: d.db: damaged store: table mentions, article 'a3', entity: entity 7 "
        "does not exist (the article has 1)\n");
  CHECK(dump(dir / "d.db") == before);
}

TEST_CASE("store v1: a damaged alias or mention row is an error naming table, article, column") {
  auto dir = scratch_dir("store_v1_damage");
  struct Case {
    const char* sql;
    std::string error;
  };
  const Case cases[] = {
      {"UPDATE aliases SET entity = 9",
       "table aliases, article 'a1', entity: entity 9 does not "
       "exist (the article has 3)"},
      {"UPDATE mentions SET start = 500, end = 501",
       "table mentions, article 'a1', start: span 500-501 lies outside the text (100 bytes)"},
      {"UPDATE aliases SET alias = CAST(X'FF' AS TEXT)",
       "table aliases, article 'a1', alias: is not valid UTF-8 (byte 0)"},
      {"DROP TABLE mentions", "damaged store: table mentions is missing"},
      {"ALTER TABLE aliases DROP COLUMN alias", "table aliases: no such column: alias"},
  };
  for (const auto& c : cases) {
    SUBCASE(c.sql) {
      fs::remove(dir / "d.db");
      make_v1_store(dir / "d.db", 1);
      Db(dir / "d.db").exec(c.sql);
      CHECK_THROWS_WITH(read_store(dir / "d.db", StoreAccess::read_only),
                        doctest::Contains(c.error.c_str()));
      CHECK_THROWS_WITH(GraphStore((dir / "d.db").string()), doctest::Contains(c.error.c_str()));
      CHECK(user_version(dir / "d.db") == "1");
    }
  }
}

TEST_CASE("store v2: a store claiming version 1 without its tables is damaged, not misread") {
  auto dir = scratch_dir("store_v2_claims_v1");
  GraphStore((dir / "g.db").string()).write({awkward_article()});
  Db(dir / "g.db").exec("PRAGMA user_version = 1");
  CHECK_THROWS_WITH(GraphStore((dir / "g.db").string(), StoreAccess::read_only),
                    doctest::Contains("damaged store: table aliases is missing"));
  CHECK_THROWS_WITH(GraphStore((dir / "g.db").string()),
                    doctest::Contains("damaged store: table aliases is missing"));
}
