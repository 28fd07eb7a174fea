#pragma once
// A bounded, closable queue between pipeline stages (reader -> extractors -> writer): a full
// queue makes the producer wait, so memory stays flat however large the batch.

#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <cstddef>
#include <deque>
#include <functional>
#include <limits>
#include <mutex>
#include <optional>
#include <vector>

namespace claimgraph {

/// A blocking FIFO of at most `capacity` items, and of at most `max_weight` of their summed
/// weights (an item alone may exceed it, so every item fits); pop returns nothing once closed
/// and drained. Waiting threads are woken in batches, as each wake-up is a context switch (one
/// per article cost a build a tenth of its CPU): a producer once the queue has drained to half,
/// a consumer once `batch` items wait (or a producer does, or the queue closes).
template <typename T>
class WorkQueue {
 public:
  /// How much of `max_weight` an item takes (bytes, say).
  using Weigh = std::function<std::size_t(const T&)>;

  explicit WorkQueue(std::size_t capacity,
                     std::size_t max_weight = std::numeric_limits<std::size_t>::max(),
                     Weigh weigh = {}, std::size_t batch = 1)
      : capacity_(capacity),
        max_weight_(max_weight),
        weigh_(std::move(weigh)),
        batch_(std::max<std::size_t>(batch, 1)) {}

  /// Adds an item, waiting while the queue is full.
  void push(T item) {
    std::size_t w = weigh_ ? weigh_(item) : 0;
    std::unique_lock lock(mutex_);
    if (!fits(w)) {
      // Consumers waiting for a whole batch must not wait for an item that cannot come.
      ++waiting_producers_;
      not_empty_.notify_all();
      not_full_.wait(lock, [&] { return fits(w); });
      --waiting_producers_;
    }
    weight_ += w;
    items_.push_back({std::move(item), w});
    if (ready()) not_empty_.notify_one();
  }

  /// Takes the oldest item, waiting until a consumer is woken (see the class comment); nothing
  /// when closed and empty.
  std::optional<T> pop() {
    std::unique_lock lock(mutex_);
    not_empty_.wait(lock, [&] { return ready(); });
    if (items_.empty()) return std::nullopt;
    Slot slot = std::move(items_.front());
    items_.pop_front();
    taken(slot.weight);
    return std::move(slot.item);
  }

  /// Takes every item queued, waiting at most `wait` to be woken; none when none came in time
  /// or the queue is closed and empty (drained() tells which).
  std::vector<T> pop_all_for(std::chrono::milliseconds wait) {
    std::unique_lock lock(mutex_);
    not_empty_.wait_for(lock, wait, [&] { return ready(); });
    std::vector<T> all;
    all.reserve(items_.size());
    std::size_t weight = 0;
    for (Slot& slot : items_) {
      all.push_back(std::move(slot.item));
      weight += slot.weight;
    }
    items_.clear();
    taken(weight);
    return all;
  }

  /// True once the queue is closed and empty: pop will never give an item again.
  bool drained() {
    std::lock_guard lock(mutex_);
    return closed_ && items_.empty();
  }

  /// No more items will come: waiting consumers wake up and drain what is left.
  void close() {
    std::lock_guard lock(mutex_);
    closed_ = true;
    not_empty_.notify_all();
  }

 private:
  /// An item and the weight it was pushed with.
  struct Slot {
    T item;
    std::size_t weight;
  };

  /// True when an item of weight `w` may be added now.
  bool fits(std::size_t w) const {
    return items_.empty() || (items_.size() < capacity_ && weight_ + w <= max_weight_);
  }
  /// True when a waiting consumer should wake.
  bool ready() const {
    return closed_ || items_.size() >= batch_ || (waiting_producers_ > 0 && !items_.empty());
  }
  /// Books items of summed `weight` as taken, with the lock held; wakes waiting producers once
  /// the queue has drained to half.
  void taken(std::size_t weight) {
    weight_ -= weight;
    if (waiting_producers_ > 0 && items_.size() <= capacity_ / 2 && weight_ <= max_weight_ / 2)
      not_full_.notify_all();
  }

  std::size_t capacity_;
  std::size_t max_weight_;
  Weigh weigh_;
  std::size_t batch_;
  std::size_t weight_ = 0;
  std::size_t waiting_producers_ = 0;
  std::deque<Slot> items_;
  bool closed_ = false;
  std::mutex mutex_;
  std::condition_variable not_full_, not_empty_;
};

}  // namespace claimgraph
