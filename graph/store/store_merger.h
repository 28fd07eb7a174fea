#pragma once
// Adds finished extractions to a store: the reduce step shared by `merge` and by `build` when
// a store is among its inputs. An article id is the key, a later copy replaces an earlier one,
// and a copy the store already holds (same content hash) is left alone.

#include <functional>
#include <string>
#include <unordered_map>
#include <vector>

#include "graph/store/store.h"

namespace claimgraph {

/// Writes articles into a store in transactions, counting what it did.
class StoreMerger {
 public:
  /// Told when an article id comes a second time with other content: id, earlier origin, later.
  using ConflictReport =
      std::function<void(const std::string&, const std::string&, const std::string&)>;

  StoreMerger(GraphStore& out, ConflictReport on_conflict);

  /// Adds one article that came from `origin` (a file or store name, for reports).
  void add(StoredArticle&& article, const std::string& origin);
  /// Adds every article of the store at `path` (nothing when it is the output itself). A store
  /// that cannot be read is no failure of the merge: why is returned (empty on success). A
  /// failure to write the output throws.
  std::string add_store(const std::string& path);
  /// Writes what is pending; call once after the last add.
  void flush();

  std::size_t read() const { return read_; }
  std::size_t written() const { return written_; }
  std::size_t unchanged() const { return unchanged_; }

 private:
  GraphStore& out_;
  ConflictReport on_conflict_;
  std::unordered_map<std::string, std::string> hashes_;  ///< article id -> hash, as it will be
  std::unordered_map<std::string, std::string> origin_;  ///< article id -> where it came from
  std::vector<StoredArticle> batch_;
  std::size_t read_ = 0, written_ = 0, unchanged_ = 0;
};

}  // namespace claimgraph
