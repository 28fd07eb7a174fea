#include "graph/store/store.h"

#include <sqlite3.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <stdexcept>

namespace claimgraph {

namespace {

constexpr const char* kSchema = R"sql(
PRAGMA journal_mode = WAL;
PRAGMA synchronous = NORMAL;
CREATE TABLE IF NOT EXISTS settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS articles (
  id TEXT PRIMARY KEY, hash TEXT NOT NULL, title TEXT, outlet TEXT, date TEXT, url TEXT,
  bytes INTEGER NOT NULL);
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

/// The tables holding one article's rows, each keyed by an "article" column.
constexpr const char* kArticleTables[] = {"entities", "aliases", "mentions", "attributions",
                                          "relations"};

/// A prepared statement, finalised on scope exit.
class Statement {
 public:
  Statement(sqlite3* db, const char* sql) : db_(db) {
    if (sqlite3_prepare_v2(db, sql, -1, &stmt_, nullptr) != SQLITE_OK)
      throw std::runtime_error(std::string("store: ") + sqlite3_errmsg(db));
  }
  ~Statement() { sqlite3_finalize(stmt_); }
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;

  /// Binds parameters 1..n in order.
  template <typename... Args>
  Statement& bind(const Args&... args) {
    sqlite3_reset(stmt_);
    int i = 0;
    (bind_one(++i, args), ...);
    return *this;
  }
  /// Runs a statement that returns no rows.
  void run() {
    if (sqlite3_step(stmt_) != SQLITE_DONE)
      throw std::runtime_error(std::string("store: ") + sqlite3_errmsg(db_));
  }
  /// Steps to the next row; false when done.
  bool next() {
    int rc = sqlite3_step(stmt_);
    if (rc == SQLITE_ROW) return true;
    if (rc != SQLITE_DONE) throw std::runtime_error(std::string("store: ") + sqlite3_errmsg(db_));
    return false;
  }
  std::string text(int col) const {
    auto p = reinterpret_cast<const char*>(sqlite3_column_text(stmt_, col));
    return p ? std::string(p, sqlite3_column_bytes(stmt_, col)) : std::string();
  }
  std::int64_t integer(int col) const { return sqlite3_column_int64(stmt_, col); }
  double real(int col) const { return sqlite3_column_double(stmt_, col); }
  bool is_null(int col) const { return sqlite3_column_type(stmt_, col) == SQLITE_NULL; }

 private:
  void bind_one(int i, const std::string& s) {
    sqlite3_bind_text(stmt_, i, s.data(), static_cast<int>(s.size()), SQLITE_TRANSIENT);
  }
  void bind_one(int i, const char* s) { sqlite3_bind_text(stmt_, i, s, -1, SQLITE_TRANSIENT); }
  void bind_one(int i, std::string_view s) {
    sqlite3_bind_text(stmt_, i, s.data(), static_cast<int>(s.size()), SQLITE_TRANSIENT);
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
  sqlite3_stmt* stmt_ = nullptr;
};

std::optional<EntityIndex> optional_index(const Statement& s, int col) {
  if (s.is_null(col)) return std::nullopt;
  return static_cast<EntityIndex>(s.integer(col));
}

/// "12-40,55-80": content spans as one column.
std::string spans_text(const std::vector<Span>& spans) {
  std::string out;
  for (const auto& s : spans) {
    if (!out.empty()) out += ',';
    out += std::to_string(s.start) + "-" + std::to_string(s.end);
  }
  return out;
}

std::vector<Span> parse_spans(const std::string& text) {
  std::vector<Span> out;
  unsigned start = 0, end = 0;
  int used = 0;
  for (const char* p = text.c_str(); *p && std::sscanf(p, "%u-%u%n", &start, &end, &used) == 2;
       p += used + (p[used] == ',' ? 1 : 0))
    out.push_back({start, end});
  return out;
}

}  // namespace

struct GraphStore::Impl {
  sqlite3* db = nullptr;
  std::string path;
  /// Prepared statements by SQL text, reused: preparing one per row costs more than the row.
  std::map<std::string, std::unique_ptr<Statement>> statements;

  Statement& prepared(const std::string& sql) {
    auto& slot = statements[sql];
    if (!slot) slot = std::make_unique<Statement>(db, sql.c_str());
    return *slot;
  }

  void exec(const char* sql) const {
    char* error = nullptr;
    if (sqlite3_exec(db, sql, nullptr, nullptr, &error) != SQLITE_OK) {
      std::string message = error ? error : "unknown error";
      sqlite3_free(error);
      throw std::runtime_error(path + ": " + message);
    }
  }

  void delete_article(const std::string& id) {
    for (const char* table : kArticleTables) {
      std::string sql = std::string("DELETE FROM ") + table + " WHERE article = ?";
      prepared(sql).bind(id).run();
    }
    prepared("DELETE FROM articles WHERE id = ?").bind(id).run();
  }

  void insert_article(const StoredArticle& a);
  void insert_entities(const ArticleExtraction& x);
  void insert_attributions(const ArticleExtraction& x);
  void insert_relations(const ArticleExtraction& x);
  /// The article whose row `row` holds (id, hash, title, outlet, date, url, bytes).
  StoredArticle load(const Statement& row) const;
};

void GraphStore::Impl::insert_article(const StoredArticle& a) {
  const ArticleExtraction& x = a.extraction;
  delete_article(x.article_id);
  prepared("INSERT INTO articles VALUES (?, ?, ?, ?, ?, ?, ?)")
      .bind(x.article_id, a.hash, x.title, x.outlet, x.date, x.url, a.bytes)
      .run();
  insert_entities(x);
  insert_attributions(x);
  insert_relations(x);
}

void GraphStore::Impl::insert_entities(const ArticleExtraction& x) {
  Statement& entity = prepared("INSERT INTO entities VALUES (?, ?, ?, ?, ?)");
  Statement& alias = prepared("INSERT INTO aliases VALUES (?, ?, ?)");
  Statement& mention = prepared("INSERT INTO mentions VALUES (?, ?, ?, ?)");
  for (std::size_t i = 0; i < x.entities.size(); ++i) {
    const Entity& e = x.entities[i];
    entity.bind(x.article_id, i, e.id, e.name, to_string(e.kind)).run();
    for (const auto& a : e.aliases) alias.bind(x.article_id, i, a).run();
    for (const auto& m : e.mentions) mention.bind(x.article_id, i, m.start, m.end).run();
  }
}

void GraphStore::Impl::insert_attributions(const ArticleExtraction& x) {
  Statement& insert = prepared("INSERT INTO attributions VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
  for (std::size_t i = 0; i < x.attributions.size(); ++i) {
    const Attribution& a = x.attributions[i];
    // Source spans may be absent (passive cues): NULL columns then.
    insert
        .bind(x.article_id, i,
              a.source ? std::optional<EntityIndex>(a.source->start) : std::nullopt,
              a.source ? std::optional<EntityIndex>(a.source->end) : std::nullopt, a.speaker,
              a.cue.start, a.cue.end, spans_text(a.content), a.outlet)
        .run();
  }
}

void GraphStore::Impl::insert_relations(const ArticleExtraction& x) {
  Statement& insert =
      prepared("INSERT INTO relations VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
  for (std::size_t i = 0; i < x.relations.size(); ++i) {
    const Relation& r = x.relations[i];
    insert
        .bind(x.article_id, i, to_string(r.kind), r.source, r.target, r.claimant, r.outlet,
              to_string(r.stance), r.evidence.start, r.evidence.end, r.evidence_text, r.cue.start,
              r.cue.end, r.cue_text, r.confidence)
        .run();
  }
}

StoredArticle GraphStore::Impl::load(const Statement& row) const {
  StoredArticle stored;
  stored.hash = row.text(1);
  stored.bytes = static_cast<std::size_t>(row.integer(6));
  ArticleExtraction& x = stored.extraction;
  const std::string id = x.article_id = row.text(0);
  x.title = row.text(2);
  x.outlet = row.text(3);
  x.date = row.text(4);
  x.url = row.text(5);
  Statement entities(db, "SELECT id, name, kind FROM entities WHERE article = ? ORDER BY idx");
  for (entities.bind(id); entities.next();) {
    Entity e;
    e.id = entities.text(0);
    e.name = entities.text(1);
    e.kind = parse_entity_kind(entities.text(2)).value_or(EntityKind::organization);
    x.entities.push_back(std::move(e));
  }
  auto entity_at = [&](std::int64_t i) -> Entity* {
    return i >= 0 && static_cast<std::size_t>(i) < x.entities.size() ? &x.entities[i] : nullptr;
  };
  Statement aliases(db, "SELECT entity, alias FROM aliases WHERE article = ? ORDER BY rowid");
  for (aliases.bind(id); aliases.next();)
    if (Entity* e = entity_at(aliases.integer(0))) e->aliases.push_back(aliases.text(1));
  Statement mentions(db,
                     "SELECT entity, start, end FROM mentions WHERE article = ? ORDER BY rowid");
  for (mentions.bind(id); mentions.next();)
    if (Entity* e = entity_at(mentions.integer(0)))
      e->mentions.push_back({static_cast<std::uint32_t>(mentions.integer(1)),
                             static_cast<std::uint32_t>(mentions.integer(2))});
  Statement attributions(db,
                         "SELECT source_start, source_end, speaker, cue_start, cue_end, content, "
                         "outlet FROM attributions WHERE article = ? ORDER BY idx");
  for (attributions.bind(id); attributions.next();) {
    Attribution a;
    if (!attributions.is_null(0))
      a.source = Span{static_cast<std::uint32_t>(attributions.integer(0)),
                      static_cast<std::uint32_t>(attributions.integer(1))};
    a.speaker = optional_index(attributions, 2);
    a.cue = {static_cast<std::uint32_t>(attributions.integer(3)),
             static_cast<std::uint32_t>(attributions.integer(4))};
    a.content = parse_spans(attributions.text(5));
    a.outlet = optional_index(attributions, 6);
    x.attributions.push_back(std::move(a));
  }
  Statement relations(db,
                      "SELECT kind, source, target, claimant, outlet, stance, evidence_start, "
                      "evidence_end, evidence_text, cue_start, cue_end, cue_text, confidence "
                      "FROM relations WHERE article = ? ORDER BY idx");
  for (relations.bind(id); relations.next();) {
    Relation r;
    r.kind = parse_relation_kind(relations.text(0)).value_or(RelationKind::contact);
    r.source = static_cast<EntityIndex>(relations.integer(1));
    r.target = static_cast<EntityIndex>(relations.integer(2));
    if (r.source >= x.entities.size() || r.target >= x.entities.size()) continue;
    r.claimant = optional_index(relations, 3);
    r.outlet = optional_index(relations, 4);
    r.stance = parse_stance(relations.text(5)).value_or(Stance::asserted);
    r.evidence = {static_cast<std::uint32_t>(relations.integer(6)),
                  static_cast<std::uint32_t>(relations.integer(7))};
    r.evidence_text = relations.text(8);
    r.cue = {static_cast<std::uint32_t>(relations.integer(9)),
             static_cast<std::uint32_t>(relations.integer(10))};
    r.cue_text = relations.text(11);
    r.confidence = relations.real(12);
    x.relations.push_back(std::move(r));
  }
  return stored;
}

GraphStore::GraphStore(const std::string& path) : impl_(std::make_unique<Impl>()) {
  impl_->path = path;
  if (sqlite3_open_v2(path.c_str(), &impl_->db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE,
                      nullptr) != SQLITE_OK) {
    std::string message = impl_->db ? sqlite3_errmsg(impl_->db) : "cannot open";
    sqlite3_close(impl_->db);
    throw std::runtime_error(path + ": " + message);
  }
  sqlite3_busy_timeout(impl_->db, 5000);
  try {
    impl_->exec(kSchema);
  } catch (...) {
    sqlite3_close(impl_->db);
    throw;
  }
}

GraphStore::~GraphStore() {
  impl_->statements.clear();  // finalised before the connection closes
  sqlite3_close(impl_->db);
}

const std::string& GraphStore::path() const { return impl_->path; }

std::unordered_map<std::string, std::string> GraphStore::article_hashes() const {
  std::unordered_map<std::string, std::string> out;
  Statement s(impl_->db, "SELECT id, hash FROM articles");
  while (s.next()) out.emplace(s.text(0), s.text(1));
  return out;
}

void GraphStore::write(const std::vector<StoredArticle>& batch) {
  impl_->exec("BEGIN IMMEDIATE");
  try {
    for (const auto& a : batch) impl_->insert_article(a);
    impl_->exec("COMMIT");
  } catch (...) {
    sqlite3_exec(impl_->db, "ROLLBACK", nullptr, nullptr, nullptr);
    throw;
  }
}

void GraphStore::read_all(const std::function<void(ArticleExtraction&&)>& each) const {
  read_stored([&](StoredArticle&& a) { each(std::move(a.extraction)); });
}

void GraphStore::read_stored(const std::function<void(StoredArticle&&)>& each) const {
  Statement s(impl_->db,
              "SELECT id, hash, title, outlet, date, url, bytes FROM articles ORDER BY id");
  while (s.next()) each(impl_->load(s));
}

std::string GraphStore::setting(const std::string& key) const {
  Statement s(impl_->db, "SELECT value FROM settings WHERE key = ?");
  s.bind(key);
  return s.next() ? s.text(0) : std::string();
}

void GraphStore::set_setting(const std::string& key, const std::string& value) {
  Statement(impl_->db, "INSERT OR REPLACE INTO settings VALUES (?, ?)").bind(key, value).run();
}

StoreCounts GraphStore::counts() const {
  auto count = [&](const char* sql) {
    Statement s(impl_->db, sql);
    return s.next() ? static_cast<std::size_t>(s.integer(0)) : 0;
  };
  return {count("SELECT count(*) FROM articles"), count("SELECT count(DISTINCT id) FROM entities"),
          count("SELECT count(*) FROM relations")};
}

std::string GraphStore::integrity_check() const {
  Statement s(impl_->db, "PRAGMA integrity_check");
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

}  // namespace claimgraph
