#include "graph/store/wal_checkpointer.h"

#include <sqlite3.h>

#include <atomic>
#include <condition_variable>
#include <mutex>
#include <thread>

namespace claimgraph {

struct WalCheckpointer::Impl {
  sqlite3* db = nullptr;
  std::mutex mutex;
  std::condition_variable wake;
  bool asked = false;     ///< a checkpoint is wanted (guarded by mutex)
  bool stopping = false;  ///< the owner is closing (guarded by mutex)
  std::atomic<std::size_t> done{0};
  std::thread thread;

  /// Runs a checkpoint each time one is asked for, until stopping.
  void run() {
    std::unique_lock lock(mutex);
    for (;;) {
      wake.wait(lock, [this] { return asked || stopping; });
      if (stopping) return;
      asked = false;
      lock.unlock();
      // PASSIVE copies what no reader still needs and never waits on the writer, which goes
      // on appending meanwhile; a busy or failed checkpoint is simply left to the next one.
      sqlite3_wal_checkpoint_v2(db, nullptr, SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr);
      ++done;
      lock.lock();
    }
  }
};

WalCheckpointer::WalCheckpointer(const std::string& path) : impl_(std::make_unique<Impl>()) {
  int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX;
  if (sqlite3_open_v2(path.c_str(), &impl_->db, flags, nullptr) != SQLITE_OK) {
    sqlite3_close(impl_->db);
    impl_->db = nullptr;
    return;
  }
  // A connection finds the log only when it first reads; before that a checkpoint does nothing.
  if (sqlite3_exec(impl_->db, "SELECT count(*) FROM sqlite_master", nullptr, nullptr, nullptr) !=
      SQLITE_OK) {
    sqlite3_close(impl_->db);
    impl_->db = nullptr;
    return;
  }
  impl_->thread = std::thread([this] { impl_->run(); });
}

WalCheckpointer::~WalCheckpointer() {
  if (impl_->thread.joinable()) {
    {
      std::lock_guard lock(impl_->mutex);
      impl_->stopping = true;
    }
    impl_->wake.notify_one();
    impl_->thread.join();
  }
  sqlite3_close(impl_->db);
}

void WalCheckpointer::nudge() {
  if (!impl_->thread.joinable()) return;
  {
    std::lock_guard lock(impl_->mutex);
    impl_->asked = true;
  }
  impl_->wake.notify_one();
}

std::size_t WalCheckpointer::done() const { return impl_->done; }

}  // namespace claimgraph
