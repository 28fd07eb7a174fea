#pragma once
// The graph store: one SQLite file holding every article's extraction (entities, aliases,
// mentions, attributions, relations with their evidence), the article's metadata and content
// hash, and the run's settings. Articles are written in transactions, so a build killed at any
// moment leaves a store that opens and holds whole articles only; re-running completes it.

#include <cstddef>
#include <functional>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "graph/model/extraction.h"

namespace claimgraph {

/// Row counts of a store.
struct StoreCounts {
  std::size_t articles = 0;
  std::size_t entities = 0;
  std::size_t relations = 0;
};

/// How a store is opened: readers never change it, writers create it when it is new.
enum class StoreAccess { read_only, read_write };

/// A claim-graph store in one SQLite file. Not thread-safe: one writer owns it. Articles
/// added and not committed when it closes are rolled back.
class GraphStore {
 public:
  /// Opens the store at `path` (a writer creates it if needed); throws std::runtime_error
  /// naming it when it cannot, when a table is missing, or when its schema is newer.
  explicit GraphStore(const std::string& path, StoreAccess access = StoreAccess::read_write);
  ~GraphStore();
  GraphStore(const GraphStore&) = delete;
  GraphStore& operator=(const GraphStore&) = delete;

  /// The content hash of every stored article, by article id.
  std::unordered_map<std::string, std::string> article_hashes() const;
  /// Writes articles in one transaction, replacing stored versions of the same ids.
  void write(const std::vector<StoredArticle>& batch);
  /// Whether the store may hold an earlier version of an article being added.
  enum class Earlier { maybe, none };
  /// Writes an article into the open transaction (beginning one if none is), replacing a
  /// stored version of the same id (Earlier::none: the caller knows there is none, so its rows
  /// are not looked for); readers see it once commit() ends the transaction. An error rolls back
  /// the whole transaction.
  void add(const StoredArticle& article, Earlier earlier = Earlier::maybe);
  /// Commits the articles add() wrote since the last commit, if any: readers see all or none.
  void commit();
  /// Calls `each` with every stored extraction, in article-id order; every row is checked,
  /// and a bad one throws std::runtime_error naming the store, table and article.
  void read_all(const std::function<void(ArticleExtraction&&)>& each) const;
  /// Calls `each` with every stored article and its hash, in article-id order.
  void read_stored(const std::function<void(StoredArticle&&)>& each) const;
  /// Calls `each` with the id, title, outlet, date and URL (and nothing else) of those of the
  /// articles `ids` (any order) the store holds, in id order, reading no other article.
  void read_headers(std::vector<std::string> ids,
                    const std::function<void(ArticleExtraction&&)>& each) const;
  /// A run setting ("extractor", "lexicons"; "generation", a token every write() changes),
  /// empty when unset.
  std::string setting(const std::string& key) const;
  /// Records a run setting.
  void set_setting(const std::string& key, const std::string& value);
  /// How many articles, entities and relations the store holds.
  StoreCounts counts() const;
  /// The path the store was opened at.
  const std::string& path() const;
  /// The result of PRAGMA integrity_check: "ok" for a sound file.
  std::string integrity_check() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

/// True when `path` is a regular file starting with SQLite's header; a pipe or device is never
/// read, so its bytes stay for the reader that takes it as articles.
bool is_store_file(const std::string& path);

/// The SQLite library the store runs on, for --version.
std::string sqlite_version();

}  // namespace claimgraph
