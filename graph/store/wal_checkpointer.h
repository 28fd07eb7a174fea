#pragma once
// Checkpoints a store's write-ahead log on a thread of its own while a writer goes on
// committing, so the copy into the database file (and its fsync) is done beside the build,
// not after it or in the writer's way.

#include <memory>
#include <string>

namespace claimgraph {

/// A background checkpointer of one store, over a connection of its own.
class WalCheckpointer {
 public:
  /// Opens a second connection to the store at `path`; if that fails, nudge() does nothing:
  /// checkpoints only save time, and the writer's own and the one on close still happen.
  explicit WalCheckpointer(const std::string& path);
  /// Waits for a checkpoint under way and closes the connection.
  ~WalCheckpointer();
  WalCheckpointer(const WalCheckpointer&) = delete;
  WalCheckpointer& operator=(const WalCheckpointer&) = delete;

  /// Asks for a checkpoint of what has been committed so far; returns at once. Asks made
  /// while one runs are served by one more checkpoint after it.
  void nudge();
  /// Checkpoints done so far (for tests).
  std::size_t done() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace claimgraph
